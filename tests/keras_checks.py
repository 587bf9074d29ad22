"""One check shared by every family's tests: the Keras-free summary agrees with the built Keras model."""

import keras

from kplay.models import summarize
from kplay.models.keras_build import build_network


def assert_summary_matches_keras(spec) -> keras.Model:
    """Every row's name, output shape, parameter count and trainable count, against Keras; returns the model."""
    model = build_network(spec)
    rows = summarize(spec)
    layers = [layer for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]
    assert [r.name for r in rows] == [layer.name for layer in layers]
    for row, layer in zip(rows, layers):
        assert tuple(layer.output.shape[1:]) == row.output_shape, row.name
        assert layer.count_params() == row.params, row.name
        assert sum(int(w.numpy().size) for w in layer.trainable_weights) == row.trainable, row.name
    return model
