"""Mask scores in plain numpy: intersection over union and Dice, averaged over classes.

Both compare class-index masks. A class counts only where it appears in the truth or the
prediction (an image with no triangle neither helps nor hurts the triangle class). The
Keras versions used while training (``kplay.training.families.unet``) follow the same
definition, so the curves and these numbers agree.
"""

from __future__ import annotations

import numpy as np


def _overlaps(true: np.ndarray, predicted: np.ndarray, num_classes: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    true, predicted = np.asarray(true).reshape(-1), np.asarray(predicted).reshape(-1)
    classes = np.arange(num_classes)[:, None]
    in_true, in_predicted = true[None, :] == classes, predicted[None, :] == classes
    both = (in_true & in_predicted).sum(axis=1)
    return both, in_true.sum(axis=1), in_predicted.sum(axis=1)


def mean_iou(true: np.ndarray, predicted: np.ndarray, num_classes: int) -> float:
    both, t, p = _overlaps(true, predicted, num_classes)
    union = t + p - both
    present = union > 0
    return float(np.mean(both[present] / union[present])) if present.any() else 1.0


def mean_dice(true: np.ndarray, predicted: np.ndarray, num_classes: int) -> float:
    both, t, p = _overlaps(true, predicted, num_classes)
    total = t + p
    present = total > 0
    return float(np.mean(2 * both[present] / total[present])) if present.any() else 1.0
