"""Applied page core (ch.9): augmentation layers and preview, the pair runner, freezing for transfer."""

import dataclasses

import numpy as np
import pytest

from kplay import datasets
from kplay.render.augment_preview import example_images, preview
from kplay.errors import ConfigError
from kplay.models import AugmentConfig, TransferConfig, spec_for, summarize
from kplay.models import subsets
from kplay.models.augment import augmentation_layers, augment_pair
from kplay.models.transfer import frozen_names, transfer_pair
from kplay.render.augment import preview_tiles

ZERO = dict(rotation=0.0, translation=0.0, zoom=0.0, flip="none", contrast=0.0, noise=0.0)
STRONG = dict(rotation=0.2, translation=0.2, zoom=0.3, flip="horizontal_and_vertical", contrast=0.5, noise=0.2)
TINY_AUGMENT = AugmentConfig(dataset="digits8", subset=100, epochs=2, batch_size=32, **STRONG)
TINY_TRANSFER = TransferConfig(dataset="digits8", per_class=5, frozen_layers=2, pretrain_epochs=1, epochs=1, batch_size=8)


# --- pure core: no Keras
def test_zero_strength_is_the_identity_in_the_model_and_in_the_preview():
    config = AugmentConfig(**ZERO)
    assert augmentation_layers(config) == []
    plain, augmented = augment_pair(config)
    assert plain.layers == augmented.layers
    image = example_images("mnist5k")[3]
    assert np.array_equal(preview(image, config, count=5), np.stack([image] * 6))


def test_preview_keeps_shape_and_range_and_changes_the_image():
    for dataset in subsets.DATASETS:
        image = example_images(dataset)[7]
        images = preview(image, AugmentConfig(**STRONG), count=8, seed=1)
        assert images.shape == (9,) + image.shape and images.dtype == np.float32
        assert images.min() >= 0 and images.max() <= 1
        assert all(not np.array_equal(copy, image) for copy in images[1:])
    tiles = preview_tiles(images, columns=4)
    assert tiles.dtype == np.uint8 and tiles.shape[2] == 3 and tiles.shape[1] > tiles.shape[0]


def test_preview_rotation_turns_the_picture_a_quarter():
    # A rotation of exactly 0.25 turns (sampled from +-0.25) moves a bar from the top half: check that the
    # strength has the Keras meaning (a share of a full turn) rather than degrees or radians.
    bar = np.zeros((28, 28, 1), "float32")
    bar[4:8, 4:24] = 1.0
    turned = preview(bar, AugmentConfig(**dict(ZERO, rotation=0.25)), count=200, seed=0)[1:]
    top_share = turned[:, :14].sum(axis=(1, 2, 3)) / turned.sum(axis=(1, 2, 3))
    assert top_share.min() < 0.6 and top_share.max() > 0.9


def test_sizes_table_matches_the_loaded_small_digits():
    data = datasets.load("digits8", 0.2)
    assert len(data.x_train) == subsets.train_count("digits8", 0.2)
    counts = np.bincount(data.y_train.argmax(axis=1))
    assert counts.min() >= subsets.per_class_bound("digits8", 0.2)


def test_bad_settings_are_refused_with_a_message_naming_the_setting():
    with pytest.raises(ConfigError, match="Training images: 2000 is more than the 1294"):
        spec_for(AugmentConfig(dataset="digits8", subset=2000))
    with pytest.raises(ConfigError, match="Frozen layers: 3 is more than the 2 conv layers"):
        spec_for(TransferConfig(frozen_layers=3, conv_blocks=2))
    spec_for(TransferConfig(frozen_layers=3, conv_blocks=3))  # a deeper base has room
    with pytest.raises(ConfigError, match="Labelled images per class: 150 is more than"):
        spec_for(TransferConfig(dataset="digits8", per_class=150))


def test_freezing_marks_the_first_k_weighted_layers_and_those_before_them():
    assert frozen_names(dataclasses.replace(TINY_TRANSFER, frozen_layers=0)) == ()
    assert frozen_names(TINY_TRANSFER) == ("conv_1", "pool_1", "conv_2")
    scratch, transferred = transfer_pair(TINY_TRANSFER)
    assert all(layer.trainable for layer in scratch.layers)
    rows = {row.name: row for row in summarize(transferred)}
    assert rows["conv_2"].params == 4640 and rows["conv_2"].trainable == 0
    assert rows["conv_3"].trainable == rows["conv_3"].params > 0  # fine-tuned
    assert rows["dense"].trainable == rows["dense"].params > 0  # the new head


