"""The benchmark harness works: every metric comes out, and is sane (times are not asserted)."""

import json
import math
import os
import subprocess
import sys

from bench.cases import CASES
from kplay.models import spec_for

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_every_case_trains_a_valid_config_of_a_real_page():
    for case in CASES.values():
        spec_for(case.config)  # raises on settings that cannot work
        assert os.path.exists(os.path.join(ROOT, case.page)), case.page
        assert case.metric and case.budget > 0 and case.slider


def test_quick_bench_produces_every_metric():
    result = subprocess.run([sys.executable, "-m", "bench", "--quick", "ann"], cwd=ROOT, capture_output=True, text=True, timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    with open(os.path.join(ROOT, "bench", "results", "quick.json")) as f:
        data = json.load(f)
    case = data["cases"]["ann"]
    assert case["status"] in ("finished", "stopped"), case["message"]
    assert 0 < case["first_progress_s"] < 60
    assert case["quality"]["value_at_budget"] is not None and 0 < case["quality"]["value_at_budget"] <= 1
    assert 0.3 < case["live_overhead"] < 10 and all(b > 0 for b in case["bare_fit_s"])
    assert 0.3 < case["cpu_overhead"] < 10 and all(c > 0 for c in case["live_worker_cpu_s"] + case["bare_fit_cpu_s"])
    assert case["memory"]["runs"] == 2 and math.isfinite(case["memory"]["growth_mb"])
    assert 0 < case["page_rerun_ms"] < 30_000 and case["worker_peak_rss_mb"] > 100
    assert data["cold_start_s"] is None or 0 < data["cold_start_s"] < 120
    assert "| ann |" in open(os.path.join(ROOT, "bench", "results", "quick.md")).read()


def test_the_digit_judge_passes_real_digits_it_never_saw_and_fails_noise():
    """The DCGAN's scorer is an instrument: real handwriting scores high, random pixels score 0.

    The judge alone is confidently wrong on most noise images, but it calls them one or two
    digits: the rule that all 10 digits must appear is what fails them.
    """
    import numpy as np

    from bench.cases import _digit_classifier, real_digit_score
    from kplay.measures import gan as gan_measures

    assert 0.7 < real_digit_score() <= 1.0
    noise = np.random.default_rng(0).random((100, 28, 28, 1))
    judge = _digit_classifier()
    verdict = gan_measures.digit_score(noise, lambda x: judge.predict_proba(x.reshape(len(x), -1)))
    assert verdict["classes"] < 10 and verdict["score"] == 0.0
