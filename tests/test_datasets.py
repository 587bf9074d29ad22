import numpy as np
import pytest

from kplay import datasets
from kplay.errors import ConfigError, DatasetUnavailable

OFFLINE = [name for name, info in datasets.DATASETS.items() if info.offline]
ONLINE = [name for name, info in datasets.DATASETS.items() if not info.offline]


def test_registry_has_the_promised_offline_sets():
    assert {"line", "mnist5k", "digits8", "iris", "wine", "breast_cancer", "diabetes"} <= set(OFFLINE)
    assert {"mnist", "fashion_mnist", "cifar10", "boston_housing"} <= set(ONLINE)


@pytest.mark.parametrize("name", OFFLINE)
def test_offline_sets_load_with_the_declared_shapes_and_types(name):
    info = datasets.get_info(name)
    data = datasets.load(name, validation_split=0.2, limit=300)
    assert data.x_train.shape[1:] == info.input_shape and data.x_test.shape[1:] == info.input_shape
    for array in (data.x_train, data.y_train, data.x_test, data.y_test):
        assert array.dtype == np.float32 and np.isfinite(array).all()
    assert len(data.x_train) == len(data.y_train) and len(data.x_test) == len(data.y_test)
    if info.task == "classification":
        assert data.y_train.shape[1] == info.num_classes
        np.testing.assert_allclose(data.y_train.sum(axis=1), 1)
    else:
        assert data.y_train.shape[1] == 1
    if info.kind == "image":
        assert 0 <= data.x_train.min() and data.x_train.max() <= 1
    if info.kind != "line":
        assert data.x_val is not None and len(data.x_val) == len(data.y_val) > 0


def test_mnist5k_is_the_real_bundled_digits_and_the_split_is_fixed():
    a = datasets.load("mnist5k", 0.2)
    b = datasets.load("mnist5k", 0.2)
    assert len(a.x_train) + len(a.x_val) + len(a.x_test) == 5000
    np.testing.assert_array_equal(a.x_val, b.x_val)
    assert sorted(set(a.labels_test.tolist())) == list(range(10))


def test_regression_targets_are_standardised_and_can_be_undone():
    data = datasets.load("diabetes", 0.2)
    assert abs(float(data.y_train.mean())) < 1e-4
    np.testing.assert_allclose(data.unscale(data.y_test.reshape(-1)), data.labels_test, rtol=1e-4)


def test_line_is_five_points_of_y_equals_2x_plus_1():
    data = datasets.load("line", 0.2)
    np.testing.assert_allclose(data.y_train.reshape(-1), 2 * data.x_train.reshape(-1) + 1)
    assert len(data.x_train) == 5


@pytest.mark.parametrize("name", ONLINE)
def test_download_sets_load_or_say_clearly_why_not(name):
    info = datasets.get_info(name)
    try:
        data = datasets.load(name, 0.2, limit=200)
    except DatasetUnavailable as error:
        assert info.title.split(" (")[0] in str(error)
        return
    assert data.x_train.shape[1:] == info.input_shape


def test_unknown_data_set_and_empty_training_split_are_refused():
    with pytest.raises(ConfigError):
        datasets.get_info("nope")
    with pytest.raises(ConfigError, match="no training examples"):
        datasets.load("iris", validation_split=1.0)
