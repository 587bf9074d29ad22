"""Forecast views: the series with the network's predictions, and its error against the baselines."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.curves import epoch_trace
from kplay.render.style import epoch_axis, house_figure, level_lines, run_colour, styled

TRUTH, BASELINE = "#495057", "#868e96"


def _axis(length: int, start_month: str | None) -> np.ndarray:
    """Month dates when the series has a calendar (the airline data), else step numbers."""
    if start_month:
        return (np.datetime64(start_month, "M") + np.arange(length)).astype("datetime64[D]").astype(str)
    return np.arange(length)


def forecast_figure(report: dict, start_month: str | None = None, unit: str = "") -> go.Figure:
    """Truth, one-step predictions on the training and test parts, and the recursive forecast."""
    values, split, start = report["values"], int(report["split"]), int(report["train_start"])
    forecast = np.asarray(report["forecast"])
    x = _axis(len(values) + len(forecast), start_month)
    figure = go.Figure()
    figure.add_vrect(x0=x[split], x1=x[len(values) - 1], fillcolor="#fff3bf", opacity=0.5, line_width=0,
                     annotation_text=t("rnn.test_part"), annotation_position="top left")
    figure.add_trace(go.Scatter(x=x[: len(values)], y=values, mode="lines", name=t("rnn.truth"),
                                line={"color": TRUTH, "width": 2}))
    figure.add_trace(go.Scatter(x=x[start:split], y=report["train_predicted"], mode="lines", name=t("rnn.train_predicted"),
                                line={"color": run_colour(0), "width": 2.5}))
    figure.add_trace(go.Scatter(x=x[split : len(values)], y=report["test_predicted"], mode="lines+markers",
                                name=t("rnn.test_predicted"), line={"color": run_colour(1), "width": 3}))
    if len(forecast):  # starts at the last true value, so the line joins the data
        figure.add_trace(go.Scatter(x=x[len(values) - 1 :], y=np.concatenate([values[-1:], forecast]), mode="lines",
                                    name=t("rnn.forecast", steps=len(forecast)),
                                    line={"color": run_colour(4), "width": 3, "dash": "dash"}))
    rmse = report["rmse"]
    return styled(figure, t("rnn.forecast_title", rmse=rmse["network"], seasonal=rmse["seasonal_naive"]), height=440,
                  xaxis={"title": {"text": t("rnn.month") if start_month else t("rnn.step")}}, yaxis={"title": {"text": unit or t("rnn.value")}})


def baseline_curve_figure(history: dict, epochs: int | None = None) -> go.Figure:
    """The network's test RMSE per epoch, against the two baselines' (flat) RMSE."""
    network = history.get("test_rmse", [])
    traces, levels = [], []
    if network:
        for key, name, dash in (("rmse_vs_seasonal_naive", "rnn.seasonal_naive", "dot"), ("rmse_vs_last_value", "rnn.last_value", "dash")):
            level = network[-1] / history[key][-1]
            levels.append((level, {"color": BASELINE, "dash": dash, "width": 2}, f"{t(name)} {level:.3g}"))
        traces.append(epoch_trace(network, t("rnn.network"), {"color": run_colour(1), "width": 3}))
    longest = max(epochs or 0, len(network))
    return house_figure(traces, t("rnn.rmse_curve_title"), xaxis=epoch_axis(t("rnn.epoch"), longest),
                        yaxis={"title": {"text": "RMSE"}, "rangemode": "tozero"}, **(level_lines(levels) if levels else {}))
