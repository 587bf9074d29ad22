"""End to end in chromium: the DCGAN's fixed-noise grid changes while it trains; then the timeline."""

import os
import time

from browser import ARTIFACTS

# A checksum of the sample grid's pixels, or null while it is not on the page.
GRID_JS = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(
    p => p.layout && p.layout.title && String(p.layout.title.text || '').startsWith('Samples from'));
  if (!plot || !plot.data || !plot.data[0].z) return null;
  let sum = 0, i = 0;
  const walk = v => { if (v && typeof v === 'object' && v.length !== undefined) { for (const x of v) walk(x); }
                      else { i += 1; if (i % 7 === 0) sum += Number(v) * (i % 13); } };
  walk(plot.data[0].z);
  return sum;
}"""


def test_dcgan_grid_changes_while_training_in_the_browser(server, page):
    page.set_default_timeout(120_000)  # a busy machine is slow to paint, not wrong
    page.goto(server + "/gan")
    page.get_by_role("button", name="Train").wait_for(timeout=180_000)
    page.locator("button", has_text="Book ch.7: DCGAN on MNIST").first.click()
    page.get_by_text("The grid starts as grey noise").wait_for(timeout=30_000)  # the book preset's note
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    seen = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and len(set(seen)) < 3:
        checksum = page.evaluate(GRID_JS)
        if checksum is not None and (not seen or checksum != seen[-1]):
            seen.append(checksum)
        page.wait_for_timeout(300)
    if len(set(seen)) < 3:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "gan-not-changing.png"), full_page=True)
    assert len(set(seen)) >= 3, f"the sample grid did not change while training: {seen}"

    page.get_by_role("button", name="Stop").click()
    try:
        page.get_by_text("Timeline: kept sample grids").wait_for()
        page.get_by_text("From sample 1 to sample 2").first.wait_for()
    finally:  # also when it fails: the picture says why
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "gan.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
