"""Widgets drawn from config field descriptions, so every page's controls look alike.

Each widget's value lives in ``st.session_state[f"{page}.{field}"]``: presets write
there, and the widget is created with its key only (no ``value=``), which keeps
Streamlit from warning about two sources of truth.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Callable

import streamlit as st

from kplay.i18n import choice_label, field_help, field_label
from kplay.fields import Field, fields_of
from kplay.ui import lecture, share


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
    spec = dataclasses.replace(spec, label=field_label(spec), help=field_help(spec))  # in the UI language
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
        return st.selectbox(label, options, key=key, help=spec.help, disabled=disabled,
                            format_func=labels_of(options, choice_label))
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


def labels_of(options, label) -> Callable[[Any], str]:
    """A format_func with each option's text made now, in this run's language.

    Streamlit (and its AppTest) may call a format_func outside the script run, where the
    session's language is unknown; a lookup of texts made during the run is safe.
    """
    texts = {option: label(option) for option in options}
    return lambda option: texts.get(option, str(option))


def settings_row(page: str, fields: dict, names: tuple[str, ...]) -> dict:
    """The named settings side by side; their values by name."""
    values = {}
    for column, name in zip(st.columns(len(names)), names):
        with column:
            values[name] = field_widget(page, fields[name])
    return values
