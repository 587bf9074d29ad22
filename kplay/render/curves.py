"""Loss and metric curves of one live run, with earlier runs drawn faintly beneath."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import metric_title, t
from kplay.render.style import calm_yaxis, epoch_axis, house_figure, run_colour


@dataclass(frozen=True)
class Curve:
    """What a chart needs of a run: its label, per-epoch history and smoothed batch loss."""

    label: str
    history: dict
    batch_loss: list = field(default_factory=list)


def batch_loss_trace(points: list[tuple[float, float]], name: str, colour: str) -> dict:
    """The smoothed per-batch loss, faint beneath the epochs' points.

    Up to 2 000 points, redrawn every 0.4 s: as arrays, which Plotly takes whole and sends
    as binary, where a list is checked point by point and written out as text.
    """
    xs, ys = np.asarray(points, dtype="float32").T
    return {"type": "scatter", "x": xs, "y": ys, "mode": "lines", "name": name, "line": {"color": colour, "width": 1}, "opacity": 0.45}


def epoch_trace(values: list[float], name: str, line: dict, markers: bool = True) -> dict:
    """One value per epoch, at epochs 1, 2, ..."""
    return {"type": "scatter", "x": list(range(1, len(values) + 1)), "y": values, "mode": "lines+markers" if markers else "lines",
            "name": name, "line": line}


def curves_figure(metric: str, runs: list[Curve], live_index: int | None = None, epochs: int | None = None) -> go.Figure:
    """Training (solid) and validation (dashed) ``metric`` per epoch for each run; a ``test_*`` metric is the test set's.

    The live run (``live_index``) is drawn boldly, with its smoothed per-batch loss so the
    curve moves within an epoch; earlier runs are thinner.
    The x axis spans ``epochs`` when given, so a live curve grows into a fixed frame.
    """
    traces = []
    for index, run in enumerate(runs):
        live = index == live_index
        colour, width = run_colour(index), 3 if live else 1.5
        # Keras names held-out metrics val_*; kplay names those it measures on the test set test_*.
        series = t("charts.test" if metric.startswith("test_") else "charts.training", run=run.label)
        if live and metric == "loss" and run.batch_loss:
            # Shown and hidden with its run's training curve, with no legend entry of its own: an
            # entry more took the legend a row more, and the loss plot sat 23 px higher than the
            # metric's beside it.
            per_batch = batch_loss_trace(run.batch_loss, t("charts.per_batch", run=run.label), colour)
            traces.append(per_batch | {"legendgroup": series, "showlegend": False})
        traces.append(epoch_trace(run.history.get(metric, []), series, {"color": colour, "width": width}, live) | {"legendgroup": series})
        val = run.history.get(f"val_{metric}", [])
        if val:
            traces.append(epoch_trace(val, t("charts.validation", run=run.label), {"color": colour, "width": width, "dash": "dash"}, live))
    longest = max([epochs or 0] + [len(run.history.get(metric, [])) for run in runs])
    return house_figure(traces, metric_title(metric), xaxis=epoch_axis(t("charts.epoch"), longest), yaxis=calm_yaxis(traces))
