"""What a model family hands the worker: a compiled model, its data, and its live views."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np


@dataclass
class TrainingSetup:
    model: Any  # a compiled keras.Model; ``fit`` is called on it
    x: np.ndarray  # training inputs
    y: np.ndarray | None  # training targets, or what a GAN is told (the digits); None when train_step needs none
    validation: tuple[np.ndarray, np.ndarray] | None = None
    has_loss: bool = True  # False: evaluate() has nothing to score (a GAN's own train_step, no compiled loss)
    report: Callable[[], dict] = dict  # result arrays for the page (see training/reports.py)
    epoch_extras: Callable[[dict], dict] | None = None  # the epoch's Keras logs -> more values for its history
    batch_metric: str = "loss"  # the per-batch log drawn live and checked for NaN
    report_seconds: float | None = None  # also report mid-epoch this often, for views that should move
    shuffle: bool = True
    # Questions a page may ask the model during or after training: name -> f(**arguments) -> dict.
    queries: dict[str, Callable[..., dict]] = field(default_factory=dict)
    # A family of several networks (a GAN) names them by their spec titles: the model file holds
    # them side by side, and an uploaded file gives them back (see kplay.training.model_io).
    networks: dict[str, Any] | None = None


def batched_predict(model, batch: int = 512) -> Callable[[np.ndarray], np.ndarray]:
    """``model`` in inference mode over arrays of any length, without ``predict``'s per-call set-up."""
    import keras

    return _in_equal_batches(lambda x: keras.ops.convert_to_numpy(model(x, training=False)), batch)


def compiled_predict(model, *traced_on: np.ndarray, batch: int = 512) -> Callable[[np.ndarray], np.ndarray]:
    """As ``batched_predict``, through Keras' compiled predict step: for views asked every epoch.

    An eager call pays Python's dispatch for every layer, 2-10 ms for a small network. The
    compiled step is traced once per input shape (Keras relaxes the batch size after two:
    20-60 ms each), then takes a quarter to half of that. The shapes of ``traced_on`` are
    traced here, in set-up (which the spare does before Train): a trace inside the first
    report would count in its cost, which sets how long the callback waits for the next.
    """
    predict = _in_equal_batches(lambda x: np.asarray(model.predict_on_batch(x)), batch)
    for x in traced_on:
        predict(x[: _even_chunk(len(x), batch)])  # one chunk is the shape: no need to predict them all
    return predict


def _in_equal_batches(call: Callable[[np.ndarray], np.ndarray], most: int) -> Callable[[np.ndarray], np.ndarray]:
    """``call`` over an array of any length, in chunks of one size (the last padded with zeros).

    One shape is one trace of a compiled step: 2000 images in chunks of 512 and 464 were
    two; in four of 500, one. Inference treats each row on its own, so padding changes nothing.
    """
    def predict(x: np.ndarray) -> np.ndarray:
        if not len(x):
            return call(x)  # no rows, no chunks: the model still gives its output's shape
        size = _even_chunk(len(x), most)
        chunks = [x[i : i + size] for i in range(0, len(x), size)]
        short = size - len(chunks[-1])
        if short:
            chunks[-1] = np.concatenate([chunks[-1], np.zeros((short,) + x.shape[1:], x.dtype)])
        return np.concatenate([call(chunk) for chunk in chunks])[: len(x)]

    return predict


def _even_chunk(length: int, most: int) -> int:
    """The size of the fewest chunks of at most ``most`` rows, made even."""
    return math.ceil(length / math.ceil(length / most))
