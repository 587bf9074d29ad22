"""The six measurements of a case. Each returns plain numbers; nothing here asserts."""

from __future__ import annotations

import json
import os
import pickle
import resource
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

from kplay.training import POOL, RESULTS_SECONDS as RESULTS_POLL, Run
# The page's two polls: its live views (curves), and its slower results (grids, matrices).
from kplay.ui.training import POLL_SECONDS as POLL

SCORE_SECONDS = 10.0  # a scored metric (the digit score) is asked this often: its time to target

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process, in MB (this one by default)."""
    with open(f"/proc/{pid or 'self'}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int | None = None) -> float:
    """CPU seconds (user and system) a process has used: this one by default."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for_spare(case, timeout: float = 120.0, prepare: bool = True) -> None:
    """As on a page open for a few seconds: the spare has imported TensorFlow (and set up the case)."""
    POOL.warm()
    if prepare:
        POOL.prepare(case.config, case.limit)
    deadline = time.monotonic() + timeout
    while not (POOL.spare_prepared() if prepare else POOL.spare_ready()) and time.monotonic() < deadline:
        time.sleep(0.05)


def live_run(case, draw: bool = True, stop_after: float | None = None, score: bool = False, timed_setup: bool = False) -> dict:
    """Train like the page: poll and render its live views and results; returns timings and the metric's timeline.

    ``stop_after`` presses Stop once that many seconds have passed (a quality run needs
    no more than its time budget). ``score`` asks the case's scorer, if any, every
    SCORE_SECONDS and at the budget (a poll early: the answer must describe the model within it). ``timed_setup``
    leaves the case's set-up to the timed run.
    """
    scorer = case.scorer() if score and case.scorer is not None else None
    wait_for_spare(case, prepare=not timed_setup)
    start, server_cpu = time.perf_counter(), cpu_s()
    run = Run(case.config, limit=case.limit)
    worker_pid = run._worker.process.pid
    worker_cpu = worker_cpu_at_end = cpu_s(worker_pid)  # what it used before this run: importing, warming up
    first_progress, timeline, seen, worker_rss = None, [], 0, 0.0
    last_scored, final_scored = 0.0, False
    drawn, drawn_results = -POLL, -RESULTS_POLL
    while True:
        snapshot = run.snapshot()
        now = time.perf_counter() - start
        if first_progress is None and (snapshot.batch or snapshot.epoch):
            first_progress = now
        values = snapshot.history.get(case.metric, [])
        for value in values[seen:]:
            timeline.append((round(now, 3), float(value)))
        seen = len(values)
        at_budget = now >= case.budget - 2 * POLL or (not snapshot.active and snapshot.epoch)
        if scorer is not None and not final_scored and snapshot.status != "failed" and (
            now >= last_scored + SCORE_SECONDS or at_budget
        ):  # a metric measured on the model itself: every SCORE_SECONDS, then once at the budget (or the end)
            value = float(scorer(run))
            last_scored, final_scored = time.perf_counter() - start, at_budget  # the model it scored was this late
            timeline.append((round(last_scored, 3), value))
        if not snapshot.active:
            break
        if stop_after is not None and now > stop_after and snapshot.status != "stopping":
            run.stop()
        # Drawn as often as the page draws; checked more often, so the end is seen when it comes.
        if now - drawn >= POLL:
            drawn = now
            if run._worker.alive():
                worker_rss = max(worker_rss, rss_mb(worker_pid))
                worker_cpu_at_end = _cpu_if_alive(worker_pid, worker_cpu_at_end)
            if draw and case.draw is not None:
                case.draw(snapshot)
        if draw and case.draw_results is not None and now - drawn_results >= RESULTS_POLL:
            drawn_results = now
            case.draw_results(snapshot)
        time.sleep(0.02)
    wall = time.perf_counter() - start
    cpu = {"worker": _cpu_if_alive(worker_pid, worker_cpu_at_end) - worker_cpu, "server": cpu_s() - server_cpu}
    run.close()
    return {"wall": wall, "first_progress": first_progress, "timeline": timeline, "cpu": cpu,
            "status": snapshot.status, "message": snapshot.message, "worker_rss_mb": worker_rss}


def _cpu_if_alive(pid: int, last: float) -> float:
    try:
        return cpu_s(pid)
    except OSError:  # the worker has ended: what it used last time it was read
        return last


def prepared_first_progress(case, timeout: float = 300.0) -> float | None:
    """Seconds from Train to the first batch on a page whose spare has prepared the case (then Stop)."""
    wait_for_spare(case)
    start = time.perf_counter()
    run = Run(case.config, limit=case.limit)
    try:
        while time.perf_counter() - start < timeout:
            snapshot = run.snapshot()
            if snapshot.batch or snapshot.epoch:
                return time.perf_counter() - start
            if not snapshot.active:
                return None
            time.sleep(0.01)
        return None
    finally:
        run.stop()
        run.close()


