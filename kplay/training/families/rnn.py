"""Recurrent networks (RNN page): forecasting a series, or classifying sequences. Worker-only.

Forecasting scores the network each epoch against the naive baselines (in the epoch history,
so the curves and the benchmark see it) and reports truth vs predictions and a recursive
forecast. Classification reads MNIST digits row by row, or IMDB reviews word by word.
"""

from __future__ import annotations

import numpy as np

from kplay import datasets, series
from kplay.datasets import sequences
from kplay.models import spec_for
from kplay.models.keras_build import build_model
from kplay.models.rnn import LAGS, MNIST_ROWS, is_forecast, series_length
from kplay.training.families.base import TrainingSetup, batched_predict, compiled_predict
from kplay.training.reports import classification_report


def _forecast(config, model) -> TrainingSetup:
    values = series.load_series(config.dataset, series_length(config), config.noise, config.seed)
    windowed = series.prepare(values, config.window, config.validation_split, LAGS[config.target])
    # The recursive forecast calls the network once per step: eager calls of a recurrent
    # layer cost far more than the compiled step's millisecond. Traced on all windows and on one.
    predict = compiled_predict(model, np.concatenate([windowed.x_train, windowed.x_test]), windowed.model_input(values))
    baselines = series.test_baselines(windowed)
    # Validation's loss is the test windows' MSE unless the network adds weight penalties
    # to it (an uploaded one may): then the test RMSE is measured by predicting.
    penalised = bool(model.losses)

    def extras(logs: dict) -> dict:
        if penalised:
            test_rmse = series.one_step(predict, windowed)["test_rmse"]
        else:  # validation already scored the test windows: no predicting them again each epoch
            test_rmse = series.rmse_from_scaled_mse(logs["val_loss"], windowed)
        return series.epoch_metrics(test_rmse, baselines)

    def report() -> dict:
        evaluation = series.one_step(predict, windowed)
        return series.forecast_report(predict, windowed, evaluation, baselines, config.horizon)

    return TrainingSetup(
        model=model, x=windowed.x_train, y=windowed.y_train, validation=(windowed.x_test, windowed.y_test),
        report=report, epoch_extras=extras,
    )


def _classify(config, model, limit: int | None) -> TrainingSetup:
    if config.dataset == "imdb":
        data = _imdb_data(config, limit)
        base = predict = batched_predict(model)
    else:
        data = datasets.load(config.dataset, config.validation_split, limit=limit)
        rows = lambda x: x.reshape((len(x),) + MNIST_ROWS)  # noqa: E731  (an image as 28 steps of 28 pixels)
        base = batched_predict(model)
        predict = lambda x: base(rows(x))  # noqa: E731
        data.x_train, data.x_test = rows(data.x_train), data.x_test  # the report shows x_test as images
        if data.x_val is not None:
            data.x_val = rows(data.x_val)
    queries = {}
    if config.dataset == "imdb":
        word_index = sequences.imdb_word_index()

        def sentiment(text: str) -> dict:
            ids = sequences.encode_review(text, word_index, config.words, config.text_length)
            return {"positive": float(base(ids.astype("float32")).reshape(-1)[0])}

        queries["sentiment"] = sentiment
    return TrainingSetup(
        model=model, x=data.x_train, y=data.y_train,
        validation=(data.x_val, data.y_val) if data.x_val is not None else None,
        report=lambda: classification_report(predict, data), queries=queries,
    )


def _imdb_data(config, limit: int | None) -> datasets.Data:
    """IMDB with the page's vocabulary and review length; validation from the end of the shuffled training set."""
    raw = sequences.imdb(config.words, config.text_length)
    rng = np.random.default_rng(datasets.SPLIT_SEED)
    order, test_order = rng.permutation(len(raw.x))[:limit], rng.permutation(len(raw.x_test))[: limit and max(1, limit // 5)]
    x, y = raw.x[order], raw.y[order].astype("float32").reshape(-1, 1)
    n_val = int(round(len(x) * config.validation_split))
    column = lambda a: a.astype("float32").reshape(-1, 1)  # noqa: E731
    return datasets.Data(
        datasets.get_info("imdb"), x[: len(x) - n_val], y[: len(y) - n_val], x[len(x) - n_val :], y[len(y) - n_val :],
        raw.x_test[test_order], column(raw.y_test[test_order]), labels_test=raw.y_test[test_order],
    )


def setup(config, limit: int | None = None) -> TrainingSetup:
    model = build_model(spec_for(config))
    return _forecast(config, model) if is_forecast(config) else _classify(config, model, limit)
