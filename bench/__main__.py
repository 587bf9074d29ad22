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


# Each part can be measured on its own (``--parts``) and is merged into the saved results,
# so the load-sensitive parts can wait for a quiet machine. Each records the load it ran under.
PARTS = ("quality", "overhead", "memory", "rerun", "cold")


def _quality(case, options) -> dict:
    if case.fresh is not None:
        case.fresh()
    run = measure.live_run(case, stop_after=case.budget * 1.25, score=True, timed_setup=case.setup_timed)
    quality = measure.quality(case, run["timeline"])
    if case.reference is not None:
        quality["on_real_data"] = case.reference()
    # A run that times its set-up starts late on purpose; the page's Train, once the spare has
    # prepared the case (its pre-trained network now cached), is timed on its own.
    first = measure.prepared_first_progress(case) if case.setup_timed else run["first_progress"]
    return {"status": run["status"], "message": run["message"], "quality_first_progress_s": run["first_progress"],
            "prepared_first_progress_s": first, "setup_timed": case.setup_timed, "quality": quality,
            "timeline": run["timeline"]}


# Earlier methods were unfair: results saved under another method show as n/a.
OVERHEAD_METHOD = "set-up timed on both sides, the live spare unprepared, the worker's fit arguments on both"


def _overhead(case, options) -> dict:
    compared = case.overhead_case()
    live, bare = [], []
    for _ in range(options.repeats):  # A B A B ...
        # Both sides set up (data, model, tracing) inside their timing: a prepared spare
        # would hand the live side a head start and hide what polling and drawing cost.
        live.append(measure.live_run(compared, timed_setup=True))
        bare.append(measure.bare_fit(compared))
    live_cpu = [r["cpu"]["worker"] + r["cpu"]["server"] for r in live]
    return {
        "overhead_epochs": compared.config.epochs,
        "overhead_method": OVERHEAD_METHOD,
        "live_wall_s": [round(r["wall"], 2) for r in live],
        "bare_fit_s": [round(wall, 2) for wall, _ in bare],
        "live_overhead": statistics.median(r["wall"] / wall for r, (wall, _) in zip(live, bare)),
        # CPU seconds vary far less than wall time on a shared machine: the same comparison in CPU
        # (the worker's and the drawing process's, over the bare script's), and the drawing's share.
        "live_worker_cpu_s": [round(r["cpu"]["worker"], 2) for r in live],
        "live_server_cpu_s": [round(r["cpu"]["server"], 2) for r in live],
        "bare_fit_cpu_s": [round(cpu, 2) for _, cpu in bare],
        "cpu_overhead": statistics.median(used / cpu for used, (_, cpu) in zip(live_cpu, bare)),
        "worker_peak_rss_mb": round(max(r["worker_rss_mb"] for r in live), 1),
    }


CASE_PARTS = {
    "quality": _quality,
    "overhead": _overhead,
    "memory": lambda case, options: {"memory": measure.memory_growth(case, options.memory_runs)},
    "rerun": lambda case, options: {"page_rerun_ms": measure.page_rerun_ms(case, options.rerun_repeats)},
}


def measure_case(case, parts, options) -> dict:
    result = {}
    for part in parts:
        if part in CASE_PARTS:
            load = round(os.getloadavg()[0], 2)
            result.update(CASE_PARTS[part](case, options), **{f"{part}_load_average": load})
    return result


def first_progress(case: dict) -> float | None:
    """Train pressed on a page the spare has prepared, to the first batch (None: not measured)."""
    if "prepared_first_progress_s" in case:
        return case["prepared_first_progress_s"]
    return None if case.get("setup_timed") else case.get("quality_first_progress_s")


def _mark(value, target, lower_is_better: bool = True) -> str:
    if value is None:
        return "n/a"
    ok = value <= target if lower_is_better else value >= target
    return f"{value:.3g}" + ("" if ok else f" (missed by {abs(value - target):.2g})")


def _meets_target(q: dict, value: float | None) -> bool:
    return value is not None and (value >= q["target"] if q["higher_is_better"] else value <= q["target"])


def _quality_cells(case: dict) -> str:
    if "quality" not in case:
        return "n/a | n/a"
    q = case["quality"]
    sign = ">=" if q["higher_is_better"] else "<="
    value = "n/a" if q["value_at_budget"] is None else f"{q['metric']} {q['value_at_budget']:.3g} at {q['budget_s']:g} s"
    if q["met"]:
        verdict = "met" if _meets_target(q, q["value_at_budget"]) else f"met at {q['seconds_to_target']:.1f} s, not held at the budget"
    elif q["value_at_budget"] is None:
        verdict = "missed"
    else:
        verdict = f"missed by {abs(q['value_at_budget'] - q['target']):.2g}"
    if "on_real_data" in q:
        verdict += f"; real data scores {q['on_real_data']:.3g}"
    reach = q["seconds_to_target"]
    return f"{value} (target {sign}{q['target']:g}: {verdict}) | {'not reached' if reach is None else f'{reach:.1f}'}"


