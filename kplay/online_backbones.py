"""Whether the book's ImageNet backbones are on this computer. Looks at files only, never the network."""

from __future__ import annotations

import os

# keras.applications file names of the weights without the classifier top ("no top").
WEIGHT_FILES = {
    "MobileNetV2": "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5",
    "VGG16": "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5",
}


def models_dir() -> str:
    return os.path.join(os.environ.get("KERAS_HOME", os.path.expanduser("~/.keras")), "models")


def cached_backbones() -> dict[str, bool]:
    """Backbone name -> whether its weights file is in the Keras cache."""
    return {name: os.path.exists(os.path.join(models_dir(), file)) for name, file in WEIGHT_FILES.items()}
