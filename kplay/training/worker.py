"""The training worker: a separate process that imports Keras, trains one run, and exits.

Why a process: Streamlit resets Keras' global state and collects garbage after every
script rerun in the server process, which made in-process training crawl (see
shared/notes/live-training.md). Here training runs at bare ``model.fit`` speed, a hung
batch can be killed, and every byte is freed when the run ends.

Messages to the server are ``(kind, body)`` pairs folded by ``Snapshot.apply``:
ready, prepared, status, progress, epoch, report, end. Commands from the server are the
strings pause, resume, step and stop. This module imports Keras only inside ``main``.

While it waits as the spare, a worker may be sent ``Prepare`` requests: the settings a
page shows now. It loads their data, builds the model and traces its train step, so that
Train on those settings starts at once (tracing is most of a first batch's second).
"""

from __future__ import annotations

import math
import os
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from kplay.i18n import set_language, t

SERVE_SECONDS = 600.0  # an idle worker keeps its trained model this long for queries
VALIDATION_BATCH = 256  # validation has no gradients to keep: bigger batches, fewer steps


@dataclass(frozen=True)
class Job:
    config: Any
    pause_after_first_epoch: bool = False  # "Step" pressed with no run yet
    language: str = "en"  # of the page that started it: messages to the user speak it
    limit: int | None = None  # cap on examples, for tests
    model_file: bytes | None = None  # an uploaded .keras model to continue from (loaded in safe mode)
    train: bool = True  # False: only evaluate and report the uploaded model


@dataclass(frozen=True)
class Prepare:
    """Settings a page shows now; the spare sets them up before Train is pressed."""

    config: Any
    limit: int | None = None


@dataclass
class _Prepared:
    request: Prepare
    setup: Any  # the TrainingSetup, its train step traced
    state: list  # (variable, value) pairs as built: put back before training


def main(conn: Connection) -> None:
    device = _set_up_tensorflow()
    _warm_up()
    try:
        conn.send(("ready", {"device": device}))
        job, prepared = _await_job(conn)
    except (EOFError, OSError):  # the server closed or went away while this was a spare
        return
    try:
        setup = _train(conn, job, prepared)
    except (EOFError, BrokenPipeError, ConnectionResetError):  # the server went away: just end
        setup = None
    except Exception as error:  # sent to the page as a message, never raised into the UI
        from kplay.errors import KplayError

        message = str(error) if isinstance(error, KplayError) else t("training.failed", error=f"{type(error).__name__}: {error}")
        try:
            conn.send(("end", {"status": "failed", "message": message, "detail": traceback.format_exc()}))
        except (EOFError, OSError):
            pass
        setup = None
    try:
        if setup is not None:
            _serve(conn, setup)
    finally:
        conn.close()


def _serve(conn: Connection, setup) -> None:
    """Answer queries on the trained model until closed, or idle for KPLAY_SERVE_SECONDS."""
    from kplay.training.callback import answer_query

    idle = float(os.environ.get("KPLAY_SERVE_SECONDS", SERVE_SECONDS))
    try:
        while conn.poll(idle):
            message = conn.recv()
            if message == "close":
                return
            if isinstance(message, tuple) and message[0] == "query":
                answer_query(conn, setup.queries, message)
    except (EOFError, OSError):
        return


def _await_job(conn: Connection) -> tuple[Job, _Prepared | None]:
    """Wait for the job; meanwhile set up the newest settings a page asked to prepare."""
    prepared = None
    while True:
        message = conn.recv()
        while not isinstance(message, Job) and conn.poll():  # only the newest request matters
            message = conn.recv()
        if isinstance(message, Job):
            return message, prepared
        if isinstance(message, Prepare) and (prepared is None or prepared.request != message):
            prepared = None  # frees the old model before building the new one
            prepared = _prepare(message)
            conn.send(("prepared", {"ok": prepared is not None, "request": message}))  # which settings: offers can overtake


def _prepare(request: Prepare) -> _Prepared | None:
    import keras

    from kplay.training.families import setup_for

    try:
        keras.utils.set_random_seed(request.config.seed)
        setup = setup_for(request.config, request.limit)
        return _Prepared(request, setup, _trace(setup, request.config.batch_size))
    except Exception:  # the job will set up again and report the error properly
        return None


