"""What a GAN's samples look like, in numbers: pure NumPy, so it is tested without Keras.

- ``diversity``: how spread out the samples are compared with real data; near 0 means
  the generator makes near-copies of one thing (mode collapse).
- ``histogram``: real and generated 1-D samples on shared bins, for GAN Lab-style views.
- ``digit_score``: the share of generated digits a classifier trained on real digits
  recognises confidently (the benchmark's "recognisable digits").
"""

from __future__ import annotations

from typing import Callable

import numpy as np

COLLAPSE_BELOW = 0.4  # diversity under this share of the real data's: near-copies
# An untrained generator draws near-identical blobs too (the DCGAN presets: 0.06 untrained, 0.15-0.19
# after one epoch, 0.33-0.39 after two, 0.70-0.72 after three), which is not a collapse.
JUDGED_FROM_EPOCH = 3
CONFIDENT = 0.9  # a digit counts as recognisable when the classifier is this sure


def mean_pairwise_distance(samples: np.ndarray) -> float:
    """Average Euclidean distance between every two different samples (any shape per sample)."""
    flat = np.asarray(samples, dtype="float64").reshape(len(samples), -1)
    if len(flat) < 2:
        return 0.0
    squared = (flat**2).sum(axis=1)
    gram = squared[:, None] + squared[None, :] - 2 * flat @ flat.T
    distances = np.sqrt(np.maximum(gram, 0.0))
    count = len(flat)
    return float(distances.sum() / (count * (count - 1)))


def diversity(generated: np.ndarray, real: np.ndarray) -> float:
    """Generated samples' mean pairwise distance over the real samples' (about 1 when as varied)."""
    reference = mean_pairwise_distance(real)
    return mean_pairwise_distance(generated) / reference if reference > 0 else 0.0


def collapsed(score: float, epochs_done: int) -> bool:
    return epochs_done >= JUDGED_FROM_EPOCH and score < COLLAPSE_BELOW


def plot_range(mean: float, std: float) -> tuple[float, float]:
    """The x range of the 1-D views: the target's bell and 0, where an untrained generator starts."""
    low, high = mean - 4 * std, mean + 4 * std
    return min(low, -1.0), max(high, 1.0)


def histogram(samples: np.ndarray, low: float, high: float, bins: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """Bin edges and density; samples outside the range pile up in the end bins so none vanish."""
    edges = np.linspace(low, high, bins + 1)
    clipped = np.clip(np.asarray(samples, dtype="float64").reshape(-1), low, high)
    density, _ = np.histogram(clipped, bins=edges, density=True)
    return edges, density


def to_uint8(images: np.ndarray) -> np.ndarray:
    """Generator output in [-1, 1] (tanh) as grey uint8 images, channel axis dropped."""
    pixels = (np.clip(np.asarray(images, dtype="float32"), -1, 1) + 1) * 127.5
    return np.rint(pixels).astype("uint8").reshape(len(images), *np.shape(images)[1:3])


def interpolate(start: np.ndarray, end: np.ndarray, steps: int) -> np.ndarray:
    """``steps`` latent vectors on the straight line from ``start`` to ``end``, both included."""
    weights = np.linspace(0.0, 1.0, steps, dtype="float32")[:, None]
    return (1 - weights) * np.asarray(start, "float32")[None, :] + weights * np.asarray(end, "float32")[None, :]


def digit_score(images: np.ndarray, predict: Callable[[np.ndarray], np.ndarray], num_classes: int = 10) -> dict:
    """How recognisable generated digits are to a classifier of real digits.

    ``images`` are in [0, 1] as the classifier was trained; ``predict`` returns class
    probabilities. ``score`` is the confident share, or 0 when some digit never appears
    (a generator that draws only good 1s has not learnt the digits).
    """
    probabilities = np.asarray(predict(images))
    confident = probabilities.max(axis=1) >= CONFIDENT
    classes = np.unique(probabilities.argmax(axis=1))
    share = float(confident.mean())
    all_classes = len(classes) == num_classes
    return {"confident": share, "classes": int(len(classes)), "score": share if all_classes else 0.0}