# The worker's own steps with nothing live: the same warm-up before the timing, then the
# same seed, set-up and ``fit`` arguments, without the live callback, the pipe or the polls.
# Timed to the end of training, as a live run is (its end is sent from ``on_train_end``):
# ``fit`` sometimes takes seconds more to tear down its input pipeline before it returns.
BARE_FIT = """
import pickle, sys, time
sys.path.insert(0, {root!r})
import keras
from kplay.training.families import setup_for
from kplay.training.worker import _warm_up, fit_arguments
config = pickle.loads(bytes.fromhex({config!r}))
_warm_up()

class Ended(keras.callbacks.Callback):  # no batch hooks: Keras still dispatches them its fastest way
    def on_train_end(self, logs=None):
        self.times = time.perf_counter() - start, time.process_time() - cpu

start, cpu = time.perf_counter(), time.process_time()
keras.utils.set_random_seed(config.seed)
setup = setup_for(config, {limit!r})
ended = Ended()
setup.model.fit(**fit_arguments(setup, config), callbacks=[ended])
print(*ended.times)
"""


def bare_fit(case) -> tuple[float, float]:
    """The live run's set-up and ``model.fit`` with nothing live: wall and CPU seconds, warm-up excluded as on the page."""
    # Else the pool's new spare imports TensorFlow while the bare fit is timed. Not prepared:
    # a spare set up here would hand the next live run its set-up, which that run must time.
    wait_for_spare(case, prepare=False)
    code = BARE_FIT.format(root=ROOT, config=pickle.dumps(case.config).hex(), limit=case.limit)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def quality(case, timeline: list[tuple[float, float]]) -> dict:
    within = [value for t, value in timeline if t <= case.budget]
    reached = next((t for t, value in timeline if case.reached(value)), None)
    return {
        "metric": case.metric,
        "target": case.target,
        "higher_is_better": case.higher_is_better,
        "budget_s": case.budget,
        "value_at_budget": within[-1] if within else None,
        "seconds_to_target": reached,
        "met": reached is not None and reached <= case.budget,
    }


def memory_growth(case, runs: int) -> dict:
    """The server process's memory after 1 and after ``runs`` consecutive runs (1 epoch each)."""
    from dataclasses import replace

    one_epoch = replace(case, config=replace(case.config, epochs=1))
    samples = []
    for index in range(runs):
        live_run(one_epoch, draw=True)
        samples.append(rss_mb())
    return {"runs": runs, "rss_after_1_mb": round(samples[0], 1), "rss_after_all_mb": round(samples[-1], 1),
            "growth_mb": round(samples[-1] - samples[0], 1)}


def page_rerun_ms(case, repeats: int) -> float:
    """Median seconds of a page rerun after a slider move, no training, after warm-up."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=60)
    at.run()
    at.switch_page(case.page).run()
    key, values = case.slider
    times = []
    for index in range(repeats + 2):
        widgets = [w for kind in ("slider", "select_slider", "checkbox", "toggle") for w in at.get(kind)]
        next(w for w in widgets if w.key == key).set_value(values[index % 2])
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[2:])  # the first reruns warm caches


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cold_start_s(repeats: int) -> float | None:
    """``streamlit run app.py`` until the home page has painted in headless chromium (median)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = "/usr/bin/chromium"
    if not os.path.exists(chromium):
        return None
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"])
        for _ in range(repeats):
            port = _free_port()
            start = time.perf_counter()
            server = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
                 "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            try:
                url = f"http://127.0.0.1:{port}"
                while True:
                    try:
                        urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                        break
                    except OSError:
                        time.sleep(0.05)
                page = browser.new_page()
                page.goto(url)
                page.locator("h1").first.wait_for(timeout=60_000)
                times.append(time.perf_counter() - start)
                page.close()
            finally:
                server.terminate()
                server.wait(10)
        browser.close()
    return statistics.median(times)


def machine() -> dict:
    """Where the numbers come from: cores, Python and library versions, and the training device."""
    import platform

    code = ("import os; os.environ['TF_CPP_MIN_LOG_LEVEL']='3'; import tensorflow as tf, keras, json; "
            "g = tf.config.list_physical_devices('GPU'); "
            "print(json.dumps({'tensorflow': tf.__version__, 'keras': keras.__version__, "
            "'device': (tf.config.experimental.get_device_details(g[0]).get('device_name', 'GPU') if g else 'CPU')}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    versions = json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else {}
    import streamlit

    return {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "streamlit": streamlit.__version__, **versions,
            "max_rss_mb_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
