"""Measure how immediate and how fast every page is.

    python -m bench              # every case in bench/cases.py, writes bench/results/
    python -m bench ann cnn      # some cases
    python -m bench --quick      # tiny settings: checks the harness works (the test suite runs it)

Measurements, never tests: nothing here asserts a time. Machines are noisy, so numbers
are medians over repeats, and the live-versus-bare comparison alternates A B A B.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

from bench import measure
from bench.cases import CASES

RESULTS = os.path.join(measure.ROOT, "bench", "results")
TARGETS = {"first_progress_s": 1.0, "live_overhead": 1.05, "memory_growth_mb": 150.0, "page_rerun_ms": 300.0, "cold_start_s": 6.0}


def measure_case(case, repeats: int, memory_runs: int, rerun_repeats: int) -> dict:
    quality_run = measure.live_run(case, stop_after=case.budget * 1.25)
    compared = case.overhead_case()
    live, bare = [], []
    for _ in range(repeats):  # A B A B ...
        live.append(measure.live_run(compared))
        bare.append(measure.bare_fit(compared))
    ratios = [run["wall"] / seconds for run, seconds in zip(live, bare)]
    starts = [r["first_progress"] for r in [quality_run] + live if r["first_progress"] is not None]
    return {
        "status": quality_run["status"],
        "message": quality_run["message"],
        "first_progress_s": statistics.median(starts) if starts else None,
        "quality": measure.quality(case, quality_run["timeline"]),
        "timeline": quality_run["timeline"],
        "overhead_epochs": compared.config.epochs,
        "live_wall_s": [round(r["wall"], 2) for r in live],
        "bare_fit_s": [round(b, 2) for b in bare],
        "live_overhead": statistics.median(ratios),
        "worker_peak_rss_mb": round(max(r["worker_rss_mb"] for r in live), 1),
        "memory": measure.memory_growth(case, memory_runs),
        "page_rerun_ms": measure.page_rerun_ms(case, rerun_repeats),
    }


def _mark(value, target, lower_is_better: bool = True) -> str:
    if value is None:
        return "n/a"
    ok = value <= target if lower_is_better else value >= target
    return f"{value:.3g}" + ("" if ok else f" (missed by {abs(value - target):.2g})")


def table(result: dict) -> str:
    lines = [
        f"# Benchmark results ({result['settings']})",
        "",
        f"Machine: {result['machine']}",
        "",
        f"Cold start (streamlit run to the home page painted, median): {_mark(result['cold_start_s'], TARGETS['cold_start_s'])} s "
        f"(target <= {TARGETS['cold_start_s']:g})",
        "",
        "| case | first progress s (<= 1) | quality at budget | time to target s | live overhead (<= 1.05) | memory growth MB (<= 150) | page rerun ms (<= 300) | worker RSS MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, case in result["cases"].items():
        q = case["quality"]
        sign = ">=" if q["higher_is_better"] else "<="
        value = "n/a" if q["value_at_budget"] is None else f"{q['metric']} {q['value_at_budget']:.3g} at {q['budget_s']:g} s"
        reach = q["seconds_to_target"]
        lines.append(
            f"| {name} | {_mark(case['first_progress_s'], TARGETS['first_progress_s'])} | {value} (target {sign}{q['target']:g}: "
            f"{'met' if q['met'] else 'missed'}) | {'not reached' if reach is None else f'{reach:.1f}'} | "
            f"{_mark(case['live_overhead'], TARGETS['live_overhead'])} ({case['overhead_epochs']} epochs) | "
            f"{_mark(case['memory']['growth_mb'], TARGETS['memory_growth_mb'])} over {case['memory']['runs']} runs | "
            f"{_mark(case['page_rerun_ms'], TARGETS['page_rerun_ms'])} | {case['worker_peak_rss_mb']:.0f} |"
        )
    lines += ["", "Quality: one run of the preset, stopped at 1.25 x its budget. Live overhead: the runner polled and drawn",
              "twice a second, over a bare `model.fit` of the same set-up (epochs as shown), alternated A B A B; the median",
              "ratio. Memory: the serving process's RSS after 1 and after N one-epoch runs."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)}")
    parser.add_argument("--quick", action="store_true", help="tiny settings, one repeat: check the harness works")
    parser.add_argument("--repeats", type=int, default=3, help="A B pairs for the live overhead (default 3)")
    parser.add_argument("--memory-runs", type=int, default=20, help="one-epoch runs for the memory growth (default 20)")
    args = parser.parse_args()
    unknown = set(args.cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    chosen = [CASES[name] for name in (args.cases or CASES)]
    if args.quick:
        chosen = [case.quick_case() for case in chosen]
    repeats, memory_runs, rerun_repeats = (1, 2, 3) if args.quick else (args.repeats, args.memory_runs, 10)

    started = time.time()
    result = {"settings": "quick smoke settings" if args.quick else "each page's default preset",
              "machine": measure.machine(), "cases": {}}
    for case in chosen:
        print(f"measuring {case.name} ...", flush=True)
        result["cases"][case.name] = measure_case(case, repeats, memory_runs, rerun_repeats)
    result["cold_start_s"] = measure.cold_start_s(1 if args.quick else 3)
    result["seconds"] = round(time.time() - started, 1)

    os.makedirs(RESULTS, exist_ok=True)
    name = "quick" if args.quick else "latest"
    with open(os.path.join(RESULTS, f"{name}.json"), "w") as f:
        json.dump(result, f, indent=2)
    with open(os.path.join(RESULTS, f"{name}.md"), "w") as f:
        f.write(table(result))
    print(table(result))


if __name__ == "__main__":
    main()
