"""Result arrays a run sends to the page: one reporter per kind of task.

A reporter takes a ``predict`` function (arrays in, arrays out) and the run's data, and
returns small arrays the renderers draw. They never see Keras, so they test quickly.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from kplay.datasets.types import Data

Predict = Callable[[np.ndarray], np.ndarray]
MAX_EVAL = 2000  # test examples scored per report, to keep reports cheap on big sets
GRID_SIZE = 16  # test images shown with their labels: a 4x4 grid whose labels stay legible in a half-width column


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, num_classes: int) -> np.ndarray:
    matrix = np.zeros((num_classes, num_classes), dtype="int64")
    np.add.at(matrix, (true.astype("int64"), predicted.astype("int64")), 1)
    return matrix


def predicted_inputs(data: Data) -> np.ndarray:
    """What a report predicts on, so a family can trace a compiled predictor on it in set-up."""
    return _line_xs(data) if data.info.kind == "line" else data.x_test[:MAX_EVAL]


def classification_report(predict: Predict, data: Data) -> dict:
    true = data.labels_test[:MAX_EVAL].astype("int64")
    probabilities = predict(predicted_inputs(data))
    if probabilities.shape[-1] == 1:  # a sigmoid output: P(class 1)
        probabilities = np.concatenate([1 - probabilities, probabilities], axis=-1)
    predicted = probabilities.argmax(axis=-1)
    report = {
        "confusion": confusion_matrix(true, predicted, data.info.num_classes),
        "test_accuracy": float((predicted == true).mean()),
    }
    if data.info.kind == "image":
        report["grid"] = {
            "images": data.x_test[:GRID_SIZE],
            "true": true[:GRID_SIZE],
            "predicted": predicted[:GRID_SIZE],
            "confidence": probabilities[:GRID_SIZE].max(axis=-1),
        }
    return report


def regression_report(predict: Predict, data: Data) -> dict:
    predicted = data.unscale(predict(predicted_inputs(data)).reshape(-1))
    true = data.labels_test[:MAX_EVAL].astype("float64")
    return {
        "true": true,
        "predicted": predicted,
        "test_rmse": float(np.sqrt(np.mean((predicted - true) ** 2))),
    }


def _line_xs(data: Data) -> np.ndarray:
    """Where the fitted line is drawn: a slightly wider range than the five points."""
    return np.linspace(data.x_train.min() - 1, data.x_train.max() + 1, 50, dtype="float32").reshape(-1, 1)


def line_report(predict: Predict, data: Data) -> dict:
    xs = predicted_inputs(data)
    return {
        "points_x": data.x_train.reshape(-1),
        "points_y": data.y_train.reshape(-1),
        "line_x": xs.reshape(-1),
        "line_y": predict(xs).reshape(-1),
    }


def reporter_for(data: Data) -> Callable[[Predict, Data], dict]:
    if data.info.kind == "line":
        return line_report
    return REPORTERS[data.info.task]


REPORTERS = {
    "classification": classification_report,
    "binary": classification_report,
    "regression": regression_report,
}
