"""Naive forecasts a network has to beat, and the error they are compared by.

Both forecast one step ahead from the values known at the time: the last value repeats
the previous step; the seasonal naive repeats the value one season (``period`` steps) ago.
"""

from __future__ import annotations

import numpy as np


def rmse(true: np.ndarray, predicted: np.ndarray) -> float:
    true, predicted = np.asarray(true, dtype="float64").reshape(-1), np.asarray(predicted, dtype="float64").reshape(-1)
    return float(np.sqrt(np.mean((true - predicted) ** 2)))


def last_value(values: np.ndarray, targets: range) -> np.ndarray:
    values = np.asarray(values, dtype="float64")
    return values[[t - 1 for t in targets]]


def seasonal_naive(values: np.ndarray, targets: range, period: int) -> np.ndarray:
    values = np.asarray(values, dtype="float64")
    return values[[t - period for t in targets]]


def baseline_rmse(values: np.ndarray, targets: range, period: int) -> dict[str, float]:
    """RMSE of each baseline over the targets, in the series' own units."""
    true = np.asarray(values, dtype="float64")[list(targets)]
    return {
        "last_value": rmse(true, last_value(values, targets)),
        "seasonal_naive": rmse(true, seasonal_naive(values, targets, period)),
    }
