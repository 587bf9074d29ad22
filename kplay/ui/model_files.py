"""Model files on a training page: download the trained model, upload one to continue or predict.

The server never opens a model: it only checks size and that the file is a .keras
archive, then hands the bytes to the run's worker, which loads them in safe mode and
checks the shapes (``kplay.training.model_io``). Any family whose worker set-up builds
its model with ``build_model(spec_for(config))`` gets this with no code of its own.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from kplay.errors import KplayError
from kplay.i18n import t
from kplay.inputs.model_files import MAX_MB, network_name, upload_problem
from kplay.ui import training

DOWNLOADABLE = ("finished", "stopped")
GET_ONE = 'model.get_layer("{name}")'  # code, the same in every language


def file_name(page: str) -> str:
    return "kplay-" + page + ".keras"


def _model_bytes(run) -> bytes:
    try:
        return run.query("model_file", timeout=60)["data"]
    except KplayError as error:  # the worker is gone: the download says why instead of failing
        return str(error).encode()


def download(page: str) -> None:
    run = training.current_run(page)
    snapshot = run.snapshot() if run else None
    if snapshot is None or snapshot.status not in DOWNLOADABLE:
        st.caption(t("share.no_model"))
        return
    st.download_button(t("share.download"), data=lambda: _model_bytes(run), file_name=file_name(page),
                       mime="application/octet-stream", icon=":material/download:", help=t("share.download_help"),
                       key=f"{page}.model.download", width="stretch")
    if run.from_file and snapshot.message:
        st.success(f"{t('share.uploaded_label')}: {snapshot.message}", icon=":material/check:")


def upload(page: str, config: Any | None) -> None:
    file = st.file_uploader(t("share.upload"), type=["keras"], key=f"{page}.model.upload", max_upload_size=MAX_MB,
                            help=t("share.upload_help", mb=MAX_MB))
    if file is None:
        return
    data = file.getvalue()
    problem = upload_problem(data)
    if problem:
        st.error(t(f"share.{problem}", mb=len(data) / 2**20, limit=MAX_MB), icon=":material/block:")
        return
    left, right = st.columns(2)
    left.button(t("share.continue"), on_click=_start, args=(page, config, data, True), disabled=config is None,
                help=t("share.continue_help"), key=f"{page}.model.continue", width="stretch")
    right.button(t("share.predict"), on_click=_start, args=(page, config, data, False), disabled=config is None,
                 help=t("share.predict_help"), key=f"{page}.model.predict", width="stretch")


def _start(page: str, config: Any, data: bytes, train: bool) -> None:
    training._start(page, config, model_file=data, train=train)


def panel(page: str, config: Any | None, networks: tuple[str, ...] = ()) -> None:
    """The page's model-file expander (hidden in lecture mode, like every collapsed one).

    ``networks``: the spec titles of a page that trains several together; its file holds them side by side.
    """
    with st.expander(t("share.model_files"), icon=":material/save:"):
        if networks:
            names = [network_name(title) for title in networks]
            st.caption(t("share.side_by_side", names=" + ".join(names), first=names[0], code=GET_ONE.format(name=names[0])))
        download(page)
        upload(page, config)
