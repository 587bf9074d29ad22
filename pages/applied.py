"""Applied (ch.9): data augmentation and transfer learning, each a side-by-side comparison."""

import pandas as pd
import streamlit as st

from kplay import online_backbones, render
from kplay.augment_preview import example_images, preview
from kplay.datasets.downloads import can_reach
from kplay.errors import ConfigError, KplayError
from kplay.fields import fields_of
from kplay.i18n import field_help, field_label, t
from kplay.models import AugmentConfig, OnlineTransferConfig, TransferConfig, summarize
from kplay.models.augment import FLIPS
from kplay.models.transfer import new_head, transfer_pair
from kplay.render import pair as pair_render
from kplay.render.augment import preview_tiles
from kplay.render.classification import image_grid_figure
from kplay.ui import image_set, picture_input, training
from kplay.ui.presets import preset_picker
from kplay.ui.results import chart
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import field_widget, key_of
from kplay.ui.workspace import workspace
from kplay.uploads import read_image

AUGMENT, TRANSFER, ONLINE = "applied_augment", "applied_transfer", "applied_online"
PREVIEW_COUNT = 15
AUGMENT_FIELDS, TRANSFER_FIELDS = fields_of(AugmentConfig), fields_of(TransferConfig)
ONLINE_FIELDS = fields_of(OnlineTransferConfig)

through_app_navigation()
st.title(t("applied.title"))
st.markdown(t("applied.intro"))

with st.sidebar:
    st.subheader(t("applied.presets_augment"))
    preset_picker(AUGMENT)
    st.divider()
    st.subheader(t("applied.presets_transfer"))
    preset_picker(TRANSFER)
    st.divider()
    st.subheader(t("online.presets"))
    preset_picker(ONLINE)


def row(page: str, fields: dict, names: tuple[str, ...]) -> dict:
    """The named settings side by side."""
    values = {}
    for column, name in zip(st.columns(len(names)), names):
        with column:
            values[name] = field_widget(page, fields[name])
    return values


def comparison_view(page: str, runs: tuple[tuple[str, str], ...], epochs: int, gap_text):
    """Live curves of both networks, and the final gap in words once the run ends."""

    def draw(snapshot) -> None:
        history = snapshot.history if snapshot else {}
        shown_epochs = snapshot.epochs if snapshot else epochs
        if snapshot is not None and snapshot.status == "loading" and page == TRANSFER:
            st.caption(t("applied.pretraining"))
        gap = pair_render.final_gap(history)
        if snapshot is not None and not snapshot.active and gap is not None:
            headline, detail = gap_text(snapshot, gap)
            (st.success if gap > 0 else st.warning)(f"**{headline}**", icon=":material/compare_arrows:")
            st.caption(detail)
        left, right = st.columns(2)
        for column, metric in ((left, "accuracy"), (right, "loss")):
            with column:
                chart(pair_render.pair_curves_figure(metric, history, runs, shown_epochs), f"{page}.chart.{metric}")

    return draw


# --- Data augmentation
def flip_widget() -> str:
    key = key_of(AUGMENT, "flip")
    st.session_state.setdefault(key, AUGMENT_FIELDS["flip"].default)
    return st.selectbox(field_label(AUGMENT_FIELDS["flip"]), FLIPS, key=key, help=field_help(AUGMENT_FIELDS["flip"]),
                        format_func=lambda mode: t(f"applied.flip_{mode}"))


def augment_gap(snapshot, gap: float) -> tuple[str, str]:
    history, config = snapshot.history, snapshot.config
    return (t("applied.gap_augment", points=pair_render.points(gap)),
            t("applied.gap_augment_detail", epochs=len(history["val_gap"]), subset=snapshot.results.get("train_images", config.subset),
              plain=history["val_plain_accuracy"][-1], augmented=history["val_augmented_accuracy"][-1]))


def augment_tab() -> None:
    st.markdown(t("applied.augment_lead"))
    sliders, shown = st.columns([2, 3], gap="large")
    with sliders:
        st.markdown(f"**{t('applied.strengths')}**")
        strengths = {name: field_widget(AUGMENT, AUGMENT_FIELDS[name]) for name in ("rotation", "translation", "zoom")}
        strengths["flip"] = flip_widget()
        strengths.update({name: field_widget(AUGMENT, AUGMENT_FIELDS[name]) for name in ("contrast", "noise")})
    st.markdown(f"**{t('applied.experiment')}**")
    settings = row(AUGMENT, AUGMENT_FIELDS, ("dataset", "subset", "epochs", "learning_rate"))
    with st.expander(t("applied.more_settings")):
        settings.update(row(AUGMENT, AUGMENT_FIELDS, ("batch_size", "optimizer", "validation_split", "seed")))
    config = AugmentConfig(**strengths, **settings)
    with shown:
        st.markdown(f"**{t('applied.preview_title')}**")
        digit_key, draws_key = key_of(AUGMENT, "preview_digit"), key_of(AUGMENT, "preview_draws")
        st.session_state.setdefault(digit_key, 3)
        pick, again = st.columns([3, 1], vertical_alignment="bottom")
        digit = pick.select_slider(t("applied.preview_digit"), list(range(10)), key=digit_key)
        if again.button(t("applied.preview_shuffle"), icon=":material/casino:", key=key_of(AUGMENT, "shuffle")):
            st.session_state[draws_key] = st.session_state.get(draws_key, 0) + 1
        images = preview(example_images(config.dataset)[digit], config, PREVIEW_COUNT, seed=st.session_state.get(draws_key, 0))
        st.image(preview_tiles(images, columns=8), width="stretch")
        identity = not any(getattr(config, name) for name in ("rotation", "translation", "zoom", "contrast", "noise")) and config.flip == "none"
        st.caption(t("applied.preview_identity") if identity else t("applied.preview_caption", count=PREVIEW_COUNT))
    runs = (("plain", t("applied.run_plain")), ("augmented", t("applied.run_augmented")))
    workspace(AUGMENT, config, comparison_view(AUGMENT, runs, config.epochs, augment_gap))


