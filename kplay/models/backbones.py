"""The book's ImageNet backbones: which weights files Keras uses, and whether they are here.

Looks at files only, never imports Keras; ``download`` is the one thing that touches the
network, and only when the learner asks for it.
"""

from __future__ import annotations

import os
import urllib.request
from dataclasses import dataclass

from kplay.errors import KplayError
from kplay.i18n import t

WEIGHTS_URL = "https://storage.googleapis.com/tensorflow/keras-applications/"


@dataclass(frozen=True)
class Backbone:
    file: str  # keras.applications' weights without the classifier top ("no top")
    folder: str  # under WEIGHTS_URL
    channels: int  # feature maps at the end of the base
    params: int  # of the base without its top (checked against Keras by a test)


BACKBONES = {
    "MobileNetV2": Backbone("mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5", "mobilenet_v2", 1280,
                            2_257_984),
    "VGG16": Backbone("vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5", "vgg16", 512, 14_714_688),
}
WEIGHT_FILES = {name: backbone.file for name, backbone in BACKBONES.items()}


@dataclass(frozen=True)
class Missing:
    file: str
    folder: str
    url: str


def models_dir() -> str:
    return os.path.join(os.environ.get("KERAS_HOME", os.path.expanduser("~/.keras")), "models")


def weights_path(name: str) -> str:
    return os.path.join(models_dir(), BACKBONES[name].file)


def url(name: str) -> str:
    backbone = BACKBONES[name]
    return f"{WEIGHTS_URL}{backbone.folder}/{backbone.file}"


def cached_backbones() -> dict[str, bool]:
    """Backbone name -> whether its weights file is in the Keras cache."""
    return {name: os.path.exists(weights_path(name)) for name in BACKBONES}


def missing_weights(name: str) -> Missing | None:
    """What is missing for ``name``'s weights (file, the folder Keras looks in, where to get it); None when cached."""
    if os.path.exists(weights_path(name)):
        return None
    return Missing(BACKBONES[name].file, models_dir(), url(name))


def failed(name: str, reason: str) -> str:
    """Why ``name``'s weights could not be fetched, and what to do instead."""
    return t("online.download_failed", reason=reason, file=BACKBONES[name].file, folder=models_dir())


def download(name: str, timeout: float = 20.0) -> str:
    """Fetch ``name``'s weights into the Keras cache (whole or not at all); KplayError when that fails."""
    path = weights_path(name)
    os.makedirs(models_dir(), exist_ok=True)
    partial = f"{path}.{os.getpid()}.part"
    try:
        with urllib.request.urlopen(url(name), timeout=timeout) as response, open(partial, "wb") as out:
            while chunk := response.read(1 << 20):
                out.write(chunk)
        os.replace(partial, path)
    except (OSError, ValueError) as error:
        if os.path.exists(partial):
            os.remove(partial)
        reason = str(getattr(error, "reason", error))  # urllib's reason is the readable part
        raise KplayError(failed(name, reason)) from None
    return path