def _overhead_cell(case: dict) -> str:
    if case.get("overhead_method") != OVERHEAD_METHOD:  # older runs gave the live side a prepared spare
        return "n/a"
    cpu = f"; CPU {case['cpu_overhead']:.3g}" if "cpu_overhead" in case else ""
    return f"{_mark(case['live_overhead'], TARGETS['live_overhead'])} ({case['overhead_epochs']} epochs{cpu})"


def _memory_cell(case: dict) -> str:
    if "memory" not in case:
        return "n/a"
    return f"{_mark(case['memory']['growth_mb'], TARGETS['memory_growth_mb'])} over {case['memory']['runs']} runs"


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
        rss = f"{case['worker_peak_rss_mb']:.0f}" if "worker_peak_rss_mb" in case else "n/a"
        lines.append(f"| {name} | {_mark(case['first_progress_s'], TARGETS['first_progress_s'])} | {_quality_cells(case)} | "
                     f"{_overhead_cell(case)} | {_memory_cell(case)} | "
                     f"{_mark(case.get('page_rerun_ms'), TARGETS['page_rerun_ms'])} | {rss} |")
    lines += ["", "Quality: one run of the preset, stopped at 1.25 x its budget. Live overhead: the runner polled and drawn",
              "as the page does (live views every 0.4 s, results every 1.5 s), over a bare `model.fit` with the worker's",
              "own set-up and fit arguments (epochs as shown), both timing their set-up, alternated A B A B; the median",
              "ratio of wall times, and of CPU seconds (the worker's and the drawing process's over the bare script's).",
              "Memory: the serving process's RSS after 1 and after N one-epoch runs. n/a: not measured.",
              "", "Load average (1 min) when each part started, per case: " + "; ".join(
                  f"{name} " + ", ".join(f"{k[:-13]} {v:g}" for k, v in case.items() if k.endswith("_load_average"))
                  for name, case in result["cases"].items())]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)}")
    parser.add_argument("--quick", action="store_true", help="tiny settings, one repeat: check the harness works")
    parser.add_argument("--repeats", type=int, default=7, help="A B pairs for the live overhead (default 7: runs come in two speeds on these machines, in streaks)")
    parser.add_argument("--memory-runs", type=int, default=20, help="one-epoch runs for the memory growth (default 20)")
    parser.add_argument("--parts", default=",".join(PARTS),
                        help=f"comma-separated, some of {', '.join(PARTS)} (default all); merged into the saved results")
    args = parser.parse_args()
    parts = args.parts.split(",")
    if set(parts) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(set(parts) - set(PARTS)))}")
    unknown = set(args.cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    chosen = [CASES[name] for name in (args.cases or CASES)]
    if args.quick:
        chosen = [case.quick_case() for case in chosen]
    if args.quick:
        args.repeats, args.memory_runs = 1, 2
    args.rerun_repeats = 3 if args.quick else 10

    name = "quick" if args.quick else "latest"
    saved = os.path.join(RESULTS, f"{name}.json")
    result = {"cases": {}, "cold_start_s": None}
    if not args.quick and os.path.exists(saved):
        with open(saved) as f:
            result = json.load(f)
    result.update(settings="quick smoke settings" if args.quick else "each page's default preset", machine=measure.machine())
    started = time.time()
    for case in chosen:
        print(f"measuring {case.name}: {', '.join(p for p in parts if p in CASE_PARTS)} ...", flush=True)
        merged = result["cases"].get(case.name, {}) | measure_case(case, parts, args)
        result["cases"][case.name] = merged | {"first_progress_s": first_progress(merged)}
        save(name, result)  # after each case: a long run stopped midway keeps what it measured
    if "cold" in parts:
        result["cold_start_load_average"] = round(os.getloadavg()[0], 2)
        result["cold_start_s"] = measure.cold_start_s(1 if args.quick else 3)
    result["seconds"] = round(time.time() - started, 1)
    save(name, result)
    print(table(result))


def save(name: str, result: dict) -> None:
    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, f"{name}.json"), "w") as f:
        json.dump(result, f, indent=2)
    with open(os.path.join(RESULTS, f"{name}.md"), "w") as f:
        f.write(table(result))


if __name__ == "__main__":
    main()
