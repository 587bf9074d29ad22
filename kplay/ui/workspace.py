"""The main area of every training page: checks, controls, summary and the live view."""

from __future__ import annotations

from typing import Any, Callable

import streamlit as st

from kplay import datasets
from kplay.errors import ConfigError
from kplay.models import spec_for
from kplay.training import POOL, Snapshot
from kplay.ui import training
from kplay.ui.presets import preset_note
from kplay.ui.code_panel import code_panel


Draw = Callable[[Snapshot | None], None]


def workspace(page: str, config: Any, draw: Draw, draw_results: Draw | None = None, side: Callable[[], None] | None = None) -> None:
    """Refuse impossible settings with a message, then draw the controls and the live panel.

    ``draw(snapshot)`` fills the live panel, ``draw_results`` the slower results below
    it (see ``training.live_panel``); ``side`` adds to the summary column.
    """
    try:
        spec = spec_for(config)
        valid = config
    except ConfigError as error:
        st.error(str(error), icon=":material/block:")
        spec = valid = None
    if valid is not None:
        POOL.prepare(valid)  # the spare sets these settings up now, so Train starts at once
    preset_note(page)
    # Data a page generates itself (UNET's shapes) has no registry row: no caption, nothing to download.
    info = datasets.DATASETS.get(getattr(config, "dataset", None))
    if info is not None and not datasets.available_now(info.name):
        st.warning(f"{info.title} is not cached on this computer: training will try to download it first.")
    snapshot = training.controls(page, valid)
    training.run_settings_note(snapshot, valid)
    live_column, summary_column = st.columns([3, 1])
    with summary_column:
        training.summary_table(spec)
        if info is not None:
            st.caption(info.description)
        if side is not None:
            side()
    with live_column:
        training.live_panel(page, draw, draw_results)
    code_panel(page, valid)
