"""Procedural segmentation data: shapes on textured, noisy backgrounds, with their masks.

Pure numpy and seeded. Every shape slot is drawn for all images at once (one boolean
mask of N x H x W per slot), so a thousand 64x64 images take a fraction of a second.
The mask holds 0 for background and 1 + the shape's kind index for each shape pixel;
``binary`` masks fold every kind into 1. Later shapes cover earlier ones, in the image
and in the mask alike. Clutter (thin lines and specks in the shapes' colours) is painted
on the background only and is never part of the mask: the network must learn form, not
colour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

KINDS = ("circle", "square", "triangle", "cross")


@dataclass(frozen=True)
class Shapes:
    images: np.ndarray  # N x H x W x 3, float32 in [0, 1]
    masks: np.ndarray  # N x H x W, uint8 class index: 0 background, 1.. shape kinds (or 1 for any)
    class_names: tuple[str, ...]


def class_names(binary: bool) -> tuple[str, ...]:
    return ("background", "shape") if binary else ("background",) + KINDS


def _inside(kind: str, u: np.ndarray, v: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Whether the rotated, centred coordinates (u, v) fall inside a shape of radius r."""
    if kind == "circle":
        return u * u + v * v <= r * r
    if kind == "square":
        half = 0.8 * r
        return np.maximum(np.abs(u), np.abs(v)) <= half
    if kind == "triangle":  # equilateral: three half-planes at the inradius r / 2
        angles = np.array([np.pi / 2, np.pi / 2 + 2 * np.pi / 3, np.pi / 2 + 4 * np.pi / 3])
        reach = np.max([u * np.cos(a) + v * np.sin(a) for a in angles], axis=0)
        return reach <= 0.5 * r
    if kind == "cross":
        arm = 0.3 * r
        return ((np.abs(u) <= r) & (np.abs(v) <= arm)) | ((np.abs(v) <= r) & (np.abs(u) <= arm))
    raise ValueError(f"unknown shape kind {kind!r}")


def _spread(colours: np.ndarray, where: np.ndarray) -> np.ndarray:
    """Each image's colour (N x 3) at the pixels ``where`` marks, in ``images[where]`` order."""
    return colours[np.nonzero(where)[0]]


def _background(rng: np.random.Generator, count: int, size: int, grid: tuple) -> np.ndarray:
    """A smooth two-colour gradient with faint stripes: texture without edges like a shape's."""
    yy, xx = grid
    low, high = _uniform(rng, 0.1, 0.6, (2, count, 1, 1, 3))
    angle = _uniform(rng, 0, 2 * np.pi, (count, 1, 1))
    ramp = (np.cos(angle) * xx + np.sin(angle) * yy) * (1 / size) + 0.5  # 0..1 across the image
    np.clip(ramp, 0, 1, out=ramp)
    frequency = 2 * np.pi / _uniform(rng, 4, 10, (count, 1, 1))
    ramp += 0.1 * np.sin((xx * np.sin(angle) - yy * np.cos(angle)) * frequency)  # faint stripes
    return low + (high - low) * ramp[..., None]


def _uniform(rng: np.random.Generator, low: float, high: float, shape: tuple) -> np.ndarray:
    return (low + (high - low) * rng.random(shape, dtype="float32")).astype("float32")


def _clutter(rng: np.random.Generator, images: np.ndarray, amount: float, grid: tuple) -> None:
    """Thin lines and small specks in bright colours, painted in place."""
    count, size = images.shape[0], images.shape[1]
    yy, xx = grid
    lines, specks = int(round(3 * amount)), int(round(6 * amount))
    for _ in range(lines):
        angle = _uniform(rng, 0, np.pi, (count, 1, 1))
        offset = _uniform(rng, -0.4, 0.4, (count, 1, 1)) * size
        distance = np.abs(np.cos(angle) * (xx - size / 2) + np.sin(angle) * (yy - size / 2) - offset)
        line = distance <= 0.5 + size / 128
        images[line] = _spread(rng.uniform(0.5, 1.0, (count, 3)), line)
    for _ in range(specks):
        cy, cx = _uniform(rng, 0, size, (2, count, 1, 1))
        radius = _uniform(rng, 0.6, 1.5, (count, 1, 1)) * size / 64
        speck = (yy - cy) ** 2 + (xx - cx) ** 2 <= radius**2
        images[speck] = _spread(rng.uniform(0.5, 1.0, (count, 3)), speck)


def generate(
    count: int = 1000,
    size: int = 64,
    shapes_per_image: int = 2,
    noise: float = 0.05,
    clutter: float = 0.5,
    binary: bool = True,
    seed: int = 0,
    kinds: tuple[str, ...] = KINDS,
) -> Shapes:
    """``count`` images of ``size`` x ``size`` pixels with their masks; the same seed, the same data."""
    # One random stream each for shapes, clutter and noise: moving the clutter or noise
    # slider changes only the clutter or noise, never the shapes and their masks.
    rng, clutter_rng, noise_rng = (np.random.default_rng([seed, stream]) for stream in range(3))
    grid = np.mgrid[0:size, 0:size].astype("float32") + 0.5
    images = _background(rng, count, size, grid)
    if clutter > 0:
        _clutter(clutter_rng, images, clutter, grid)
    masks = np.zeros((count, size, size), dtype="uint8")
    yy, xx = grid
    for _ in range(shapes_per_image):
        kind_index = rng.integers(0, len(kinds), count)
        radius = _uniform(rng, 0.1, 0.22, (count, 1, 1)) * size
        cy, cx = _uniform(rng, 0.2, 0.8, (2, count, 1, 1)) * size
        angle = _uniform(rng, 0, 2 * np.pi, (count, 1, 1))
        colour = rng.uniform(0.55, 1.0, (count, 3)) * (rng.random((count, 3)) < 0.8)  # bright, some channels off
        colour[colour.max(axis=1) < 0.5, rng.integers(0, 3)] = 0.9  # never a dark shape on a dark ground
        dy, dx = yy - cy, xx - cx
        u, v = np.cos(angle) * dx + np.sin(angle) * dy, -np.sin(angle) * dx + np.cos(angle) * dy
        drawn = np.zeros((count, size, size), dtype=bool)
        for index, kind in enumerate(kinds):
            chosen = kind_index == index
            if chosen.any():
                drawn[chosen] = _inside(kind, u[chosen], v[chosen], radius[chosen])
        if binary:
            masks[drawn] = 1
        else:  # each kind keeps its place in KINDS, whichever kinds are drawn
            label = np.array([1 + KINDS.index(k) for k in kinds], dtype="uint8")[kind_index]
            masks[drawn] = np.broadcast_to(label[:, None, None], drawn.shape)[drawn]
        images[drawn] = _spread(colour, drawn)
    if noise > 0:
        images += noise * noise_rng.standard_normal(images.shape, dtype="float32")
    np.clip(images, 0, 1, out=images)
    return Shapes(images, masks, class_names(binary))
