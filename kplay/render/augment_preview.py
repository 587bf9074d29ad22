"""The augmentation preview, in NumPy and Pillow, for the page to redraw on every slider move.

Why not the Keras layers themselves: the server process never imports Keras (see
``kplay.training.runner``), and asking a worker would cost a TensorFlow import (seconds)
or hold a worker per page. These functions give each strength the meaning its Keras
layer gives it (``kplay.models.augment``), in milliseconds:

- rotation: an angle drawn from ±rotation × 360°, like ``RandomRotation(factor)``;
- translation: a shift drawn from ±translation × height (and width), like ``RandomTranslation``;
- zoom: a factor z from ±zoom; z > 0 shows (1 + z) times more of the picture (zoomed out),
  like ``RandomZoom(height_factor)`` in Keras 3;
- flip: each allowed mirror with probability 1/2, like ``RandomFlip(mode)``;
- contrast: (x - mean) × c + mean with c from 1 ± contrast, clipped to 0..1, like
  ``RandomContrast(factor, value_range=(0, 1))``;
- noise: Gaussian noise of that standard deviation, then clipped to 0..1 as the model does.
Geometric changes fill with black (``fill_mode="constant"``), bilinear, as in the model.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache

import numpy as np
from PIL import Image

from kplay import ASSETS

ASSET = os.path.join(ASSETS, "applied_preview.npz")


@lru_cache(maxsize=None)
def example_images(dataset: str) -> np.ndarray:
    """One training image of each digit (0..9) of ``dataset``, float32 0..1, (10, H, W, 1).

    Bundled as a few kilobytes so the preview shows before any data set is loaded.
    """
    with np.load(ASSET) as bundle:
        return (bundle[dataset].astype("float32") / 255.0)[..., None]


def _affine(image: np.ndarray, angle: float, shift: tuple[float, float], zoom: float) -> np.ndarray:
    """One channel turned by ``angle`` (radians), shifted by ``shift`` (dy, dx pixels) and zoomed."""
    height, width = image.shape
    cy, cx = height / 2, width / 2
    # Pillow wants, for each output pixel, where to read in the input: the inverse transform.
    scale = 1 + zoom
    cos, sin = math.cos(angle) * scale, math.sin(angle) * scale
    a, b, d, e = cos, sin, -sin, cos
    ox, oy = cx + shift[1], cy + shift[0]
    c, f = cx - a * ox - b * oy, cy - d * ox - e * oy
    picture = Image.fromarray(image.astype("float32"), mode="F")
    moved = picture.transform((width, height), Image.Transform.AFFINE, (a, b, c, d, e, f),
                              resample=Image.Resampling.BILINEAR, fillcolor=0.0)
    return np.asarray(moved, dtype="float32")


def augment(image: np.ndarray, strengths, rng: np.random.Generator) -> np.ndarray:
    """One random augmentation of ``image`` (H, W, C in 0..1); same shape, values in 0..1."""
    out = image.astype("float32")
    if strengths.flip in ("horizontal", "horizontal_and_vertical") and rng.random() < 0.5:
        out = out[:, ::-1]
    if strengths.flip in ("vertical", "horizontal_and_vertical") and rng.random() < 0.5:
        out = out[::-1]
    height, width = out.shape[:2]
    angle = rng.uniform(-1, 1) * strengths.rotation * 2 * math.pi
    shift = (rng.uniform(-1, 1) * strengths.translation * height, rng.uniform(-1, 1) * strengths.translation * width)
    zoom = rng.uniform(-1, 1) * strengths.zoom
    if angle or any(shift) or zoom:
        out = np.stack([_affine(out[..., c], angle, shift, zoom) for c in range(out.shape[-1])], axis=-1)
    if strengths.contrast > 0:
        factor = rng.uniform(1 - strengths.contrast, 1 + strengths.contrast)
        mean = out.mean(axis=(0, 1), keepdims=True)
        out = np.clip((out - mean) * factor + mean, 0, 1)
    if strengths.noise > 0:
        out = np.clip(out + rng.normal(0, strengths.noise, out.shape), 0, 1)
    return np.ascontiguousarray(out, dtype="float32")


def preview(image: np.ndarray, strengths, count: int = 15, seed: int = 0) -> np.ndarray:
    """The original followed by ``count`` random augmentations: (count + 1, H, W, C)."""
    rng = np.random.default_rng(seed)
    return np.stack([image.astype("float32")] + [augment(image, strengths, rng) for _ in range(count)])
