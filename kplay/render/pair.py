"""Two networks trained side by side: their curves overlaid, and the final gap in words."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.curves import epoch_trace, follows
from kplay.render.style import calm_yaxis, epoch_axis, house_figure, run_colour


def pair_curves_figure(metric: str, history: dict, runs: tuple[tuple[str, str], ...], epochs: int) -> go.Figure:
    """Validation (solid, bold) and training (dashed, thin) ``metric`` per epoch of each run.

    ``runs`` holds (history prefix, label) pairs, e.g. ("plain", "without augmentation").
    The legend names each run once (the title says dashed is training): four entries, one
    per line, did not fit a half-width chart, and the last ones covered the epoch axis.
    """
    traces = []
    for index, (prefix, label) in enumerate(runs):
        colour = run_colour(index)
        traces.append({**epoch_trace(history.get(f"val_{prefix}_{metric}", []), label, {"color": colour, "width": 3}),
                       "legendgroup": prefix})
        training = epoch_trace(history.get(f"{prefix}_{metric}", []), t("applied.trace_training", run=label),
                               {"color": colour, "width": 1.5, "dash": "dash"}, markers=False)
        traces.append(training | follows(prefix))  # clicking the run's entry hides both
    longest = max(epochs, len(history.get(f"{runs[0][0]}_{metric}", [])))
    yaxis = {"tickformat": ".0%"} if metric == "accuracy" and any(history.get(f"val_{prefix}_{metric}") for prefix, _ in runs) else {}
    return house_figure(traces, t(f"applied.chart_{metric}"), xaxis=epoch_axis(t("applied.axis_epoch"), longest), yaxis={**yaxis, **calm_yaxis(traces)})


def points(gap: float) -> str:
    """A signed accuracy difference in percentage points: "+6.1", "-0.4"."""
    return f"{100 * gap:+.1f}"


def final_gap(history: dict) -> float | None:
    """The last epoch's validation accuracy of the second run minus the first's."""
    values = history.get("val_gap", [])
    return float(values[-1]) if values and np.isfinite(values[-1]) else None
