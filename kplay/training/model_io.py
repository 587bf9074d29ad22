"""Model files in the worker: the trained model as .keras bytes, and uploads loaded safely.

Imported by the worker only (it imports Keras). Uploaded bytes are written to a private
temporary file and opened with ``safe_mode=True``: Keras then refuses lambdas and other
pickled code, and only its own serialised layers are built.
"""

from __future__ import annotations

import os
import tempfile

from kplay.errors import ConfigError
from kplay.model_files import check_shapes, check_upload, expected_shapes


def model_bytes(model) -> bytes:
    with tempfile.TemporaryDirectory(prefix="kplay-model-") as folder:
        path = os.path.join(folder, "model.keras")
        model.save(path)
        with open(path, "rb") as file:
            return file.read()


def load_checked(data: bytes, spec):
    """The uploaded model, loaded in safe mode and checked against ``spec``'s shapes (not compiled)."""
    import keras

    check_upload(data)
    expected = expected_shapes(spec)
    with tempfile.TemporaryDirectory(prefix="kplay-upload-") as folder:
        path = os.path.join(folder, "upload.keras")
        with open(path, "wb") as file:
            file.write(data)
        try:
            model = keras.saving.load_model(path, compile=False, safe_mode=True)
        except Exception as error:  # a foreign file, refused code, unknown layers: one message each
            raise ConfigError(_load_message(error)) from None
    if not isinstance(model, keras.Model):
        raise ConfigError("The file holds no Keras model.")
    check_shapes(expected, model.input_shape, model.output_shape)
    return model


def _load_message(error: Exception) -> str:
    text = str(error)
    if "arbitrary code" in text or "safe_mode" in text:
        return ("The model contains Python code (a Lambda layer or a custom function). "
                "Safe mode does not run code from files: save a model built from standard Keras layers.")
    if "Unknown" in text or "Could not locate" in text:
        return "The model uses a layer or object this playground does not know; only standard Keras layers load."
    return f"The file could not be loaded as a Keras model ({type(error).__name__}: {text[:160]})."


def model_file_query(setup) -> dict:
    """The ``model_file`` query every family answers: the current model as .keras bytes."""
    return {"data": model_bytes(setup.model)}


def setup_with_file(setup_for, config, limit: int | None, data: bytes | None):
    """The family's TrainingSetup, on the uploaded model when there is one."""
    if data is None:
        setup = setup_for(config, limit)
    else:
        from kplay.models import spec_for
        from kplay.models.keras_build import preloaded

        spec = spec_for(config)
        model = load_checked(data, spec)
        with preloaded(model, spec):
            setup = setup_for(config, limit)
        if setup.model is not model:
            raise ConfigError("This page cannot continue from a model file yet.")
    return setup


def answer_model_file(setup) -> None:
    """Every run answers the ``model_file`` query (the download), whatever its family."""
    setup.queries.setdefault("model_file", lambda: model_file_query(setup))


def evaluate_only(conn, setup):
    """Predict without training: one evaluation (its metrics are the end message) and the page's report."""
    import time

    start = time.perf_counter()
    x, y = setup.validation if setup.validation is not None else (setup.x, setup.y)
    logs = setup.model.evaluate(x, y, batch_size=256, verbose=0, return_dict=True)
    conn.send(("report", setup.report()))
    message = " · ".join(f"{name} {float(value):.3f}" for name, value in logs.items())
    conn.send(("end", {"status": "finished", "message": message, "elapsed": time.perf_counter() - start}))
    return setup
