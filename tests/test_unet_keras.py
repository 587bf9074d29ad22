"""UNET with real Keras: the summary matches the built model; the worker family's data,
losses, metrics, reports and queries."""

import re

import numpy as np
import pytest

from kplay.measures.masks import mean_dice, mean_iou
from kplay.models import UnetConfig, spec_for

keras = pytest.importorskip("keras")
from keras_checks import assert_summary_matches_keras  # noqa: E402
from kplay.training.families import setup_for, unet  # noqa: E402

VARIANTS = [
    dict(depth=2, skips=True, upsampling="transpose", batch_norm=True),
    dict(depth=3, skips=False, upsampling="upsample", batch_norm=False, dropout=0.2, convs_per_block=1),
    dict(depth=4, skips=True, upsampling="upsample", mask_classes="kinds", image_size=32, convs_per_block=3),
    dict(task="colourisation", dataset="photos", image_size=32, depth=2, base_filters=16),
]


@pytest.mark.parametrize("options", VARIANTS)
def test_keras_free_summary_matches_the_built_keras_model(options):
    assert_summary_matches_keras(spec_for(UnetConfig(**options)))


def test_keras_iou_and_dice_agree_with_numpy_on_known_masks():
    rng = np.random.default_rng(0)
    true = rng.integers(0, 3, (2, 8, 8))
    predicted = np.where(rng.random((2, 8, 8)) < 0.7, true, rng.integers(0, 3, (2, 8, 8)))
    eye = np.eye(3, dtype="float32")
    y_true, y_pred = eye[true], eye[predicted] * 0.8 + 0.1
    assert float(unet.iou(y_true, y_pred)) == pytest.approx(mean_iou(true, predicted, 3), rel=1e-5)
    assert float(unet.dice(y_true, y_pred)) == pytest.approx(mean_dice(true, predicted, 3), rel=1e-5)
    assert float(unet.dice_loss(eye[true], eye[true])) == pytest.approx(0.0, abs=1e-6)
    assert float(unet.dice_loss(eye[true], eye[(true + 1) % 3])) > 0.9


def test_segmentation_setup_trains_and_reports_the_mask_grid():
    config = UnetConfig(image_size=32, depth=2, base_filters=4, epochs=1, loss="ce_dice", mask_classes="kinds")
    keras.utils.set_random_seed(0)
    setup = setup_for(config, limit=60)
    assert setup.x.shape[1:] == (32, 32, 3) and setup.y.shape[1:] == (32, 32, 5)
    history = setup.model.fit(setup.x, setup.y, validation_data=setup.validation, epochs=1, batch_size=16, verbose=0)
    assert {"loss", "iou", "dice", "val_iou", "val_dice"} <= set(history.history)
    report = setup.report()
    assert report["inputs"].shape == (unet.GRID, 32, 32, 3) and report["inputs"].dtype == np.uint8
    assert report["predicted"].shape == report["true"].shape == (unet.GRID, 32, 32)
    answer = setup.queries["predict"](image=np.full((32, 32, 3), 0.5, "float32"))
    assert answer["mask"].shape == (32, 32) and answer["mask"].max() < 5


def test_colourisation_setup_maps_grey_patches_to_colour():
    config = UnetConfig(task="colourisation", dataset="photos", image_size=32, depth=2, base_filters=4)
    setup = setup_for(config, limit=40)
    assert setup.x.shape[1:] == (32, 32, 1) and setup.y.shape[1:] == (32, 32, 3)
    report = setup.report()
    assert report["inputs"].shape == (unet.GRID, 32, 32) and report["predicted"].shape == (unet.GRID, 32, 32, 3)
    answer = setup.queries["predict"](image=np.random.default_rng(0).random((32, 32, 3), dtype="float32"))
    assert answer["colour"].shape == (32, 32, 3) and answer["grey"].shape == (32, 32)


@pytest.mark.parametrize("options", [dict(image_size=32, images=100, mask_classes="kinds"),
                                     dict(task="colourisation", dataset="photos", image_size=32, images=100)])
def test_the_exported_script_makes_the_same_data_as_the_page(options):
    from kplay.export import script_for

    config = UnetConfig(depth=2, **options)
    text = script_for(config)
    assert not re.search(r"^\s*(import|from) kplay", text, re.MULTILINE)
    compile(text, "exported.py", "exec")
    namespace: dict = {}
    exec(text[: text.index("# 2. Model")], namespace)  # settings and data only
    setup = setup_for(config)
    np.testing.assert_array_equal(namespace["x_train"], setup.x)
    np.testing.assert_array_equal(namespace["y_val"], setup.validation[1])
