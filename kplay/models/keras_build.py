"""ModelSpec -> compiled keras.Model. Imported by the training worker only."""

from __future__ import annotations

import contextlib

import keras

from kplay.models.spec import INPUT, LayerSpec, ModelSpec

OPTIMIZERS = {
    "sgd": lambda lr: keras.optimizers.SGD(lr),
    "momentum": lambda lr: keras.optimizers.SGD(lr, momentum=0.9),
    "adagrad": lambda lr: keras.optimizers.Adagrad(lr),
    "rmsprop": lambda lr: keras.optimizers.RMSprop(lr),
    "adam": lambda lr: keras.optimizers.Adam(lr),
    "adadelta": lambda lr: keras.optimizers.Adadelta(lr),
}

# Losses and metrics that are not Keras' own names: a page's family adds its own here.
LOSSES: dict = {}
METRICS: dict = {}

_REGULARIZED_ARGS = ("kernel_regularizer",)


def make_layer(spec: LayerSpec) -> keras.layers.Layer:
    args = dict(spec.args)
    for key in _REGULARIZED_ARGS:  # specs hold the L2 factor as a plain float
        if args.get(key):
            args[key] = keras.regularizers.L2(args[key])
    for key, value in args.items():  # wrappers (Bidirectional) hold their inner layer as a spec
        if isinstance(value, LayerSpec):
            args[key] = make_layer(value)
    layer = getattr(keras.layers, spec.kind)(name=spec.name, **args)
    layer.trainable = spec.trainable
    return layer


def build_network(spec: ModelSpec, name: str | None = None) -> keras.Model:
    """The uncompiled model: a Sequential stack, or a functional graph when layers name inputs."""
    if spec.is_stack:
        return keras.Sequential([keras.Input(spec.input_shape)] + [make_layer(layer) for layer in spec.layers], name=name)
    tensors = {INPUT: keras.Input(spec.input_shape, name=INPUT)}
    previous = INPUT
    for layer in spec.layers:
        sources = [tensors[name] for name in (layer.inputs or (previous,))]
        tensors[layer.name] = make_layer(layer)(sources if len(sources) > 1 else sources[0])
        previous = layer.name
    return keras.Model(tensors[INPUT], tensors[previous], name=name)


# Models loaded from a file, used instead of building their specs (see ``preloaded``).
_PRELOADED: dict = {}


@contextlib.contextmanager
def preloaded(model: keras.Model, spec: ModelSpec):
    """Within this block, ``build_model(spec)`` returns ``model`` (compiled for ``spec``).

    So any family that builds its model with ``build_model(spec_for(config))`` continues
    training an uploaded model, with no code of its own.
    """
    with preloaded_networks([(spec, model)]):
        yield


@contextlib.contextmanager
def preloaded_networks(pairs: list[tuple[ModelSpec, keras.Model]]):
    """``preloaded`` for several networks at once (a GAN's two): ``network_for(spec)`` returns each."""
    for spec, model in pairs:
        _PRELOADED[id(spec)] = (spec, model)
    try:
        yield
    finally:
        _PRELOADED.clear()


def _preloaded_for(spec: ModelSpec) -> keras.Model | None:
    for wanted, model in _PRELOADED.values():
        if wanted == spec:
            return model
    return None


def network_for(spec: ModelSpec, name: str) -> keras.Model:
    """The uncompiled network ``name`` of a family of several: the uploaded one, or a new one."""
    model = _preloaded_for(spec)
    return build_network(spec, name) if model is None else model


def build_model(spec: ModelSpec) -> keras.Model:
    model = _preloaded_for(spec)
    if model is None:
        model = build_network(spec)
    model.compile(
        optimizer=OPTIMIZERS[spec.optimizer](spec.learning_rate),
        loss=LOSSES.get(spec.loss, spec.loss),
        metrics=[METRICS.get(m, m) for m in spec.metrics],
    )
    return model
