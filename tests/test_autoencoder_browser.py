"""End to end in chromium: train the default autoencoder, watch its reconstruction grid change, stop, decode."""

import contextlib
import os
import time

import pytest

from browser import ARTIFACTS, IMAGE_FINGERPRINT_JS

PlaywrightTimeout = pytest.importorskip("playwright.sync_api").TimeoutError

def test_autoencoder_reconstructions_change_while_training(server, page):
    page.set_default_timeout(120_000)  # a busy machine is slow to paint, not wrong (it failed once in CI at 60 s)
    # More epochs than the default's 15: on a busy machine a short run can end between two of the
    # grid's refreshes (CI saw one grid, then 'Finished'), and the test is about the refreshes.
    page.goto(server + "/autoencoder?epochs=60")
    page.get_by_text("57,268 parameters").first.wait_for(timeout=180_000)  # the page has drawn to its end
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    seen = []  # each grid once, in the order shown, with whether the run had finished when it was read
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(seen) < 2:
        grid = page.evaluate(IMAGE_FINGERPRINT_JS, "What the autoencoder rebuilds")
        finished = page.get_by_text("Finished", exact=True).count() > 0  # read after the grid: it was drawn before
        if grid and (not seen or grid != seen[-1][0]):
            seen.append((grid, finished))
        if finished:  # nothing changes once the run has ended
            break
        page.wait_for_timeout(200)
    if not seen or seen[0][1]:  # what the page showed instead (a CI run once waited out its 240 s here)
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "autoencoder-no-grid.png"), full_page=True)
        text = page.locator('[data-testid="stMain"]').inner_text()
        shown = text[text.find("Stop"):][:400]  # from the buttons on: the status line, then the results
        pytest.fail(f"no reconstruction grid was shown while training: {seen}; the page read: {shown!r}")
    assert len(seen) >= 2, f"the reconstruction grid did not change after it was first shown: {seen}"

    # Stopped (or finished), the decoder explorer answers from the trained model.
    stop = page.get_by_role("button", name="Stop")
    if stop.is_enabled():
        with contextlib.suppress(PlaywrightTimeout):  # training may end on its own meanwhile
            stop.click(timeout=10_000)
    page.get_by_text("Decoder explorer").first.wait_for(timeout=60_000)
    page.get_by_text("Decoded at").first.wait_for(timeout=90_000)
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "autoencoder.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
