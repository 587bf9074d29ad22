"""CNN (ch.4): convolution blocks on digits and pictures; see what the filters and feature maps learn."""

import streamlit as st

from kplay import datasets, urlstate
from kplay.inputs import images
from kplay.errors import KplayError
from kplay.i18n import t
from kplay.models import CnnConfig
from kplay.models.cnn import MAX_BLOCKS
from kplay.render import convolution
from kplay.training import Snapshot
from kplay.ui import results, share, training
from kplay.ui.picture_input import picture_input
from kplay.ui.presets import preset_picker
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import key_of, widgets
from kplay.ui.workspace import workspace

PAGE = "cnn"
FILTER_CHOICES = (4, 8, 16, 32, 64, 128)
KERNEL_CHOICES = (1, 3, 5, 7)
POOL_CHOICES = (0, 2, 3, 4)
DEFAULTS = CnnConfig()
TEST_IMAGES_SHOWN = 100  # the first test images offered for the feature-map view
# The block editor's own sliders, shared in the URL like the config fields (see kplay.ui.share.extra).
BLOCKS_LINK = urlstate.field("blocks", "int", len(DEFAULTS.filters), min=1, max=MAX_BLOCKS)
BLOCK_LINKS = {
    name: urlstate.per_layer(name, template, MAX_BLOCKS)
    for name, template in (
        ("filters", urlstate.field("filters", "choice", 32, options=FILTER_CHOICES)),
        ("kernel_size", urlstate.field("kernel_size", "choice", 3, options=KERNEL_CHOICES)),
        ("strides", urlstate.field("strides", "choice", 1, options=(1, 2, 3))),
        ("pool", urlstate.field("pool", "choice", 2, options=POOL_CHOICES)),
        ("dropout", urlstate.field("dropout", "float", 0.0, min=0.0, max=0.9, step=0.05)),
    )
}

through_app_navigation()
st.title(t("cnn.title"))
st.markdown(t("cnn.intro"))


def block_editor() -> dict[str, tuple]:
    """The per-block sliders: filters, kernel, stride, pooling and dropout of each conv block."""
    count_key = key_of(PAGE, "blocks")
    share.extra(PAGE, (BLOCKS_LINK,))
    st.session_state.setdefault(count_key, len(DEFAULTS.filters))
    count = st.slider(t("cnn.blocks"), 1, MAX_BLOCKS, key=count_key, help=t("cnn.blocks_help"))
    values = {"filters": [], "kernel_size": [], "strides": [], "pool": [], "dropout": []}
    for index in range(count):
        keys = {name: key_of(PAGE, f"{name}_{index}") for name in values}
        fallback = min(index, len(DEFAULTS.filters) - 1)
        share.extra(PAGE, (links[index] for links in BLOCK_LINKS.values()))
        for name in values:
            st.session_state.setdefault(keys[name], getattr(DEFAULTS, name)[fallback])
        st.markdown(f"**{t('cnn.block', number=index + 1)}**")
        left, right = st.columns(2)
        values["filters"].append(left.select_slider(t("cnn.filters"), FILTER_CHOICES, key=keys["filters"]))
        values["kernel_size"].append(right.select_slider(t("cnn.kernel"), KERNEL_CHOICES, key=keys["kernel_size"],
                                                         format_func=lambda k: f"{k}x{k}"))
        left, right = st.columns(2)
        values["strides"].append(left.select_slider(t("cnn.stride"), (1, 2, 3), key=keys["strides"]))
        values["pool"].append(right.select_slider(t("cnn.pool"), POOL_CHOICES, key=keys["pool"],
                                                  format_func=lambda p: f"{p}x{p}" if p else t("cnn.no_pool")))
        values["dropout"].append(st.slider(t("cnn.dropout"), 0.0, 0.9, step=0.05, key=keys["dropout"]))
    return {name: tuple(items) for name, items in values.items()}


with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    settings = widgets(PAGE, CnnConfig, ("dataset",))
    with st.expander(t("cnn.blocks_section"), expanded=True):
        settings.update(block_editor())
        settings.update(widgets(PAGE, CnnConfig, ("pooling", "padding", "batch_norm", "activation")))
    with st.expander(t("cnn.head_section"), expanded=True):
        settings.update(widgets(PAGE, CnnConfig, ("dense_units", "dense_dropout")))
    settings.update(widgets(PAGE, CnnConfig, ("optimizer", "learning_rate", "epochs", "batch_size", "validation_split", "seed")))

