"""End to end in chromium: train the default autoencoder, watch its reconstruction grid change, stop, decode."""

import contextlib
import os
import time

import pytest

from browser import ARTIFACTS, IMAGE_FINGERPRINT_JS

PlaywrightTimeout = pytest.importorskip("playwright.sync_api").TimeoutError

def test_autoencoder_reconstructions_change_while_training(server, page):
    page.set_default_timeout(120_000)  # a busy machine is slow to paint, not wrong (it failed once in CI at 60 s)
    page.goto(server + "/autoencoder")
    page.get_by_text("57,268 parameters").first.wait_for(timeout=180_000)  # the page has drawn to its end
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    grids = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(set(filter(None, grids))) < 3:
        grids.append(page.evaluate(IMAGE_FINGERPRINT_JS, "What the autoencoder rebuilds"))
        if page.get_by_text("Finished", exact=True).count():
            break
        page.wait_for_timeout(200)
    seen = [g for g in grids if g]
    assert len(set(seen)) >= 2, f"the reconstruction grid did not change while training: {seen[:3]}"

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
