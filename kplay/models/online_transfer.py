"""Transfer learning (ch.9), online: a frozen ImageNet backbone with a small new head.

As in the book and keras-io's transfer-learning guide: MobileNetV2 or VGG16 without its
classifier ("no top"), frozen, then global average pooling, dropout, an optional dense
layer and a softmax over the new classes. The images are the learner's uploaded class
folders (``kplay.inputs.image_sets``) or CIFAR-10 when it is cached.

The weights are ImageNet's, from the Keras cache (``kplay.models.backbones``): without
them the settings are refused with a message that names the missing file and the
folder Keras looks in. The backbone appears in the summary as one frozen layer; its
shape rule is registered here (``Backbone``), checked against Keras by a test.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay import datasets
from kplay.datasets import downloads
from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, integer, number
from kplay.i18n import t
from kplay.models.spec import SHAPE_RULES, LayerSpec, ModelSpec
from kplay.models.backbones import BACKBONES, missing_weights

SOURCES = ("upload", "cifar10")
SIZES = (96, 128, 160)  # multiples of 32: five stride-2 stages leave whole feature maps
CIFAR_CLASSES = 10


@dataclass(frozen=True)
class OnlineTransferConfig(TrainConfig):
    backbone: str = choice("MobileNetV2", "Backbone", tuple(BACKBONES),
                           help="The ImageNet network whose convolutional base is reused, frozen.")
    # Not named "dataset": the applied page's other tabs share the URL, and their data sets are digits.
    source: str = choice("upload", "Images", SOURCES, help="Your own ZIP of class folders, or CIFAR-10 when cached.")
    image_size: int = choice(96, "Input size", SIZES, help="Pictures are scaled to this many pixels a side.")
    images: int = integer(1000, "CIFAR-10 images", 100, 5000, step=100,
                          help="How many CIFAR-10 photos to use (only for CIFAR-10).")
    head_units: int = integer(64, "Head units", 0, 512, step=16,
                              help="Units of the new dense layer; 0 puts the softmax right on the pooled features.")
    dropout: float = number(0.2, "Dropout", 0.0, 0.8, step=0.05, help="Share of pooled features switched off while training.")
    epochs: int = integer(10, "Epochs", 1, 200, help="Passes over the images; only the head learns.")
    batch_size: int = choice(32, "Batch size", (8, 16, 32, 64), help="Images per weight update.")
    learning_rate: float = number(0.001, "Learning rate", 1e-5, 1.0, log=True, help="Step size of each update.")
    # Set by the page from the uploaded ZIP; not settings a link carries (no kplay field).
    image_set: str = ""  # the checked set's key (kplay.inputs.image_sets)
    classes: int = CIFAR_CLASSES  # the uploaded set's class count


def validate(config: OnlineTransferConfig) -> OnlineTransferConfig:
    config = checked(config)
    missing = missing_weights(config.backbone)
    if missing:
        raise ConfigError(t("online.error_weights", backbone=config.backbone, file=missing.file, folder=missing.folder,
                            url=missing.url))
    if config.source == "cifar10" and not datasets.available_now("cifar10"):
        info = datasets.get_info("cifar10")
        raise ConfigError(t("online.error_cifar", files=", ".join(info.cache_files), folder=downloads.keras_cache_dir()))
    if config.source == "upload" and not config.image_set:
        raise ConfigError(t("online.error_no_set"))
    if config.source == "upload" and config.classes < 2:
        raise ConfigError(t("online.error_classes", classes=config.classes))
    if config.validation_split <= 0:
        raise ConfigError(t("online.error_validation"))
    return config


def class_count(config: OnlineTransferConfig) -> int:
    return CIFAR_CLASSES if config.source == "cifar10" else config.classes


def _backbone_rule(shape: tuple, args: dict) -> tuple[tuple, int]:
    backbone = BACKBONES[args["name"]]
    return (shape[0] // 32, shape[1] // 32, backbone.channels), backbone.params


SHAPE_RULES["Backbone"] = _backbone_rule


def head_layers(config: OnlineTransferConfig) -> tuple[LayerSpec, ...]:
    """The new layers on top of the backbone's feature maps: the only ones that train."""
    layers = [LayerSpec("GlobalAveragePooling2D", "pool"), LayerSpec("Dropout", "dropout", {"rate": config.dropout})]
    if config.head_units:
        layers.append(LayerSpec("Dense", "dense", {"units": config.head_units, "activation": "relu"}))
    layers.append(LayerSpec("Dense", "output", {"units": class_count(config), "activation": "softmax"}))
    return tuple(layers)


def online_spec(config: OnlineTransferConfig) -> ModelSpec:
    config = validate(config)
    size = config.image_size
    backbone = LayerSpec("Backbone", config.backbone.lower(), {"name": config.backbone}, trainable=False)
    return ModelSpec((size, size, 3), (backbone, *head_layers(config)), "categorical_crossentropy", config.optimizer,
                     config.learning_rate, ("accuracy",))


def online_specs(config: OnlineTransferConfig) -> dict[str, ModelSpec]:
    """One table, titled: the frozen backbone and the new head (a dict keeps it off the .keras file panel)."""
    return {t("online.model_title", backbone=config.backbone): online_spec(config)}


def cifar_available() -> bool:
    return datasets.available_now("cifar10")
