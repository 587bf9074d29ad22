"""Applied (ch.9): data augmentation and transfer learning, each a side-by-side comparison."""

import pandas as pd
import streamlit as st

from kplay import urlstate
from kplay.render.augment_preview import example_images, preview
from kplay.errors import ConfigError
from kplay.fields import fields_of
from kplay.i18n import field_help, field_label, t
from kplay.models import AugmentConfig, TransferConfig, summarize
from kplay.models.augment import FLIPS
from kplay.models.transfer import new_head, transfer_pair
from kplay.render import pair as pair_render
from kplay.render.augment import preview_tiles
from kplay.ui import share
from kplay.ui.online_tab import ONLINE, online_tab
from kplay.ui.presets import preset_picker
from kplay.ui.results import chart
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import field_widget, key_of, settings_row
from kplay.ui.workspace import workspace

AUGMENT, TRANSFER = "applied_augment", "applied_transfer"
PREVIEW_COUNT = 15
AUGMENT_FIELDS, TRANSFER_FIELDS = fields_of(AugmentConfig), fields_of(TransferConfig)
PREVIEW_DIGIT_LINK = urlstate.field("preview_digit", "choice", 3, options=tuple(range(10)))

through_app_navigation()
# The tabs all have epochs, seeds, ...: their URL parameters are augment.epochs, transfer.epochs, online.epochs.
share.scope(AUGMENT, "augment")
share.scope(TRANSFER, "transfer")
share.scope(ONLINE, "online")
st.title(t("applied.title"))
st.markdown(t("applied.intro"))

with st.sidebar:
    preset_picker(AUGMENT, t("applied.presets_augment"))
    st.divider()
    preset_picker(TRANSFER, t("applied.presets_transfer"))
    st.divider()
    preset_picker(ONLINE, t("online.presets"))


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
    share.track(AUGMENT, AUGMENT_FIELDS["flip"], FLIPS)  # in the URL like the fields drawn by field_widget
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
    settings = settings_row(AUGMENT, AUGMENT_FIELDS, ("dataset", "subset", "epochs", "learning_rate"))
    with st.expander(t("applied.more_settings")):
        settings.update(settings_row(AUGMENT, AUGMENT_FIELDS, ("batch_size", "optimizer", "validation_split", "seed")))
    config = AugmentConfig(**strengths, **settings)
    with shown:
        st.markdown(f"**{t('applied.preview_title')}**")
        digit_key, draws_key = key_of(AUGMENT, "preview_digit"), key_of(AUGMENT, "preview_draws")
        share.extra(AUGMENT, (PREVIEW_DIGIT_LINK,))
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
    settings = settings_row(TRANSFER, TRANSFER_FIELDS, ("per_class", "frozen_layers", "conv_blocks", "pretrain_epochs", "epochs"))
    with st.expander(t("applied.more_settings")):
        settings.update(settings_row(TRANSFER, TRANSFER_FIELDS, ("dataset", "learning_rate", "batch_size", "optimizer",
                                                                 "validation_split", "seed")))
    config = TransferConfig(**settings)
    runs = (("scratch", t("applied.run_scratch")), ("transfer", t("applied.run_transfer")))
    workspace(TRANSFER, config, comparison_view(TRANSFER, runs, config.epochs, transfer_gap), pretrain_note,
              side=frozen_table(config))


augment, transfer, online = st.tabs([t("applied.tab_augment"), t("applied.tab_transfer"), t("online.tab")])
with augment:
    augment_tab()
with transfer:
    transfer_tab()
with online:
    online_tab()
