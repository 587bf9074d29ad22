"""The GAN family with Keras: summaries match real models, and train_step makes both players learn."""

import numpy as np
import pytest

from kplay.models import GanConfig, spec_for

keras = pytest.importorskip("keras")
from kplay.training.families import gan as family  # noqa: E402
from test_models import assert_summary_matches_keras  # noqa: E402


@pytest.mark.parametrize("kind", ["1d", "image"])
def test_keras_free_summaries_match_the_built_networks(kind):
    for spec in spec_for(GanConfig(kind=kind, generator_width=16, discriminator_width=8)).values():
        assert_summary_matches_keras(spec)


def test_train_step_lowers_the_discriminator_loss_on_a_separable_case():
    # Real samples far from where a (barely learning) generator puts its samples near 0.
    keras.utils.set_random_seed(0)
    config = GanConfig(target_mean=8.0, target_std=0.25, learning_rate=1e-5, discriminator_learning_rate=0.01)
    gan = family.build_gan(config)
    real = family.real_data(config, limit=512)
    history = gan.fit(real, batch_size=64, epochs=4, verbose=0).history
    assert set(history) >= {"d_loss", "g_loss", "d_real", "d_fake"}
    assert history["d_loss"][-1] < 0.5 * history["d_loss"][0]
    assert history["d_real"][-1] > 0.9 and history["d_fake"][-1] < 0.1


def test_the_1d_gan_moves_its_generated_mean_to_the_target_within_a_few_hundred_steps():
    keras.utils.set_random_seed(0)
    config = GanConfig(target_mean=4.0, target_std=1.25, learning_rate=0.001, discriminator_learning_rate=0.001)
    setup = family.setup(config)
    before = setup.epoch_extras({})["mean_gap"]
    setup.model.fit(setup.x, batch_size=64, epochs=8, verbose=0)  # 8 x 32 = 256 steps
    after = setup.epoch_extras({})
    assert before > 3.0 and after["mean_gap"] < 0.5, (before, after)
    report = setup.report()
    assert report["real_density"].shape == report["fake_density"].shape == (len(report["edges"]) - 1,)
    assert 0 <= report["curve_d"].min() and report["curve_d"].max() <= 1


def test_the_image_gan_reports_a_fixed_noise_grid_and_answers_queries():
    config = GanConfig(kind="image", latent_size=8, generator_width=8, discriminator_width=8, epochs=1)
    setup = family.setup(config, limit=128)
    assert setup.y is None and setup.x.min() >= -1 and setup.x.max() <= 1
    setup.model.fit(setup.x, batch_size=64, epochs=1, verbose=0)
    first, second = setup.report(), setup.report()
    assert first["grid"].shape == (36, 28, 28) and first["grid"].dtype == np.uint8  # a 6x6 grid
    np.testing.assert_array_equal(first["frame"], second["frame"])  # the same noise every time
    frames = setup.queries["interpolate"](start=0, end=5, steps=7)["frames"]
    assert frames.shape == (7, 28, 28)
    np.testing.assert_array_equal(frames[0], first["grid"][0])
    images = setup.queries["samples"](count=10)["images"]
    assert images.shape == (10, 28, 28, 1) and 0 <= images.min() and images.max() <= 1


def test_a_gan_told_the_digit_learns_to_draw_the_digit_asked_for():
    # The bundled digits are sorted by class: the first 1 000 are 0s and 1s, far apart in pixels.
    keras.utils.set_random_seed(0)
    config = GanConfig(kind="image", conditional=True, latent_size=8, generator_width=16, discriminator_width=16,
                       learning_rate=0.002, discriminator_learning_rate=0.002, seed=0)
    setup = family.setup(config, limit=1000)
    assert setup.y.shape == (1000, 10) and set(setup.y.argmax(axis=1)) == {0, 1}
    assert setup.report()["grid"].shape == (40, 28, 28)  # four rows, a column per digit
    setup.model.fit(setup.x, setup.y, batch_size=64, epochs=8, verbose=0)
    asked = np.arange(100) % 10  # the samples query asks for digit i % 10
    drawn = setup.queries["samples"](count=100)["images"].reshape(100, -1)[asked < 2]
    real, digits = (setup.x.reshape(len(setup.x), -1) + 1) / 2, setup.y.argmax(axis=1)
    centres = np.stack([real[digits == d].mean(axis=0) for d in (0, 1)])
    nearest = ((drawn[:, None, :] - centres[None]) ** 2).sum(axis=-1).argmin(axis=1)
    assert (nearest == asked[asked < 2]).mean() >= 0.8  # 0.5 if the digit asked for made no difference
