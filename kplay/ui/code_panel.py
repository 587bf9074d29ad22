"""The "Show code" panel: the page's settings as a standalone Keras script, to read or download."""

from __future__ import annotations

from typing import Any

import streamlit as st

from kplay.errors import KplayError
from kplay.export import has_exporter, script_for
from kplay.i18n import t


def code_panel(page: str, config: Any | None) -> None:
    """Nothing for invalid settings (the workspace says why) or a family without an exporter."""
    if config is None or not has_exporter(config):
        return
    try:
        text = script_for(config)
    except KplayError:
        return
    with st.expander(t("code.show"), icon=":material/code:"):
        st.caption(t("code.caption"))
        st.download_button(t("code.download"), text, file_name=f"kplay_{page}.py", mime="text/x-python",
                           icon=":material/download:", on_click="ignore", key=f"{page}.code.download")
        st.code(text, language="python", line_numbers=True)
