"""ANN (ch.1-2): a single neuron fits a line; one hidden layer classifies or regresses."""

import streamlit as st

from kplay import datasets, urlstate
from kplay.fields import fields_of
from kplay.models import DenseConfig
from kplay.ui import results, share
from kplay.ui.presets import preset_picker
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import field_widget, widgets, key_of
from kplay.ui.workspace import workspace

PAGE = "ann"
EXAMPLES = {
    "line": ("Single neuron: y = 2x + 1", datasets.names(kinds=("line",))),
    "classification": ("Classification", datasets.names(tasks=("classification", "binary"), kinds=("image", "tabular"))),
    "regression": ("Regression", datasets.names(tasks=("regression",), kinds=("tabular",))),
}
FIELDS = fields_of(DenseConfig)
# The page's own widgets, shared in the URL like the config fields (see kplay.ui.share.extra).
EXAMPLE_LINK = urlstate.field("example", "choice", "classification", options=tuple(EXAMPLES))
UNITS_LINK = urlstate.field("units", "int", 128, min=1, max=512)

through_app_navigation()
share.extra(PAGE, (EXAMPLE_LINK,))
st.title("ANN: from one neuron to one hidden layer")
st.markdown(
    "A neuron computes *w·x + b*. Training nudges *w* and *b* down the slope of the loss. "
    "Add a hidden layer with a non-linearity and the network can classify digits or predict numbers."
)

with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    example_key = key_of(PAGE, "example")
    st.session_state.setdefault(example_key, "classification")
    example = st.radio("Example", list(EXAMPLES), format_func=lambda e: EXAMPLES[e][0], key=example_key)
    dataset = field_widget(PAGE, FIELDS["dataset"], options=EXAMPLES[example][1])
    if example == "line":
        hidden, activation = (), "relu"
    else:
        units_key = key_of(PAGE, "units")
        share.extra(PAGE, (UNITS_LINK,))
        st.session_state.setdefault(units_key, 128)
        hidden = (st.slider("Hidden units", 1, 512, key=units_key, help="Neurons in the one hidden layer."),)
        activation = field_widget(PAGE, FIELDS["activation"])
    settings = widgets(PAGE, DenseConfig, ("optimizer", "learning_rate", "epochs", "batch_size"))
    if example != "line":
        settings.update(widgets(PAGE, DenseConfig, ("validation_split",)))
    settings.update(widgets(PAGE, DenseConfig, ("seed",)))

config = DenseConfig(dataset=dataset, hidden_units=hidden, dropout=(0.0,) * len(hidden), activation=activation, **settings)
workspace(PAGE, config, *results.dense_view(PAGE, config, with_earlier=False))
