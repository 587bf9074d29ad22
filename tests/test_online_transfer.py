"""The online transfer path: settings refused without weights, the summary against Keras, and a tiny
training run on an uploaded set with stand-in weights (MobileNetV2 with random weights, saved where
Keras keeps the ImageNet file), all offline."""

import io
import zipfile

import numpy as np
import pytest
from PIL import Image

from kplay.models import backbones
from kplay.inputs import image_sets
from kplay.errors import ConfigError
from kplay.models import OnlineTransferConfig, spec_for, summarize


@pytest.fixture
def keras_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras"))
    monkeypatch.setattr(image_sets, "CACHE_DIR", str(tmp_path / "sets"))
    return tmp_path / "keras"


def _stand_in_weights(name: str):
    """Random weights in the legacy .h5 layout of Keras' ImageNet files, under the real file name; the base."""
    import h5py
    import keras
    from keras.src.legacy.saving import legacy_h5_format

    base = {"MobileNetV2": keras.applications.MobileNetV2, "VGG16": keras.applications.VGG16}[name](
        include_top=False, weights=None, input_shape=(96, 96, 3))
    path = backbones.weights_path(name)
    import os
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with h5py.File(path, "w") as f:
        legacy_h5_format.save_weights_to_hdf5_group(f, base)
    return base


def _check_summary_row(name: str, base) -> None:
    from kplay.models.spec import SHAPE_RULES

    shape, params = SHAPE_RULES["Backbone"]((96, 96, 3), {"name": name})
    assert (shape, params) == (tuple(base.output_shape[1:]), base.count_params())


def _set_zip(per_class: int = 8) -> bytes:
    out = io.BytesIO()
    rng = np.random.default_rng(0)
    with zipfile.ZipFile(out, "w") as archive:
        for name, channel in (("red", 0), ("blue", 2)):
            for i in range(per_class):
                pixels = rng.integers(0, 60, (40, 40, 3), dtype="uint8")
                pixels[..., channel] = 220
                picture = io.BytesIO()
                Image.fromarray(pixels).save(picture, "PNG")
                archive.writestr(f"{name}/{i}.png", picture.getvalue())
    return out.getvalue()


def test_without_weights_the_settings_are_refused_naming_the_file_and_folder(keras_home):
    with pytest.raises(ConfigError) as refused:
        spec_for(OnlineTransferConfig(image_set="0123456789abcdef", classes=2))
    message = str(refused.value)
    assert backbones.BACKBONES["MobileNetV2"].file in message and str(keras_home / "models") in message


def test_with_weights_an_upload_is_still_needed(keras_home):
    path = backbones.weights_path("VGG16")
    import os
    os.makedirs(os.path.dirname(path))
    open(path, "wb").close()
    with pytest.raises(ConfigError, match="upload a ZIP"):
        spec_for(OnlineTransferConfig(backbone="VGG16"))
    with pytest.raises(ConfigError, match="CIFAR-10 is not on this computer"):  # offline, no CIFAR-10 cached
        spec_for(OnlineTransferConfig(backbone="VGG16", source="cifar10"))
    rows = summarize(next(iter(spec_for(OnlineTransferConfig(backbone="VGG16", image_set="0123456789abcdef",
                                                             classes=3)).values())))
    assert rows[0].trainable == 0 and rows[-1].output_shape == (3,)


def test_the_vgg16_summary_row_matches_keras(keras_home):
    import keras

    _check_summary_row("VGG16", keras.applications.VGG16(include_top=False, weights=None, input_shape=(96, 96, 3)))


