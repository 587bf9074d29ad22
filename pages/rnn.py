"""RNN (ch.5): forecast a time series from a window of its past, or classify sequences."""

import streamlit as st

from kplay import datasets
from kplay.fields import fields_of
from kplay.i18n import t
from kplay.models.rnn import DATASETS_BY_TASK, TARGETS, TASKS, RnnConfig
from kplay.presets import PRESETS
from kplay.ui import rnn_views, share
from kplay.ui.presets import preset_picker
from kplay.ui.shell import through_app_navigation
from kplay.ui.widgets import key_of, widgets
from kplay.ui.workspace import workspace

PAGE = "rnn"
FIELDS = fields_of(RnnConfig)
DATA_LABELS = {name: f"rnn.series_{name}" for name in DATASETS_BY_TASK["forecast"]} | {
    name: f"rnn.set_{name}" for name in DATASETS_BY_TASK["classify"]
}


# Switching the task loads settings that suit it: 100 epochs fit a 144-month series, not 5 000 digits.
TASK_PRESETS = {"forecast": "LSTM forecast: predict the change", "classify": "Digits read row by row"}


def _task_defaults() -> None:
    task = st.session_state[key_of(PAGE, "task")]
    preset = next(p for p in PRESETS[PAGE] if p.name == TASK_PRESETS[task])
    for name, value in preset.values.items():
        st.session_state[key_of(PAGE, name)] = value


def choose(name: str, options: tuple, label: str, labels, radio: bool = False, on_change=None):
    """A translated choice kept in the page's session state (presets write the same key)."""
    key = key_of(PAGE, name)
    share.track(PAGE, FIELDS[name], options)  # in the URL like the fields drawn by kplay.ui.widgets
    if st.session_state.get(key) not in options:
        default = FIELDS[name].default
        st.session_state[key] = default if default in options else options[0]
    widget = st.radio if radio else st.selectbox
    return widget(label, options, key=key, format_func=lambda o: t(labels(o)), on_change=on_change)


through_app_navigation()
st.title(t("rnn.title"))
st.markdown(t("rnn.intro"))

with st.sidebar:
    preset_picker(PAGE)
    st.divider()
    task = choose("task", TASKS, t("rnn.task_label"), lambda o: f"rnn.task_{o}", radio=True, on_change=_task_defaults)
    dataset = choose("dataset", DATASETS_BY_TASK[task], t("rnn.data_heading"), DATA_LABELS.get)
    settings = {"task": task, "dataset": dataset}
    if task == "forecast":
        if dataset != "airline":
            settings.update(widgets(PAGE, RnnConfig, ("length", "noise")))
        settings.update(widgets(PAGE, RnnConfig, ("window", "horizon")))
        settings["target"] = choose("target", TARGETS, t("rnn.target_label"), lambda o: f"rnn.target_{o}")
    elif dataset == "imdb":
        with st.expander(t("rnn.imdb_heading"), expanded=True):
            settings.update(widgets(PAGE, RnnConfig, ("words", "text_length", "embedding")))
    with st.expander(t("rnn.model_heading"), expanded=True):
        settings.update(widgets(PAGE, RnnConfig, ("cell", "units", "layers", "bidirectional", "dropout")))
    with st.expander(t("rnn.training_heading"), expanded=True):
        settings.update(widgets(PAGE, RnnConfig, ("optimizer", "learning_rate", "epochs", "batch_size",
                                                  "validation_split", "seed")))

config = RnnConfig(**settings)
if dataset == "imdb" and not datasets.available_now("imdb"):
    st.warning(t("rnn.imdb_missing"), icon=":material/cloud_off:")
workspace(PAGE, config, *rnn_views.views(PAGE, config), side=rnn_views.side_note(config))
if dataset == "imdb":
    rnn_views.sentiment_box(PAGE)
