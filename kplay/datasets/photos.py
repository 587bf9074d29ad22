"""Colour patches for colourisation: crops of scikit-learn's two bundled photographs.

The photos (a Chinese temple and a flower, 427x640) are halved once so that a patch
holds a recognisable piece of a scene, then cut at random places, with random
mirroring. CIFAR-10's 32x32 photos stand in when they are cached.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np


PHOTO_FILES = ("china.jpg", "flower.jpg")


def _sample_images() -> list[np.ndarray]:
    """The photos ``sklearn.datasets.load_sample_images`` returns, read without importing
    scikit-learn (its import takes seconds)."""
    import importlib.util

    from PIL import Image

    spec = importlib.util.find_spec("sklearn")
    folder = os.path.join(spec.submodule_search_locations[0], "datasets", "images") if spec else ""
    paths = [os.path.join(folder, name) for name in PHOTO_FILES]
    if not all(os.path.exists(p) for p in paths):
        from sklearn.datasets import load_sample_images

        return list(load_sample_images().images)
    images = []
    for path in paths:
        with Image.open(path) as image:
            images.append(np.asarray(image.convert("RGB")))
    return images


@lru_cache(maxsize=1)
def _photos() -> tuple[np.ndarray, ...]:
    halved = []
    for image in _sample_images():
        h, w = image.shape[0] // 2 * 2, image.shape[1] // 2 * 2
        small = image[:h, :w].reshape(h // 2, 2, w // 2, 2, 3).mean(axis=(1, 3))
        halved.append((small / 255.0).astype("float32"))
    return tuple(halved)


def patches(count: int, size: int, seed: int = 0) -> np.ndarray:
    """``count`` colour patches of ``size`` x ``size``, float32 in [0, 1]."""
    rng = np.random.default_rng(seed)
    photos = _photos()
    out = np.empty((count, size, size, 3), dtype="float32")
    which = rng.integers(0, len(photos), count)
    for index, photo_index in enumerate(which):
        photo = photos[photo_index]
        top = rng.integers(0, photo.shape[0] - size + 1)
        left = rng.integers(0, photo.shape[1] - size + 1)
        patch = photo[top : top + size, left : left + size]
        out[index] = patch[:, ::-1] if rng.random() < 0.5 else patch
    return out


def cifar10(count: int, seed: int = 0) -> np.ndarray:
    """``count`` CIFAR-10 training photos (raises DatasetUnavailable when not cached)."""
    from kplay.datasets import downloads

    raw = downloads.cifar10()
    order = np.random.default_rng(seed).permutation(len(raw.x))[:count]
    return raw.x[order]


def grey(images: np.ndarray) -> np.ndarray:
    """Luminance (ITU-R 601), keeping a channel axis: N x H x W x 1."""
    return (images @ np.array([0.299, 0.587, 0.114], dtype="float32"))[..., None]
