"""Turning one series into supervised examples: windows, a chronological split, scaling.

The split is by time and never random: the test part is the last stretch of the series,
the future the network never saw. Scaling is fitted on the training part only, so no
number from the test part leaks into training.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kplay.errors import ConfigError
from kplay.i18n import t

MIN_TRAIN_WINDOWS = 8  # fewer training examples than this cannot teach anything


def windows(values: np.ndarray, window: int, targets: range | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Inputs ``values[t - window : t]`` and targets ``values[t]`` for each t in ``targets``.

    ``targets`` defaults to every t that has a full window before it. Returns
    x of shape (n, window, 1) and y of shape (n, 1).
    """
    values = np.asarray(values, dtype="float64")
    targets = range(window, len(values)) if targets is None else targets
    if len(targets) and (targets.start < window or targets.stop > len(values)):
        raise ValueError(f"targets {targets} need values the series does not have")
    x = np.stack([values[t - window : t] for t in targets]) if len(targets) else np.zeros((0, window))
    y = values[list(targets)]
    return x[..., None], y[:, None]


def split_point(length: int, test_share: float) -> int:
    """Index of the first test value: the last ``test_share`` of the series is the test part."""
    n_test = max(1, int(round(length * test_share)))
    return length - n_test


@dataclass(frozen=True)
class Scaler:
    """Standardises with the mean and spread of the values it was fitted on."""

    mean: float
    std: float

    @classmethod
    def fit(cls, values: np.ndarray) -> "Scaler":
        values = np.asarray(values, dtype="float64")
        return cls(float(values.mean()), float(values.std()) or 1.0)

    def scale(self, values: np.ndarray) -> np.ndarray:
        return (np.asarray(values, dtype="float64") - self.mean) / self.std

    def unscale(self, values: np.ndarray) -> np.ndarray:
        return np.asarray(values, dtype="float64") * self.std + self.mean


@dataclass(frozen=True)
class Windowed:
    """A series ready for training: scaled windows for the train and test parts.

    With ``lag`` > 0 the network sees and predicts changes ``v[t] - v[t - lag]`` (1: from
    the step before; 12: from the same month a year before) instead of the values
    themselves; ``to_values`` turns its predictions back into values.
    """

    values: np.ndarray  # the whole series, original units
    split: int  # index of the first test value
    window: int
    lag: int  # 0: values; k: changes over k steps
    scaler: Scaler  # fitted on the training part only
    x_train: np.ndarray  # (n, window, 1) float32, scaled
    y_train: np.ndarray  # (n, 1) float32, scaled
    x_test: np.ndarray
    y_test: np.ndarray

    @property
    def train_targets(self) -> range:
        return range(self.lag + self.window, self.split)

    @property
    def test_targets(self) -> range:
        return range(self.split, len(self.values))

    def to_values(self, predicted: np.ndarray, targets: range, history: np.ndarray | None = None) -> np.ndarray:
        """Scaled predictions for ``targets`` in original units (adding back the known value ``lag`` steps before)."""
        history = self.values if history is None else history
        predicted = self.scaler.unscale(np.asarray(predicted).reshape(-1))
        return predicted + history[[t - self.lag for t in targets]] if self.lag else predicted

    def model_input(self, history: np.ndarray) -> np.ndarray:
        """The scaled window that forecasts the step after ``history``: shape (1, window, 1)."""
        seen = changes(history, self.lag)
        return self.scaler.scale(seen[-self.window :]).reshape(1, self.window, 1).astype("float32")


def changes(values: np.ndarray, lag: int) -> np.ndarray:
    """``values[t] - values[t - lag]``, or the values themselves when ``lag`` is 0."""
    values = np.asarray(values, dtype="float64")
    return values[lag:] - values[:-lag] if lag else values


def check_window(length: int, split: int, window: int, lag: int = 0) -> None:
    usable = split - lag  # training values the network sees (changes need lag values before them)
    if window >= usable:
        most = max(1, usable - MIN_TRAIN_WINDOWS)
        raise ConfigError(t("rnn.error_window_long", window=window, usable=usable, length=length, most=most))
    if usable - window < MIN_TRAIN_WINDOWS:
        most = usable - MIN_TRAIN_WINDOWS
        raise ConfigError(t("rnn.error_window_few", window=window, left=usable - window, usable=usable, most=most))


def prepare(values: np.ndarray, window: int, test_share: float, lag: int = 0) -> Windowed:
    """Split by time, fit the scaler on the training part, and cut both parts into windows.

    A test window may reach back into the training part: those values are known history
    at the time of the forecast. Its target is always in the test part.
    """
    values = np.asarray(values, dtype="float64")
    split = split_point(len(values), test_share)
    check_window(len(values), split, window, lag)
    seen = changes(values, lag)  # seen[i] belongs to values[i + lag]
    scaler = Scaler.fit(seen[: split - lag])
    scaled = scaler.scale(seen)
    x_train, y_train = windows(scaled, window, range(window, split - lag))
    x_test, y_test = windows(scaled, window, range(split - lag, len(seen)))
    as32 = lambda a: a.astype("float32")  # noqa: E731
    return Windowed(values, split, window, lag, scaler, as32(x_train), as32(y_train), as32(x_test), as32(y_test))


def recursive_forecast(predict, windowed: Windowed, steps: int) -> np.ndarray:
    """``steps`` values past the end of the series, each predicted from the ones before it.

    ``predict`` maps a (1, window, 1) scaled input to a scaled output. Errors compound:
    every forecast is fed back in as if it were data.
    """
    history = list(windowed.values)
    for _ in range(steps):
        out = predict(windowed.model_input(np.asarray(history)))
        history.append(float(windowed.to_values(out, range(len(history), len(history) + 1), np.asarray(history))[0]))
    return np.asarray(history[len(windowed.values) :])
