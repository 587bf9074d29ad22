"""End to end in a real chromium: open /ann, press Train, watch the curves grow live."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTIFACTS = os.path.join(ROOT, "tests", "artifacts")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed")

POINTS_JS = """() => {
  const plot = document.querySelector('.js-plotly-plot');
  return plot && plot.data ? plot.data.reduce((n, t) => n + (t.x ? t.x.length : 0), 0) : 0;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture()
def page():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
        )
        yield browser.new_page(viewport={"width": 1400, "height": 1800})
        browser.close()


def test_ann_trains_live_in_the_browser(server, page):
    page.goto(server + "/ann")
    page.get_by_role("button", name="Train").wait_for(timeout=60_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    counts = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        counts.append(page.evaluate(POINTS_JS))
        if page.get_by_text("Finished").count():
            break
        page.wait_for_timeout(150)
    growing = sorted(set(c for c in counts if c))
    assert len(growing) >= 3, f"the chart did not grow while training: {counts}"

    page.get_by_text("Confusion matrix").first.wait_for(timeout=30_000)
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "ann-trained.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0
