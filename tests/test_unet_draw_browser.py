"""End to end in chromium: after a tiny UNET run, draw a circle on the canvas and see its predicted mask."""

import os

import pytest

from browser import ARTIFACTS


@pytest.fixture(scope="module", autouse=True)
def trained_model_waits():
    """Keep the finished run's worker for the drawing (the test default of 30 s is short on a busy machine)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KPLAY_SERVE_SECONDS", "180")
        yield


def test_a_circle_drawn_after_training_gets_a_predicted_mask(server, page):
    page.goto(server + "/unet?image_size=32&images=100&depth=2&base_filters=4&epochs=2")
    page.get_by_role("button", name="Train").wait_for(timeout=120_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()
    page.get_by_text("Finished").first.wait_for(timeout=240_000)
    captions = page.get_by_test_id("stImageCaption")
    try:
        page.get_by_text("The predicted mask appears here").wait_for(timeout=60_000)  # the empty canvas: a hint
        canvas = page.locator("canvas.upper-canvas").first
        canvas.scroll_into_view_if_needed()
        box = canvas.bounding_box()
        page.mouse.move(box["x"] + 70, box["y"] + 70)
        page.mouse.down()
        page.mouse.move(box["x"] + 150, box["y"] + 150, steps=8)
        page.mouse.up()
        # The canvas sends the drawing on mouse-up; the rerun puts the mask and overlay where the hint was.
        captions.filter(has_text="overlay").first.wait_for(timeout=90_000)
    finally:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "unet_draw.png"), full_page=True, timeout=120_000)
    assert [captions.nth(i).inner_text() for i in range(captions.count())] == ["predicted", "overlay"]
    assert page.get_by_text("The predicted mask appears here").count() == 0
    assert page.get_by_text("Traceback").count() == 0
