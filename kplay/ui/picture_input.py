"""A picture from the learner: drawn on a canvas, or uploaded as a PNG/JPEG file.

The canvas is the ``streamlit-drawable-canvas`` component when it is installed; without
it the upload alone is offered. Either way the result is an RGB float array (or None),
checked by ``kplay.images``; nothing uploaded is ever executed or unpickled.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from kplay import images
from kplay.errors import KplayError
from kplay.i18n import t

CANVAS_SIDE = 280  # ten screen pixels per MNIST pixel
STROKE = 22  # thick like an MNIST pen stroke once shrunk to 28x28

try:
    from streamlit_drawable_canvas import st_canvas
except ImportError:  # optional: the upload works without it
    st_canvas = None


def _drawn(key: str) -> np.ndarray | None:
    result = st_canvas(
        stroke_width=STROKE, stroke_color="#000000", background_color="#ffffff", height=CANVAS_SIDE, width=CANVAS_SIDE,
        drawing_mode="freedraw", return_image_data=True, key=key,
    )
    data = getattr(result, "image_data", None) if result is not None else None
    return None if data is None else images.from_canvas(data)


def _uploaded(key: str) -> np.ndarray | None:
    upload = st.file_uploader(t("cnn.upload_label"), type=["png", "jpg", "jpeg"], key=key,
                              help=t("cnn.upload_help", most=images.MAX_UPLOAD_BYTES // (1024 * 1024)))
    if upload is None:
        return None
    try:
        return images.read_upload(upload.getvalue())
    except KplayError as error:
        st.error(str(error), icon=":material/image_not_supported:")
        return None


def picture_input(key: str) -> np.ndarray | None:
    """Draw the canvas (when available) and the upload; the picture to classify, or None."""
    if st_canvas is None:
        return _uploaded(f"{key}.upload")
    draw, upload = st.tabs([t("cnn.tab_draw"), t("cnn.tab_upload")])
    with draw:
        drawn = _drawn(f"{key}.canvas")
        st.caption(t("cnn.canvas_hint"))
    with upload:
        uploaded = _uploaded(f"{key}.upload")
    return uploaded if uploaded is not None else drawn
