"""Measure the foundation's targets for the ANN page's default settings.

    python -m bench            # full measurement, writes bench/results/
    python -m bench --quick    # a smoke run of the harness

Measurements, never tests: nothing here asserts a time. Machines are noisy, so each
number is a median over repeats, and the live overhead alternates A B A B.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

from kplay import render
from kplay.models import DenseConfig
from kplay.render import Curve
from kplay.training import POOL, Run

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "bench", "results")
POLL = 0.5  # the page polls at least this often


def wait_for_spare(seconds: float = 15.0) -> None:
    """Let the spare worker finish importing TensorFlow, as a page open for a while would."""
    POOL.warm()
    time.sleep(seconds)


def draw_like_the_page(snapshot) -> None:
    curve = Curve("run", snapshot.history, snapshot.batch_loss)
    render.curves_figure("loss", [curve], 0, snapshot.epochs).to_json()
    render.curves_figure("accuracy", [curve], 0, snapshot.epochs).to_json()
    report = snapshot.results
    if "confusion" in report:
        render.confusion_figure(report["confusion"], tuple("0123456789")).to_json()
        grid = report["grid"]
        render.image_grid_figure(grid["images"], grid["true"], grid["predicted"], grid["confidence"], tuple("0123456789")).to_json()


def live_run(config: DenseConfig, spare_wait: float) -> dict:
    """One run polled and drawn like the page; returns its timings and curve."""
    wait_for_spare(spare_wait)
    start = time.perf_counter()
    run = Run(config)
    first_progress = None
    timeline = []  # (seconds since Train, validation accuracy)
    while True:
        snapshot = run.snapshot()
        now = time.perf_counter() - start
        if first_progress is None and (snapshot.batch or snapshot.epoch):
            first_progress = now
        accuracies = snapshot.history.get("val_accuracy", [])
        if accuracies and (not timeline or len(accuracies) > timeline[-1][2]):
            timeline.append((now, accuracies[-1], len(accuracies)))
        if not snapshot.active:
            break
        draw_like_the_page(snapshot)
        time.sleep(POLL if first_progress is not None else 0.01)
    return {"wall": time.perf_counter() - start, "first_progress": first_progress, "timeline": timeline, "status": snapshot.status}


BARE_FIT = """
import sys, time, json
sys.path.insert(0, {root!r})
import keras
from kplay import datasets
from kplay.models import DenseConfig, spec_for
from kplay.models.keras_build import build_model
config = DenseConfig(**json.loads({config!r}))
data = datasets.load(config.dataset, config.validation_split)
start = time.perf_counter()
keras.utils.set_random_seed(config.seed)
model = build_model(spec_for(config))
model.fit(data.x_train, data.y_train, epochs=config.epochs, batch_size=config.batch_size,
          validation_data=(data.x_val, data.y_val), verbose=0)
print(time.perf_counter() - start)
"""


def bare_fit(config: DenseConfig) -> float:
    fields = {"dataset": config.dataset, "epochs": config.epochs, "hidden_units": list(config.hidden_units), "dropout": list(config.dropout)}
    code = BARE_FIT.format(root=ROOT, config=json.dumps(fields))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def page_rerun_ms(repeats: int) -> float:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/ann.py").run()
    times = []
    for index in range(repeats + 2):
        slider = at.slider(key="ann.units")
        slider.set_value(64 if index % 2 else 128)
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[2:])  # the first reruns warm caches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny settings: check the harness works")
    args = parser.parse_args()
    repeats = 1 if args.quick else 3
    config = DenseConfig(epochs=2, dataset="digits8") if args.quick else DenseConfig()
    spare_wait = 8.0 if args.quick else 15.0

    live, bare = [], []
    for _ in range(repeats):  # A B A B ...
        live.append(live_run(config, spare_wait))
        bare.append(bare_fit(config))
    quality_run = live[0]
    at_budget = [acc for t, acc, _ in quality_run["timeline"] if t <= 10.0]
    reach = next((t for t, acc, _ in quality_run["timeline"] if acc >= 0.93), None)
    result = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "device": "see worker (GPU when TensorFlow finds one)"},
        "settings": "ANN page defaults" if not args.quick else "quick smoke settings",
        "first_progress_s_median": statistics.median(r["first_progress"] for r in live),
        "val_accuracy_at_10s": at_budget[-1] if at_budget else None,
        "seconds_to_0.93": reach,
        "live_wall_s": [round(r["wall"], 2) for r in live],
        "bare_fit_s": [round(b, 2) for b in bare],
        "live_overhead_median_ratio": statistics.median(r["wall"] / b for r, b in zip(live, bare)),
        "page_rerun_ms_median": page_rerun_ms(3 if args.quick else 10),
    }
    os.makedirs(RESULTS, exist_ok=True)
    name = "quick" if args.quick else "foundation"
    with open(os.path.join(RESULTS, f"{name}.json"), "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
