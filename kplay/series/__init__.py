"""Time series for the RNN page: the data, windows and split, and the naive baselines."""

from kplay.series.evaluation import epoch_metrics, forecast_report, one_step, rmse_from_scaled_mse, test_baselines, verdicts
from kplay.series.baselines import baseline_rmse, last_value, rmse, seasonal_naive
from kplay.series.sources import PERIOD, SERIES, airline_passengers, load_series
from kplay.series.windows import Scaler, Windowed, changes, prepare, recursive_forecast, split_point, windows

__all__ = [
    "PERIOD", "SERIES", "Scaler", "Windowed", "airline_passengers", "baseline_rmse", "last_value", "load_series",
    "changes", "epoch_metrics", "forecast_report", "one_step", "rmse_from_scaled_mse", "test_baselines", "verdicts", "prepare", "recursive_forecast", "rmse", "seasonal_naive", "split_point", "windows",
]
