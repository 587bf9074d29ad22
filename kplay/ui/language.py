"""The UI language: picked in the sidebar or with ``?lang=ko|en``, kept in the URL.

The choice lives in the browser session (``st.session_state["lang"]``); ``kplay.i18n``
reads it through a resolver, so every script run and fragment rerun of this session,
and every core function called from them (renderers, messages), speaks it.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from kplay import i18n
from kplay.i18n import LANGUAGES, t

KEY = "lang"  # the session state key and the query parameter
PICKER = "lang.picker"  # the sidebar widget's key


def _session_language() -> str | None:
    if get_script_run_ctx(suppress_warning=True) is None:  # a background thread: no session
        return None
    try:
        return st.session_state.get(KEY)
    except Exception:  # no session state outside a script run
        return None


i18n.set_resolver(_session_language)


def _follow_link() -> None:
    """A ``?lang=`` in the URL wins over the session's choice (a shared link, a reload)."""
    wanted = st.query_params.get(KEY)
    if wanted in LANGUAGES and st.session_state.get(f"{KEY}.linked") != wanted:
        st.session_state[KEY] = wanted
    st.session_state[f"{KEY}.linked"] = wanted
    st.session_state.setdefault(KEY, i18n.DEFAULT)


def _picked() -> None:
    st.session_state[KEY] = st.session_state[PICKER]
    _to_url()


def _to_url() -> None:
    st.query_params[KEY] = st.session_state[KEY]
    st.session_state[f"{KEY}.linked"] = st.session_state[KEY]


def picker() -> str:
    """The sidebar language switch; call first in app.py, before any text is made.

    The choice is kept under its own key, not the widget's: widget state does not
    survive every page switch, and the language must.
    """
    _follow_link()
    st.session_state[PICKER] = st.session_state[KEY]
    st.sidebar.selectbox(t("common.language"), list(LANGUAGES), format_func=LANGUAGES.get, key=PICKER, on_change=_picked)
    if st.query_params.get(KEY) != st.session_state[KEY] and (KEY in st.query_params or st.session_state[KEY] != i18n.DEFAULT):
        _to_url()
    return st.session_state[KEY]
