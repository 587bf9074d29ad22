"""The preset picker: one click writes a preset's values into the page's widget state."""

from __future__ import annotations

import streamlit as st

from kplay.i18n import t
from kplay.presets import PRESETS, Preset, preset_name, preset_watch
from kplay.ui.widgets import key_of


def _apply(page: str, preset: Preset) -> None:
    for name, value in preset.values.items():
        if isinstance(value, tuple):  # per-layer values live in one widget per layer
            for index, item in enumerate(value):
                st.session_state[key_of(page, f"{name}_{index}")] = item
        else:
            st.session_state[key_of(page, name)] = value
    st.session_state[key_of(page, "preset")] = preset.name


def preset_picker(page: str, heading: str | None = None) -> None:
    """One button per preset of the page, under ``heading`` (by default, plain "Presets")."""
    st.markdown(heading or t("controls.presets"))
    for preset in PRESETS.get(page, ()):
        st.button(preset_name(page, preset), on_click=_apply, args=(page, preset), width="stretch",
                  key=key_of(page, f"preset:{preset.name}"), help=preset_watch(page, preset))


def preset_note(page: str) -> None:
    """What to watch for in the preset applied last."""
    applied = st.session_state.get(key_of(page, "preset"))
    for preset in PRESETS.get(page, ()):
        if preset.name == applied:
            st.info(f"**{preset_name(page, preset)}**: {preset_watch(page, preset)}", icon=":material/visibility:")
