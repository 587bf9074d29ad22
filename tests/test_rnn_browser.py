"""End to end in chromium: open /rnn, train one epoch (Step), see the forecast plot and the verdict appear."""

import os
import re
import time


from browser import ARTIFACTS

from kplay.i18n import t

# Streamlit's plotly theme wraps titles in <b> tags: compare the text the learner reads.
PLOTS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => ({
  title: ((p.layout && p.layout.title && p.layout.title.text) || '').replace(/<[^>]+>/g, ''),
  points: (p.data || []).map(trace => trace.x ? trace.x.length : 0),
}))"""


def _forecast_plot(page):
    prefix = t("rnn.forecast_title", rmse=0, seasonal=0).split("·")[0].strip()
    return next((p for p in page.evaluate(PLOTS_JS) if p["title"].startswith(prefix)), None)


def test_rnn_trains_and_draws_the_forecast_in_the_browser(server, page):
    page.goto(server + "/rnn")
    page.get_by_role("button", name="Train").first.wait_for(timeout=180_000)  # generous: loaded machines are slow
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    # Step trains one epoch, then pauses: the first epoch's report draws the whole forecast view.
    page.get_by_role("button", name="Step").first.click(timeout=120_000)

    plot, deadline = None, time.monotonic() + 300
    while plot is None and time.monotonic() < deadline:
        page.wait_for_timeout(500)
        plot = _forecast_plot(page)
    assert plot, "the forecast plot never appeared"
    # Truth (144 months), train and test one-step predictions (102, 29), forecast (24 + the join).
    assert plot["points"] == [144, 102, 29, 25]
    page.get_by_text(t("rnn.baselines_heading")).wait_for(timeout=30_000)
    # Paused after the one epoch Step trains: the status line names that epoch, not the next.
    page.get_by_text(re.compile(r"Paused · Epoch 1 / \d+")).wait_for(timeout=30_000)

    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "rnn.png"), full_page=True, timeout=120_000)
    assert page.get_by_text("Traceback").count() == 0
