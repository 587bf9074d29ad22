"""The page's settings in its URL: read once when a widget is first drawn, written every run.

``field_widget`` calls ``track`` for every config field it draws, so a page that draws its
settings with ``kplay.ui.widgets`` shares them with no code of its own; widgets a page
draws itself (per-layer sliders, example pickers) are described once with ``extra`` before
they are drawn. ``sync`` (called by the workspace after the sidebar) writes the URL.
"""

from __future__ import annotations

from typing import Any, Iterable
from urllib.parse import urlencode

import streamlit as st

from kplay import urlstate
from kplay.errors import ConfigError
from kplay.fields import Field
from kplay.i18n import t

_TABLE = "kplay.url.table"  # {param: (page, Field)} of the widgets drawn in this run
_SCOPES = "kplay.url.scopes"  # {page: prefix} of pages drawn together in one script


def begin() -> None:
    """Start a run's table afresh (a widget no longer drawn leaves the URL)."""
    st.session_state[_TABLE] = {}
    st.session_state[_SCOPES] = {}


def scope(page: str, prefix: str) -> None:
    """Keep the settings of a page that shares its script with another apart: ``prefix.name``.

    The applied page draws two workspaces with the same field names (epochs, seed, ...);
    call this for each at the top of the script, before anything is drawn.
    """
    st.session_state.setdefault(_SCOPES, {})[page] = prefix


def param(page: str, name: str) -> str:
    """The query parameter of ``page``'s widget ``name``."""
    prefix = st.session_state.get(_SCOPES, {}).get(page)
    return f"{prefix}.{name}" if prefix else name


def _owner(name: str) -> str | None:
    """The scoped page a parameter belongs to, if any."""
    for page, prefix in st.session_state.get(_SCOPES, {}).items():
        if name.startswith(f"{prefix}."):
            return page
    return None


def _key(page: str, name: str) -> str:
    return f"{page}.{name}"


def _problems(page: str) -> list[str]:
    return st.session_state.setdefault(f"{page}.url.problems", [])


def track(page: str, spec: Field, options: Iterable | None = None) -> None:
    """Share one widget's value; the first time it is drawn, take its value from the link."""
    name = param(page, spec.name)
    st.session_state.setdefault(_TABLE, {})[name] = (page, spec)
    seen = st.session_state.setdefault(f"{page}.url.seen", set())
    if spec.name in seen:
        return  # after the first draw the widget, not the (lagging) URL, owns the value
    seen.add(spec.name)
    text = st.query_params.get(name)
    if text is None:
        return
    try:
        st.session_state[_key(page, spec.name)] = urlstate.decode_one(spec, text, options)
    except ConfigError as error:
        _problems(page).append(str(error))


def extra(page: str, fields: Iterable[Field]) -> None:
    """Share widgets the page draws itself; call just before drawing them, only when they are drawn."""
    for spec in fields:
        track(page, spec, spec.options or None)


def tracked() -> dict[str, tuple[str, Field]]:
    """{param: (page, Field)} of every setting drawn so far in this run."""
    return st.session_state.get(_TABLE, {})


def settings_params() -> dict[str, str]:
    """The query parameters of the settings drawn so far (of every page of the script)."""
    table = tracked()
    fields = {name: spec for name, (_, spec) in table.items()}
    values = {name: st.session_state[_key(owner, spec.name)] for name, (owner, spec) in table.items()
              if _key(owner, spec.name) in st.session_state}
    return urlstate.encode(fields, values)


def sync(page: str) -> None:
    """Write the page's settings into the URL; say once which link settings were ignored."""
    current = st.query_params.to_dict()
    table = tracked()
    # Settings of another page of this script, drawn after this one, stay for it to read and check.
    later = {n: v for n, v in current.items() if n not in table and _owner(n) not in (None, page)}
    checked = f"{page}.url.checked"
    if not st.session_state.get(checked):
        st.session_state[checked] = True
        problems = _problems(page)
        problems += [urlstate.unknown(n) for n in current
                     if n not in table and n not in later and n not in urlstate.APP_PARAMS]
        if problems:
            st.caption(":material/link_off: " + t("share.ignored", problems=" ".join(problems)))
        problems.clear()
    wanted = {**urlstate.merged(current, settings_params()), **later}
    if wanted != current:
        st.query_params.from_dict(wanted)


def link(page: str) -> str:
    base = (st.context.url or "").split("?")[0]
    return f"{base}?{urlencode(urlstate.merged(st.query_params.to_dict(), settings_params()))}"


def link_control(page: str) -> None:
    """The link of these settings, with Streamlit's copy button."""
    with st.popover(t("share.link"), icon=":material/link:", help=t("share.link_help"), width="stretch"):
        st.code(link(page), language=None, wrap_lines=True)
        st.caption(t("share.link_caption"))


def keep_hidden(page: str, spec: Field) -> Any:
    """The value of a widget that is not drawn this run (lecture mode), kept in the session.

    Streamlit drops a widget's state when it is not drawn; writing it back keeps it.
    """
    key = _key(page, spec.name)
    value = st.session_state.get(key, spec.default)
    st.session_state[key] = value
    return value
