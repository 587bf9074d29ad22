"""Autoencoder builders: every kind builds, rebuilds its input's shape, and matches Keras."""

import numpy as np
import pytest

from kplay import datasets
from kplay.errors import ConfigError
from kplay.models import AutoencoderConfig, spec_for, summarize
from kplay.models.autoencoder import LATENT, code_shape
from kplay.training.families.autoencoder import Projection, noisy, reconstruction_mse

KINDS = [
    dict(kind="dense"),
    dict(kind="dense", hidden_units=(128, 64), latent_size=2, latent_activation="linear"),
    dict(kind="dense", dataset="digits8", latent_size=8, loss="mse"),
    dict(kind="conv"),
    dict(kind="conv", conv_blocks=1, conv_filters=8, latent_channels=2, latent_activation="sigmoid"),
    dict(kind="conv", dataset="digits8", conv_blocks=3, conv_filters=4, latent_channels=4),
]


@pytest.mark.parametrize("options", KINDS)
def test_every_kind_rebuilds_the_input_shape_through_a_smaller_code(options):
    config = AutoencoderConfig(**options)
    rows = summarize(spec_for(config))
    shape = datasets.get_info(config.dataset).input_shape
    assert rows[-1].output_shape == shape
    latent = next(row for row in rows if row.name == LATENT)
    assert latent.output_shape == code_shape(config)
    assert np.prod(latent.output_shape) < np.prod(shape)


@pytest.mark.parametrize(
    "options, words",
    [
        (dict(kind="conv", conv_blocks=3), ["Conv blocks", "3.5", "at most 2"]),
        (dict(kind="dense", dataset="digits8", latent_size=64), ["Latent size", "64 pixels"]),
        (dict(kind="conv", conv_blocks=1, latent_channels=4), ["Code channels", "784"]),
        (dict(noise_level=1.5, denoising=True), ["Noise level", "at most 1"]),
        (dict(noise_level=-0.1), ["Noise level", "at least 0"]),
        (dict(hidden_units=(64, 64, 64, 64)), ["at most 3"]),
    ],
)
def test_settings_that_cannot_work_are_refused_with_a_clear_message(options, words):
    with pytest.raises(ConfigError) as problem:
        spec_for(AutoencoderConfig(**options))
    for word in words:
        assert word in str(problem.value)


def test_noise_is_seeded_and_stays_in_range():
    images = np.full((4, 8, 8, 1), 0.5, dtype="float32")
    first, again = noisy(images, 0.3, seed=1), noisy(images, 0.3, seed=1)
    assert np.array_equal(first, again)
    assert first.min() >= 0 and first.max() <= 1 and reconstruction_mse(images, first) > 0.01
    assert np.array_equal(noisy(images, 0.0, seed=1), images)


def test_projection_keeps_two_numbers_and_inverts_a_plane():
    rng = np.random.default_rng(0)
    two = rng.normal(size=(50, 2))
    assert np.allclose(Projection(two)(two), two)
    # Codes on a 2-D plane in 6-D: the projection loses nothing, and inverse maps back.
    codes = rng.normal(size=(50, 2)) @ rng.normal(size=(2, 6)) + 3.0
    projection = Projection(codes)
    assert np.allclose(projection.inverse(projection(codes)), codes)
    assert projection(codes).var(axis=0)[0] >= projection(codes).var(axis=0)[1]


keras = pytest.importorskip("keras")
from keras_checks import assert_summary_matches_keras  # noqa: E402
from kplay.training.families.autoencoder import split  # noqa: E402


@pytest.mark.parametrize("options", KINDS)
def test_summary_matches_keras_and_the_model_splits_at_the_code(options):
    config = AutoencoderConfig(**options)
    spec = spec_for(config)
    model = assert_summary_matches_keras(spec)
    encoder, decoder = split(model)
    images = np.random.default_rng(0).random((3,) + spec.input_shape).astype("float32")
    codes = encoder(images)
    assert tuple(codes.shape[1:]) == code_shape(config)
    assert np.allclose(decoder(codes), model(images), atol=1e-5)
