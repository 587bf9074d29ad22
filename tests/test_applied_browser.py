"""The applied page in chromium: the augmentation preview follows a slider, and a tiny comparison trains."""

import os

from browser import ARTIFACTS

PREVIEW = '[data-testid="stImageContainer"] img'


def slider(page, label: str):
    return page.locator('[data-testid="stSlider"]').filter(has_text=label).get_by_role("slider").first


def test_preview_follows_the_sliders_and_the_comparison_trains(server, page):
    try:
        check_preview_and_training(server, page)
    finally:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "applied.png"), full_page=True, timeout=120_000)


def check_preview_and_training(server, page):
    page.goto(server + "/applied")
    page.get_by_text("Augmentation strengths").first.wait_for(timeout=300_000)
    page.locator(PREVIEW).first.wait_for(state="attached", timeout=300_000)
    before = page.locator(PREVIEW).first.get_attribute("src")
    rotation = slider(page, "Rotation")
    rotation.focus()
    for _ in range(5):
        rotation.press("ArrowRight")
    page.wait_for_function(f"src => document.querySelector('{PREVIEW}').src !== src", arg=before, timeout=60_000)
    assert page.locator(PREVIEW).first.get_attribute("src") != before

    # A tiny run: the smallest subset, two epochs.
    slider(page, "Training images").focus()
    page.keyboard.press("Home")
    epochs = slider(page, "Epochs")
    epochs.focus()
    page.keyboard.press("Home")
    epochs.press("ArrowRight")
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Train", exact=True).first.click()  # not the "Train longer" preset
    page.get_by_text("points validation accuracy").first.wait_for(timeout=600_000)
    page.wait_for_timeout(1500)
    assert page.get_by_text("Traceback").count() == 0
