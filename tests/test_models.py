import itertools

import numpy as np
import pytest

from kplay import datasets
from kplay.errors import ConfigError
from kplay.models import DenseConfig, spec_for, summarize
from kplay.models.spec import LayerSpec, ModelSpec
from kplay.models.dense import ACTIVATIONS
from kplay.config import OPTIMIZER_NAMES

keras = pytest.importorskip("keras")
from kplay.models.keras_build import build_model  # noqa: E402
from keras_checks import assert_summary_matches_keras  # noqa: E402

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
    assert_summary_matches_keras(spec_for(DenseConfig(**options)))


def _layers(*rows):
    return tuple(LayerSpec(kind, name, args, **extra) for kind, name, args, *rest in rows for extra in [rest[0] if rest else {}])


GRAPHS = {
    "conv stack": ModelSpec((28, 28, 1), _layers(
        ("Conv2D", "c1", {"filters": 4, "kernel_size": 3, "activation": "relu"}),
        ("Conv2D", "c2", {"filters": 6, "kernel_size": 5, "strides": 2, "padding": "same"}),
        ("MaxPooling2D", "p1", {"pool_size": 2}),
        ("AveragePooling2D", "p2", {"pool_size": 3, "strides": 1, "padding": "same"}),
        ("BatchNormalization", "bn", {}),
        ("SpatialDropout2D", "sd", {"rate": 0.1}),
        ("GlobalAveragePooling2D", "gap", {}),
        ("Dense", "out", {"units": 10, "activation": "softmax"}),
    ), "categorical_crossentropy", "adam", 0.001, ("accuracy",)),
    "decoder": ModelSpec((16,), _layers(
        ("Dense", "d", {"units": 7 * 7 * 8}),
        ("Reshape", "r", {"target_shape": (7, 7, 8)}),
        ("UpSampling2D", "u", {"size": 2}),
        ("Conv2DTranspose", "t1", {"filters": 4, "kernel_size": 3, "strides": 2, "padding": "same"}),
        ("Conv2DTranspose", "t2", {"filters": 1, "kernel_size": 3}),
    ), "mse", "adam", 0.001, ()),
    "recurrent": ModelSpec((12, 3), _layers(
        ("SimpleRNN", "s", {"units": 5, "return_sequences": True}),
        ("GRU", "g", {"units": 4, "return_sequences": True}),
        ("Bidirectional", "b", {"layer": LayerSpec("LSTM", "l", {"units": 3})}),
        ("Dense", "out", {"units": 1}),
    ), "mse", "adam", 0.001, ()),
    "text": ModelSpec((20,), _layers(
        ("Embedding", "e", {"input_dim": 50, "output_dim": 8}),
        ("LSTM", "l", {"units": 6}),
        ("Dense", "out", {"units": 1, "activation": "sigmoid"}),
    ), "binary_crossentropy", "adam", 0.001, ("accuracy",)),
    "skips and frozen": ModelSpec((16, 16, 3), _layers(
        ("Conv2D", "down", {"filters": 4, "kernel_size": 3, "padding": "same"}, {"trainable": False}),
        ("MaxPooling2D", "pool", {}),
        ("Conv2D", "mid", {"filters": 8, "kernel_size": 3, "padding": "same"}),
        ("UpSampling2D", "up", {}),
        ("Concatenate", "skip", {}, {"inputs": ("up", "down")}),
        ("Conv2D", "merge", {"filters": 4, "kernel_size": 1}),
        ("Add", "residual", {}, {"inputs": ("merge", "down")}),
        ("Conv2D", "out", {"filters": 1, "kernel_size": 1, "activation": "sigmoid"}),
    ), "binary_crossentropy", "adam", 0.001, ()),
}


@pytest.mark.parametrize("name", GRAPHS)
def test_keras_free_summary_matches_keras_for_every_layer_kind(name):
    assert_summary_matches_keras(GRAPHS[name])


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
