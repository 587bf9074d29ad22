"""How good a forecast is: one-step predictions in original units, RMSE against the baselines.

Takes a ``predict`` function (scaled windows in, scaled outputs out), so it runs without
Keras in tests.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from kplay.series.baselines import baseline_rmse, rmse
from kplay.series.sources import PERIOD
from kplay.series.windows import Windowed, recursive_forecast

Predict = Callable[[np.ndarray], np.ndarray]


def one_step(predict: Predict, windowed: Windowed) -> dict:
    """The network's one-step predictions on both parts, in original units, and their RMSE."""
    both = predict(np.concatenate([windowed.x_train, windowed.x_test]))  # one call: one traced shape
    train = windowed.to_values(both[: len(windowed.x_train)], windowed.train_targets)
    test = windowed.to_values(both[len(windowed.x_train) :], windowed.test_targets)
    values = windowed.values
    return {
        "train_predicted": train,
        "test_predicted": test,
        "train_rmse": rmse(values[windowed.train_targets.start : windowed.split], train),
        "test_rmse": rmse(values[windowed.split :], test),
    }


def test_baselines(windowed: Windowed) -> dict[str, float]:
    return baseline_rmse(windowed.values, windowed.test_targets, PERIOD)


def rmse_from_scaled_mse(mse: float, windowed: Windowed) -> float:
    """The RMSE in original units of predictions whose scaled MSE is ``mse``.

    A scaled prediction becomes a value by ``* std + mean`` (plus a known earlier value when
    predicting changes), so every error is ``std`` times its scaled error. The validation
    pass's MSE on the test windows thus gives the test RMSE without predicting again.
    """
    return float(np.sqrt(mse)) * windowed.scaler.std


def epoch_metrics(test_rmse: float, baselines: dict[str, float]) -> dict[str, float]:
    """Numbers for each epoch's history: the test RMSE and its ratio to each baseline (< 1 beats it)."""
    return {
        "test_rmse": test_rmse,
        "rmse_vs_seasonal_naive": test_rmse / baselines["seasonal_naive"],
        "rmse_vs_last_value": test_rmse / baselines["last_value"],
    }


def forecast_report(predict: Predict, windowed: Windowed, evaluation: dict, baselines: dict, horizon: int) -> dict:
    """Arrays the forecast plot and the verdict draw from."""
    return {
        "values": windowed.values,
        "split": windowed.split,
        "train_start": windowed.train_targets.start,
        "train_predicted": evaluation["train_predicted"],
        "test_predicted": evaluation["test_predicted"],
        "forecast": recursive_forecast(predict, windowed, horizon),
        "rmse": {"network": evaluation["test_rmse"], "train": evaluation["train_rmse"], **baselines},
    }


def verdicts(rmse: dict) -> list[tuple[str, bool, float, float]]:
    """For each baseline: (name, whether the network's test RMSE is lower, network RMSE, baseline RMSE)."""
    return [(name, rmse["network"] < rmse[name], rmse["network"], rmse[name]) for name in ("seasonal_naive", "last_value")]
