"""UNET (ch.8): segmentation masks and colourisation, drawn live from a real Keras UNET."""

import numpy as np
import streamlit as st

from kplay import render
from kplay.inputs import images
from kplay.datasets import shapes
from kplay.errors import KplayError
from kplay.fields import fields_of
from kplay.i18n import field_help, t
from kplay.models import UnetConfig
from kplay.models.unet import SEGMENTATION_LOSSES, TASK_DATASETS, TASKS, UPSAMPLING
from kplay.render.masks import colour_grid_figure, colour_masks, mask_grid_figure, overlay
from kplay.ui import picture_input, results, share, training
from kplay.ui.presets import preset_picker
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import key_of, widgets
from kplay.ui.workspace import workspace
from kplay.inputs.uploads import read_image

PAGE = "unet"
FIELDS = fields_of(UnetConfig)
SHOWN_PIXELS = 200  # the uploaded picture and the model's answer are drawn about this big
CURVES = {"segmentation": ("loss", "iou", "dice"), "colourisation": ("loss", "mae")}

through_app_navigation()
st.title(t("unet.title"))
st.markdown(t("unet.intro"))


def option_box(name: str, options: tuple) -> str:
    """A selectbox whose options read as words in the page's language."""
    key, spec = key_of(PAGE, name), FIELDS[name]
    share.track(PAGE, spec, options)  # in the URL like the fields drawn by kplay.ui.widgets
    if st.session_state.get(key) not in options:
        st.session_state[key] = spec.default if spec.default in options else options[0]
    return st.selectbox(t(f"unet.field.{name}"), options, key=key, help=field_help(spec),
                        format_func=lambda option: t(f"unet.option.{option}"))


with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    settings = {"task": option_box("task", TASKS)}
    segmentation = settings["task"] == "segmentation"
    settings["dataset"] = option_box("dataset", TASK_DATASETS[settings["task"]])
    with st.expander(t("unet.section.data"), expanded=True):
        settings.update(widgets(PAGE, UnetConfig, ("image_size", "images")))
        if segmentation:
            settings.update(widgets(PAGE, UnetConfig, ("shapes_per_image", "noise", "clutter")))
            settings["mask_classes"] = option_box("mask_classes", ("binary", "kinds"))
    with st.expander(t("unet.section.model"), expanded=True):
        settings.update(widgets(PAGE, UnetConfig, ("skips", "depth", "base_filters", "convs_per_block", "batch_norm", "dropout")))
        settings["upsampling"] = option_box("upsampling", UPSAMPLING)
    with st.expander(t("unet.section.training"), expanded=True):
        if segmentation:
            settings["loss"] = option_box("loss", SEGMENTATION_LOSSES)
        settings.update(widgets(PAGE, UnetConfig, ("optimizer", "learning_rate", "epochs", "batch_size",
                                                   "validation_split", "seed")))

config = UnetConfig(**settings)


def draw_curves(snapshot) -> None:
    runs, live = training.overlay(PAGE, snapshot, with_earlier=True)
    shown = snapshot.config if snapshot else config
    metrics = CURVES[shown.task]
    for column, metric in zip(st.columns(len(metrics)), metrics):
        with column:
            results.chart(render.curves_figure(metric, runs, live, shown.epochs), f"{PAGE}.chart.{metric}", share=1 / len(metrics))


def draw_grid(snapshot) -> None:
    report = snapshot.results if snapshot else None
    if not report:
        st.caption(t("unet.grid.waiting"))
        return
    if report["task"] == "segmentation":
        figure = mask_grid_figure(report["inputs"], report["true"], report["predicted"], report["class_names"])
    else:
        figure = colour_grid_figure(report["inputs"], report["predicted"], report["true"])
    results.chart(figure, f"{PAGE}.chart.grid", share=1)


def side() -> None:
    st.caption(t(f"unet.about.{config.dataset}"))
    st.button(t("unet.clear"), on_click=training.clear_kept, args=(PAGE,), icon=":material/delete_sweep:",
              help=t("unet.clear_help"))


workspace(PAGE, config, draw_curves, draw_grid, side=side)


# --- after training: the model on a picture of the learner's choosing
def as_uint8(image: np.ndarray) -> np.ndarray:
    return (np.clip(image, 0, 1) * 255).round().astype("uint8")


