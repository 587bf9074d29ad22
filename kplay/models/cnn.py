"""Convolutional networks (ch.4): conv blocks, then a dense head, on grey or colour images.

``conv_blocks`` and ``check_feature_maps`` are the reusable pieces: any image model
(augmentation, transfer learning) stacks ``ConvBlock``s with them and gets the same
layer names and the same refusal of blocks that would shrink the picture to nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from kplay import datasets
from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, flag, float_list, int_list, integer, number
from kplay.i18n import t
from kplay.models.spec import SHAPE_RULES, LayerSpec, ModelSpec

ACTIVATIONS = ("relu", "elu", "leaky_relu", "gelu", "tanh", "sigmoid")
PADDINGS = ("same", "valid")
POOLINGS = ("max", "avg")
MAX_BLOCKS = 4
POOL_LAYERS = {"max": "MaxPooling2D", "avg": "AveragePooling2D"}


@dataclass(frozen=True)
class ConvBlock:
    """One convolution, optionally followed by batch norm, pooling and dropout."""

    filters: int
    kernel_size: int = 3
    strides: int = 1
    pool: int = 0  # pooling window; 0 (or 1): no pooling
    dropout: float = 0.0


@dataclass(frozen=True)
class CnnConfig(TrainConfig):
    dataset: str = choice("mnist5k", "Data set", datasets.names(kinds=("image",)))
    filters: tuple = int_list((32, 64), "Filters per block", 1, 256, help="One number per conv block: how many patterns it looks for.")
    kernel_size: tuple = int_list((3, 3), "Kernel size per block", 1, 7, help="Each filter looks at a k x k patch.")
    strides: tuple = int_list((1, 1), "Stride per block", 1, 3, help="How far the filter moves each step; 2 halves the picture.")
    pool: tuple = int_list((2, 2), "Pooling per block", 0, 4, help="Pooling window after the conv; 0 means no pooling.")
    dropout: tuple = float_list((0.0, 0.0), "Dropout per block", 0.0, 0.9, help="Share of feature-map values switched off while training.")
    pooling: str = choice("max", "Pooling kind", POOLINGS, help="Max keeps the strongest response in each window; avg the mean.")
    padding: str = choice("same", "Padding", PADDINGS, help="'same' pads the border so the picture keeps its size; 'valid' shrinks it.")
    batch_norm: bool = flag(False, "Batch normalisation", help="Normalise each conv block's outputs per batch.")
    activation: str = choice("relu", "Activation", ACTIVATIONS, help="The non-linearity after each conv and the dense layer.")
    dense_units: int = integer(128, "Dense units", 0, 1024, help="Units of the dense layer before the output; 0 leaves it out.")
    dense_dropout: float = number(0.3, "Dense dropout", 0.0, 0.9, step=0.05, help="Dropout before the output layer.")
    epochs: int = integer(8, "Epochs", 1, 1000, help="Passes over the training data.")


PER_BLOCK = ("filters", "kernel_size", "strides", "pool", "dropout")


def blocks_of(config: CnnConfig) -> tuple[ConvBlock, ...]:
    return tuple(ConvBlock(*values) for values in zip(*(getattr(config, name) for name in PER_BLOCK)))


def _block_layers(index: int, block: ConvBlock, activation: str, batch_norm: bool, padding: str, pooling: str) -> list[LayerSpec]:
    conv = {
        "filters": block.filters, "kernel_size": block.kernel_size, "strides": block.strides,
        "padding": padding, "activation": None if batch_norm else activation,
    }
    layers = [LayerSpec("Conv2D", f"conv_{index}", conv)]
    if batch_norm:  # the conv stays linear; the non-linearity follows the normalisation
        layers.append(LayerSpec("BatchNormalization", f"batch_norm_{index}"))
        layers.append(LayerSpec("Activation", f"{activation}_{index}", {"activation": activation}))
    if block.pool > 1:
        layers.append(LayerSpec(POOL_LAYERS[pooling], f"pool_{index}", {"pool_size": block.pool}))
    if block.dropout > 0:
        layers.append(LayerSpec("Dropout", f"dropout_{index}", {"rate": block.dropout}))
    return layers


def conv_blocks(
    blocks: Sequence[ConvBlock], activation: str = "relu", batch_norm: bool = False,
    padding: str = "same", pooling: str = "max",
) -> list[LayerSpec]:
    """The layers of ``blocks``, named conv_1, pool_1, ... by block number."""
    layers: list[LayerSpec] = []
    for index, block in enumerate(blocks, start=1):
        layers += _block_layers(index, block, activation, batch_norm, padding, pooling)
    return layers


def check_feature_maps(input_shape: tuple, blocks: Sequence[ConvBlock], padding: str = "same") -> list[tuple]:
    """Each block's output shape, or a ConfigError naming the block that shrinks the picture too far."""
    shape, shapes = tuple(input_shape), []
    for index, block in enumerate(blocks, start=1):
        height, width = shape[:2]
        if padding == "valid" and block.kernel_size > min(height, width):
            raise ConfigError(t("cnn.error_kernel", block=index, kernel=block.kernel_size, height=height, width=width))
        shape, _ = SHAPE_RULES["Conv2D"](shape, {"filters": block.filters, "kernel_size": block.kernel_size,
                                                 "strides": block.strides, "padding": padding})
        if block.pool > 1:
            if block.pool > min(shape[:2]):
                raise ConfigError(t("cnn.error_pool", block=index, pool=block.pool, height=shape[0], width=shape[1]))
            shape, _ = SHAPE_RULES["MaxPooling2D"](shape, {"pool_size": block.pool})
        shapes.append(shape)
    return shapes


def validate(config: CnnConfig) -> CnnConfig:
    """The config with every field checked, or a ConfigError a learner can act on."""
    config = checked(config)
    count = len(config.filters)
    if not 1 <= count <= MAX_BLOCKS:
        raise ConfigError(t("cnn.error_block_count", most=MAX_BLOCKS, count=count))
    for name in PER_BLOCK[1:]:
        if len(getattr(config, name)) != count:
            raise ConfigError(t("cnn.error_per_block", setting=name.replace("_", " "), blocks=count, got=len(getattr(config, name))))
    check_feature_maps(datasets.get_info(config.dataset).input_shape, blocks_of(config), config.padding)
    return config


def head_layers(config: CnnConfig, num_classes: int) -> list[LayerSpec]:
    layers = [LayerSpec("Flatten", "flatten")]
    if config.dense_units:
        layers.append(LayerSpec("Dense", "dense", {"units": config.dense_units, "activation": config.activation}))
    if config.dense_dropout > 0:
        layers.append(LayerSpec("Dropout", "dense_dropout", {"rate": config.dense_dropout}))
    layers.append(LayerSpec("Dense", "output", {"units": num_classes, "activation": "softmax"}))
    return layers


def cnn_spec(config: CnnConfig) -> ModelSpec:
    config = validate(config)
    info = datasets.get_info(config.dataset)
    layers = conv_blocks(blocks_of(config), config.activation, config.batch_norm, config.padding, config.pooling)
    layers += head_layers(config, info.num_classes)
    return ModelSpec(
        input_shape=info.input_shape,
        layers=tuple(layers),
        loss="categorical_crossentropy",
        optimizer=config.optimizer,
        learning_rate=config.learning_rate,
        metrics=("accuracy",),
    )
