"""Live views of a dense-network run: curves, then the results its data set's task calls for."""

from __future__ import annotations

import streamlit as st

from kplay import datasets, render
from kplay.i18n import class_names
from kplay.render import Curve
from kplay.render.style import HALF
from kplay.training import Snapshot
from kplay.ui import lecture, training

CHART_CONFIG = {"displayModeBar": False}


def chart(figure, key: str, share: float = HALF) -> None:
    """A chart, enlarged in lecture mode; ``share`` is the part of the main column its column takes."""
    st.plotly_chart(lecture.enlarge(figure, share), key=key, config=CHART_CONFIG, width="stretch")


def curves(page: str, runs: list[Curve], live_index: int | None, metric: str, epochs: int) -> None:
    left, right = st.columns(2)
    with left:
        chart(render.curves_figure("loss", runs, live_index, epochs), f"{page}.chart.loss")
    with right:
        if metric == "weight":  # the single neuron: watch w and b walk to 2 and 1
            history = runs[live_index].history if live_index is not None else {}
            chart(render.weights_figure(history.get("weight", []), history.get("bias", []), epochs), f"{page}.chart.metric")
        else:
            chart(render.curves_figure(metric, runs, live_index, epochs), f"{page}.chart.metric")


def main_metric(dataset: str) -> str:
    info = datasets.get_info(dataset)
    if info.kind == "line":
        return "weight"
    return "accuracy" if info.task in ("classification", "binary") else "mae"


def results(page: str, snapshot: Snapshot | None) -> None:
    """The task's result views, from the latest report the run sent."""
    if snapshot is None or not snapshot.results:
        return
    info = datasets.get_info(snapshot.config.dataset)
    report = snapshot.results
    if info.kind == "line":
        chart(render.line_fit_figure(report["points_x"], report["points_y"], report["line_x"], report["line_y"]), f"{page}.chart.line", share=1)
    elif "confusion" in report:
        left, right = st.columns(2) if "grid" in report else (st.container(), None)
        with left:
            chart(render.confusion_figure(report["confusion"], class_names(info)), f"{page}.chart.confusion", share=HALF if right is not None else 1)
        if right is not None:
            with right:
                grid = report["grid"]
                figure = render.image_grid_figure(
                    grid["images"], grid["true"], grid["predicted"], grid["confidence"], class_names(info), columns=4
                )
                chart(figure, f"{page}.chart.grid")
    elif "predicted" in report:
        chart(render.scatter_figure(report["true"], report["predicted"]), f"{page}.chart.scatter", share=1)


def dense_view(page: str, planned, with_earlier: bool):
    """The live views of a dense-network page: curves (over earlier runs), and results.

    ``planned`` is the config the sliders describe, used for the axes before a run.
    """

    def draw_curves(snapshot: Snapshot | None) -> None:
        runs, live = training.overlay(page, snapshot, with_earlier)
        shown = snapshot.config if snapshot else planned
        curves(page, runs, live, main_metric(shown.dataset), shown.epochs)

    return draw_curves, lambda snapshot: results(page, snapshot)
