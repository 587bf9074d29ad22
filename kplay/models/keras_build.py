"""ModelSpec -> compiled keras.Model. Imported by the training worker only."""

from __future__ import annotations

import keras

from kplay.models.spec import ModelSpec

OPTIMIZERS = {
    "sgd": lambda lr: keras.optimizers.SGD(lr),
    "momentum": lambda lr: keras.optimizers.SGD(lr, momentum=0.9),
    "adagrad": lambda lr: keras.optimizers.Adagrad(lr),
    "rmsprop": lambda lr: keras.optimizers.RMSprop(lr),
    "adam": lambda lr: keras.optimizers.Adam(lr),
    "adadelta": lambda lr: keras.optimizers.Adadelta(lr),
}

_REGULARIZED_ARGS = ("kernel_regularizer",)


def _layer(kind: str, name: str, args: dict) -> keras.layers.Layer:
    args = dict(args)
    for key in _REGULARIZED_ARGS:  # specs hold the L2 factor as a plain float
        if args.get(key):
            args[key] = keras.regularizers.L2(args[key])
    return getattr(keras.layers, kind)(name=name, **args)


def build_model(spec: ModelSpec) -> keras.Model:
    model = keras.Sequential(
        [keras.Input(spec.input_shape)] + [_layer(layer.kind, layer.name, layer.args) for layer in spec.layers]
    )
    model.compile(
        optimizer=OPTIMIZERS[spec.optimizer](spec.learning_rate),
        loss=spec.loss,
        metrics=list(spec.metrics),
    )
    return model
