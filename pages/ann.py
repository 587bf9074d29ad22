"""ANN (ch.1-2): a single neuron fits a line; one hidden layer classifies or regresses."""

import streamlit as st

from kplay import datasets, urlstate
from kplay.fields import fields_of
from kplay.i18n import t
from kplay.models import DenseConfig
from kplay.ui import results, share
from kplay.ui.presets import preset_picker
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import field_widget, key_of, labels_of, widgets
from kplay.ui.workspace import workspace

PAGE = "ann"
EXAMPLES = {
    "line": ("ann.example.line", datasets.names(kinds=("line",))),
    "classification": ("ann.example.classification", datasets.names(tasks=("classification", "binary"), kinds=("image", "tabular"))),
    "regression": ("ann.example.regression", datasets.names(tasks=("regression",), kinds=("tabular",))),
}
FIELDS = fields_of(DenseConfig)
# The page's own widgets, shared in the URL like the config fields (see kplay.ui.share.extra).
EXAMPLE_LINK = urlstate.field("example", "choice", "classification", options=tuple(EXAMPLES))
UNITS_LINK = urlstate.field("units", "int", 128, min=1, max=512)

through_app_navigation()
share.extra(PAGE, (EXAMPLE_LINK,))
st.title(t("ann.title"))
st.markdown(t("ann.intro"))

with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    example_key = key_of(PAGE, "example")
    st.session_state.setdefault(example_key, "classification")
    example = st.radio(t("ann.example"), list(EXAMPLES), format_func=labels_of(EXAMPLES, lambda e: t(EXAMPLES[e][0])),
                       key=example_key)
    dataset = field_widget(PAGE, FIELDS["dataset"], options=EXAMPLES[example][1])
    if example == "line":
        hidden, activation = (), "relu"
    else:
        units_key = key_of(PAGE, "units")
        share.extra(PAGE, (UNITS_LINK,))
        st.session_state.setdefault(units_key, 128)
        hidden = (st.slider(t("ann.units"), 1, 512, key=units_key, help=t("ann.units_help")),)
        activation = field_widget(PAGE, FIELDS["activation"])
    settings = widgets(PAGE, DenseConfig, ("optimizer", "learning_rate", "epochs", "batch_size"))
    if example != "line":
        settings.update(widgets(PAGE, DenseConfig, ("validation_split",)))
    settings.update(widgets(PAGE, DenseConfig, ("seed",)))

config = DenseConfig(dataset=dataset, hidden_units=hidden, dropout=(0.0,) * len(hidden), activation=activation, **settings)
workspace(PAGE, config, *results.dense_view(PAGE, config, with_earlier=False))
