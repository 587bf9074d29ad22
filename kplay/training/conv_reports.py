"""Result arrays of a CNN run, without Keras: the dense reports plus what convolutions learned."""

from __future__ import annotations

import numpy as np

from kplay.datasets.types import Data
from kplay.training.reports import Predict, classification_report

WRONG_SHOWN = 12  # most confidently wrong test images per report


def first_filters(model) -> np.ndarray:
    """The first conv layer's kernels as (filters, k, k, channels) floats."""
    conv = next(layer for layer in model.layers if layer.__class__.__name__ == "Conv2D")
    kernel = conv.get_weights()[0]  # (k, k, channels, filters)
    return np.transpose(kernel, (3, 0, 1, 2)).astype("float32")


def most_confidently_wrong(x: np.ndarray, true: np.ndarray, probabilities: np.ndarray, count: int = WRONG_SHOWN) -> dict:
    predicted = probabilities.argmax(axis=-1)
    confidence = probabilities.max(axis=-1)
    wrong = np.flatnonzero(predicted != true)
    order = wrong[np.argsort(-confidence[wrong], kind="stable")][:count]
    return {"images": x[order], "true": true[order], "predicted": predicted[order], "confidence": confidence[order], "index": order}


def cnn_report(predict: Predict, data: Data, model) -> dict:
    seen = {}

    def remembering(x):  # the dense report and the wrong-images grid share one prediction
        seen["probabilities"] = predict(x)
        return seen["probabilities"]

    report = classification_report(remembering, data)
    count = len(seen["probabilities"])
    report["wrong"] = most_confidently_wrong(data.x_test[:count], data.labels_test[:count].astype("int64"), seen["probabilities"])
    report["filters"] = first_filters(model)
    return report
