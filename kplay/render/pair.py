"""Two networks trained side by side: their curves overlaid, and the final gap in words."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.style import calm_if_empty, epoch_axis, run_colour, styled


def pair_curves_figure(metric: str, history: dict, runs: tuple[tuple[str, str], ...], epochs: int) -> go.Figure:
    """Validation (solid, bold) and training (dashed, thin) ``metric`` per epoch of each run.

    ``runs`` holds (history prefix, label) pairs, e.g. ("plain", "without augmentation").
    """
    figure = go.Figure()
    for index, (prefix, label) in enumerate(runs):
        colour = run_colour(index)
        for key, name, style in ((f"val_{prefix}_{metric}", "trace_validation", {"width": 3}),
                                 (f"{prefix}_{metric}", "trace_training", {"width": 1.5, "dash": "dash"})):
            values = history.get(key, [])
            figure.add_trace(go.Scatter(x=list(range(1, len(values) + 1)), y=values, mode="lines+markers" if "dash" not in style else "lines",
                                        name=t(f"applied.{name}", run=label), line={"color": colour, **style}))
    longest = max(epochs, len(history.get(f"{runs[0][0]}_{metric}", [])))
    calm_if_empty(figure)
    yaxis = {"tickformat": ".0%"} if metric == "accuracy" and any(history.get(f"val_{prefix}_{metric}") for prefix, _ in runs) else {}
    return styled(figure, t(f"applied.chart_{metric}"), xaxis=epoch_axis(t("applied.axis_epoch"), longest), yaxis=yaxis)


def points(gap: float) -> str:
    """A signed accuracy difference in percentage points: "+6.1", "-0.4"."""
    return f"{100 * gap:+.1f}"


def final_gap(history: dict) -> float | None:
    """The last epoch's validation accuracy of the second run minus the first's."""
    values = history.get("val_gap", [])
    return float(values[-1]) if values and np.isfinite(values[-1]) else None
