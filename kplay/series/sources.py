"""The series the RNN page forecasts: the airline passengers, and generated signals.

Every loader takes the same settings (length, noise, seed); the airline series is real
data, so it ignores them. Generated signals are monthly-like: one period is 12 steps, so
the seasonal-naive baseline means the same thing for every series.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import numpy as np

from kplay import ASSETS

AIRLINE_CSV = os.path.join(ASSETS, "airline_passengers.csv")
PERIOD = 12  # steps per season (months per year)


@dataclass(frozen=True)
class SeriesInfo:
    name: str
    generated: bool  # True: the length and noise settings apply
    loader: Callable[[int, float, int], np.ndarray]


@lru_cache(maxsize=1)
def airline_passengers() -> np.ndarray:
    """144 monthly totals of international airline passengers (thousands), 1949-1960."""
    with open(AIRLINE_CSV, newline="") as f:
        rows = [row for row in csv.reader(line for line in f if not line.startswith("#"))]
    return np.array([float(value) for _, value in rows[1:]])


def _airline(length: int, noise: float, seed: int) -> np.ndarray:
    return airline_passengers().copy()


def _noisy(clean: np.ndarray, noise: float, seed: int) -> np.ndarray:
    return clean + noise * np.random.default_rng(seed).standard_normal(len(clean))


def sine(length: int, noise: float, seed: int) -> np.ndarray:
    t = np.arange(length)
    return _noisy(np.sin(2 * np.pi * t / PERIOD), noise, seed)


def sum_of_sines(length: int, noise: float, seed: int) -> np.ndarray:
    t = np.arange(length)
    clean = np.sin(2 * np.pi * t / PERIOD) + 0.5 * np.sin(2 * np.pi * t / 5.3) + 0.3 * np.sin(2 * np.pi * t / 31)
    return _noisy(clean, noise, seed)


def trend_and_season(length: int, noise: float, seed: int) -> np.ndarray:
    t = np.arange(length)
    clean = 2.0 * t / max(length - 1, 1) + 0.5 * np.sin(2 * np.pi * t / PERIOD)
    return _noisy(clean, noise, seed)


SERIES: dict[str, SeriesInfo] = {
    info.name: info
    for info in [
        SeriesInfo("airline", False, _airline),
        SeriesInfo("sine", True, sine),
        SeriesInfo("sines", True, sum_of_sines),
        SeriesInfo("trend_season", True, trend_and_season),
    ]
}


def load_series(name: str, length: int = 240, noise: float = 0.1, seed: int = 0) -> np.ndarray:
    """The series as float64 values in their original units."""
    return SERIES[name].loader(length, noise, seed).astype("float64")
