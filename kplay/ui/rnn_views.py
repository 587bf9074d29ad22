"""The RNN page's live views: curves, the forecast plot with its verdict, sequence results."""

from __future__ import annotations

import streamlit as st

from kplay import render, series
from kplay.errors import KplayError
from kplay.i18n import t
from kplay.render.forecast import baseline_curve_figure, forecast_figure
from kplay.training import Snapshot
from kplay.ui import results, training
from kplay.ui.results import chart
from kplay.ui.widgets import key_of

CALENDARS = {"airline": "1949-01"}  # first month of series that have dates
UNITS = {"airline": "rnn.unit_airline"}


def _forecast_results(page: str, snapshot: Snapshot) -> None:
    report, config = snapshot.results, snapshot.config
    unit = t(UNITS[config.dataset]) if config.dataset in UNITS else ""
    chart(forecast_figure(report, CALENDARS.get(config.dataset), unit), f"{page}.chart.forecast", share=1)
    st.markdown(f"**{t('rnn.baselines_heading')}**")
    for name, beats, network, base in series.verdicts(report["rmse"]):
        text = t("rnn.beats" if beats else "rnn.loses", baseline=t(f"rnn.{name}"), network=network, base=base,
                 ratio=network / base)
        (st.success if beats else st.warning)(text, icon=":material/check_circle:" if beats else ":material/cancel:")
    st.caption(t("rnn.train_rmse", rmse=report["rmse"]["train"]) + " " + t("rnn.baselines_explained"))


def views(page: str, planned):
    """(live curves, slower results) for the workspace; ``planned`` sets the axes before a run."""

    def draw(snapshot: Snapshot | None) -> None:
        runs, live = training.overlay(page, snapshot, with_earlier=False)
        shown = snapshot.config if snapshot else planned
        if shown.task != "forecast":
            results.curves(page, runs, live, "accuracy", shown.epochs)
            return
        left, right = st.columns(2)
        with left:
            chart(render.curves_figure("loss", runs, live, shown.epochs), f"{page}.chart.loss")
        with right:
            history = snapshot.history if snapshot else {}
            chart(baseline_curve_figure(history, shown.epochs), f"{page}.chart.baselines")

    def draw_results(snapshot: Snapshot | None) -> None:
        if snapshot is None or not snapshot.results:
            return
        if snapshot.config.task == "forecast":
            _forecast_results(page, snapshot)
        else:
            results.results(page, snapshot)

    return draw, draw_results


def side_note(config):
    def note() -> None:
        if config.task == "forecast":
            if config.dataset == "airline":
                st.caption(t("rnn.airline_source"))
            st.caption(t("rnn.split_note", share=config.validation_split))
        elif config.dataset == "mnist5k":
            st.caption(t("rnn.rows_note"))

    return note


def sentiment_box(page: str) -> None:
    """Type a review, ask the trained model: any text is accepted, none crashes the page."""
    st.subheader(t("rnn.sentiment_heading"))
    run = training.current_run(page)
    with st.form(key_of(page, "sentiment_form")):
        text = st.text_area(t("rnn.sentiment_box"), t("rnn.sentiment_default"), key=key_of(page, "review"), max_chars=5000)
        asked = st.form_submit_button(t("rnn.sentiment_button"), disabled=run is None)
    if run is None:
        st.caption(t("rnn.sentiment_wait"))
        return
    if not asked:
        return
    if not any(ch.isascii() and ch.isalnum() for ch in text):
        st.info(t("rnn.sentiment_empty"))
        return
    try:
        answer = run.query("sentiment", text=text)
    except KplayError as error:
        st.warning(str(error))
        return
    positive = answer["positive"]
    label = t("rnn.sentiment_positive" if positive >= 0.5 else "rnn.sentiment_negative")
    st.metric(label, t("rnn.sentiment_result", p=positive))
    st.progress(positive)