config = CnnConfig(**settings)


def _answer(snapshot: Snapshot, name: str, **arguments) -> dict | None:
    """The run's answer to a query, asked again only when the model has moved on (each epoch)."""
    run = training.current_run(PAGE)
    if run is None:
        return None
    cache = st.session_state.setdefault(f"{PAGE}.answers", {})
    key = (run.label, name, snapshot.epoch, snapshot.active, repr(arguments))
    if key not in cache:
        try:
            cache.clear()  # only the latest answers are worth keeping
            cache[key] = run.query(name, **arguments)
        except KplayError as error:
            st.info(str(error), icon=":material/info:")
            return None
    return cache[key]


def feature_maps(snapshot: Snapshot, class_names: tuple) -> None:
    st.subheader(t("cnn.inside_header"))
    st.caption(t("cnn.inside_caption"))
    index = st.slider(t("cnn.test_image"), 0, TEST_IMAGES_SHOWN - 1, key=key_of(PAGE, "test_image"))
    answer = _answer(snapshot, "feature_maps", index=index)
    if not answer:
        return
    picture, maps = st.columns([1, 2])
    with picture:
        results.chart(convolution.picture_figure(answer["image"], t("cnn.test_image_title", number=index, name=class_names[answer["true"]])), f"{PAGE}.chart.picture", share=1 / 3)
        results.chart(convolution.probabilities_figure(answer["probabilities"], class_names), f"{PAGE}.chart.maps_probabilities", share=1 / 3)
    with maps:
        results.chart(convolution.feature_maps_figure(answer["layers"]), f"{PAGE}.chart.maps", share=2 / 3)


def draw_results(snapshot: Snapshot | None) -> None:
    """The dense pages' confusion matrix and predictions, then what the convolutions learned."""
    results.results(PAGE, snapshot)
    if snapshot is None or not snapshot.results:
        return
    report, info = snapshot.results, datasets.get_info(snapshot.config.dataset)
    left, right = st.columns(2)
    with left:
        results.chart(convolution.filters_figure(report["filters"]), f"{PAGE}.chart.filters")
        st.caption(t("cnn.filters_caption"))
    with right:
        if len(report["wrong"]["true"]):
            results.chart(convolution.wrong_grid_figure(report["wrong"], info.class_names), f"{PAGE}.chart.wrong")
        else:
            st.success(t("cnn.none_wrong"), icon=":material/check_circle:")
    feature_maps(snapshot, info.class_names)


@st.fragment
def your_own_picture() -> None:
    """Classify a drawn or uploaded picture with the trained model."""
    st.subheader(t("cnn.own_header"))
    run = training.current_run(PAGE)
    snapshot = run.snapshot() if run else None
    if snapshot is None or not snapshot.results:
        st.info(t("cnn.own_train_first"), icon=":material/touch_app:")
        return
    info = datasets.get_info(snapshot.config.dataset)
    draw, shown = st.columns([1, 2])
    with draw:
        picture = picture_input(f"{PAGE}.own")
    if picture is None:
        shown.info(t("cnn.own_empty"), icon=":material/draw:")
        return
    prepared = images.to_model_input(picture, info.input_shape)
    if prepared is None:
        shown.info(t("cnn.own_blank"), icon=":material/draw:")
        return
    try:
        answer = run.query("classify", image=prepared)
    except KplayError as error:
        shown.info(str(error), icon=":material/info:")
        return
    with shown:
        seen, bars = st.columns([1, 2])
        with seen:
            results.chart(convolution.picture_figure(prepared[0], t("cnn.own_seen")), f"{PAGE}.chart.own_picture", share=2 / 9)
        with bars:
            results.chart(convolution.probabilities_figure(answer["probabilities"], info.class_names), f"{PAGE}.chart.own_probabilities", share=4 / 9)


def clear_button() -> None:
    st.button(t("cnn.clear_runs"), on_click=training.clear_kept, args=(PAGE,), icon=":material/delete_sweep:",
              help=t("cnn.clear_runs_help"))


draw_curves, _ = results.dense_view(PAGE, config, with_earlier=True)
workspace(PAGE, config, draw_curves, draw_results, side=clear_button)
st.divider()
your_own_picture()
