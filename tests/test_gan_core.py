"""The GAN page's core without Keras: settings, specs, and the sample measures."""

import numpy as np
import pytest

from kplay.measures import gan as gan_measures
from kplay.errors import ConfigError
from kplay.models import GanConfig, spec_for, summarize


@pytest.mark.parametrize("kind", ["1d", "image"])
def test_builder_returns_a_generator_and_a_discriminator_that_fit_together(kind):
    config = GanConfig(kind=kind, latent_size=16)
    specs = spec_for(config)
    assert set(specs) == {"Generator", "Discriminator"}
    generated = summarize(specs["Generator"])[-1].output_shape
    assert specs["Generator"].input_shape == (16,)
    assert generated == specs["Discriminator"].input_shape  # G's samples are D's inputs
    assert summarize(specs["Discriminator"])[-1].output_shape == (1,)
    assert generated == ((1,) if kind == "1d" else (28, 28, 1))


def test_the_two_learning_rates_go_to_their_own_networks():
    specs = spec_for(GanConfig(learning_rate=0.001, discriminator_learning_rate=0.005))
    assert specs["Generator"].learning_rate == 0.001 and specs["Discriminator"].learning_rate == 0.005


def test_a_dcgan_has_its_own_data_set_and_the_1d_gan_draws_its_own():
    assert GanConfig(kind="image").dataset == "mnist5k"
    assert GanConfig(kind="1d").dataset is None


@pytest.mark.parametrize(
    "options, words",
    [
        (dict(batch_size=1), "at least 8"),
        (dict(kind="image", generator_width=36 + 1), "must be even|step"),
        (dict(label_smoothing=0.5), "at most 0.45"),
        (dict(target_std=0.0), "at least 0.25"),
        (dict(kind="video"), "not one of"),
    ],
)
def test_impossible_settings_are_refused_with_a_clear_message(options, words):
    with pytest.raises(ConfigError, match=words):
        spec_for(GanConfig(**options))


def test_diversity_flags_near_copies_and_passes_varied_samples():
    rng = np.random.default_rng(0)
    real = rng.uniform(-1, 1, (36, 28, 28, 1))
    varied = rng.uniform(-1, 1, (36, 28, 28, 1))
    copies = np.repeat(varied[:1], 36, axis=0) + rng.normal(0, 0.01, (36, 28, 28, 1))
    assert not gan_measures.collapsed(gan_measures.diversity(varied, real), epochs_done=3)
    assert gan_measures.collapsed(gan_measures.diversity(copies, real), epochs_done=3)
    assert not gan_measures.collapsed(gan_measures.diversity(copies, real), epochs_done=2)  # untrained blobs look alike too
    assert gan_measures.diversity(copies, real) < 0.05


def test_mean_pairwise_distance_is_the_average_over_pairs():
    points = np.array([[0.0], [3.0], [4.0]])  # distances 3, 4, 1
    assert gan_measures.mean_pairwise_distance(points) == pytest.approx(8 / 3)


def test_histogram_keeps_far_samples_in_the_end_bins():
    edges, density = gan_measures.histogram(np.array([-100.0, 0.5, 100.0]), 0.0, 1.0, bins=4)
    assert len(edges) == 5 and density[0] > 0 and density[-1] > 0
    assert (density * np.diff(edges)).sum() == pytest.approx(1.0)


def test_plot_range_covers_the_target_and_the_untrained_generator_near_zero():
    low, high = gan_measures.plot_range(4.0, 1.25)
    assert low <= -1.0 and high >= 4.0 + 4 * 1.25


def test_images_in_tanh_range_become_grey_pixels():
    grid = gan_measures.to_uint8(np.array([-1.0, 0.0, 1.0, 2.0]).reshape(1, 2, 2, 1))
    assert grid.shape == (1, 2, 2) and grid.dtype == np.uint8
    assert grid.reshape(-1).tolist() == [0, 128, 255, 255]


def test_interpolation_runs_from_one_noise_vector_to_the_other():
    line = gan_measures.interpolate(np.zeros(3), np.ones(3), 5)
    assert line.shape == (5, 3)
    np.testing.assert_allclose(line[0], 0) and np.testing.assert_allclose(line[-1], 1)
    np.testing.assert_allclose(line[2], 0.5)


def _classifier(labels, confidence):
    def predict(images):
        probabilities = np.full((len(images), 10), (1 - confidence) / 9)
        probabilities[np.arange(len(images)), labels] = confidence
        return probabilities

    return predict


def test_digit_score_counts_confident_samples_and_needs_every_digit():
    images = np.zeros((100, 28, 28, 1))
    every_digit = np.arange(100) % 10
    assert gan_measures.digit_score(images, _classifier(every_digit, 0.95))["score"] == 1.0
    assert gan_measures.digit_score(images, _classifier(every_digit, 0.5))["score"] == 0.0
    only_ones = gan_measures.digit_score(images, _classifier(np.ones(100, int), 0.99))
    assert only_ones["confident"] == 1.0 and only_ones["classes"] == 1 and only_ones["score"] == 0.0


def test_an_interpolation_of_ten_frames_is_drawn_as_two_rows_of_five():
    from kplay.render.gan import TILE_SCALE, frames_figure
    from kplay.render.pictures import pixels_of

    frames = np.zeros((10, 28, 28), dtype="uint8")
    picture = pixels_of(frames_figure(frames, "walk").data[0])
    tile = (28 + 2) * TILE_SCALE
    assert picture.shape[0] == 2 * tile + 2 * TILE_SCALE and picture.shape[1] == 5 * tile + 2 * TILE_SCALE
