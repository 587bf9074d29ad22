"""GAN (ch.7): a 1-D GAN learns a bell curve; a DCGAN learns to draw digits, live."""

import streamlit as st

from kplay.measures import gan as gan_measures
from kplay.errors import KplayError
from kplay.fields import fields_of
from kplay.i18n import t
from kplay.models import GanConfig
from kplay.models.gan import KINDS, grid_shape
from kplay.presets import PRESETS
from kplay.render import gan as render
from kplay.render.pictures import HALF_COLUMN, MAIN_COLUMN
from kplay.render.style import HALF
from kplay.training import Snapshot
from kplay.ui import share, training
from kplay.ui.presets import _apply as apply_preset
from kplay.ui.presets import preset_picker
from kplay.ui.results import chart
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import key_of, widgets
from kplay.ui.workspace import workspace

PAGE = "gan"
FIRST_PRESET = {kind: next(p for p in PRESETS[PAGE] if p.values["kind"] == kind) for kind in KINDS}  # what choosing a kind loads
OPTIMIZERS = ("adam", "rmsprop", "momentum", "sgd")

through_app_navigation()
st.title(t("gan.title"))
st.markdown(t("gan.intro"))


def _kind_changed() -> None:
    apply_preset(PAGE, FIRST_PRESET[st.session_state[key_of(PAGE, "kind")]])


with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    share.extra(PAGE, (fields_of(GanConfig)["kind"],))  # drawn here as a radio, shared like the rest
    st.session_state.setdefault(key_of(PAGE, "kind"), "1d")
    kind = st.radio(t("gan.kind"), KINDS, key=key_of(PAGE, "kind"), format_func=lambda k: t(f"gan.kind_{k}"),
                    on_change=_kind_changed, help=t("gan.kind_note"))
    settings = {}
    if kind == "1d":
        with st.expander(t("gan.target"), expanded=True):
            settings.update(widgets(PAGE, GanConfig, ("target_mean", "target_std")))
    with st.expander(t("gan.networks"), expanded=True):
        network_settings = ("conditional",) if kind == "image" else ()
        settings.update(widgets(PAGE, GanConfig, (*network_settings, "latent_size", "generator_width", "discriminator_width")))
    with st.expander(t("gan.training"), expanded=True):
        settings.update(widgets(
            PAGE, GanConfig,
            ("optimizer", "learning_rate", "discriminator_learning_rate", "discriminator_steps", "label_smoothing",
             "epochs", "batch_size", "seed"),
            {"optimizer": OPTIMIZERS},
        ))

config = GanConfig(kind=kind, **settings)


def _one_d_statistics(report: dict) -> None:
    columns = st.columns(4)
    columns[0].metric(t("gan.real_mean"), f"{report['real_mean']:.2f}")
    columns[1].metric(t("gan.fake_mean"), f"{report['fake_mean']:.2f}",
                      delta=f"{report['fake_mean'] - report['real_mean']:+.2f}", delta_color="off")
    columns[2].metric(t("gan.real_std"), f"{report['real_std']:.2f}")
    columns[3].metric(t("gan.fake_std"), f"{report['fake_std']:.2f}",
                      delta=f"{report['fake_std'] - report['real_std']:+.2f}", delta_color="off")


def draw_live(snapshot: Snapshot | None) -> None:
    """Fast views: the 1-D distributions (they move every half second) and both players' curves."""
    shown = snapshot.config if snapshot else config
    report = snapshot.results if snapshot else {}
    if report.get("kind") == "1d":
        chart(render.distribution_figure(report), f"{PAGE}.chart.distribution", share=1)
        _one_d_statistics(report)
    history = snapshot.history if snapshot else {}
    left, right = st.columns(2)
    with left:
        chart(render.losses_figure(history, snapshot.batch_loss if snapshot else [], shown.epochs), f"{PAGE}.chart.losses")
    with right:
        chart(render.verdicts_figure(history, shown.epochs), f"{PAGE}.chart.verdicts")


def _diversity_note(snapshot: Snapshot) -> None:
    score = snapshot.results.get("diversity")
    if score is None:
        return
    if gan_measures.collapsed(score, snapshot.epoch) and not snapshot.active:
        st.warning(t("gan.collapse", score=score), icon=":material/content_copy:")
    elif snapshot.epoch < gan_measures.JUDGED_FROM_EPOCH:
        st.caption(t("gan.diversity_early", score=score, epoch=gan_measures.JUDGED_FROM_EPOCH))
    else:
        st.caption(t("gan.diversity", score=score))


def _columns(snapshot: Snapshot) -> int:
    return grid_shape(snapshot.config)[1]


def _timeline(snapshot: Snapshot, label: str, width: int) -> None:
    frames = snapshot.frames
    chosen = st.slider(t("gan.timeline"), 1, len(frames), value=len(frames), key=f"{PAGE}.timeline.{label}",
                       help=t("gan.timeline_help"))
    seconds, epoch, grid = frames[chosen - 1]
    title = t("gan.timeline_title", seconds=seconds, epoch=epoch)
    chart(render.samples_figure(grid, title, _columns(snapshot), width=width), f"{PAGE}.chart.timeline", share=width / MAIN_COLUMN)


def _interpolation(snapshot: Snapshot, label: str, share: float) -> None:
    """Frames between two grid samples, asked of the trained generator once per pair."""
    st.markdown(f"**{t('gan.interpolation')}**")
    st.caption(t("gan.interpolation_note"))
    rows, columns = grid_shape(snapshot.config)
    count = rows * columns
    left, right = st.columns(2)
    a = left.number_input(t("gan.sample_a"), 1, count, 1, key=f"{PAGE}.sample_a")
    b = right.number_input(t("gan.sample_b"), 1, count, 2, key=f"{PAGE}.sample_b")
    stored_key = f"{PAGE}.interpolation"
    stored = st.session_state.get(stored_key)
    if stored is None or stored[0] != (label, a, b):
        try:
            frames = training.current_run(PAGE).query("interpolate", start=a - 1, end=b - 1, steps=10)["frames"]
        except KplayError as error:
            st.warning(str(error))
            return
        stored = st.session_state[stored_key] = ((label, a, b), frames)
    chart(render.frames_figure(stored[1], t("gan.interpolation_title", a=a, b=b)), f"{PAGE}.chart.interpolation", share=share)


def draw_results(snapshot: Snapshot | None) -> None:
    """Slower views: the sample grid (live), then the timeline and latent walks after training."""
    if snapshot is None or not snapshot.results:
        if snapshot is not None and snapshot.config.kind == "image":
            st.caption(t("gan.waiting"))
        return
    report = snapshot.results
    _diversity_note(snapshot)
    if report.get("kind") != "image":
        return
    label = training.current_run(PAGE).label
    if snapshot.config.classes:
        st.caption(t("gan.columns_are_digits"))
    if snapshot.active or len(snapshot.frames) < 2:
        title = t("gan.samples_title", epoch=snapshot.epoch)
        chart(render.samples_figure(report["grid"], title, _columns(snapshot)), f"{PAGE}.chart.samples", share=1)
        return
    if _columns(snapshot) > 6:  # ten digits across are too small to read at half width on a projector
        _timeline(snapshot, label, MAIN_COLUMN)
        _interpolation(snapshot, label, share=1)
        return
    left, right = st.columns(2)
    with left:
        _timeline(snapshot, label, HALF_COLUMN)  # beside the walk
    with right:
        _interpolation(snapshot, label, share=HALF)


workspace(PAGE, config, draw_live, draw_results)
