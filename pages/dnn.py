"""DNN (ch.3): deep fully connected networks, over-fitting and its cures, runs overlaid."""

import streamlit as st

from kplay import datasets, urlstate
from kplay.fields import fields_of
from kplay.i18n import t
from kplay.models import DenseConfig
from kplay.models.dense import MAX_HIDDEN_LAYERS
from kplay.ui import results, share, training
from kplay.ui.presets import preset_picker
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import key_of, widgets
from kplay.ui.workspace import workspace

PAGE = "dnn"
FIELDS = fields_of(DenseConfig)
UNIT_CHOICES = (4, 8, 16, 32, 50, 64, 100, 128, 256, 512, 1024)
# The page's own widgets, shared in the URL like the config fields (see kplay.ui.share.extra).
LAYERS_LINK = urlstate.field("layers", "int", 2, min=1, max=MAX_HIDDEN_LAYERS)
UNITS_LINK = urlstate.per_layer("units", urlstate.field("units", "choice", 50, options=UNIT_CHOICES), MAX_HIDDEN_LAYERS)
DROPOUT_LINK = urlstate.per_layer("dropout", urlstate.field("dropout", "float", 0.0, min=0.0, max=0.9, step=0.05), MAX_HIDDEN_LAYERS)

through_app_navigation()
share.extra(PAGE, (LAYERS_LINK,))
st.title(t("dnn.title"))
st.markdown(t("dnn.intro"))


def layer_editor() -> tuple[tuple, tuple]:
    """A units and a dropout slider per hidden layer."""
    count_key = key_of(PAGE, "layers")
    st.session_state.setdefault(count_key, 2)
    count = st.slider(t("dnn.hidden_layers"), 1, MAX_HIDDEN_LAYERS, key=count_key)
    units, rates = [], []
    for index in range(count):
        units_key, rate_key = key_of(PAGE, f"units_{index}"), key_of(PAGE, f"dropout_{index}")
        share.extra(PAGE, (UNITS_LINK[index], DROPOUT_LINK[index]))
        st.session_state.setdefault(units_key, 100 if index == 0 else 50)
        st.session_state.setdefault(rate_key, 0.0)
        left, right = st.columns(2)
        units.append(left.select_slider(t("dnn.layer_units", number=index + 1), UNIT_CHOICES, key=units_key))
        rates.append(right.slider(t("dnn.layer_dropout", number=index + 1), 0.0, 0.9, step=0.05, key=rate_key))
    return tuple(units), tuple(rates)


with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    choices = {"dataset": datasets.names(kinds=("image", "tabular"))}
    settings = widgets(PAGE, DenseConfig, ("dataset",), choices)
    with st.expander(t("dnn.layers"), expanded=True):
        hidden, dropout = layer_editor()
    settings.update(widgets(PAGE, DenseConfig, ("activation", "batch_norm", "l2", "loss", "optimizer", "learning_rate",
                                                "epochs", "batch_size", "validation_split", "seed")))

config = DenseConfig(hidden_units=hidden, dropout=dropout, **settings)


def clear_button() -> None:
    st.button(t("dnn.clear"), on_click=training.clear_kept, args=(PAGE,), icon=":material/delete_sweep:",
              help=t("dnn.clear_help"), key=f"{PAGE}.clear")


workspace(PAGE, config, *results.dense_view(PAGE, config, with_earlier=True), side=clear_button)
