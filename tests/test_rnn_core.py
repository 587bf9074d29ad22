"""The RNN page's core without Keras: series, windows, the chronological split, baselines, configs."""

import itertools
import math

import numpy as np
import pytest

from kplay import series
from kplay.datasets import sequences
from kplay.errors import ConfigError, KplayError
from kplay.models import spec_for, summarize
from kplay.models.rnn import CELLS, RnnConfig
from kplay.render.forecast import baseline_curve_figure, forecast_figure


def test_airline_series_is_the_box_jenkins_data():
    values = series.airline_passengers()
    assert len(values) == 144 and values.sum() == 40363
    assert (values[0], values[-1], values.max()) == (112, 432, 622)


@pytest.mark.parametrize("name", ["sine", "sines", "trend_season"])
def test_generated_signals_follow_length_noise_and_seed(name):
    clean = series.load_series(name, length=120, noise=0.0, seed=0)
    noisy = series.load_series(name, length=120, noise=0.5, seed=0)
    assert len(clean) == 120 and np.isfinite(noisy).all()
    assert 0.2 < np.std(noisy - clean) < 0.8
    np.testing.assert_array_equal(noisy, series.load_series(name, length=120, noise=0.5, seed=0))
    assert not np.array_equal(noisy, series.load_series(name, length=120, noise=0.5, seed=1))


def test_windows_pair_each_target_with_the_steps_just_before_it():
    x, y = series.windows(np.arange(10.0), 3)
    assert x.shape == (7, 3, 1) and y.shape == (7, 1)
    np.testing.assert_array_equal(x[0, :, 0], [0, 1, 2])
    np.testing.assert_array_equal(y[:, 0], np.arange(3, 10))
    x, y = series.windows(np.arange(10.0), 3, range(8, 10))
    np.testing.assert_array_equal(x[:, :, 0], [[5, 6, 7], [6, 7, 8]])
    with pytest.raises(ValueError):
        series.windows(np.arange(10.0), 3, range(2, 5))


def test_split_is_chronological_and_scaling_sees_the_training_part_only():
    values = np.arange(100.0)
    windowed = series.prepare(values, window=5, test_share=0.2)
    assert windowed.split == 80
    # Every training target comes before every test target, in time order.
    train_targets = windowed.scaler.unscale(windowed.y_train[:, 0])
    test_targets = windowed.scaler.unscale(windowed.y_test[:, 0])
    np.testing.assert_allclose(train_targets, np.arange(5, 80), atol=1e-4)
    np.testing.assert_allclose(test_targets, np.arange(80, 100), atol=1e-3)
    # The scaler's mean and spread are those of values[:80], not of the whole series.
    assert windowed.scaler.mean == pytest.approx(values[:80].mean())
    assert windowed.scaler.std == pytest.approx(values[:80].std())
    # A test window may read the last training steps: they are history at forecast time.
    np.testing.assert_allclose(windowed.scaler.unscale(windowed.x_test[0, :, 0]), [75, 76, 77, 78, 79], atol=1e-4)


@pytest.mark.parametrize("lag", [0, 1, 12])
def test_changes_over_a_lag_turn_back_into_the_true_values(lag):
    values = series.airline_passengers()
    windowed = series.prepare(values, 12, 0.2, lag)
    np.testing.assert_allclose(windowed.to_values(windowed.y_test, windowed.test_targets), values[windowed.split:], rtol=1e-5)
    np.testing.assert_allclose(
        windowed.to_values(windowed.y_train, windowed.train_targets), values[windowed.train_targets.start:windowed.split], rtol=1e-5
    )
    # The scaler was fitted on changes inside the training part only.
    seen = series.changes(values, lag)[: windowed.split - lag]
    assert windowed.scaler.mean == pytest.approx(seen.mean())


def test_baselines_rmse_on_a_known_series():
    # A rising line plus a season of period 4: (0, 2, 0, -2).
    t = np.arange(40)
    values = t + np.array([0, 2, 0, -2])[t % 4]
    targets = range(20, 40)
    assert series.baseline_rmse(values, targets, period=4) == {
        "last_value": pytest.approx(math.sqrt(5)),  # step errors 3, 3, -1, -1
        "seasonal_naive": pytest.approx(4.0),  # one season of trend
    }
    np.testing.assert_array_equal(series.last_value(values, range(4, 6)), values[3:5])
    np.testing.assert_array_equal(series.seasonal_naive(values, range(4, 6), 4), values[0:2])


def test_baselines_on_the_airline_test_part():
    values = series.airline_passengers()
    rmse = series.baseline_rmse(values, range(115, 144), period=12)
    assert rmse["seasonal_naive"] == pytest.approx(46.08, abs=0.01)
    assert rmse["last_value"] == pytest.approx(52.49, abs=0.01)


def test_recursive_forecast_feeds_each_prediction_back_in():
    values = np.arange(30.0)
    windowed = series.prepare(values, 4, 0.2, lag=1)
    # A model that predicts a zero-scaled change adds the mean training change (1) each step.
    forecast = series.recursive_forecast(lambda x: np.zeros((len(x), 1)), windowed, 5)
    np.testing.assert_allclose(forecast, [30, 31, 32, 33, 34])
    windowed = series.prepare(values, 4, 0.2, lag=0)
    echo = series.recursive_forecast(lambda x: x[:, -1, :], windowed, 3)  # repeats the last value
    np.testing.assert_allclose(echo, [29, 29, 29])


