"""GAN model files: both networks side by side in one .keras file, checked by shape, continued or sampled."""

import numpy as np
import pytest

from kplay.inputs import model_files
from kplay.errors import ConfigError
from kplay.models import AugmentConfig, DenseConfig, GanConfig, spec_for

TINY = dict(kind="1d", generator_width=8, discriminator_width=8, batch_size=64, seed=5)
LIMIT = 256  # real samples per epoch


def test_a_gan_page_takes_one_file_of_both_networks_and_the_pair_pages_none():
    config = GanConfig(**TINY)
    assert model_files.takes_files(config, spec_for(config))
    assert model_files.takes_files(DenseConfig(), spec_for(DenseConfig()))
    assert not model_files.takes_files(AugmentConfig(), spec_for(AugmentConfig()))
    assert model_files.expected_networks(spec_for(config)) == {"generator": ((8,), (1,)), "discriminator": ((1,), (1,))}
    image = GanConfig(kind="image", latent_size=16)
    assert model_files.expected_networks(spec_for(image))["generator"] == ((16,), (28, 28, 1))


def test_the_network_check_names_what_is_missing_or_does_not_fit():
    expected = {"generator": ((8,), (1,)), "discriminator": ((1,), (1,))}
    fitting = {"generator": ((None, 8), (None, 1)), "discriminator": ((None, 1), (None, 1))}
    whole = ([(None, 8), (None, 1)], [(None, 1), (None, 1)])
    assert model_files.networks_in_file(expected, fitting, whole) == ("generator", "discriminator")
    with pytest.raises(ConfigError, match="generator and the discriminator side by side.*has no discriminator"):
        model_files.networks_in_file(expected, {"generator": fitting["generator"]}, whole)
    with pytest.raises(ConfigError, match="file's generator maps 16 to 1, but the generator of these settings maps 8 to 1"):
        model_files.networks_in_file(expected, {**fitting, "generator": ((None, 16), (None, 1))}, whole)
    with pytest.raises(ConfigError, match="file's discriminator maps 28 x 28 x 1 to 1"):
        model_files.networks_in_file(expected, {**fitting, "discriminator": ((None, 28, 28, 1), (None, 1))}, whole)


def test_a_generator_saved_alone_can_predict_but_not_continue():
    expected = {"generator": ((8,), (1,)), "discriminator": ((1,), (1,))}
    alone = ((None, 8), (None, 1))
    assert model_files.networks_in_file(expected, {}, alone, train=False) == ("generator",)
    with pytest.raises(ConfigError, match="one network, which fits the generator: it can draw samples"):
        model_files.networks_in_file(expected, {}, alone, train=True)
    with pytest.raises(ConfigError, match="file's model maps 16 to 1, but the generator of these settings maps 8 to 1"):
        model_files.networks_in_file(expected, {}, ((None, 16), (None, 1)), train=False)


# --- the worker side, in this process (it imports Keras, as the worker does)
@pytest.fixture(scope="module")
def trained_file():
    """A tiny 1-D GAN, saved as the page's download (untrained: its random weights are as telling)."""
    pytest.importorskip("keras")
    from kplay.training import model_io
    from kplay.training.families import gan

    setup = gan.setup(GanConfig(**TINY), LIMIT)
    model_io.answer_model_file(setup)
    return setup, setup.queries["model_file"]()["data"]


def test_the_download_holds_both_networks_and_an_upload_continues_with_them(trained_file):
    from kplay.training import model_io
    from kplay.training.families import setup_for

    trained, data = trained_file
    assert model_files.upload_problem(data) is None
    setup = model_io.setup_with_file(setup_for, GanConfig(**TINY), LIMIT, data)
    noise = np.random.default_rng(0).normal(size=(16, 8)).astype("float32")
    for title in ("Generator", "Discriminator"):
        assert setup.networks[title].name == title.lower()
    np.testing.assert_allclose(setup.networks["Generator"](noise), trained.networks["Generator"](noise), atol=1e-6)
    history = setup.model.fit(setup.x, epochs=1, batch_size=64, verbose=0).history
    assert np.isfinite(history["g_loss"][-1]) and np.isfinite(history["d_loss"][-1])


def test_uploads_that_do_not_fit_the_settings_are_refused_with_a_message(trained_file):
    from kplay.training import model_io
    from kplay.training.families import setup_for

    trained, data = trained_file
    with pytest.raises(ConfigError, match="generator maps 8 to 1, but the generator of these settings maps 4 to 1"):
        model_io.setup_with_file(setup_for, GanConfig(**{**TINY, "latent_size": 4}), LIMIT, data)
    with pytest.raises(ConfigError, match="generator maps 8 to 1, but the generator of these settings maps 8 to 28 x 28 x 1"):
        model_io.setup_with_file(setup_for, GanConfig(**{**TINY, "kind": "image"}), LIMIT, data)
    alone = model_io.model_bytes(trained.networks["Generator"])  # a generator saved on its own
    with pytest.raises(ConfigError, match="To continue training, upload the file this page downloads"):
        model_io.setup_with_file(setup_for, GanConfig(**TINY), LIMIT, alone)


class Sent(list):
    """Stands in for the worker's pipe to the page: keeps what is sent."""

    def send(self, message):
        self.append(message)


@pytest.mark.parametrize("what", ["both networks", "the generator alone"])
def test_predicting_with_a_downloaded_gan_draws_what_it_drew_when_saved(trained_file, what):
    from kplay.training import model_io
    from kplay.training.families import setup_for

    trained, data = trained_file
    if what == "the generator alone":
        data = model_io.model_bytes(trained.networks["Generator"])
    setup = model_io.setup_with_file(setup_for, GanConfig(**TINY), LIMIT, data, train=False)
    sent = Sent()
    model_io.evaluate_only(sent, setup)  # what the worker does for "Predict"
    (_, report), (_, end) = sent
    assert end["status"] == "finished" and "Generated mean" in end["message"]
    # Same fixed noise, same generator: the same samples, so the same statistics.
    expected = trained.report()
    assert report["fake_mean"] == pytest.approx(expected["fake_mean"], abs=1e-5)
    assert report["fake_std"] == pytest.approx(expected["fake_std"], abs=1e-5)


def test_predicting_with_a_gan_told_the_digit_draws_its_grid_without_evaluating():
    pytest.importorskip("keras")
    from kplay.training import model_io
    from kplay.training.families import gan, setup_for

    told = GanConfig(kind="image", conditional=True, latent_size=8, generator_width=8, discriminator_width=8)
    trained = gan.setup(told, LIMIT)
    model_io.answer_model_file(trained)
    setup = model_io.setup_with_file(setup_for, told, LIMIT, trained.queries["model_file"]()["data"], train=False)
    assert setup.y is not None  # the digits it is told: a GAN has no loss to evaluate them with
    sent = Sent()
    model_io.evaluate_only(sent, setup)
    (_, report), (_, end) = sent
    assert end["status"] == "finished"
    np.testing.assert_array_equal(report["grid"], trained.report()["grid"])


def test_the_gan_page_offers_the_model_file_and_says_what_it_holds():
    from apptest import open_page

    at = open_page("pages/gan.py")
    assert "Model file" in [e.label for e in at.expander]
    note = " ".join(c.value for c in at.caption)
    assert "generator + discriminator side by side" in note and 'get_layer("generator")' in note
    assert at.get("file_uploader")
