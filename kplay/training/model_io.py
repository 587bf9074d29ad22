"""Model files in the worker: the trained model as .keras bytes, and uploads loaded safely.

Imported by the worker only (it imports Keras). Uploaded bytes are written to a private
temporary file and opened with ``safe_mode=True``: Keras then refuses lambdas and other
pickled code, and only its own serialised layers are built.
"""

from __future__ import annotations

import os
import tempfile

from kplay.errors import ConfigError
from kplay.i18n import metric_title, t
from kplay.inputs.model_files import check_shapes, check_upload, expected_networks, expected_shapes, network_name, networks_in_file


def model_bytes(model) -> bytes:
    with tempfile.TemporaryDirectory(prefix="kplay-model-") as folder:
        path = os.path.join(folder, "model.keras")
        model.save(path)
        with open(path, "rb") as file:
            return file.read()


def side_by_side(networks: dict):
    """Several networks as one plain functional model (one input and output each), saved as one file."""
    import keras

    inputs = [keras.Input(net.input_shape[1:], name=f"{network_name(title)}_input") for title, net in networks.items()]
    return keras.Model(inputs, [net(x) for net, x in zip(networks.values(), inputs)], name="networks")


def load_checked(data: bytes, spec):
    """The uploaded model, loaded in safe mode and checked against ``spec``'s shapes (not compiled)."""
    check_upload(data)
    expected = expected_shapes(spec)
    model = _load(data)
    check_shapes(expected, model.input_shape, model.output_shape)
    return model


def load_networks(data: bytes, specs: dict, train: bool = True) -> dict:
    """{title: network} from an uploaded file, each checked against its spec's shapes.

    The page's own file holds every network side by side; to predict, a plain model that
    fits the first one (a generator saved on its own) is taken too.
    """
    import keras

    check_upload(data)
    model = _load(data)
    nested = {layer.name: layer for layer in model.layers if isinstance(layer, keras.Model)}
    found = {name: (net.input_shape, net.output_shape) for name, net in nested.items()}
    names = networks_in_file(expected_networks(specs), found, (model.input_shape, model.output_shape), train)
    nested = nested or {names[0]: model}
    return {title: nested[network_name(title)] for title in specs if network_name(title) in names}


def _load(data: bytes):
    """Any .keras file, in safe mode; a ConfigError says why one does not load."""
    import keras

    with tempfile.TemporaryDirectory(prefix="kplay-upload-") as folder:
        path = os.path.join(folder, "upload.keras")
        with open(path, "wb") as file:
            file.write(data)
        try:
            model = keras.saving.load_model(path, compile=False, safe_mode=True)
        except Exception as error:  # a foreign file, refused code, unknown layers: one message each
            raise ConfigError(_load_message(error)) from None
    if not isinstance(model, keras.Model):
        raise ConfigError(t("model_files.no_model"))
    return model


def _load_message(error: Exception) -> str:
    text = str(error)
    if "arbitrary code" in text or "safe_mode" in text:
        return t("model_files.has_code")
    if "Unknown" in text or "Could not locate" in text:
        return t("model_files.unknown_layer")
    return t("model_files.not_loaded", kind=type(error).__name__, text=text[:160])


def model_file_query(setup) -> dict:
    """The ``model_file`` query every family answers: the current model as .keras bytes."""
    return {"data": model_bytes(side_by_side(setup.networks) if setup.networks else setup.model)}


def setup_with_file(setup_for, config, limit: int | None, data: bytes | None, train: bool = True):
    """The family's TrainingSetup, on the uploaded model when there is one (``train``: to continue, not predict)."""
    if data is None:
        return setup_for(config, limit)
    from kplay.models import spec_for
    from kplay.models.keras_build import preloaded, preloaded_networks

    spec = spec_for(config)
    if isinstance(spec, dict):  # several networks, saved side by side
        networks = load_networks(data, spec, train)
        with preloaded_networks([(spec[title], net) for title, net in networks.items()]):
            setup = setup_for(config, limit)
        if any((setup.networks or {}).get(title) is not net for title, net in networks.items()):
            raise ConfigError(t("model_files.cannot_continue"))
        return setup
    model = load_checked(data, spec)
    with preloaded(model, spec):
        setup = setup_for(config, limit)
    if setup.model is not model:
        raise ConfigError(t("model_files.cannot_continue"))
    return setup


def answer_model_file(setup) -> None:
    """Every run answers the ``model_file`` query (the download), whatever its family."""
    setup.queries.setdefault("model_file", lambda: model_file_query(setup))


def evaluate_only(conn, setup):
    """Predict without training: one evaluation (its metrics are the end message) and the page's report."""
    import time

    from kplay.training.worker import VALIDATION_BATCH

    start = time.perf_counter()
    x, y = setup.validation if setup.validation is not None else (setup.x, setup.y)
    if y is None or not setup.has_loss:  # nothing to score against (a GAN): the page's views are the prediction
        logs = setup.epoch_extras({}) if setup.epoch_extras else {}
    else:
        logs = setup.model.evaluate(x, y, batch_size=VALIDATION_BATCH, verbose=0, return_dict=True)
    conn.send(("report", setup.report()))
    message = " · ".join(f"{metric_title(name)} {float(value):.3f}" for name, value in logs.items())
    conn.send(("end", {"status": "finished", "message": message, "elapsed": time.perf_counter() - start}))
    return setup
