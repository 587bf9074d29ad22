"""The RNN builder against real Keras, and the worker family's set-up on tiny data."""

import numpy as np
import pytest

from kplay.models import spec_for
from kplay.models.rnn import LAGS, RnnConfig

keras = pytest.importorskip("keras")
from keras_checks import assert_summary_matches_keras  # noqa: E402

from kplay.training.families import setup_for  # noqa: E402

VARIANTS = [
    dict(),
    dict(cell="SimpleRNN", units=5, layers=3, dropout=0.2),
    dict(cell="GRU", units=6, layers=2, bidirectional=True, window=24),
    dict(cell="LSTM", units=4, bidirectional=True, target="level"),
    dict(task="classify", dataset="mnist5k", cell="GRU", units=8, layers=2),
    dict(task="classify", dataset="imdb", words=1000, text_length=20, embedding=8, units=4, bidirectional=True),
]


@pytest.mark.parametrize("options", VARIANTS)
def test_summary_matches_the_built_keras_model(options):
    assert_summary_matches_keras(spec_for(RnnConfig(**options)))


@pytest.mark.parametrize("target", sorted(LAGS))
def test_forecast_setup_trains_and_reports_against_the_baselines(target):
    config = RnnConfig(units=4, epochs=1, horizon=6, target=target)
    keras.utils.set_random_seed(0)
    setup = setup_for(config)
    assert setup.validation[0].shape == (29, 12, 1)
    history = setup.model.fit(setup.x, setup.y, validation_data=setup.validation, epochs=2, batch_size=16, verbose=0)
    extras = setup.epoch_extras({name: values[-1] for name, values in history.history.items()})
    assert set(extras) == {"test_rmse", "rmse_vs_seasonal_naive", "rmse_vs_last_value"}
    report = setup.report()
    assert report["forecast"].shape == (6,) and np.isfinite(report["forecast"]).all()
    # Each epoch's test RMSE comes from validation's MSE, not from predicting: the same number.
    assert report["test_predicted"].shape == (29,) and extras["test_rmse"] == pytest.approx(report["rmse"]["network"], rel=1e-4)
    assert extras["rmse_vs_seasonal_naive"] == pytest.approx(extras["test_rmse"] / report["rmse"]["seasonal_naive"])
    # Prediction in original units: the one-step predictions are near passenger counts, not scaled values.
    assert 200 < report["test_predicted"].mean() < 700


def test_digits_are_read_as_28_rows_of_28_pixels():
    setup = setup_for(RnnConfig(task="classify", dataset="mnist5k", units=4), limit=100)
    assert setup.x.shape[1:] == (28, 28) and setup.y.shape[1:] == (10,)
    report = setup.report()
    assert report["confusion"].shape == (10, 10) and report["grid"]["images"].shape[1:] == (28, 28, 1)


def test_an_uploaded_network_with_weight_penalties_has_its_test_rmse_measured_not_read_from_validation():
    """Its validation loss is the MSE plus the penalties: the RMSE comes from predicting instead."""
    from kplay.training.families.rnn import _forecast

    config = RnnConfig(units=4, epochs=1, horizon=6)
    model = keras.Sequential([keras.Input((12, 1)), keras.layers.LSTM(4), keras.layers.Dense(1, kernel_regularizer=keras.regularizers.L2(1.0))])
    model.compile("adam", "mse")
    setup = _forecast(config, model)
    history = setup.model.fit(setup.x, setup.y, validation_data=setup.validation, epochs=1, verbose=0)
    extras = setup.epoch_extras({name: values[-1] for name, values in history.history.items()})
    windowed_rmse = setup.report()["rmse"]["network"]
    assert extras["test_rmse"] == pytest.approx(windowed_rmse, rel=1e-6)
