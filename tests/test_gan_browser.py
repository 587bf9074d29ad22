"""End to end in chromium: the DCGAN's fixed-noise grid changes while it trains; then the timeline."""

import hashlib
import os
import time

import pytest

from browser import ARTIFACTS

PlaywrightError = pytest.importorskip("playwright.sync_api").Error


def test_dcgan_grid_changes_while_training_in_the_browser(server, page):
    page.set_default_timeout(120_000)  # a busy machine is slow to paint, not wrong
    page.goto(server + "/gan")
    page.get_by_role("button", name="Train").wait_for(timeout=180_000)
    page.locator("button", has_text="Book ch.7: DCGAN on MNIST").first.click()
    # The book preset's note (the button's tooltip, still under the pointer, says the same).
    page.locator('[data-testid="stAlert"]').filter(has_text="The grid starts as grey noise").wait_for(timeout=30_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    seen = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(set(seen)) < 2:
        grid = page.locator('[data-testid="stPlotlyChart"]').filter(has_text="Samples from the same fixed noise")
        try:  # what the learner sees: the grid's pixels
            checksum = hashlib.md5(grid.first.screenshot(timeout=10_000)).hexdigest() if grid.count() else None
        except PlaywrightError:  # redrawn while we looked: look again
            checksum = None
        if checksum is not None and (not seen or checksum != seen[-1]):
            seen.append(checksum)
        page.wait_for_timeout(300)
    if len(set(seen)) < 2:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "gan-not-changing.png"), full_page=True)
    assert len(set(seen)) >= 2, f"the sample grid did not change while training: {seen}"

    page.get_by_role("button", name="Stop").click()
    try:
        page.get_by_text("Timeline: kept sample grids").wait_for()
        page.get_by_text("From sample 1 to sample 2").first.wait_for()
    finally:  # also when it fails: the picture says why
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "gan.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
