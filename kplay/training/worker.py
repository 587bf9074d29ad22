"""The training worker: a separate process that imports Keras, trains one run, and exits.

Why a process: Streamlit resets Keras' global state and collects garbage after every
script rerun in the server process, which made in-process training crawl (see
shared/notes/live-training.md). Here training runs at bare ``model.fit`` speed, a hung
batch can be killed, and every byte is freed when the run ends.

Messages to the server are ``(kind, body)`` pairs folded by ``Snapshot.apply``:
ready, status, progress, epoch, report, end. Commands from the server are the strings
pause, resume, step and stop. This module imports Keras only inside ``main``.
"""

from __future__ import annotations

import math
import os
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

@dataclass(frozen=True)
class Job:
    config: Any
    pause_after_first_epoch: bool = False  # "Step" pressed with no run yet
    limit: int | None = None  # cap on examples, for tests


def main(conn: Connection) -> None:
    device = _set_up_tensorflow()
    _warm_up()
    try:
        conn.send(("ready", {"device": device}))
        job = conn.recv()
    except (EOFError, OSError):  # the server closed or went away while this was a spare
        return
    try:
        _train(conn, job)
    except Exception as error:  # sent to the page as a message, never raised into the UI
        from kplay.errors import KplayError

        message = str(error) if isinstance(error, KplayError) else f"Training failed: {type(error).__name__}: {error}"
        conn.send(("end", {"status": "failed", "message": message, "detail": traceback.format_exc()}))
    finally:
        conn.close()


def _set_up_tensorflow() -> str:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    import tensorflow as tf

    gpus = tf.config.list_physical_devices("GPU")
    for gpu in gpus:  # several workers share one GPU: take memory as needed, not all at once
        tf.config.experimental.set_memory_growth(gpu, True)
    if gpus:
        name = tf.config.experimental.get_device_details(gpus[0]).get("device_name", "GPU")
        return f"GPU ({name})"
    return f"CPU ({os.cpu_count()} cores)"


def _warm_up() -> None:
    """Pay one-off costs (first fit, the default data set) before the user presses Train."""
    import keras
    import numpy as np

    from kplay.datasets import bundled

    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
    model.compile("adam", "mse")
    pipeline, steps = _repeating(np.zeros((8, 4), "float32"), np.zeros((8, 2), "float32"), 4, shuffle_seed=0)
    model.fit(pipeline, steps_per_epoch=steps, epochs=2, shuffle=False, verbose=0)
    bundled.mnist_5k()


def _train(conn: Connection, job: Job) -> None:
    import keras
    import numpy as np

    from kplay import datasets
    from kplay.models import spec_for
    from kplay.models.keras_build import build_model
    from kplay.training.callback import LiveCallback
    from kplay.training.reports import reporter_for

    config = job.config
    data = datasets.load(config.dataset, config.validation_split, limit=job.limit)
    keras.utils.set_random_seed(config.seed)
    model = build_model(spec_for(config))

    def predict(x: np.ndarray) -> np.ndarray:
        return np.concatenate([keras.ops.convert_to_numpy(model(x[i : i + 512], training=False)) for i in range(0, len(x), 512)])

    reporter = reporter_for(data)
    live = LiveCallback(conn, lambda: reporter(predict, data), config, job.pause_after_first_epoch)
    train, steps = _repeating(data.x_train, data.y_train, config.batch_size, shuffle_seed=config.seed)
    conn.send(("status", {"status": "training", "batches": steps}))
    fit_args = {}
    if data.x_val is not None:
        fit_args["validation_data"], fit_args["validation_steps"] = _repeating(data.x_val, data.y_val, 256)
    model.fit(
        train, steps_per_epoch=steps, epochs=config.epochs, shuffle=False, callbacks=[live], verbose=0, **fit_args
    )
    live.finish()


def _repeating(x, y, batch_size: int, shuffle_seed: int | None = None):
    """An endless tf.data pipeline and its steps per epoch.

    Keras builds a new iterator every epoch for arrays, which cost ~25 ms an epoch here
    (most of a tiny epoch); an endless pipeline with ``steps_per_epoch`` keeps one.
    """
    import tensorflow as tf

    pipeline = tf.data.Dataset.from_tensor_slices((x, y))
    if shuffle_seed is not None:
        pipeline = pipeline.shuffle(len(x), seed=shuffle_seed, reshuffle_each_iteration=True)
    else:
        pipeline = pipeline.cache()
    return pipeline.batch(batch_size).repeat().prefetch(2), math.ceil(len(x) / batch_size)

