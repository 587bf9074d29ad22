"""End to end in chromium: train the autoencoder on 8x8 digits and watch its reconstruction grid change."""

import os
import time

from browser import ARTIFACTS

# A cheap fingerprint of the reconstruction grid's pixels (plotly may hold them as nested
# arrays or as typed binary data), or null while the grid is not on the page.
GRID_JS = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(
    p => p.layout && p.layout.title && String(p.layout.title.text).startsWith('What the autoencoder rebuilds'));
  if (!plot || !plot.data || !plot.data.length) return null;
  const z = plot.data[0].z;
  const text = typeof z === 'object' && z && z.bdata ? z.bdata : JSON.stringify(z);
  let hash = 0;
  for (let i = 0; i < text.length; i += 7) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash + ':' + text.length;
}"""


def test_autoencoder_reconstructions_change_while_training(server, page):
    page.goto(server + "/autoencoder")
    page.get_by_role("button", name="Train").wait_for(timeout=60_000)
    page.get_by_test_id("stSelectbox").filter(has_text="Data set").click()
    page.get_by_role("option", name="Small digits 8x8").click()
    page.get_by_text("4,708 parameters").first.wait_for(timeout=20_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    grids = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        grids.append(page.evaluate(GRID_JS))
        if page.get_by_text("Finished").count():
            break
        page.wait_for_timeout(200)
    page.wait_for_timeout(2000)  # the results fragment draws the last report
    grids.append(page.evaluate(GRID_JS))
    seen = [g for g in grids if g]
    assert len(set(seen)) >= 2, f"the reconstruction grid did not change while training: {seen[:3]}..."

    page.get_by_text("Decoder explorer").first.wait_for(timeout=20_000)
    page.get_by_text("Decoded at").first.wait_for(timeout=30_000)
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "autoencoder.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
