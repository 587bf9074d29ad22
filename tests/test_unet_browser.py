"""End to end in chromium: train a small segmentation on /unet, watch the mask grid change, then draw on it."""

import os
import time

from browser import ARTIFACTS

# Plotly draws each chart's title as SVG text; the grid's subtitle line carries the shown masks' IoU.
GRID_TITLES_JS = """() => Array.from(document.querySelectorAll('.gtitle'))
  .filter(node => node.textContent.toLowerCase().startsWith('validation images'))
  .map(node => node.textContent + ' · ' + (node.parentNode.querySelector('.gtitle-subtitle') || {}).textContent)
  .join(' | ')"""


def test_unet_mask_grid_changes_while_training_then_a_drawn_circle_gets_a_mask(server, page):
    page.set_default_timeout(120_000)  # a busy machine is slow to paint, not wrong
    page.goto(server + "/unet")
    page.get_by_role("button", name="Train").wait_for(timeout=180_000)  # generous: shared CI machines
    page.locator("button", has_text="Quick look: small and fast").first.click()
    page.get_by_text("the masks go from noise to shapes").first.wait_for()  # the preset's note (its tooltip may show too)
    page.wait_for_timeout(3000)  # the preset's rerun, and the spare worker importing TensorFlow
    page.get_by_role("button", name="Train").click()

    grids = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        grids.append(page.evaluate(GRID_TITLES_JS))
        if page.get_by_text("Finished").count():
            break
        page.wait_for_timeout(250)
    page.wait_for_timeout(2000)  # the results fragment's last refresh
    grids.append(page.evaluate(GRID_TITLES_JS))
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "unet.png"), full_page=True, timeout=120_000)
    distinct = sorted(set(g for g in grids if g))
    assert len(distinct) >= 2, f"the mask grid did not change while training: {distinct}"

    page.get_by_text("Try the trained network").wait_for(timeout=30_000)
    assert page.get_by_text("Traceback").count() == 0
    draw_a_circle_and_see_its_mask(page)


def draw_a_circle_and_see_its_mask(page):
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
        page.screenshot(path=os.path.join(ARTIFACTS, "unet_draw.png"), full_page=True, timeout=120_000)
    assert [captions.nth(i).inner_text() for i in range(captions.count())] == ["predicted", "overlay"]
    assert page.get_by_text("The predicted mask appears here").count() == 0
    assert page.get_by_text("Traceback").count() == 0