def _trace(setup, batch_size: int) -> list:
    """Run one train step on one batch, so its function is traced, and return what to put back.

    Every variable (weights, seed states, the optimizer's slots) is recorded first and
    restored before training, so a prepared run equals an unprepared one. Models that
    carry their own optimizers (a GAN's train_step) are traced when they can build them
    up front (``build_optimizers``), and only built otherwise.
    """
    import keras

    model = setup.model
    variables = list(model.variables)
    own_optimizers = [v for v in vars(model).values() if isinstance(v, keras.optimizers.Optimizer) and v is not model.optimizer]
    if own_optimizers and hasattr(model, "build_optimizers"):
        model.build_optimizers()
        variables += [v for optimizer in own_optimizers for v in optimizer.variables]
    elif model.optimizer is not None and not own_optimizers:
        if not model.optimizer.built:
            model.optimizer.build(model.trainable_variables)
        variables += list(model.optimizer.variables)
    state = [(v, keras.ops.convert_to_numpy(v.value)) for v in variables]
    if len(variables) > len(model.variables):
        y = None if setup.y is None else setup.y[:batch_size]
        pipeline, _ = _repeating(setup.x[:batch_size], y, batch_size)
        model.fit(pipeline, steps_per_epoch=1, epochs=1, shuffle=False, verbose=0)
    return state


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


def _train(conn: Connection, job: Job, prepared: _Prepared | None = None):
    set_language(job.language)
    import keras

    from kplay.training.callback import LiveCallback
    from kplay.training import model_io
    from kplay.training.families import setup_for

    config = job.config
    if job.model_file is None and prepared is not None and prepared.request == Prepare(config, job.limit):
        setup = prepared.setup
        for variable, value in prepared.state:
            variable.assign(value)
        _reseed_keeping_traces(config.seed)
    else:
        keras.utils.set_random_seed(config.seed)
        setup = model_io.setup_with_file(setup_for, config, job.limit, job.model_file, job.train)
    model_io.answer_model_file(setup)
    if not job.train:
        return model_io.evaluate_only(conn, setup)
    live = LiveCallback(conn, setup, config, job.pause_after_first_epoch)
    fit_args = fit_arguments(setup, config)
    conn.send(("status", {"status": "training", "batches": fit_args["steps_per_epoch"]}))
    setup.model.fit(**fit_args, callbacks=[live])  # its on_train_end sends the end
    return None if live.closed else setup


def fit_arguments(setup, config) -> dict:
    """``model.fit``'s arguments for a set-up (the bench's bare fit uses them too)."""
    shuffle_seed = config.seed if setup.shuffle else None
    train, steps = _repeating(setup.x, setup.y, config.batch_size, shuffle_seed=shuffle_seed)
    arguments = {"x": train, "steps_per_epoch": steps, "epochs": config.epochs, "shuffle": False, "verbose": 0}
    if setup.validation is not None:
        arguments["validation_data"] = _finite(*setup.validation, VALIDATION_BATCH)
    return arguments


def _reseed_keeping_traces(seed: int) -> None:
    """Python's and NumPy's generators back to ``seed``, as they were before the trace.

    Not ``keras.utils.set_random_seed``: TensorFlow's global seed was set before the trace,
    and setting it again makes TensorFlow trace the train step anew (2 s before UNET's
    first batch). Keras' own generators are variables, restored with the rest.
    """
    import random

    import numpy as np

    random.seed(seed)
    np.random.seed(seed)


def _finite(x, y, batch_size: int):
    """One pass over the data, batched and cached, with no prefetching: for validation.

    Keras starts a new iterator over validation data every epoch. Dropping the last one
    over an endless prefetching pipeline stalled 0.1-0.16 s at random epoch ends (the
    autoencoder's 15 epochs: 0.07 s in all, the RNN's 100: 0.38 s); over this one, 2 ms.
    """
    import tensorflow as tf

    return tf.data.Dataset.from_tensor_slices((x, y)).batch(batch_size).cache()


def _repeating(x, y, batch_size: int, shuffle_seed: int | None = None):
    """An endless tf.data pipeline and its steps per epoch.

    Keras builds a new iterator every epoch for arrays, which cost ~25 ms an epoch here
    (most of a tiny epoch); an endless pipeline with ``steps_per_epoch`` keeps one.
    """
    import tensorflow as tf

    pipeline = tf.data.Dataset.from_tensor_slices(x if y is None else (x, y))
    if shuffle_seed is not None:
        pipeline = pipeline.shuffle(len(x), seed=shuffle_seed, reshuffle_each_iteration=True)
    else:
        pipeline = pipeline.cache()
    return pipeline.batch(batch_size).repeat().prefetch(2), math.ceil(len(x) / batch_size)

