"""Model files: the server-side checks, safe loading with shape checks in the worker, and runs that continue."""

import io
import zipfile

import pytest

from kplay.inputs import model_files
from kplay.errors import ConfigError
from kplay.models import DenseConfig, spec_for
from kplay.training import Run

TINY = dict(dataset="digits8", hidden_units=(16,), dropout=(0.0,), batch_size=16, validation_split=0.2)


def zip_of(**members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name.replace("_", "."), text)
    return buffer.getvalue()


def test_plainly_wrong_files_are_refused_before_the_worker(monkeypatch):
    assert model_files.upload_problem(b"not a zip at all") == "not_keras"
    assert model_files.upload_problem(b"PK\x03\x04 but broken") == "not_keras"
    assert model_files.upload_problem(zip_of(notes_txt="hello")) == "not_keras"
    assert model_files.upload_problem(zip_of(config_json="{}", model_weights_h5="")) is None
    monkeypatch.setattr(model_files, "MAX_BYTES", 10)
    assert model_files.upload_problem(zip_of(config_json="{}", model_weights_h5="")) == "too_big"
    with pytest.raises(ConfigError, match="at most"):
        model_files.check_upload(b"x" * 11)


def test_expected_shapes_come_from_the_page_model():
    assert model_files.expected_shapes(spec_for(DenseConfig(**TINY))) == ((8, 8, 1), (10,))
    assert model_files.expected_shapes(spec_for(DenseConfig(dataset="diabetes"))) == ((10,), (1,))
    with pytest.raises(ConfigError, match="several models"):
        model_files.expected_shapes({"generator": None, "discriminator": None})


def test_shape_mismatches_say_what_differs_and_what_to_do():
    expected = ((8, 8, 1), (10,))
    model_files.check_shapes(expected, (None, 8, 8, 1), (None, 10))
    with pytest.raises(ConfigError, match="inputs of shape 28 x 28 x 1, but this page's data is 8 x 8 x 1"):
        model_files.check_shapes(expected, (None, 28, 28, 1), (None, 10))
    with pytest.raises(ConfigError, match="outputs of shape 1, but this page's task needs 10"):
        model_files.check_shapes(expected, (None, 8, 8, 1), (None, 1))
    with pytest.raises(ConfigError, match="2 inputs"):
        model_files.check_shapes(expected, [(None, 8, 8, 1), (None, 3)], (None, 10))


# --- the worker side, in this process (it imports Keras, as the worker does)
@pytest.fixture(scope="module")
def io_and_keras():
    keras = pytest.importorskip("keras")
    from kplay.training import model_io

    return model_io, keras


def small_model(keras, input_shape=(8, 8, 1), outputs=10, middle=None):
    layers = [keras.Input(input_shape), keras.layers.Flatten()] + ([middle] if middle else [])
    return keras.Sequential(layers + [keras.layers.Dense(outputs, activation="softmax")])


def test_a_fitting_model_loads_and_wrong_ones_are_refused_with_a_message(io_and_keras):
    model_io, keras = io_and_keras
    spec = spec_for(DenseConfig(**TINY))
    loaded = model_io.load_checked(model_io.model_bytes(small_model(keras)), spec)
    assert loaded.output_shape == (None, 10)
    with pytest.raises(ConfigError, match="outputs of shape 3"):
        model_io.load_checked(model_io.model_bytes(small_model(keras, outputs=3)), spec)
    with pytest.raises(ConfigError, match="inputs of shape 28 x 28 x 1"):
        model_io.load_checked(model_io.model_bytes(small_model(keras, input_shape=(28, 28, 1))), spec)
    with pytest.raises(ConfigError, match="not a .keras model file"):
        model_io.load_checked(b"PK\x03\x04garbage", spec)


def test_a_model_with_python_code_is_refused_by_safe_mode(io_and_keras):
    model_io, keras = io_and_keras
    code = small_model(keras, middle=keras.layers.Lambda(lambda x: x * 2))
    with pytest.raises(ConfigError, match="Safe mode does not run code"):
        model_io.load_checked(model_io.model_bytes(code), spec_for(DenseConfig(**TINY)))


def test_a_damaged_archive_with_the_right_names_fails_with_a_message(io_and_keras):
    model_io, _ = io_and_keras
    with pytest.raises(ConfigError, match="could not be loaded"):
        model_io.load_checked(zip_of(config_json="{not json", model_weights_h5="", metadata_json="{}"), spec_for(DenseConfig(**TINY)))


# --- through real workers
def test_download_then_continue_training_or_predict_with_the_uploaded_model():
    config = DenseConfig(**TINY, epochs=4, seed=3)
    first = Run(config, limit=400)
    trained = first.wait(300)
    assert trained.status == "finished", trained.message
    data = first.query("model_file", timeout=60)["data"]
    first.close()
    assert model_files.upload_problem(data) is None

    again = Run(DenseConfig(**TINY, epochs=1, seed=3), limit=400, model_file=data)
    continued = again.wait(300)
    again.close()
    assert continued.status == "finished", continued.message
    # The uploaded model starts where the first run ended, far below a fresh model's first epoch.
    assert continued.history["loss"][0] < trained.history["loss"][0]

    predict = Run(config, limit=400, model_file=data, train=False)
    evaluated = predict.wait(300)
    predict.close()
    assert evaluated.status == "finished" and evaluated.history == {}
    assert "Accuracy" in evaluated.message and evaluated.results
