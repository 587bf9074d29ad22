"""The training controls every page shares: buttons, live status, summary and overlays.

A page's run lives in ``st.session_state[f"{page}.run"]`` (per browser session, so two
sessions never see each other's runs). A fragment polls its snapshot while it is active;
the script itself never waits on training.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

import pandas as pd
import streamlit as st
from streamlit import runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

from kplay.errors import KplayError
from kplay.fields import fields_of
from kplay.i18n import field_label, model_name, t, t_or
from kplay.models import ModelSpec, summarize
from kplay.render import Curve
from kplay.training import RESULTS_SECONDS, Run, Snapshot
from kplay.ui import lecture

POLL_SECONDS = 0.4  # live views refresh at least twice a second
FIRST_POLL_SECONDS = 0.1  # until the first batch is done, so it shows at once
MAX_KEPT_RUNS = 8
SUMMARY_CELLS = {"font-size": "0.75rem", "padding": "0.2rem 0.3rem"}  # compact: the summary shares a narrow column


def describe(config: Any) -> str:
    """A one-line description of a config's main settings."""
    parts = []
    for name, spec in fields_of(type(config)).items():
        if not spec.advanced and getattr(config, name) != () and spec.applies(config):
            parts.append(f"{field_label(spec).lower()} {spec.shown(getattr(config, name))}")
    return ", ".join(parts)


def changed_settings(old: Any, new: Any) -> list[str]:
    if type(old) is not type(new):
        return []
    return [
        t("controls.changed", label=field_label(spec), old=spec.shown(getattr(old, name)), new=spec.shown(getattr(new, name)))
        for name, spec in fields_of(type(old)).items()
        if getattr(old, name) != getattr(new, name)
    ]


# --- run state in the session
def current_run(page: str) -> Run | None:
    return st.session_state.get(f"{page}.run")


def _kept(page: str) -> dict[str, Curve]:
    """Ended runs' curves by label, oldest first, for overlays."""
    return st.session_state.setdefault(f"{page}.kept", {})


def _keep_if_ended(page: str, run: Run, snapshot: Snapshot) -> None:
    kept = _kept(page)
    if snapshot.active or run.label in kept or not snapshot.history:
        return
    kept[run.label] = Curve(run.label, snapshot.history)
    for label in list(kept)[:-MAX_KEPT_RUNS]:
        del kept[label]


def run_name(label: str) -> str:
    """A run's label ("run 3") in the page's language."""
    prefix, _, number = label.rpartition(" ")
    return t("controls.run_label", number=number) if prefix == "run" else label


def clear_kept(page: str) -> None:
    _kept(page).clear()


def overlay(page: str, snapshot: Snapshot | None, with_earlier: bool) -> tuple[list[Curve], int | None]:
    """The curves to draw and which one is live: earlier runs (optionally), then this one."""
    run = current_run(page)
    curves = [replace(c, label=run_name(label)) for label, c in _kept(page).items()
              if with_earlier and (run is None or label != run.label)]
    if run is None or snapshot is None:
        return curves, None
    curves.append(Curve(run_name(run.label), snapshot.history, snapshot.batch_loss))
    return curves, len(curves) - 1


def _page_open_check() -> Callable[[], bool] | None:
    """A check of whether this page's browser session is still connected, for its run to ask.

    Outside a server (a bare script) there is nothing to ask; AppTest's stand-in runtime
    always answers yes.
    """
    context = get_script_run_ctx(suppress_warning=True)
    if context is None or not runtime.exists():
        return None
    app_runtime, session = runtime.get_instance(), context.session_id
    return lambda: app_runtime.is_active_session(session)


def _start(page: str, config: Any, step: bool = False, **run_args: Any) -> None:
    old = current_run(page)
    if old is not None:
        old.close()
    number = st.session_state[f"{page}.count"] = st.session_state.get(f"{page}.count", 0) + 1
    try:
        st.session_state[f"{page}.run"] = Run(
            config, step=step, label=f"run {number}", page_open=_page_open_check(), **run_args)
    except KplayError as error:
        st.session_state[f"{page}.start_error"] = str(error)


# --- drawing
def controls(page: str, config: Any | None) -> Snapshot | None:
    """The Train / Pause / Step / Stop row. ``config`` is None when the settings are invalid."""
    run = current_run(page)
    snapshot = run.snapshot() if run else None
    active = bool(snapshot and snapshot.active)
    paused = bool(snapshot and snapshot.status == "paused")
    train, pause, step, stop = st.columns(4)
    train.button(t("controls.train"), type="primary", icon=":material/play_arrow:", width="stretch",
                 disabled=config is None, on_click=_start, args=(page, config), key=f"{page}.train")
    if paused:
        pause.button(t("controls.resume"), icon=":material/resume:", width="stretch", on_click=run.resume, key=f"{page}.resume")
    else:
        pause.button(t("controls.pause"), icon=":material/pause:", width="stretch", disabled=not active,
                     on_click=run.pause if run else None, key=f"{page}.pause")
    if active:
        step.button(t("controls.step"), icon=":material/skip_next:", width="stretch", on_click=run.step,
                    help=t("controls.step_more_help"), key=f"{page}.step")
    else:
        step.button(t("controls.step"), icon=":material/skip_next:", width="stretch", disabled=config is None,
                    on_click=_start, args=(page, config, True), help=t("controls.step_first_help"), key=f"{page}.step")
    stop.button(t("controls.stop"), icon=":material/stop:", width="stretch", disabled=not active,
                on_click=run.stop if run else None, key=f"{page}.stop")
    error = st.session_state.pop(f"{page}.start_error", None)
    if error:
        st.error(error)
    return snapshot


