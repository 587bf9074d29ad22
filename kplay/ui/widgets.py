"""Widgets drawn from config field descriptions, so every page's controls look alike.

Each widget's value lives in ``st.session_state[f"{page}.{field}"]``: presets write
there, and the widget is created with its key only (no ``value=``), which keeps
Streamlit from warning about two sources of truth.
"""

from __future__ import annotations

import math
from typing import Any

import streamlit as st

from kplay.fields import Field, fields_of
from kplay.ui import lecture, share

OPTION_LABELS = {
    "auto": "auto (the task's usual loss)",
    "categorical_crossentropy": "categorical cross-entropy",
    "binary_crossentropy": "binary cross-entropy",
    "mse": "mean squared error",
    "mae": "mean absolute error",
    "sgd": "SGD",
    "momentum": "SGD + momentum",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSProp",
    "adam": "Adam",
    "adadelta": "Adadelta",
    "leaky_relu": "Leaky ReLU",
    "relu": "ReLU",
    "prelu": "PReLU",
    "elu": "ELU",
    "selu": "SELU",
    "gelu": "GELU",
}


def key_of(page: str, name: str) -> str:
    return f"{page}.{name}"


def log_grid(low: float, high: float) -> list[float]:
    """1-2-5 steps per decade between ``low`` and ``high``; 0 first when ``low`` is 0."""
    values = [0.0] if low == 0 else []
    start = max(low, 1e-5)
    for exponent in range(math.floor(math.log10(start)), math.ceil(math.log10(high)) + 1):
        for mantissa in (1, 2, 5):
            value = float(f"{mantissa}e{exponent}")
            if start <= value <= high:
                values.append(value)
    return values


def _nearest(options: list, value: Any) -> Any:
    if value in options:
        return value
    numeric = [o for o in options if isinstance(o, (int, float))]
    return min(numeric, key=lambda o: abs(o - value)) if numeric and isinstance(value, (int, float)) else options[0]


def field_widget(page: str, spec: Field, options: tuple | None = None, label: str | None = None, disabled: bool = False) -> Any:
    """Draw one widget for ``spec`` and return its value."""
    key = key_of(page, spec.name)
    share.track(page, spec, options)  # the link's value on first draw; the URL follows it
    if lecture.hides(spec):
        return share.keep_hidden(page, spec)
    label = label or spec.label
    if spec.kind == "choice":
        options = list(options if options is not None else spec.options)
        st.session_state[key] = _nearest(options, st.session_state.get(key, spec.default))
        if all(isinstance(o, (int, float)) for o in options):
            return st.select_slider(label, options, key=key, help=spec.help, disabled=disabled)
        return st.selectbox(label, options, key=key, help=spec.help, disabled=disabled, format_func=_option_label)
    if spec.kind == "bool":
        st.session_state.setdefault(key, spec.default)
        return st.toggle(label, key=key, help=spec.help, disabled=disabled)
    if spec.kind == "float" and spec.log:
        grid = log_grid(spec.min, spec.max)
        st.session_state[key] = _nearest(grid, st.session_state.get(key, spec.default))
        return st.select_slider(label, grid, key=key, help=spec.help, disabled=disabled, format_func=lambda v: f"{v:g}")
    st.session_state.setdefault(key, spec.default)
    if spec.kind == "int":
        return st.slider(label, int(spec.min), int(spec.max), step=int(spec.step or 1), key=key, help=spec.help, disabled=disabled)
    if spec.kind == "float":
        return st.slider(label, float(spec.min), float(spec.max), step=float(spec.step or 0.01), key=key, help=spec.help, disabled=disabled)
    raise ValueError(f"no widget for {spec.kind} fields; pages draw {spec.name} themselves")


def widgets(page: str, config_class: type, names: tuple[str, ...], options: dict | None = None) -> dict[str, Any]:
    """Draw the named fields of ``config_class`` in order; returns {name: value}."""
    specs = fields_of(config_class)
    options = options or {}
    return {name: field_widget(page, specs[name], options.get(name)) for name in names}


def _option_label(option: Any) -> str:
    from kplay import datasets

    if option in datasets.DATASETS:
        return datasets.DATASETS[option].title
    return OPTION_LABELS.get(option, str(option))
