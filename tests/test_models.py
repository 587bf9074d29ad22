import itertools

import numpy as np
import pytest

from kplay import datasets
from kplay.errors import ConfigError
from kplay.models import DenseConfig, spec_for, summarize
from kplay.models.dense import ACTIVATIONS
from kplay.config import OPTIMIZER_NAMES

keras = pytest.importorskip("keras")
from kplay.models.keras_build import build_model  # noqa: E402

VARIANTS = [
    dict(dataset="mnist5k", hidden_units=(32, 16), dropout=(0.2, 0.0), batch_norm=True, l2=0.001),
    dict(dataset="digits8", hidden_units=(8,), dropout=(0.0,), activation="prelu"),
    dict(dataset="breast_cancer", hidden_units=(8, 8, 4), dropout=(0.0, 0.5, 0.0), activation="tanh"),
    dict(dataset="diabetes", hidden_units=(5,), dropout=(0.0,), loss="mae", optimizer="sgd"),
    dict(dataset="line", hidden_units=(), dropout=(), optimizer="sgd"),
    dict(dataset="iris", hidden_units=(4,), dropout=(0.0,), loss="mse", batch_norm=True, activation="prelu"),
]


@pytest.mark.parametrize("options", VARIANTS)
def test_keras_free_summary_matches_the_built_keras_model(options):
    spec = spec_for(DenseConfig(**options))
    model = build_model(spec)
    rows = summarize(spec)
    assert [r.name for r in rows] == [layer.name for layer in model.layers]
    for row, layer in zip(rows, model.layers):
        assert tuple(layer.output.shape[1:]) == row.output_shape, row.name
        assert layer.count_params() == row.params, row.name
        assert sum(int(w.numpy().size) for w in layer.trainable_weights) == row.trainable, row.name


@pytest.mark.parametrize("activation, optimizer", itertools.product(ACTIVATIONS, OPTIMIZER_NAMES))
def test_every_activation_and_optimizer_builds_and_compiles(activation, optimizer):
    model = build_model(spec_for(DenseConfig(dataset="iris", hidden_units=(4,), activation=activation, optimizer=optimizer)))
    assert model.optimizer is not None and tuple(model(np.zeros((2, 4), "float32")).shape) == (2, 3)


def test_output_layer_follows_the_task():
    def last(dataset):
        return spec_for(DenseConfig(dataset=dataset)).layers[-1].args

    assert last("mnist5k") == {"units": 10, "activation": "softmax"}
    assert last("breast_cancer") == {"units": 1, "activation": "sigmoid"}
    assert last("diabetes") == {"units": 1, "activation": None}
    assert spec_for(DenseConfig(dataset="breast_cancer")).loss == "binary_crossentropy"


def test_l2_is_applied_to_hidden_kernels():
    model = build_model(spec_for(DenseConfig(dataset="iris", hidden_units=(4,), l2=0.01)))
    assert model.get_layer("hidden_1").kernel_regularizer is not None


@pytest.mark.parametrize(
    "options, words",
    [
        (dict(dataset="diabetes", loss="categorical_crossentropy"), "does not fit"),
        (dict(dataset="mnist5k", loss="binary_crossentropy"), "categorical_crossentropy or mse"),
        (dict(hidden_units=(8,) * 9, dropout=(0.0,) * 9), "At most 8 hidden layers"),
        (dict(hidden_units=(8, 8), dropout=(0.0,)), "one dropout rate per hidden layer"),
        (dict(dataset="nope"), "not one of"),
        (dict(learning_rate=0.0), "at least"),
    ],
)
def test_invalid_combinations_are_refused_with_a_clear_message(options, words):
    with pytest.raises(ConfigError, match=words):
        spec_for(DenseConfig(**options))


def test_every_data_set_gets_a_model():
    for name in datasets.DATASETS:
        hidden = () if name == "line" else (8,)
        assert summarize(spec_for(DenseConfig(dataset=name, hidden_units=hidden, dropout=(0.0,) * len(hidden))))
