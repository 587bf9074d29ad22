"""The GAN page through AppTest: tiny runs of both kinds, to the end, with their views."""

import numpy as np
from apptest import charts, open_page, points, train_to_end

from kplay.i18n import t
from kplay.render.gan import samples_figure
from kplay.render.pictures import MAIN_COLUMN


def test_1d_gan_trains_and_shows_histograms_d_curve_and_both_players_curves():
    at = open_page("pages/gan.py")
    text = " ".join(m.value for m in at.markdown)
    assert "**Generator**" in text and "**Discriminator**" in text  # one summary table each
    at.slider(key="gan.epochs").set_value(3)
    at.run()
    train_to_end(at, "gan", timeout=400)
    found = charts(at)
    assert points(found["Losses of D and G"], "D loss") == 3
    assert points(found["Losses of D and G"], "G loss") == 3
    assert points(found["Mean D(x) and D(G(z))"], "D(G(z)) on generated samples") == 3
    names = [trace["name"] for trace in found["Real vs generated samples, and D's verdict"]["data"]]
    assert names == ["real", "generated", "D(x): how real D thinks x is"]
    assert {m.label for m in at.metric} >= {"Real mean", "Generated mean", "Real std", "Generated std"}


def test_dcgan_trains_then_offers_a_timeline_and_a_latent_walk():
    at = open_page("pages/gan.py")
    at.radio(key="gan.kind").set_value("image").run()
    assert at.slider(key="gan.epochs").value == 30  # choosing a kind loads its first preset
    assert "DCGAN on MNIST" in " ".join(i.value for i in at.info)
    assert at.toggle(key="gan.conditional").value is True  # told the digit: a column per digit
    at.slider(key="gan.latent_size").set_value(8)
    at.slider(key="gan.generator_width").set_value(8)
    at.slider(key="gan.discriminator_width").set_value(8)
    at.slider(key="gan.epochs").set_value(2)
    at.select_slider(key="gan.batch_size").set_value(512)
    at.run()
    train_to_end(at, "gan", timeout=400)
    timeline = at.slider(key="gan.timeline.run 1")
    assert timeline.max >= 2 and timeline.value == timeline.max
    timeline_chart = next(chart for title, chart in charts(at).items() if title.startswith("After "))
    title = t("gan.timeline_title", seconds=1, epoch=1)  # a two-line title, as the page's
    full_width = samples_figure(np.zeros((40, 28, 28), "uint8"), title, 10, MAIN_COLUMN)
    assert timeline_chart["layout"]["height"] == full_width.layout.height  # not at half width beside the walk
    assert any("each column is asked for one digit" in caption.value for caption in at.caption)
    assert any("Too early to judge" in caption.value for caption in at.caption)  # 2 epochs: no mode-collapse warning
    assert not any("Mode collapse" in warning.value for warning in at.warning)
    assert at.number_input(key="gan.sample_b").max == 40  # four rows of ten digits
    timeline.set_value(1).run()
    assert "From sample 1 to sample 2" in charts(at), [w.value for w in at.warning]
    at.number_input(key="gan.sample_b").set_value(5).run()
    frames = charts(at)["From sample 1 to sample 5"]["data"][0]
    assert not at.exception and frames["type"] == "image"
