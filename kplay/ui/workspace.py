"""The main area of every training page: checks, controls, summary and the live view."""

from __future__ import annotations

from typing import Any, Callable

import streamlit as st

from kplay import datasets
from kplay.errors import ConfigError
from kplay.i18n import dataset_description, dataset_title, t
from kplay.inputs.model_files import takes_files
from kplay.models import spec_for
from kplay.training import POOL, Snapshot
from kplay.ui import lecture, model_files, share, training
from kplay.ui.presets import preset_note
from kplay.ui.code_panel import code_panel


Draw = Callable[[Snapshot | None], None]


def workspace(page: str, config: Any, draw: Draw, draw_results: Draw | None = None, side: Callable[[], None] | None = None) -> None:
    """Refuse impossible settings with a message, then draw the controls and the live panel.

    ``draw(snapshot)`` fills the live panel, ``draw_results`` the slower results below
    it (see ``training.live_panel``); ``side`` adds to the summary column.
    """
    share.sync(page)  # the sidebar is drawn: its settings go into the URL
    try:
        spec = spec_for(config)
        valid = config
    except ConfigError as error:
        st.error(str(error), icon=":material/block:")
        spec = valid = None
    if valid is not None:
        POOL.prepare(valid)  # the spare sets these settings up now, so Train starts at once
    preset_note(page)
    # Data a page makes itself (the 1-D GAN's bell curve, UNET's shapes) has no registry row.
    info = datasets.DATASETS.get(getattr(config, "dataset", None))
    if info is not None and not datasets.available_now(info.name):
        st.warning(t("controls.not_cached", title=dataset_title(info)))
    snapshot = training.controls(page, valid)
    training.run_settings_note(snapshot, valid)
    # Lecture mode's larger type needs a wider summary column to keep every Params figure whole.
    live_column, summary_column = st.columns([5, 2] if lecture.on() else [3, 1])
    with summary_column:
        training.summary_table(spec)
        if info is not None:
            st.caption(dataset_description(info))
        if side is not None:
            side()
        share.link_control(page)
        if takes_files(valid, spec):  # one model, or a GAN's networks side by side, as one .keras file
            model_files.panel(page, valid, networks=tuple(spec) if isinstance(spec, dict) else ())
    with live_column:
        training.live_panel(page, draw, draw_results)
    code_panel(page, valid)
