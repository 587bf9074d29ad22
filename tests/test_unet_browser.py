"""End to end in chromium: train a small segmentation on /unet and watch the mask grid change."""

import os
import time

from browser import ARTIFACTS

# Plotly draws each chart's title as SVG text; the grid's title carries the shown masks' IoU.
GRID_TITLES_JS = """() => Array.from(document.querySelectorAll('.gtitle'))
  .map(node => node.textContent).filter(text => text.toLowerCase().startsWith('validation images')).join(' | ')"""


def test_unet_segmentation_mask_grid_changes_while_training(server, page):
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
