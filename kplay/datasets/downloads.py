"""Full data sets from keras.datasets: used when cached, or downloadable right now.

Keras is imported inside the loaders only, so that the Streamlit server, which reads
this registry for titles and cache status, never imports it.
"""

from __future__ import annotations

import os
import socket
import threading

import numpy as np

from kplay.datasets.types import Raw
from kplay.errors import DatasetUnavailable
from kplay.i18n import t

DOWNLOAD_HOST = "storage.googleapis.com"


def keras_cache_dir() -> str:
    return os.path.join(os.environ.get("KERAS_HOME", os.path.expanduser("~/.keras")), "datasets")


def is_cached(cache_files: tuple) -> bool:
    return bool(cache_files) and all(os.path.exists(os.path.join(keras_cache_dir(), f)) for f in cache_files)


def can_reach(host: str = DOWNLOAD_HOST, timeout: float = 0.5) -> bool:
    """Whether a TCP connection opens within ``timeout``; DNS lookups can hang, so use a thread."""
    reached = []

    def attempt() -> None:
        try:
            socket.create_connection((host, 443), timeout=timeout).close()
            reached.append(True)
        except OSError:
            pass

    probe = threading.Thread(target=attempt, daemon=True)
    probe.start()
    probe.join(timeout * 2)
    return bool(reached)


def _fetch(title: str, cache_files: tuple, load):
    if not is_cached(cache_files) and not can_reach():
        raise DatasetUnavailable(t("datasets.unavailable", title=title))
    try:
        return load()
    except Exception as error:  # keras raises a bare Exception on a failed download
        raise DatasetUnavailable(t("datasets.download_failed", title=title, error=error)) from error


def _images(pairs) -> Raw:
    (x, y), (x_test, y_test) = pairs
    scale = lambda a: (a.reshape(a.shape[:3] + (-1,)) / 255.0).astype("float32")  # noqa: E731
    return Raw(scale(x), y.reshape(-1).astype("int64"), scale(x_test), y_test.reshape(-1).astype("int64"))


def mnist() -> Raw:
    import keras

    return _images(_fetch("MNIST", ("mnist.npz",), keras.datasets.mnist.load_data))


def fashion_mnist() -> Raw:
    import keras

    files = ("fashion-mnist/train-images-idx3-ubyte.gz", "fashion-mnist/t10k-images-idx3-ubyte.gz")
    return _images(_fetch("Fashion-MNIST", files, keras.datasets.fashion_mnist.load_data))


def cifar10() -> Raw:
    import keras

    return _images(_fetch("CIFAR-10", ("cifar-10-batches-py_extracted",), keras.datasets.cifar10.load_data))


def boston_housing() -> Raw:
    import keras

    (x, y), (x_test, y_test) = _fetch(t("datasets.source.boston_housing"), ("boston_housing.npz",), keras.datasets.boston_housing.load_data)
    as32 = lambda a: np.asarray(a, dtype="float32")  # noqa: E731
    return Raw(as32(x), as32(y), as32(x_test), as32(y_test))