# --- Transfer learning
def transfer_gap(snapshot, gap: float) -> tuple[str, str]:
    history, config = snapshot.history, snapshot.config
    return (t("applied.gap_transfer", points=pair_render.points(gap)),
            t("applied.gap_transfer_detail", epochs=len(history["val_gap"]), per_class=config.per_class,
              scratch=history["val_scratch_accuracy"][-1], transfer=history["val_transfer_accuracy"][-1]))


def frozen_table(config: TransferConfig):
    """Each layer of the transferred network: its parameters, and frozen, fine-tuned or new."""

    def side() -> None:
        try:
            _, transferred = transfer_pair(config)
        except ConfigError:
            return  # the workspace shows the message
        rows = summarize(transferred)
        states = []
        for layer, summary in zip(transferred.layers, rows):
            if not summary.params:
                states.append(t("applied.frozen_none"))
            elif not layer.trainable:
                states.append("🔒 " + t("applied.frozen_yes"))
            else:
                states.append(t("applied.frozen_new") if new_head(layer) else t("applied.frozen_tuned"))
        st.markdown(f"**{t('applied.frozen_title')}**")
        st.dataframe(pd.DataFrame({t("applied.frozen_layer"): [r.name for r in rows],
                                   t("applied.frozen_params"): [r.params for r in rows],
                                   t("applied.frozen_state"): states}), hide_index=True, width="stretch")

    return side


def pretrain_note(snapshot) -> None:
    results = snapshot.results if snapshot else {}
    if "pretrain_accuracy" in results:
        text = t("applied.pretrained", accuracy=results["pretrain_accuracy"])
        st.caption(text + (t("applied.pretrained_cached") if results.get("pretrain_cached") else ""))


def transfer_tab() -> None:
    st.markdown(t("applied.transfer_lead"))
    settings = row(TRANSFER, TRANSFER_FIELDS, ("per_class", "frozen_layers", "conv_blocks", "pretrain_epochs", "epochs"))
    with st.expander(t("applied.more_settings")):
        settings.update(row(TRANSFER, TRANSFER_FIELDS, ("dataset", "learning_rate", "batch_size", "optimizer", "validation_split", "seed")))
    config = TransferConfig(**settings)
    runs = (("scratch", t("applied.run_scratch")), ("transfer", t("applied.run_transfer")))
    workspace(TRANSFER, config, comparison_view(TRANSFER, runs, config.epochs, transfer_gap), pretrain_note,
              side=frozen_table(config))


# --- Transfer learning with an ImageNet backbone (online: needs the cached weights)
def fetch_weights(backbone: str) -> None:
    missing = online_backbones.missing_weights(backbone)
    try:
        if not can_reach():
            raise KplayError(t("online.no_internet"))
        online_backbones.download(backbone)
    except KplayError as error:
        st.session_state[key_of(ONLINE, "download_error")] = t("online.download_failed", reason=str(error), file=missing.file,
                                                               folder=missing.folder)


def weights_note(backbone: str) -> None:
    """Which weights file is in use, or a button that fetches the missing one (the workspace says what is missing)."""
    missing = online_backbones.missing_weights(backbone)
    if missing is None:
        st.caption(t("online.weights_ready", file=online_backbones.weights_path(backbone)))
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
    figure = image_grid_figure(grid["images"], grid["true"], grid["predicted"], grid["confidence"], report["class_names"])
    wrong = int((grid["true"] != grid["predicted"]).sum())
    figure.update_layout(title_text=t("online.grid_title", wrong=wrong, count=len(grid["true"])))  # validation, not test
    chart(figure, f"{ONLINE}.chart.grid")


def online_tab() -> None:
    st.markdown(t("online.lead"))
    settings = row(ONLINE, ONLINE_FIELDS, ("backbone", "source", "image_size", "epochs"))
    with st.expander(t("applied.more_settings")):
        settings.update(row(ONLINE, ONLINE_FIELDS, ("head_units", "dropout", "learning_rate", "batch_size")))
        settings.update(row(ONLINE, ONLINE_FIELDS, ("images", "optimizer", "validation_split", "seed")))
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


augment, transfer, online = st.tabs([t("applied.tab_augment"), t("applied.tab_transfer"), t("online.tab")])
with augment:
    augment_tab()
with transfer:
    transfer_tab()
with online:
    online_tab()
