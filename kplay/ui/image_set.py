"""Upload of an image set (a ZIP with one folder per class): checked, previewed, handed to training.

The check and decoding are ``kplay.inputs.image_sets`` (in memory, Pillow only). A set is
decoded once per file and input size, then kept in the session; the training worker
finds it by its key.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from kplay.inputs import image_sets
from kplay.errors import KplayError
from kplay.i18n import t

PREVIEW_PER_CLASS = 6
PREVIEW_PIXELS = 80


def _checked(data: bytes, size: int) -> dict:
    found = image_sets.read_image_set(data, size)
    key = image_sets.key_of(data, size)
    image_sets.save(found, key)
    shown = [np.flatnonzero(found.labels == index)[:PREVIEW_PER_CLASS] for index in range(len(found.class_names))]
    return {"key": key, "class_names": found.class_names, "counts": found.counts(),
            "preview": [found.images[rows] for rows in shown]}


def image_set_upload(page: str, size: int) -> dict | None:
    """The uploader; for a good ZIP its summary (key, class names, counts, preview pictures), else None."""
    file = st.file_uploader(
        t("online.upload_label"), type=["zip"], key=f"{page}.image_set", max_upload_size=image_sets.MAX_ZIP_MB,
        help=t("online.upload_help", least=image_sets.MIN_PER_CLASS, files=image_sets.MAX_FILES, mb=image_sets.MAX_ZIP_MB),
    )
    if file is None:
        return None
    memo_key = f"{page}.image_set.checked"
    memo = st.session_state.get(memo_key)
    if memo is None or memo[0] != (file.file_id, size):
        try:
            memo = ((file.file_id, size), _checked(file.getvalue(), size), "")
        except KplayError as error:
            memo = ((file.file_id, size), None, str(error))
        st.session_state[memo_key] = memo
    _, checked, problem = memo
    if checked is None:
        st.error(problem, icon=":material/block:")
        return None
    counts = ", ".join(f"{name} {count}" for name, count in checked["counts"].items())
    st.success(t("online.set_ok", count=sum(checked["counts"].values()), classes=len(checked["class_names"]), counts=counts),
               icon=":material/folder_zip:")
    return checked


def preview(checked: dict) -> None:
    """A row of pictures per class, at the size the network gets them."""
    with st.expander(t("online.preview_title"), expanded=True, icon=":material/photo_library:"):
        for name, pictures in zip(checked["class_names"], checked["preview"]):
            left, right = st.columns([1, 6], vertical_alignment="center")
            left.markdown(f"**{name}**")
            right.image(list(pictures), width=PREVIEW_PIXELS)
