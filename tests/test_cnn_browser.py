"""End to end in chromium: train the CNN page on the 8x8 digits and see its result views appear."""

import os

from browser import ARTIFACTS


def test_cnn_trains_and_shows_what_it_learned(server, page):
    # A tiny run, set through the link: the 8x8 digits for 2 epochs.
    page.goto(server + "/cnn?dataset=digits8&epochs=2")
    page.get_by_role("button", name="Train").wait_for(timeout=120_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    page.get_by_text("Finished").first.wait_for(timeout=240_000)
    try:
        for title in ("Confusion matrix", "First-layer filters", "Most confidently wrong", "Feature maps, layer by layer"):
            view = page.get_by_text(title).first
            view.wait_for(state="attached", timeout=90_000)
            view.scroll_into_view_if_needed()
        page.get_by_text("Draw a digit in the box").wait_for(timeout=30_000)  # the hint, not a prediction, on an empty canvas
    finally:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "cnn.png"), full_page=True, timeout=120_000)
    assert page.get_by_text("Traceback").count() == 0