def show_answer(run, image: np.ndarray, with_input: bool = True) -> None:
    """The trained model's answer for ``image``; ``with_input`` False when the picture is already in view."""
    try:
        answer = run.query("predict", image=image)
    except KplayError as error:
        st.error(str(error), icon=":material/error:")
        return
    picture = as_uint8(image)
    if "mask" in answer:
        n = len(answer["class_names"])
        mask = answer["mask"][None]
        shown = [picture, colour_masks(mask, n)[0], overlay(picture[None], mask, n)[0]]
        captions = [t("unet.row.input"), t("unet.row.predicted"), t("unet.row.overlay")]
    else:
        shown = [answer["grey"], answer["colour"], picture]
        captions = [t("unet.row.grey"), t("unet.row.colourised"), t("unet.row.truth")]
    if not with_input:
        shown, captions = shown[1:], captions[1:]
    scale = max(1, SHOWN_PIXELS // picture.shape[0])  # whole-number scaling keeps pixels sharp
    st.image([np.asarray(i).repeat(scale, 0).repeat(scale, 1) for i in shown], caption=captions)


def new_example(trained) -> None:
    """Fresh shapes, like the training data but never seen (a seed outside the sliders' range)."""
    seed = int(np.random.default_rng().integers(10_000, 1_000_000))
    fresh = shapes.generate(1, trained.image_size, trained.shapes_per_image, trained.noise, trained.clutter,
                            binary=trained.mask_classes == "binary", seed=seed)
    st.session_state[key_of(PAGE, "example")] = fresh.images[0]
    st.session_state[key_of(PAGE, "source")] = "generated"


def picture_sources(trained) -> tuple[str, ...]:
    """Where a picture may come from: drawn shapes and fresh examples suit segmentation only."""
    if trained.task != "segmentation":
        return ("upload",)
    return (("draw",) if picture_input.canvas_available() else ()) + ("upload", "generated")


def source_picker(trained) -> str:
    sources, key = picture_sources(trained), key_of(PAGE, "source")
    if st.session_state.get(key) not in sources:
        st.session_state[key] = sources[0]
    if len(sources) == 1:
        return sources[0]
    pick, generate = st.columns([3, 1], vertical_alignment="bottom")
    source = pick.radio(t("unet.try.source"), sources, key=key, horizontal=True,
                        format_func=lambda option: t(f"unet.try.source_{option}"))
    generate.button(t("unet.try.generate"), key=key_of(PAGE, "generate"), icon=":material/shuffle:",
                    on_click=new_example, args=(trained,))
    return source


def drawn_answer(run, trained) -> None:
    """The canvas, and the model's mask for what is drawn on it, side by side."""
    canvas, answer = st.columns(2)
    with canvas:
        pixels = picture_input.drawing(key_of(PAGE, "draw"), picture_input.SHAPES)
        st.caption(t("unet.try.draw_hint", size=trained.image_size))
    with answer:
        style = picture_input.SHAPES
        image = None if pixels is None else images.drawing_as_picture(pixels, images.hex_rgb(style.background),
                                                                      trained.image_size)
        if image is None:
            st.info(t("unet.try.draw_first"), icon=":material/draw:")
        else:
            show_answer(run, image, with_input=False)


def try_it(run, trained) -> None:
    st.subheader(t("unet.try.title"))
    source = source_picker(trained)
    if source == "draw":
        drawn_answer(run, trained)
        return
    image = None
    if source == "upload":
        st.caption(t("unet.try.help", size=trained.image_size))
        image = picture_input.uploaded(key_of(PAGE, "upload"), lambda data: read_image(data, trained.image_size),
                                       t("unet.try.upload"), t("unet.try.help", size=trained.image_size))
    else:  # a generated example, if it has the trained model's size
        example = st.session_state.get(key_of(PAGE, "example"))
        image = example if example is not None and example.shape[0] == trained.image_size else None
        if image is None:
            st.caption(t("unet.try.generate_first"))
    if image is not None:
        show_answer(run, image)


run = training.current_run(PAGE)
snapshot = run.snapshot() if run else None
if snapshot is not None and not snapshot.active and snapshot.results:
    try_it(run, snapshot.config)
