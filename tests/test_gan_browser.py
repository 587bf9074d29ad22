"""End to end in chromium: the DCGAN's fixed-noise grid changes while it trains; then the timeline."""

import os
import time

from browser import ARTIFACTS, IMAGE_FINGERPRINT_JS


def test_dcgan_grid_changes_while_training_in_the_browser(server, page):
    page.set_default_timeout(120_000)  # a busy machine is slow to paint, not wrong
    page.goto(server + "/gan")
    page.get_by_role("button", name="Train").wait_for(timeout=180_000)
    page.locator("button", has_text="DCGAN on MNIST, told the digit").first.click()
    # The preset's note (the button's tooltip, still under the pointer, says the same).
    page.locator('[data-testid="stAlert"]').filter(has_text="Each column is asked for one digit").wait_for(timeout=30_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    seen = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(set(seen)) < 2:
        grid = page.evaluate(IMAGE_FINGERPRINT_JS, "Samples from the same fixed noise")  # the grid's pixels
        if grid is not None and (not seen or grid != seen[-1]):
            seen.append(grid)
        page.wait_for_timeout(300)
    if len(set(seen)) < 2:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "gan-not-changing.png"), full_page=True)
    assert len(set(seen)) >= 2, f"the sample grid did not change while training: {seen}"

    page.get_by_role("button", name="Stop").click()
    try:
        page.get_by_text("Timeline: kept sample grids").wait_for()
        page.get_by_text("From sample 1 to sample 2").first.wait_for()
        page.get_by_text("each column is asked for one digit", exact=False).first.wait_for()
    finally:  # also when it fails: the picture says why
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "gan.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
