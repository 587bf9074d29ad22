"""Transfer learning (ch.9), offline: a CNN pre-trained on digits 0-4 learns digits 5-9.

A CNN is first trained on digits 0-4. Its conv blocks are the base: for the new task the
first k conv layers are frozen (``LayerSpec.trainable=False``), the others fine-tuned,
and a new head (global average pooling, a dense layer, a 5-way softmax; as keras-io's
transfer learning guide and the book's frozen VGG16 base) is trained on only N labelled
images per class of digits 5-9. The same network trained from scratch on the same N
images is the comparison.

The old dense layer is not kept: it was shaped for 0-4, and many of its ReLUs stay silent
on 5-9 (measured: fine-tuning it reached 70% where a fresh one passes 90%).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kplay import datasets
from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, integer, number
from kplay.i18n import t
from kplay.models import subsets
from kplay.models.small_cnn import MAX_BLOCKS, small_cnn_layers, weighted_layers
from kplay.models.spec import LayerSpec, ModelSpec

SOURCE_CLASSES = (0, 1, 2, 3, 4)  # what the base learns first
TARGET_CLASSES = (5, 6, 7, 8, 9)  # the new task, with few labels
PRETRAIN_LEARNING_RATE = 0.002
PRETRAIN_BATCH = 64


@dataclass(frozen=True)
class TransferConfig(TrainConfig):
    dataset: str = choice("mnist5k", "Data set", subsets.DATASETS)
    per_class: int = integer(50, "Labelled images per class", 1, 300,
                             help="How many labelled images of each digit 5-9 the new task gets.")
    frozen_layers: int = integer(0, "Frozen layers", 0, MAX_BLOCKS,
                                 help="The first k conv layers keep their pre-trained values; the rest are fine-tuned.")
    conv_blocks: int = integer(3, "Conv blocks", 1, MAX_BLOCKS, help="Conv + pooling blocks in the base network.")
    pretrain_epochs: int = integer(8, "Pre-training epochs", 1, 30,
                                   help="Epochs on digits 0-4. Done once, then kept for the session.")
    epochs: int = integer(4, "Epochs", 1, 200, help="Passes over the few labelled images of digits 5-9.")
    batch_size: int = choice(32, "Batch size", (8, 16, 32, 64), help="Examples per weight update.")
    # Fine-tuning uses a small step, so the pre-trained filters are adjusted rather than overwritten.
    learning_rate: float = number(0.0005, "Learning rate", 1e-5, 1.0, log=True, help="Step size of each update.")


def depth(config: TransferConfig) -> int:
    """Layers with weights in the base: one conv per block."""
    return config.conv_blocks


def validate(config: TransferConfig) -> TransferConfig:
    config = checked(config)
    if config.frozen_layers > depth(config):
        raise ConfigError(t("applied.error_frozen", frozen=config.frozen_layers, depth=depth(config), blocks=config.conv_blocks))
    bound = subsets.per_class_bound(config.dataset, config.validation_split)
    subsets.check_draw(config, config.per_class, bound, "applied.error_per_class", per_class=config.per_class)
    return config


def frozen_names(config: TransferConfig) -> tuple[str, ...]:
    """The base layers that do not train: up to and including the k-th weighted layer."""
    layers = small_cnn_layers(config.conv_blocks, len(TARGET_CLASSES), average=True)
    weighted = [name for name in weighted_layers(layers) if not new_head_name(name)]
    if config.frozen_layers == 0:
        return ()
    last = [layer.name for layer in layers].index(weighted[config.frozen_layers - 1])
    return tuple(layer.name for layer in layers[: last + 1])


def _spec(config: TransferConfig, frozen: tuple[str, ...]) -> ModelSpec:
    info = datasets.get_info(config.dataset)
    layers = [dataclasses.replace(layer, trainable=layer.name not in frozen)
              for layer in small_cnn_layers(config.conv_blocks, len(TARGET_CLASSES), average=True)]
    return ModelSpec(info.input_shape, tuple(layers), "categorical_crossentropy", config.optimizer,
                     config.learning_rate, ("accuracy",))


def pretrain_spec(config: TransferConfig) -> ModelSpec:
    """The base with a 5-way head for digits 0-4, trained with Adam."""
    return dataclasses.replace(_spec(config, ()), optimizer="adam", learning_rate=PRETRAIN_LEARNING_RATE)


def transfer_pair(config: TransferConfig) -> tuple[ModelSpec, ModelSpec]:
    """(from scratch, transferred): the same architecture; only the transferred one has frozen layers."""
    config = validate(config)
    return _spec(config, ()), _spec(config, frozen_names(config))


def transfer_specs(config: TransferConfig) -> dict[str, ModelSpec]:
    scratch, transferred = transfer_pair(config)
    return {t("applied.model_transfer", frozen=config.frozen_layers): transferred, t("applied.model_scratch"): scratch}


HEAD = ("normalize", "dense", "output")  # layers that start fresh in the transferred network


def new_head_name(name: str) -> bool:
    return name in HEAD


def new_head(layer: LayerSpec) -> bool:
    """Whether a layer starts fresh in the transferred network instead of from the base."""
    return new_head_name(layer.name)
