"""Predicted-vs-actual scatter, and the single neuron's fitted line."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.curves import epoch_trace
from kplay.render.style import house_figure, level_lines, run_colour, styled


def scatter_figure(true: np.ndarray, predicted: np.ndarray) -> go.Figure:
    low, high = float(min(true.min(), predicted.min())), float(max(true.max(), predicted.max()))
    rmse = float(np.sqrt(np.mean((np.asarray(predicted) - np.asarray(true)) ** 2)))
    figure = go.Figure()
    figure.add_trace(go.Scatter(x=[low, high], y=[low, high], mode="lines", name=t("charts.perfect"), line={"color": "#868e96", "dash": "dot"}))
    figure.add_trace(go.Scatter(x=true, y=predicted, mode="markers", name=t("charts.test_examples"), marker={"color": run_colour(0), "size": 8, "opacity": 0.7}))
    return styled(figure, t("charts.scatter_title", rmse=rmse), height=420,
                  xaxis={"title": {"text": t("charts.actual")}}, yaxis={"title": {"text": t("charts.predicted")}, "scaleanchor": "x"})


def line_fit_figure(points_x, points_y, line_x, line_y) -> go.Figure:
    figure = go.Figure()
    figure.add_trace(go.Scatter(x=line_x, y=2 * np.asarray(line_x) + 1, mode="lines", name=t("charts.target_line"), line={"color": "#868e96", "dash": "dot"}))
    figure.add_trace(go.Scatter(x=line_x, y=line_y, mode="lines", name=t("charts.neuron_line"), line={"color": run_colour(0), "width": 3}))
    figure.add_trace(go.Scatter(x=points_x, y=points_y, mode="markers", name=t("charts.training_points"), marker={"color": run_colour(1), "size": 12}))
    return styled(figure, t("charts.line_title"), height=380, xaxis={"title": {"text": "x"}}, yaxis={"title": {"text": "y"}})


def weights_figure(weights: list[float], biases: list[float], epochs: int | None = None) -> go.Figure:
    """The single neuron's weight and bias per epoch, against the line's true 2 and 1."""
    traces, targets = [], []
    for name, values, target, colour in ((t("charts.weight"), weights, 2.0, run_colour(0)), (t("charts.bias"), biases, 1.0, run_colour(1))):
        traces.append(epoch_trace(values, name, {"color": colour, "width": 3}, markers=False))
        targets.append((target, {"color": colour, "dash": "dot"}, f"{name.split()[-1]} = {target:g}"))
    return house_figure(traces, t("charts.weights_title"), xaxis={"title": {"text": t("charts.epoch")}, "range": [0, max(epochs or 0, len(weights)) * 1.02 or 1]},
                        **level_lines(targets))
