"""The autoencoder page through AppTest: tiny runs on 8x8 digits, curves, grid, map and explorer."""

import base64

import numpy as np
from apptest import charts, open_page, points, train_to_end


def values(trace: dict, axis: str = "x") -> np.ndarray:
    """A trace's coordinates, whether plotly sent them as a list or as typed binary data."""
    data = trace[axis]
    if isinstance(data, dict):
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"])
    return np.asarray(data)


def text_of(at) -> str:
    return " ".join(m.value for m in at.markdown) + " " + " ".join(c.value for c in at.caption)


def test_dense_autoencoder_trains_and_shows_reconstructions_map_and_decoder():
    at = open_page("pages/autoencoder.py")
    assert "57,268 parameters" in text_of(at)  # 784-36-784, before training
    at.selectbox(key="autoencoder.dataset").set_value("digits8")
    at.slider(key="autoencoder.latent_size").set_value(8)
    at.slider(key="autoencoder.epochs").set_value(2)
    at.run()
    assert "1,096 parameters" in text_of(at)  # 64-8-64 follows the sliders
    train_to_end(at, "autoencoder", timeout=300)
    found = charts(at)
    assert points(found["Loss (dashed: validation)"], "run 1: validation") == 2
    assert points(found["Test reconstruction error (MSE)"], "run 1") == 2
    grid = next(spec for title, spec in found.items() if title.startswith("What the autoencoder rebuilds"))
    assert [a["text"] for a in grid["layout"]["annotations"]] == ["<b>Test originals</b>", "<b>Reconstructions</b>"]
    latent = found["Latent map · test codes projected to 2-D (PCA)"]
    assert sum(len(values(trace)) for trace in latent["data"] if trace["name"] != "decoded point") > 50
    assert {trace["name"] for trace in latent["data"]} >= {"0", "9", "decoded point"}

    # The decoder explorer: moving a slider decodes a new point and moves the cross.
    assert len(at.image) == 1, "no decoded image after training"
    before = at.image[0].value[0]
    at.slider(key="autoencoder.explore_x").set_value(0.8).run()
    assert not at.exception, at.exception
    cross = next(t for t in charts(at)["Latent map · test codes projected to 2-D (PCA)"]["data"] if t["name"] == "decoded point")
    assert values(cross)[0] > 0
    assert at.image[0].value[0] != before
    assert at.image[0].captions[0].startswith("Decoded at")


def test_denoising_shows_the_noisy_row_and_impossible_settings_are_refused():
    at = open_page("pages/autoencoder.py")
    at.selectbox(key="autoencoder.kind").set_value("conv").run()
    at.slider(key="autoencoder.conv_blocks").set_value(3).run()
    assert "at most 2 blocks" in at.error[0].value
    assert at.button(key="autoencoder.train").disabled

    at.selectbox(key="autoencoder.dataset").set_value("digits8").run()  # 8x8 halves three times
    assert not at.error
    at.toggle(key="autoencoder.denoising").set_value(True)
    at.slider(key="autoencoder.epochs").set_value(1)
    at.run()
    train_to_end(at, "autoencoder", timeout=300)
    grid = next(spec for title, spec in charts(at).items() if title.startswith("What the autoencoder rebuilds"))
    assert [a["text"] for a in grid["layout"]["annotations"]][1] == "<b>Noisy inputs</b>"