def _seconds(value: float) -> str:
    if value < 60:
        return t("controls.seconds", value=value)
    return t("controls.minutes", minutes=int(value // 60), seconds=int(value % 60))


def _device(device: str) -> str:
    """The worker's "CPU (2 cores)" in the page's language (the worker names it before it has a job)."""
    return re.sub(r"(\d+) cores", lambda match: t("controls.cores", count=match.group(1)), device)


def status_line(snapshot: Snapshot | None) -> None:
    if snapshot is None:
        st.info(t("controls.idle"), icon=":material/touch_app:")
        return
    if snapshot.status in ("starting", "loading"):
        st.progress(0.0, text=t("controls.starting"))
        return
    epoch, batch = snapshot.position
    if snapshot.status == "finished" and not snapshot.epoch:  # only an uploaded model's prediction ends untrained
        text = t("controls.predicted")
    else:
        text = t("controls.epoch_of", epoch=epoch, epochs=snapshot.epochs)
    if snapshot.batches and snapshot.active:
        text += t("controls.batch_of", batch=batch, batches=snapshot.batches)
    text += f" · {_seconds(snapshot.elapsed)}"
    if snapshot.eta is not None:
        text += t("controls.left", time=_seconds(snapshot.eta))
    status = t_or(f"controls.status.{snapshot.status}", snapshot.status.capitalize())
    text = f"**{status}** · {text}"
    if snapshot.device:
        text += t("controls.on_device", device=_device(snapshot.device))
    st.progress(snapshot.progress, text=text)
    lecture.progress_line(snapshot)
    if snapshot.status == "diverged":
        st.error(snapshot.message, icon=":material/warning:")
    elif snapshot.status == "failed":
        st.error(snapshot.message, icon=":material/error:")
        if snapshot.detail:
            with st.expander(t("controls.technical")):
                st.code(snapshot.detail, language=None)
    elif snapshot.status == "stopped" and snapshot.message:
        st.warning(snapshot.message)


def run_settings_note(snapshot: Snapshot | None, config: Any | None) -> None:
    """Say which settings the shown run used, and whether the sliders have moved since."""
    if snapshot is None:
        return
    changes = changed_settings(snapshot.config, config) if config is not None else []
    if changes:
        st.caption(t("controls.moved") + "; ".join(changes) + ".")
    else:
        st.caption(t("controls.this_run", settings=describe(snapshot.config)))


def summary_table(spec: ModelSpec | dict[str, ModelSpec] | None) -> None:
    """The Keras-style summary; a family of several models (a GAN) gets one table each."""
    if spec is None:
        return
    for title, part in (spec.items() if isinstance(spec, dict) else [(t("controls.summary"), spec)]):
        rows = summarize(part)
        total, trainable = sum(r.params for r in rows), sum(r.trainable for r in rows)
        st.markdown(t("controls.parameters", title=model_name(title), total=total, trainable=trainable))
        # The side column is narrow: each layer's output shape goes under its name, and a long name
        # wraps rather than push Params out of view.
        table = pd.DataFrame(
            {
                t("controls.layer_output"): [f"{r.name}  \n:gray[{'x'.join(map(str, r.output_shape))}]" for r in rows],
                t("controls.params"): [f"{r.params:,}" for r in rows],
            }
        )
        style = table.style.set_properties(**SUMMARY_CELLS).set_properties(subset=table.columns[:1], **{"overflow-wrap": "anywhere"})
        st.table(style, hide_index=True, border="horizontal")


def _started(snapshot: Snapshot) -> bool:
    return bool(snapshot.batch or snapshot.epoch)


def live_panel(page: str, draw: Callable[[Snapshot | None], None], draw_results: Callable[[Snapshot | None], None] | None = None) -> None:
    """Status and ``draw(snapshot)``, re-run every few tenths of a second while a run is active.

    ``draw_results`` (confusion matrices, image grids) refreshes every RESULTS_SECONDS
    in a fragment of its own: results change once per report, and redrawing them with
    every curve update kept the browser busy enough to flicker on 2 cores.
    """
    run = current_run(page)
    first = run.snapshot() if run else None
    polling = bool(first and first.active)
    interval = POLL_SECONDS if first and _started(first) else FIRST_POLL_SECONDS

    @st.fragment(run_every=interval if polling else None)
    def panel() -> None:
        snapshot = run.snapshot() if run else None
        status_line(snapshot)
        if run and snapshot:
            _keep_if_ended(page, run, snapshot)
        draw(snapshot)
        # A full rerun stops polling when the run ends (and refreshes the buttons), and
        # slows polling down once the first batch is on screen.
        if polling and snapshot and (not snapshot.active or _started(snapshot) != _started(first)):
            st.rerun()

    @st.fragment(run_every=RESULTS_SECONDS if polling else None)
    def results_panel() -> None:
        draw_results(run.snapshot() if run else None)

    panel()
    if draw_results is not None:
        results_panel()
