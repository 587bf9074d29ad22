"""What every page does first."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from kplay.ui import lecture, share


def through_app_navigation() -> None:
    """Make a deep link opened first on a fresh server go through app.py.

    Because a ``pages/`` folder exists, Streamlit runs the very first script of a fresh
    server in its legacy mode, which executes the page directly, without app.py's
    ``st.navigation`` (a flat menu, no page config). Switching that mode off and
    rerunning routes the same URL through app.py. Only the first request pays for it.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    share.begin()
    lecture.switch()
