"""Drawing a picture for the trained UNET: the canvas pixels as the model's input, and the page's wiring."""

from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image, ImageDraw

from kplay.inputs import images
from kplay.ui import picture_input

SHEET = picture_input.SHAPES.background


def _canvas(shapes: bool, opaque_sheet: bool = True) -> np.ndarray:
    """RGBA pixels as the canvas sends them: the sheet colour (or transparent) with a filled circle."""
    side = picture_input.SHAPES.side
    sheet = (*(round(c * 255) for c in images.hex_rgb(SHEET)), 255) if opaque_sheet else (0, 0, 0, 0)
    image = Image.new("RGBA", (side, side), sheet)
    if shapes:
        ImageDraw.Draw(image).ellipse((64, 64, 192, 192), fill=(242, 201, 76, 255))
    return np.asarray(image)


@pytest.mark.parametrize("opaque_sheet", [True, False])
def test_a_drawn_circle_becomes_a_picture_of_the_trained_size_on_the_sheet_colour(opaque_sheet):
    picture = images.drawing_as_picture(_canvas(True, opaque_sheet), images.hex_rgb(SHEET), 32)
    assert picture.shape == (32, 32, 3) and picture.dtype == np.float32
    assert np.allclose(picture[0, 0], images.hex_rgb(SHEET), atol=1 / 255)  # the corner is the sheet
    assert np.allclose(picture[16, 16], np.array([242, 201, 76]) / 255, atol=1 / 255)  # the centre is the shape
    assert 0 <= picture.min() and picture.max() <= 1


def test_an_empty_canvas_is_no_picture():
    assert images.drawing_as_picture(_canvas(False), images.hex_rgb(SHEET), 64) is None
    assert images.drawing_as_picture(_canvas(False, opaque_sheet=False), images.hex_rgb(SHEET), 64) is None


def test_the_digit_canvas_still_composites_over_white():
    rgba = np.zeros((4, 4, 4), dtype="uint8")  # transparent everywhere
    assert np.allclose(images.from_canvas(rgba), 1.0)


def test_a_drawing_on_the_unet_page_shows_its_predicted_mask_beside_the_canvas(monkeypatch):
    from apptest import open_page, train_to_end

    calls = []

    def fake_canvas(**arguments):  # the component itself runs only in a browser
        calls.append(arguments)
        return SimpleNamespace(image_data=_canvas(True))

    monkeypatch.setattr(picture_input, "st_canvas", fake_canvas)
    at = open_page("pages/unet.py")
    for name, value in {"image_size": 32, "images": 60, "depth": 2, "base_filters": 4, "epochs": 1}.items():
        at.session_state[f"unet.{name}"] = value
    at.run()
    train_to_end(at, "unet", timeout=300)
    assert at.radio(key="unet.source").value == "draw"  # drawing is offered first when the canvas exists
    assert calls and calls[-1]["background_color"] == SHEET and calls[-1]["drawing_mode"] == "circle"
    assert not at.error, [e.value for e in at.error]
    shown = at.get("image")
    assert len(shown) == 1 and len(shown[0].proto.imgs) == 2  # the predicted mask and the overlay
    at.segmented_control(key="unet.draw.tool").set_value("polygon").run()
    assert calls[-1]["drawing_mode"] == "polygon"
