"""Autoencoder (ch.6): live reconstructions, the latent map and a decoder explorer."""

import math

import streamlit as st

from kplay import datasets, render, urlstate
from kplay.errors import KplayError
from kplay.fields import fields_of
from kplay.i18n import t
from kplay.models import AutoencoderConfig
from kplay.models.autoencoder import AE_DATASETS, MAX_HIDDEN_LAYERS, code_shape
from kplay.render import Curve
from kplay.render.autoencoder import latent_map_figure, reconstruction_grid_figure, upscaled
from kplay.training import Snapshot
from kplay.ui import share, training
from kplay.ui.presets import preset_picker
from kplay.ui.results import chart
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import field_widget, key_of, widgets
from kplay.ui.workspace import workspace

PAGE = "autoencoder"
FIELDS = fields_of(AutoencoderConfig)
UNIT_CHOICES = (16, 32, 64, 128, 256, 512)
# The hidden-layer editor's own sliders, shared in the URL like the config fields (see kplay.ui.share.extra).
LAYERS_LINK = urlstate.field("layers", "int", 0, min=0, max=MAX_HIDDEN_LAYERS)
UNITS_LINK = urlstate.per_layer("units", urlstate.field("units", "choice", 64, options=UNIT_CHOICES), MAX_HIDDEN_LAYERS)

through_app_navigation()
st.title(t("autoencoder.title"))
st.markdown(t("autoencoder.intro"))


def hidden_editor() -> tuple:
    """How many dense encoder layers before the code, and a units slider for each."""
    count_key = key_of(PAGE, "layers")
    share.extra(PAGE, (LAYERS_LINK,))
    st.session_state.setdefault(count_key, 0)
    count = st.slider(t("autoencoder.hidden_layers"), 0, MAX_HIDDEN_LAYERS, key=count_key,
                      help=t("autoencoder.hidden_layers_help"))
    units = []
    for index in range(count):
        key = key_of(PAGE, f"units_{index}")
        share.extra(PAGE, (UNITS_LINK[index],))
        st.session_state.setdefault(key, 128 if index == 0 else 64)
        units.append(st.select_slider(t("autoencoder.layer_units", n=index + 1), UNIT_CHOICES, key=key))
    return tuple(units)


with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    settings = widgets(PAGE, AutoencoderConfig, ("dataset", "kind"), {"dataset": AE_DATASETS})
    hidden = ()
    with st.expander(t("autoencoder.architecture"), expanded=True):
        if settings["kind"] == "dense":
            hidden = hidden_editor()
            settings.update(widgets(PAGE, AutoencoderConfig, ("latent_size", "latent_activation")))
        else:
            settings.update(widgets(PAGE, AutoencoderConfig, ("conv_blocks", "conv_filters", "latent_channels", "latent_activation")))
    with st.expander(t("autoencoder.noise"), expanded=True):
        settings.update(widgets(PAGE, AutoencoderConfig, ("denoising",)))
        settings["noise_level"] = field_widget(PAGE, FIELDS["noise_level"], disabled=not settings["denoising"])
    with st.expander(t("autoencoder.training"), expanded=True):
        settings.update(widgets(PAGE, AutoencoderConfig, ("loss", "optimizer", "learning_rate", "epochs", "batch_size",
                                                          "validation_split", "seed")))

config = AutoencoderConfig(hidden_units=hidden, **settings)


def draw_curves(snapshot: Snapshot | None) -> None:
    """The loss and the test reconstruction error, over earlier runs."""
    runs, live = training.overlay(PAGE, snapshot, with_earlier=True)
    epochs = (snapshot.config if snapshot else config).epochs
    left, right = st.columns(2)
    # A legend entry a run on both (the loss's title says which line is validation): the error
    # has one curve a run, and the loss's training and validation entries left its plot 75 px shorter.
    with left:
        figure = render.curves_figure("loss", runs, live, epochs, by_run=True)
        chart(render.titled(figure, t("autoencoder.loss_title")), f"{PAGE}.chart.loss")
    with right:
        # The error curve carries no per-batch trace: only the loss chart has one.
        plain = [Curve(run.label, run.history) for run in runs]
        figure = render.curves_figure("test_mse", plain, live, epochs, by_run=True)
        chart(render.titled(figure, t("autoencoder.mse_title")), f"{PAGE}.chart.mse")


def _point(report: dict) -> tuple[float, float]:
    """The explorer's sliders (-1..1) mapped onto the map's range of codes."""
    point = []
    for axis, name in enumerate(("x", "y")):
        low, high = float(report["points"][:, axis].min()), float(report["points"][:, axis].max())
        pad = 0.05 * (high - low or 1.0)
        key = key_of(PAGE, f"explore_{name}")
        st.session_state.setdefault(key, 0.0)  # start at the map's centre
        position = st.slider(t(f"autoencoder.explore_{name}"), -1.0, 1.0, step=0.02, key=key,
                             help=t("autoencoder.explore_help"))
        point.append((low + high) / 2 + position * ((high - low) / 2 + pad))
    return point[0], point[1]


def _decoded(snapshot: Snapshot, point: tuple[float, float]):
    """The run's decoder at ``point``; answers are kept, so redraws do not ask again."""
    run = training.current_run(PAGE)
    cache = st.session_state.setdefault(f"{PAGE}.decoded", {})
    key = (run.label, snapshot.status, point)
    if key not in cache:
        cache.clear()
        cache[key] = run.query("decode", point=list(point))["image"]
    return cache[key]


def explorer(snapshot: Snapshot, report: dict) -> tuple[float, float] | None:
    st.markdown(f"**{t('autoencoder.explorer')}**")
    st.caption(t("autoencoder.explorer_note"))
    if snapshot.active:
        st.info(t("autoencoder.explorer_after"), icon=":material/hourglass_top:")
        return None
    point = _point(report)
    try:
        image = _decoded(snapshot, point)
    except KplayError as problem:
        st.warning(str(problem))
        return point
    st.image(upscaled(image, 168), caption=t("autoencoder.decoded_caption", x=point[0], y=point[1]))
    if report.get("projected"):
        st.caption(t("autoencoder.explorer_projected"))
    return point


def draw_results(snapshot: Snapshot | None) -> None:
    """The reconstruction grid, then the latent map beside the decoder explorer."""
    report = snapshot.results if snapshot else {}
    if "reconstructions" not in report:
        st.caption(t("autoencoder.grid_waiting"))
        return
    mse = snapshot.history.get("test_mse", [None])[-1]
    figure = reconstruction_grid_figure(report["originals"], report["reconstructions"], report.get("noisy"), mse)
    chart(figure, f"{PAGE}.chart.grid", share=1)
    left, right = st.columns([3, 2])
    with right:
        point = explorer(snapshot, report)
    with left:
        names = datasets.get_info(snapshot.config.dataset).class_names
        chart(latent_map_figure(report["points"], report["labels"], names, report["projected"], point), f"{PAGE}.chart.map", share=3 / 5)


def side() -> None:
    try:
        shape = code_shape(config)
    except KplayError:
        return
    pixels = math.prod(datasets.get_info(config.dataset).input_shape)
    size = math.prod(shape)
    note = "autoencoder.code_note" if len(shape) > 1 else "autoencoder.code_note_flat"
    st.caption(t(note, shape="x".join(map(str, shape)), size=size, pixels=pixels, ratio=pixels / size))
    st.button(t("autoencoder.clear"), on_click=training.clear_kept, args=(PAGE,), icon=":material/delete_sweep:",
              help=t("autoencoder.clear_help"))


workspace(PAGE, config, draw_curves, draw_results, side=side)
