"""Browser-test fixtures (see conftest.py): a live server of the app, and a chromium page."""

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


# Points drawn in the first chart. A per-batch curve comes as binary ({dtype: 'f4', bdata: base64}).
POINTS_JS = """() => {
  const length = x => !x ? 0 : x.bdata ? atob(x.bdata).length / (parseInt(x.dtype.slice(1)) || 1) : x.length || 0;
  const plot = document.querySelector('.js-plotly-plot');
  return plot && plot.data ? plot.data.reduce((n, t) => n + length(t.x), 0) : 0;
}"""


# A cheap fingerprint of the pixels of the Plotly images whose title contains the argument
# (a PNG data URI, or nested arrays or typed binary data), or null while none is on the page.
# Reading the figure's data does not wait for a repaint, as an element screenshot does: on a busy
# machine the page redraws its live charts faster than a screenshot of one can be taken.
IMAGE_FINGERPRINT_JS = """title => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(
    p => p.layout && p.layout.title && String(p.layout.title.text).includes(title));
  if (!plots.length) return null;
  return plots.map(plot => {
    const trace = plot.data && plot.data.length ? plot.data[0] : {};
    const z = trace.z;
    const text = trace.source || (z && z.bdata ? z.bdata : JSON.stringify(z));
    let hash = 0;
    for (let i = 0; i < text.length; i += 3) hash = (hash * 31 + text.charCodeAt(i)) | 0;
    return hash;
  }).join('|');
}"""


def stop_any_training(page) -> None:
    """Press every enabled Stop: a test that failed mid-run must not leave the shared server training."""
    try:
        for stop in page.get_by_role("button", name="Stop", exact=True).all():
            if stop.is_enabled():
                stop.click(timeout=10_000)
    except Exception:  # noqa: BLE001  (the page may be gone already; nothing is left to stop then)
        pass


SERVER_PIDS: dict[str, int] = {}  # the app server's process, by its URL


def worker_pids(url: str) -> list[int]:
    """The training workers the app server at ``url`` runs, oldest first."""
    workers = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read()
        except (OSError, IndexError):
            continue  # not a process, or gone since listed
        if int(fields[1]) == SERVER_PIDS[url] and fields[0] != "Z" and b"kplay.training" in command:
            workers.append((int(fields[19]), int(entry)))  # by start time
    return [pid for _, pid in sorted(workers)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    """One app server for every browser test: its warm worker pool carries over, as in a classroom."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        # A finished run's worker keeps answering (a drawing's prediction) while a busy machine paints.
        # A closed tab's run is closed after 5 s, not 30, so that its test is quick.
        env={**os.environ, "KPLAY_SERVE_SECONDS": "180", "KPLAY_ABANDONED_SECONDS": "5"},
    )
    url = f"http://127.0.0.1:{port}"
    SERVER_PIDS[url] = process.pid
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
    playwright = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        # A busy shared machine is slow to paint, not wrong: Playwright's 30 s default failed a
        # tab click in CI while another test's run still trained. Tests name longer waits themselves.
        page.set_default_timeout(120_000)
        yield page
        stop_any_training(page)
        browser.close()