def test_evaluation_reports_rmse_in_original_units_and_ratios():
    windowed = series.prepare(series.airline_passengers(), 12, 0.2, lag=12)
    perfect = series.one_step(lambda x: np.concatenate([windowed.y_train, windowed.y_test]), windowed)
    assert perfect["test_rmse"] < 1e-3 and perfect["train_rmse"] < 1e-3
    zero = series.one_step(lambda x: np.full((len(x), 1), -windowed.scaler.mean / windowed.scaler.std), windowed)
    baselines = series.test_baselines(windowed)
    # Predicting no change from a year before is exactly the seasonal naive forecast.
    assert zero["test_rmse"] == pytest.approx(baselines["seasonal_naive"], rel=1e-5)
    metrics = series.epoch_metrics(zero["test_rmse"], baselines)
    assert metrics["rmse_vs_seasonal_naive"] == pytest.approx(1.0, rel=1e-5)
    # The same RMSE from the scaled errors' mean square, as a validation pass measures it.
    scaled_mse = np.mean((-windowed.scaler.mean / windowed.scaler.std - windowed.y_test) ** 2)
    assert series.rmse_from_scaled_mse(scaled_mse, windowed) == pytest.approx(zero["test_rmse"], rel=1e-5)
    verdicts = {name: beats for name, beats, *_ in series.verdicts({"network": 50.0, **baselines})}
    assert verdicts == {"seasonal_naive": False, "last_value": True}


# --- configs and specs
def test_impossible_settings_are_refused_with_the_setting_named():
    with pytest.raises(ConfigError, match="Forecast horizon"):
        spec_for(RnnConfig(horizon=0))
    with pytest.raises(ConfigError, match="Window length.*longer than the training part"):
        spec_for(RnnConfig(window=200))
    with pytest.raises(ConfigError, match="Window length"):
        spec_for(RnnConfig(dataset="sine", length=48, window=40))
    with pytest.raises(ConfigError, match=r"'Airline passengers .*' does not fit.*one of MNIST digits"):  # titles, not ids
        spec_for(RnnConfig(task="classify", dataset="airline"))
    with pytest.raises(ConfigError, match="Recurrent layers"):
        spec_for(RnnConfig(layers=4))


GRID = list(itertools.product(CELLS, (1, 3), (False, True), (0.0, 0.3), ("forecast", "classify"), (1, 60, 130)))


@pytest.mark.parametrize("cell,layers,bidirectional,dropout,task,window", GRID)
def test_every_option_combination_builds_or_says_why_not(cell, layers, bidirectional, dropout, task, window):
    dataset = "airline" if task == "forecast" else "mnist5k"
    config = RnnConfig(task=task, dataset=dataset, cell=cell, layers=layers, bidirectional=bidirectional,
                       dropout=dropout, window=window, units=8)
    try:
        rows = summarize(spec_for(config))
    except ConfigError as error:
        assert task == "forecast" and window >= 60 and "Window length" in str(error)
        return
    assert rows[-1].output_shape == ((1,) if task == "forecast" else (10,))
    recurrent = [r for r in rows if r.kind in (cell, "Bidirectional")]
    assert len(recurrent) == layers
    assert recurrent[-1].output_shape == (8 * (2 if bidirectional else 1),)


def test_imdb_spec_reads_word_ids_through_an_embedding():
    rows = summarize(spec_for(RnnConfig(task="classify", dataset="imdb", words=1000, text_length=40, embedding=16, units=8)))
    assert [r.kind for r in rows] == ["Embedding", "LSTM", "Dense"]
    assert rows[0].output_shape == (40, 16) and rows[0].params == 16000 and rows[-1].output_shape == (1,)


# --- typed reviews
WORDS = {"good": 1, "movie": 2, "bad": 3, "rare": 5000}


@pytest.mark.parametrize("text", ["good movie", "GOOD!!! movie???", "영화 정말 good", "x" * 100_000, "good " * 5000,
                                  "\x00\ufffd good \U0001f600", "rare word"])
def test_any_typed_text_becomes_a_valid_model_input(text):
    ids = sequences.encode_review(text, WORDS, words=1000, length=20)
    assert ids.shape == (1, 20) and ids.dtype == np.int32
    assert ids.min() >= 0 and ids.max() < 1000


def test_reviews_encode_like_keras_imdb_and_empty_text_is_refused():
    ids = sequences.encode_review("Good movie, bad rare", WORDS, words=1000, length=6)
    np.testing.assert_array_equal(ids[0], [0, sequences.START, 4, 5, 6, sequences.UNKNOWN])
    for text in ("", "   ", "영화 정말 좋아요", "!!!"):
        with pytest.raises(KplayError):
            sequences.encode_review(text, WORDS, words=1000, length=6)


# --- renderers
def test_forecast_figure_draws_truth_predictions_and_the_forecast_past_the_data():
    windowed = series.prepare(series.airline_passengers(), 12, 0.2, lag=1)
    predict = lambda x: np.zeros((len(x), 1))  # noqa: E731
    evaluation = series.one_step(predict, windowed)
    report = series.forecast_report(predict, windowed, evaluation, series.test_baselines(windowed), horizon=24)
    figure = forecast_figure(report, "1949-01")
    lengths = [len(trace.x) for trace in figure.data]
    assert lengths == [144, 115 - 13, 29, 25]
    assert figure.data[-1].x[-1] == "1962-12-01"
    history = series.epoch_metrics(evaluation["test_rmse"], series.test_baselines(windowed))
    curve = baseline_curve_figure({k: [v] for k, v in history.items()}, epochs=10)
    assert len(curve.data) == 1 and len(curve.layout.shapes) == 2
