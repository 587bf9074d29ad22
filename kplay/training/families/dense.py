"""Fully connected networks (ANN and DNN pages): data from the registry, reports by task."""

from __future__ import annotations

import numpy as np

from kplay import datasets
from kplay.models import spec_for
from kplay.models.keras_build import build_model
from kplay.training.families.base import TrainingSetup, batched_predict, compiled_predict
from kplay.training.reports import predicted_inputs, reporter_for


def _line_weights(model) -> dict:
    """The single neuron's weight and bias, to watch them converge to 2 and 1."""
    kernel, bias = model.layers[-1].get_weights()
    return {"weight": float(kernel.reshape(-1)[0]), "bias": float(bias.reshape(-1)[0])}


def setup(config, limit: int | None = None) -> TrainingSetup:
    data = datasets.load(config.dataset, config.validation_split, limit=limit)
    model = build_model(spec_for(config))
    reporter, report_predict = reporter_for(data), compiled_predict(model, predicted_inputs(data))
    predict = batched_predict(model)  # eager: a query's few examples need no trace
    return TrainingSetup(
        model=model,
        x=data.x_train,
        y=data.y_train,
        validation=(data.x_val, data.y_val) if data.x_val is not None else None,
        report=lambda: reporter(report_predict, data),
        epoch_extras=(lambda logs: _line_weights(model)) if data.info.kind == "line" else None,
        queries={"predict": lambda x: {"y": predict(np.asarray(x, dtype="float32"))}},
    )
