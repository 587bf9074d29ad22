"""A model as plain data: the layers Keras will build, and the summary they imply.

Pages show the summary on every slider move, before training, without importing Keras:
``summarize`` infers each layer's output shape and parameter count from the same
``LayerSpec`` list that ``kplay.models.keras_build`` turns into a real ``keras.Model``.
A test checks the two agree.

A spec is a graph: each layer reads the layer before it, or the layers named in its
``inputs`` (``"input"`` is the model's input). That covers skip connections (UNET) and
merges; a spec with no ``inputs`` anywhere is a plain stack, built as ``keras.Sequential``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

INPUT = "input"


@dataclass(frozen=True)
class LayerSpec:
    kind: str  # a keras.layers class name
    name: str
    args: dict = field(default_factory=dict)  # keyword arguments, as Keras takes them
    inputs: tuple[str, ...] = ()  # layers this one reads; empty: the layer before it
    trainable: bool = True  # False: frozen (transfer learning)


@dataclass(frozen=True)
class ModelSpec:
    input_shape: tuple
    layers: tuple[LayerSpec, ...]
    loss: str
    optimizer: str
    learning_rate: float
    metrics: tuple[str, ...]

    @property
    def is_stack(self) -> bool:
        return not any(layer.inputs for layer in self.layers)


@dataclass(frozen=True)
class SummaryRow:
    name: str
    kind: str
    output_shape: tuple
    params: int
    trainable: int


def _spatial(size: int, window: int, stride: int, padding: str) -> int:
    return math.ceil(size / stride) if padding == "same" else (size - window) // stride + 1


def _pair(value) -> tuple[int, int]:
    return tuple(value) if isinstance(value, (tuple, list)) else (value, value)


def _dense(shape: tuple, args: dict) -> tuple[tuple, int]:
    units = args["units"]
    return shape[:-1] + (units,), shape[-1] * units + (units if args.get("use_bias", True) else 0)


def _conv(shape: tuple, args: dict) -> tuple[tuple, int]:
    (kh, kw), (sh, sw) = _pair(args["kernel_size"]), _pair(args.get("strides", 1))
    padding, filters = args.get("padding", "valid"), args["filters"]
    out = (_spatial(shape[0], kh, sh, padding), _spatial(shape[1], kw, sw, padding), filters)
    return out, kh * kw * shape[-1] * filters + (filters if args.get("use_bias", True) else 0)


def _conv_transpose(shape: tuple, args: dict) -> tuple[tuple, int]:
    (kh, kw), (sh, sw) = _pair(args["kernel_size"]), _pair(args.get("strides", 1))
    filters = args["filters"]
    if args.get("padding", "valid") == "same":
        height, width = shape[0] * sh, shape[1] * sw
    else:
        height, width = (shape[0] - 1) * sh + kh, (shape[1] - 1) * sw + kw
    return (height, width, filters), kh * kw * shape[-1] * filters + (filters if args.get("use_bias", True) else 0)


def _pool(shape: tuple, args: dict) -> tuple[tuple, int]:
    ph, pw = _pair(args.get("pool_size", 2))
    sh, sw = _pair(args.get("strides") or (ph, pw))
    padding = args.get("padding", "valid")
    return (_spatial(shape[0], ph, sh, padding), _spatial(shape[1], pw, sw, padding), shape[-1]), 0


def _upsample(shape: tuple, args: dict) -> tuple[tuple, int]:
    sh, sw = _pair(args.get("size", 2))
    return (shape[0] * sh, shape[1] * sw, shape[-1]), 0


def _global_pool(shape: tuple, args: dict) -> tuple[tuple, int]:
    return (shape[-1],), 0


def _recurrent(gates: int, bias_per_gate: int):
    def rule(shape: tuple, args: dict) -> tuple[tuple, int]:
        units = args["units"]
        params = gates * units * (shape[-1] + units + bias_per_gate)
        return ((shape[0], units) if args.get("return_sequences") else (units,)), params

    return rule


def _bidirectional(shape: tuple, args: dict) -> tuple[tuple, int]:
    inner: LayerSpec = args["layer"]
    out, params = SHAPE_RULES[inner.kind](shape, inner.args)
    return out[:-1] + (2 * out[-1],), 2 * params


def _embedding(shape: tuple, args: dict) -> tuple[tuple, int]:
    return shape + (args["output_dim"],), args["input_dim"] * args["output_dim"]


def _reshape(shape: tuple, args: dict) -> tuple[tuple, int]:
    return tuple(args["target_shape"]), 0


def _flatten(shape: tuple, args: dict) -> tuple[tuple, int]:
    return (math.prod(shape),), 0


def _batch_norm(shape: tuple, args: dict) -> tuple[tuple, int]:
    return shape, 4 * shape[-1]


def _prelu(shape: tuple, args: dict) -> tuple[tuple, int]:
    return shape, math.prod(shape)


def _same(shape: tuple, args: dict) -> tuple[tuple, int]:
    return shape, 0


# kind -> (input shape, args) -> (output shape, parameter count)
SHAPE_RULES = {
    "Dense": _dense,
    "Conv2D": _conv,
    "Conv2DTranspose": _conv_transpose,
    "MaxPooling2D": _pool,
    "AveragePooling2D": _pool,
    "UpSampling2D": _upsample,
    "GlobalAveragePooling2D": _global_pool,
    "GlobalMaxPooling2D": _global_pool,
    "SimpleRNN": _recurrent(1, 1),
    "LSTM": _recurrent(4, 1),
    "GRU": _recurrent(3, 2),  # Keras 3 GRUs keep two biases per gate (reset_after)
    "Bidirectional": _bidirectional,
    "Embedding": _embedding,
    "Reshape": _reshape,
    "Flatten": _flatten,
    "BatchNormalization": _batch_norm,
    "PReLU": _prelu,
}
for _kind in ("Dropout", "SpatialDropout2D", "Activation", "LeakyReLU", "GaussianNoise", "Rescaling",
              "RandomFlip", "RandomRotation", "RandomTranslation", "RandomZoom", "RandomContrast"):
    SHAPE_RULES[_kind] = _same
SHAPE_RULES["ReLU"] = _same  # ReLU(max_value=1) clips augmented images back into 0..1
SHAPE_RULES["LayerNormalization"] = lambda shape, args: (shape, 2 * shape[-1])  # a scale and a shift per feature

# Parameters that never train: batch norm's moving mean and variance.
FROZEN_SHARE = {"BatchNormalization": 0.5}
MERGES = {"Concatenate", "Add"}  # layers that read several inputs


def _merge(kind: str, shapes: list[tuple]) -> tuple:
    if kind == "Concatenate":
        return shapes[0][:-1] + (sum(s[-1] for s in shapes),)
    return shapes[0]


def summarize(spec: ModelSpec) -> list[SummaryRow]:
    """Each layer's output shape (without the batch axis) and parameter counts."""
    rows, shapes = [], {INPUT: tuple(spec.input_shape)}
    previous = INPUT
    for layer in spec.layers:
        sources = [shapes[name] for name in (layer.inputs or (previous,))]
        if layer.kind in MERGES:
            shape, params = _merge(layer.kind, sources), 0
        else:
            shape, params = SHAPE_RULES[layer.kind](sources[0], layer.args)
        trainable = int(params * (1 - FROZEN_SHARE.get(layer.kind, 0))) if layer.trainable else 0
        rows.append(SummaryRow(layer.name, layer.kind, shape, params, trainable))
        shapes[layer.name] = shape
        previous = layer.name
    return rows


def count_params(spec: ModelSpec) -> int:
    return sum(row.params for row in summarize(spec))