def test_a_frozen_backbone_and_new_head_train_on_an_uploaded_set_and_on_cifar10(keras_home, monkeypatch):
    from kplay.training.families import setup_for

    _check_summary_row("MobileNetV2", _stand_in_weights("MobileNetV2"))
    data = _set_zip()
    found = image_sets.read_image_set(data, 96)
    key = image_sets.key_of(data, 96)
    image_sets.save(found, key)
    config = OnlineTransferConfig(image_set=key, classes=2, epochs=2, batch_size=8, validation_split=0.25)
    setup = setup_for(config)
    assert setup.x.shape == (12, 3, 3, 1280) and setup.validation[0].shape == (4, 3, 3, 1280)
    before = [w.copy() for w in setup.model.get_weights()]
    history = setup.model.fit(setup.x, setup.y, validation_data=setup.validation, epochs=2, batch_size=8, verbose=0)
    assert set(history.history) >= {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert any(not np.array_equal(a, b) for a, b in zip(before, setup.model.get_weights()))  # the head learned
    report = setup.report()
    assert report["class_names"] == ("blue", "red") and len(report["grid"]["predicted"]) == 4
    answer = setup.queries["predict"](image=found.images[0] / 255.0)
    assert answer["probabilities"].shape == (2,) and abs(float(answer["probabilities"].sum()) - 1) < 1e-4

    from kplay.datasets import downloads
    from kplay.datasets.types import Raw

    photos = np.random.default_rng(1).random((30, 32, 32, 3), dtype="float32")  # CIFAR-10 as downloads.cifar10 gives it
    from kplay import datasets

    monkeypatch.setattr(datasets, "available_now", lambda name: True)  # as if Keras had cached it
    monkeypatch.setattr(downloads, "cifar10", lambda: Raw(photos, np.arange(30) % 10, photos[:5], np.arange(5)))
    cifar = setup_for(OnlineTransferConfig(source="cifar10", validation_split=0.25), limit=20)
    assert cifar.x.shape == (15, 3, 3, 1280) and cifar.y.shape == (15, 10)  # scaled up to 96x96 for the base
    assert cifar.report()["class_names"][0] == "airplane"


def test_a_run_in_the_worker_trains_on_the_set_the_page_saved(keras_home, tmp_path, monkeypatch):
    """The page saves an uploaded set in its own process; the worker, another one, finds it by its key."""
    from kplay.training.runner import Run, WorkerPool

    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the worker's temporary folder, where image_sets keeps sets
    monkeypatch.setattr(image_sets, "CACHE_DIR", str(tmp_path / "kplay-image-sets"))
    _stand_in_weights("MobileNetV2")
    data = _set_zip()
    found = image_sets.read_image_set(data, 96)
    key = image_sets.key_of(data, 96)
    image_sets.save(found, key)
    pool = WorkerPool()  # a worker started now, with this test's environment
    try:
        run = Run(OnlineTransferConfig(image_set=key, classes=2, epochs=2, batch_size=8, validation_split=0.25), pool=pool)
        snapshot = run.wait(180)
        assert snapshot.status == "finished", snapshot.message
        assert snapshot.epoch == 2 and len(snapshot.history["val_accuracy"]) == 2
        assert snapshot.results["class_names"] == ("blue", "red") and len(snapshot.results["grid"]["predicted"]) == 4
        answer = run.query("predict", image=found.images[0] / 255.0)
        assert answer["probabilities"].shape == (2,)
        run.close()
    finally:
        pool.close()


@pytest.mark.parametrize("dataset", ["upload", "cifar10"])
def test_the_exported_script_is_plain_keras_with_the_frozen_base(dataset, keras_home, monkeypatch):
    import os
    import re

    from kplay.export import script_for
    from kplay import datasets

    monkeypatch.setattr(datasets, "available_now", lambda name: True)

    path = backbones.weights_path("VGG16")
    os.makedirs(os.path.dirname(path))
    open(path, "wb").close()
    text = script_for(OnlineTransferConfig(backbone="VGG16", source=dataset, image_set="0123456789abcdef", classes=3,
                                           epochs=7, head_units=0))
    compile(text, "exported.py", "exec")
    assert not re.search(r"^\s*(import|from) kplay", text, flags=re.MULTILINE)
    assert "keras.applications.VGG16(include_top=False" in text and "base.trainable = False" in text
    assert "\nEPOCHS = 7" in text and "\nHEAD_UNITS = 0" in text
    assert ("image_dataset_from_directory" in text) == (dataset == "upload")


def test_a_weights_file_keras_cannot_load_is_named(keras_home):
    import os

    from kplay.errors import KplayError
    from kplay.training.families.online_transfer import frozen_backbone

    path = backbones.weights_path("MobileNetV2")
    os.makedirs(os.path.dirname(path))
    with open(path, "wb") as f:
        f.write(b"not an h5 file")
    with pytest.raises(KplayError, match="could not be loaded as ImageNet weights"):
        frozen_backbone("MobileNetV2", 96)
