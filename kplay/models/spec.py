"""A model as plain data: the layers Keras will build, and the summary they imply.

Pages show the summary on every slider move, before training, without importing Keras:
``summarize`` infers each layer's output shape and parameter count from the same
``LayerSpec`` list that ``kplay.models.keras_build`` turns into a real ``keras.Model``.
A test checks the two agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LayerSpec:
    kind: str  # a keras.layers class name
    name: str
    args: dict = field(default_factory=dict)  # keyword arguments, as Keras takes them


@dataclass(frozen=True)
class ModelSpec:
    input_shape: tuple
    layers: tuple[LayerSpec, ...]
    loss: str
    optimizer: str
    learning_rate: float
    metrics: tuple[str, ...]


@dataclass(frozen=True)
class SummaryRow:
    name: str
    kind: str
    output_shape: tuple
    params: int
    trainable: int


def _dense(shape: tuple, args: dict) -> tuple[tuple, int, int]:
    units = args["units"]
    params = shape[-1] * units + (units if args.get("use_bias", True) else 0)
    return shape[:-1] + (units,), params, params


def _batch_norm(shape: tuple, args: dict) -> tuple[tuple, int, int]:
    # gamma and beta train; the moving mean and variance do not.
    return shape, 4 * shape[-1], 2 * shape[-1]


def _prelu(shape: tuple, args: dict) -> tuple[tuple, int, int]:
    return shape, math.prod(shape), math.prod(shape)


def _flatten(shape: tuple, args: dict) -> tuple[tuple, int, int]:
    return (math.prod(shape),), 0, 0


def _same(shape: tuple, args: dict) -> tuple[tuple, int, int]:
    return shape, 0, 0


SHAPE_RULES = {
    "Dense": _dense,
    "BatchNormalization": _batch_norm,
    "PReLU": _prelu,
    "Flatten": _flatten,
    "Dropout": _same,
    "Activation": _same,
}


def summarize(spec: ModelSpec) -> list[SummaryRow]:
    """Each layer's output shape (without the batch axis) and parameter counts."""
    rows, shape = [], tuple(spec.input_shape)
    for layer in spec.layers:
        shape, params, trainable = SHAPE_RULES[layer.kind](shape, layer.args)
        rows.append(SummaryRow(layer.name, layer.kind, shape, params, trainable))
    return rows


def count_params(spec: ModelSpec) -> int:
    return sum(row.params for row in summarize(spec))