# --- with Keras (in this process)
def test_summaries_match_real_keras_models():
    from kplay.models.keras_build import build_network

    for config in (AugmentConfig(**STRONG), TransferConfig(conv_blocks=3, frozen_layers=2)):
        for spec in spec_for(config).values():
            model = build_network(spec)
            rows = summarize(spec)
            assert [tuple(layer.output.shape[1:]) for layer in model.layers] == [row.output_shape for row in rows]
            assert model.count_params() == sum(row.params for row in rows)
            trainable = sum(int(np.prod(w.shape)) for w in model.trainable_weights)
            assert trainable == sum(row.trainable for row in rows)


def test_keras_augmentation_layers_keep_shape_and_range():
    import keras

    from kplay.models.keras_build import build_network
    from kplay.models.spec import ModelSpec

    spec = ModelSpec((28, 28, 1), tuple(augmentation_layers(AugmentConfig(**STRONG))), "mse", "adam", 0.001, ())
    augment = build_network(spec)
    images = np.random.default_rng(0).random((16, 28, 28, 1)).astype("float32")
    out = keras.ops.convert_to_numpy(augment(images, training=True))
    assert out.shape == images.shape and out.min() >= 0 and out.max() <= 1
    assert not np.allclose(out, images)
    # At validation time the random layers pass images through unchanged.
    np.testing.assert_allclose(keras.ops.convert_to_numpy(augment(images, training=False)), images, atol=1e-6)


def test_the_pair_trains_two_networks_scored_on_the_same_validation_split():
    import keras

    from kplay.training.families import setup_for

    keras.utils.set_random_seed(0)
    setup = setup_for(TINY_AUGMENT)
    history = setup.model.fit(setup.x, setup.y, epochs=2, batch_size=32, validation_data=setup.validation, verbose=0).history
    assert len(setup.x) == 100
    for name in ("plain", "augmented"):
        assert len(history[f"val_{name}_accuracy"]) == 2 and len(history[f"{name}_loss"]) == 2
    x_val, y_val = setup.validation
    for name, net in (("plain", setup.model.first), ("augmented", setup.model.second)):
        predicted = keras.ops.convert_to_numpy(net(x_val, training=False)).argmax(axis=1)
        assert history[f"val_{name}_accuracy"][-1] == pytest.approx((predicted == y_val.argmax(axis=1)).mean(), abs=1e-6)
    assert history["val_gap"][-1] == pytest.approx(history["val_augmented_accuracy"][-1] - history["val_plain_accuracy"][-1], abs=1e-6)


def test_freezing_k_layers_leaves_exactly_those_weights_unchanged(tmp_path, monkeypatch):
    import keras

    from kplay.training.families import setup_for
    from kplay.training.families import transfer as family

    monkeypatch.setattr(family, "CACHE_DIR", str(tmp_path))
    keras.utils.set_random_seed(0)
    setup = setup_for(TINY_TRANSFER)
    assert setup.report()["pretrain_cached"] is False and len(setup.x) == 25
    transferred, scratch = setup.model.second, setup.model.first
    before = {layer.name: [w.copy() for w in layer.get_weights()] for layer in transferred.layers if layer.weights}
    scratch_before = [w.copy() for w in scratch.get_weights()]
    setup.model.fit(setup.x[:8], setup.y[:8], epochs=1, batch_size=8, verbose=0)  # one step
    for name, weights in before.items():
        unchanged = all(np.array_equal(a, b) for a, b in zip(weights, transferred.get_layer(name).get_weights()))
        assert unchanged == (name in ("conv_1", "conv_2")), name
    assert not any(np.array_equal(a, b) for a, b in zip(scratch_before, scratch.get_weights()))
    # The base came from pre-training, and the second time from the cache.
    again = setup_for(TINY_TRANSFER)
    assert again.report()["pretrain_cached"] is True
    np.testing.assert_array_equal(again.model.second.get_layer("conv_1").get_weights()[0], before["conv_1"][0])
