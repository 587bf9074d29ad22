"""The CNN page's pure pieces: picture preparation, confidently-wrong selection, renderers."""

import io

import numpy as np
import pytest
from PIL import Image

from kplay.inputs import images
from kplay.errors import KplayError
from kplay.render import convolution
from kplay.render.pictures import pixels_of
from kplay.render.style import shown_title
from kplay.training.conv_reports import most_confidently_wrong

DIGITS = tuple(str(d) for d in range(10))


def png(array: np.ndarray, format: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format=format)
    return buffer.getvalue()


def stroke_on_paper(size: int = 200) -> np.ndarray:
    """A dark vertical bar, off-centre and small, on white paper."""
    paper = np.full((size, size, 3), 255, dtype="uint8")
    paper[20:80, 30:40] = 0
    return paper


def test_an_off_centre_dark_stroke_on_paper_becomes_a_centred_bright_mnist_digit():
    rgb = images.read_upload(png(stroke_on_paper()))
    digit = images.to_model_input(rgb, (28, 28, 1))
    assert digit.shape == (1, 28, 28, 1)
    assert digit.max() == pytest.approx(1.0) and digit[0, 0, 0, 0] == 0  # bright strokes on black
    rows, cols = np.nonzero(digit[0, ..., 0] > 0.5)
    assert rows.max() - rows.min() + 1 == 20  # scaled so its long side fills the 20-pixel box
    ys, xs = np.indices((28, 28))
    weight = digit[0, ..., 0]
    assert abs((ys * weight).sum() / weight.sum() - 13.5) <= 1 and abs((xs * weight).sum() / weight.sum() - 13.5) <= 1


def test_a_blank_drawing_gives_no_input():
    empty_canvas = np.zeros((280, 280, 4), dtype="uint8")  # transparent: nothing drawn
    assert images.to_model_input(images.from_canvas(empty_canvas), (28, 28, 1)) is None
    assert images.to_model_input(np.ones((50, 50, 3), dtype="float32"), (8, 8, 1)) is None


def test_colour_inputs_are_resized_only():
    rgb = np.random.default_rng(0).random((64, 48, 3)).astype("float32")
    assert images.to_model_input(rgb, (32, 32, 3)).shape == (1, 32, 32, 3)


@pytest.mark.parametrize("data, message", [
    (b"not an image at all", "could not be read"),
    (png(np.zeros((10, 10), dtype="uint8"), "GIF"), "Only PNG and JPEG"),
    (b"\x89PNG" + b"0" * (images.MAX_UPLOAD_BYTES + 1), "too large"),
    (png(np.zeros((10, 10, 3), dtype="uint8"))[:40], "could not be read"),  # truncated
])
def test_bad_uploads_are_refused_with_a_message(data, message):
    with pytest.raises(KplayError, match=message):
        images.read_upload(data)


def test_jpeg_uploads_are_read():
    assert images.read_upload(png(stroke_on_paper(), "JPEG")).shape == (200, 200, 3)


def test_most_confidently_wrong_sorts_by_confidence_and_skips_right_answers():
    x = np.arange(5, dtype="float32").reshape(5, 1, 1, 1)
    true = np.array([0, 1, 1, 0, 1])
    probabilities = np.array([[0.9, 0.1], [0.6, 0.4], [0.2, 0.8], [0.3, 0.7], [0.95, 0.05]])
    wrong = most_confidently_wrong(x, true, probabilities, count=5)
    assert list(wrong["index"]) == [4, 3, 1]
    assert list(wrong["predicted"]) == [0, 1, 0] and list(wrong["true"]) == [1, 0, 1]
    assert list(wrong["images"][:, 0, 0, 0]) == [4, 3, 1]


def test_filter_grids_for_grey_and_colour_kernels():
    grey = convolution.filters_figure(np.random.default_rng(0).normal(size=(12, 3, 3, 1)))
    z = np.array(grey.data[0].z, dtype=float)
    assert np.nanmax(np.abs(z)) == pytest.approx(1.0)  # each filter at full contrast
    assert "12 of 3x3" in shown_title(grey.layout)
    colour = convolution.filters_figure(np.random.default_rng(0).normal(size=(4, 5, 5, 3)))
    assert pixels_of(colour.data[0]).shape[-1] == 3


def test_feature_maps_draw_one_labelled_row_per_layer():
    layers = [
        {"name": "conv_1", "shape": (28, 28, 16), "maps": np.random.default_rng(0).random((28, 28, 16))},
        {"name": "pool_1", "shape": (14, 14, 16), "maps": np.zeros((14, 14, 16))},  # all dark: no division by zero
    ]
    figure = convolution.feature_maps_figure(layers)
    labels = [a.text for a in figure.layout.annotations]
    assert labels == ["conv_1 · 28x28x16", "pool_1 · 14x14x16"]
    z = np.array(figure.data[0].z, dtype=float)
    assert np.nanmax(z) == pytest.approx(1.0) and np.nanmin(z) == 0
    # Its plot is as tall as the maps are at the width of their column (two thirds of the main
    # one), not of the whole main column: that left 290 px of white under them in chromium.
    plot = figure.layout.height - figure.layout.margin.t - figure.layout.margin.b
    assert plot == pytest.approx(convolution.MAPS_WIDTH * z.shape[0] / z.shape[1], abs=12)
    assert convolution.MAPS_WIDTH < 420


def test_probabilities_name_the_prediction_and_the_truth():
    p = np.full(10, 0.02)
    p[7] = 0.82
    figure = convolution.probabilities_figure(p, DIGITS, true=1)
    assert shown_title(figure.layout) == "Prediction: 7 (82%) · true: 1"


def test_probabilities_worth_reading_are_written_above_their_bars_in_readable_type():
    p = np.full(10, 0.02)
    p[3], p[7] = 0.16, 0.66
    bars = convolution.probabilities_figure(p, DIGITS).data[0]
    assert list(bars.text) == ["", "", "", "16%", "", "", "", "66%", "", ""]
    assert bars.constraintext == "none" and bars.textfont.size >= 14  # Plotly shrank them to a bar's width
