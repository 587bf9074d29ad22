"""The applied page's third tab: transfer learning with a frozen ImageNet backbone (online path).

Needs the backbone's weights in the Keras cache; without them the workspace names the
missing file and a button offers to fetch it. An uploaded ZIP of class folders is checked
and previewed either way (``kplay.ui.image_set``).
"""

from __future__ import annotations

import streamlit as st

from kplay import render
from kplay.models import backbones
from kplay.datasets.downloads import can_reach
from kplay.errors import KplayError
from kplay.fields import fields_of
from kplay.i18n import t
from kplay.models import OnlineTransferConfig
from kplay.render.classification import image_grid_figure
from kplay.ui import image_set, picture_input, training
from kplay.ui.results import chart
from kplay.ui.widgets import key_of, settings_row
from kplay.ui.workspace import workspace
from kplay.inputs.uploads import read_image

ONLINE = "applied_online"
ONLINE_FIELDS = fields_of(OnlineTransferConfig)


def fetch_weights(backbone: str) -> None:
    try:
        if not can_reach():
            raise KplayError(backbones.failed(backbone, t("online.no_internet")))
        backbones.download(backbone)
    except KplayError as error:
        st.session_state[key_of(ONLINE, "download_error")] = str(error)


def weights_note(backbone: str) -> None:
    """Which weights file is in use, or a button that fetches the missing one (the workspace says what is missing)."""
    missing = backbones.missing_weights(backbone)
    if missing is None:
        st.caption(t("online.weights_ready", file=backbones.weights_path(backbone)))
        return
    st.button(t("online.download", backbone=backbone), on_click=fetch_weights, args=(backbone,), icon=":material/download:",
              help=t("online.download_help", file=missing.file, url=missing.url, folder=missing.folder),
              key=key_of(ONLINE, "download"))
    failed = st.session_state.pop(key_of(ONLINE, "download_error"), None)
    if failed:
        st.error(failed, icon=":material/cloud_off:")


def online_view(snapshot) -> None:
    runs, live = training.overlay(ONLINE, snapshot, with_earlier=False)
    epochs = snapshot.epochs if snapshot else 1
    left, right = st.columns(2)
    for column, metric in ((left, "accuracy"), (right, "loss")):
        with column:
            chart(render.curves_figure(metric, runs, live, epochs), f"{ONLINE}.chart.{metric}")
    report = snapshot.results if snapshot else None
    if not report or "grid" not in report:
        st.caption(t("online.waiting"))
        return
    grid = report["grid"]
    st.caption(t("online.accuracy", accuracy=report["validation_accuracy"], count=report["validation_images"]))
    wrong = int((grid["true"] != grid["predicted"]).sum())
    title = t("online.grid_title", wrong=wrong, count=len(grid["true"]))  # validation pictures, not test ones
    chart(image_grid_figure(grid["images"], grid["true"], grid["predicted"], grid["confidence"], report["class_names"], title=title),
          f"{ONLINE}.chart.grid", share=1)


def online_tab() -> None:
    st.markdown(t("online.lead"))
    settings = settings_row(ONLINE, ONLINE_FIELDS, ("backbone", "source", "image_size", "epochs"))
    with st.expander(t("applied.more_settings")):
        settings.update(settings_row(ONLINE, ONLINE_FIELDS, ("head_units", "dropout", "learning_rate", "batch_size")))
        settings.update(settings_row(ONLINE, ONLINE_FIELDS, ("images", "optimizer", "validation_split", "seed")))
    weights_note(settings["backbone"])
    checked = None
    if settings["source"] == "upload":
        checked = image_set.image_set_upload(ONLINE, settings["image_size"])
    if checked is not None:
        settings.update(image_set=checked["key"], classes=len(checked["class_names"]))
        image_set.preview(checked)
    workspace(ONLINE, OnlineTransferConfig(**settings), online_view)
    run = training.current_run(ONLINE)
    snapshot = run.snapshot() if run else None
    if snapshot is not None and snapshot.status == "finished" and snapshot.results:
        try_online(run, snapshot.config)


def try_online(run, trained: OnlineTransferConfig) -> None:
    """A new picture through the frozen base and the trained head: its three likeliest classes."""
    st.subheader(t("online.try_title"))
    size = trained.image_size
    picture_column, answer_column = st.columns([1, 2])
    with picture_column:
        picture = picture_input.uploaded(key_of(ONLINE, "try"), lambda data: read_image(data, size),
                                         t("online.try_upload"), t("online.try_help", size=size))
    if picture is None:
        return
    try:
        answer = run.query("predict", image=picture, timeout=30)
    except KplayError as error:
        st.error(str(error), icon=":material/error:")
        return
    picture_column.image((picture * 255).round().astype("uint8"), width=160)
    with answer_column:
        for index in answer["probabilities"].argsort()[::-1][:3]:
            probability = float(answer["probabilities"][index])
            st.progress(probability, text=t("online.try_class", name=answer["class_names"][index], probability=probability))
