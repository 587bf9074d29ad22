"""End to end in chromium: train the default autoencoder, watch its reconstruction grid change, stop, decode."""

import os
import time

from browser import ARTIFACTS

# A cheap fingerprint of the reconstruction grid's pixels (plotly may hold them as nested
# arrays or as typed binary data), or null while the grid is not on the page.
GRID_JS = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(
    p => p.layout && p.layout.title && String(p.layout.title.text).includes('What the autoencoder rebuilds'));
  if (!plot || !plot.data || !plot.data.length) return null;
  const z = plot.data[0].z;
  const text = typeof z === 'object' && z && z.bdata ? z.bdata : JSON.stringify(z);
  let hash = 0;
  for (let i = 0; i < text.length; i += 7) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash + ':' + text.length;
}"""


def test_autoencoder_reconstructions_change_while_training(server, page):
    page.goto(server + "/autoencoder")
    page.get_by_text("57,268 parameters").first.wait_for(timeout=60_000)  # the page has drawn to its end
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click(timeout=60_000)

    grids = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(set(filter(None, grids))) < 3:
        grids.append(page.evaluate(GRID_JS))
        if page.get_by_text("Finished").count():
            break
        page.wait_for_timeout(200)
    seen = [g for g in grids if g]
    assert len(set(seen)) >= 2, f"the reconstruction grid did not change while training: {seen[:3]}"

    # Stopped (or finished), the decoder explorer answers from the trained model.
    if not page.get_by_text("Finished").count():
        page.get_by_role("button", name="Stop").click()
    page.get_by_text("Decoder explorer").first.wait_for(timeout=20_000)
    page.get_by_text("Decoded at").first.wait_for(timeout=30_000)
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "autoencoder.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
