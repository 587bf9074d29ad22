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


def follows(group: str) -> dict:
    """Keys for a line shown and hidden with its group's legend entry, with no entry of its own."""
    return {"legendgroup": group, "showlegend": False}


def curves_figure(metric: str, runs: list[Curve], live_index: int | None = None, epochs: int | None = None,
                  by_run: bool = False) -> go.Figure:
    """Training (solid) and validation (dashed) ``metric`` per epoch for each run.

    The live run (``live_index``) is drawn boldly, with its smoothed per-batch loss so the
    curve moves within an epoch; earlier runs are thinner.
    The x axis spans ``epochs`` when given, so a live curve grows into a fixed frame.
    ``by_run``: one legend entry a run, named by the run alone, for a chart whose title says
    which line is which; then it lines up with a chart of one curve a run beside it.
    """
    traces = []
    for index, run in enumerate(runs):
        live = index == live_index
        colour, width = run_colour(index), 3 if live else 1.5
        series = run.label if by_run else t("charts.training", run=run.label)
        if live and metric == "loss" and run.batch_loss:
            # Shown and hidden with its run's training curve, with no legend entry of its own: an
            # entry more took the legend a row more, and the loss plot sat 23 px higher than the
            # metric's beside it.
            per_batch = batch_loss_trace(run.batch_loss, t("charts.per_batch", run=run.label), colour)
            traces.append(per_batch | follows(series))
        traces.append(epoch_trace(run.history.get(metric, []), series, {"color": colour, "width": width}, live) | {"legendgroup": series})
        val = run.history.get(f"val_{metric}", [])
        if val:
            validation = epoch_trace(val, t("charts.validation", run=run.label), {"color": colour, "width": width, "dash": "dash"}, live)
            traces.append(validation | (follows(series) if by_run else {}))
    longest = max([epochs or 0] + [len(run.history.get(metric, [])) for run in runs])
    # By run, one run needs no legend (Plotly draws one for a single entry whose group has hidden
    # traces), and more take one a row: Plotly fits a legend to its plot, which wider tick labels
    # narrow, and the error's legend beside the autoencoder's loss took a row more in lecture type.
    legend = {"showlegend": len(runs) > 1, "legend": {"entrywidth": 1, "entrywidthmode": "fraction"}} if by_run else {}
    return house_figure(traces, metric_title(metric), xaxis=epoch_axis(t("charts.epoch"), longest), yaxis=calm_yaxis(traces), **legend)
