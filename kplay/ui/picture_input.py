"""A picture from the learner: drawn on a canvas, or uploaded as a PNG/JPEG file.

The canvas is the ``streamlit-drawable-canvas`` component when it is installed; without
it the upload alone is offered. Either way the result is an RGB float array (or None),
checked by ``kplay.inputs.images``; nothing uploaded is ever executed or unpickled.
A ``CanvasStyle`` sets the sheet, the pen and the drawing tools: the CNN page's digit
pen on white paper, the UNET page's filled shapes on a dark ground.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import streamlit as st

from kplay.inputs import images
from kplay.errors import KplayError
from kplay.i18n import t

try:
    from streamlit_drawable_canvas import st_canvas
except Exception:  # optional (the upload works without it); outside a Streamlit runtime it may refuse to register
    st_canvas = None


@dataclass(frozen=True)
class CanvasStyle:
    side: int = 280  # ten screen pixels per MNIST pixel
    stroke_width: int = 22  # thick like an MNIST pen stroke once shrunk to 28x28
    stroke_color: str = "#000000"
    background: str = "#ffffff"
    fill_color: str | None = None  # inside rectangles, circles and polygons
    tools: tuple[str, ...] = ("freedraw",)  # the first is the default; more than one shows a picker


TOOLBAR_ROOM = 36  # pixels
DIGIT_PEN = CanvasStyle()
# Bright filled shapes on a dark blue-grey ground, like the UNET page's generated images.
SHAPES = CanvasStyle(side=256, stroke_width=8, stroke_color="#f2c94c", background="#34495e", fill_color="#f2c94c",
                     tools=("circle", "rect", "polygon", "freedraw"))


def canvas_available() -> bool:
    return st_canvas is not None


def _tool(key: str, style: CanvasStyle) -> str:
    if len(style.tools) == 1:
        return style.tools[0]
    tool_key = f"{key}.tool"
    if st.session_state.get(tool_key) not in style.tools:
        st.session_state[tool_key] = style.tools[0]
    tool = st.segmented_control(t("picture.tool"), style.tools, key=tool_key, required=True,
                                format_func=lambda tool: t(f"picture.tool_{tool}"), help=t("picture.tool_help"))
    st.space(TOOLBAR_ROOM)  # the canvas' own toolbar floats above it: keep it off the picker
    return tool


def drawing(key: str, style: CanvasStyle = DIGIT_PEN) -> np.ndarray | None:
    """The canvas' RGBA pixels (uint8), or None before anything is sent back or without the component."""
    if st_canvas is None:
        return None
    tool = _tool(key, style)
    result = st_canvas(
        stroke_width=style.stroke_width, stroke_color=style.stroke_color, background_color=style.background,
        fill_color=style.fill_color, height=style.side, width=style.side, drawing_mode=tool, return_image_data=True,
        key=f"{key}.canvas",
    )
    return getattr(result, "image_data", None) if result is not None else None


def uploaded(key: str, read: Callable[[bytes], np.ndarray], label: str, help: str) -> np.ndarray | None:
    """The uploaded picture through ``read`` (which raises KplayError on bad files), or None."""
    upload = st.file_uploader(label, type=["png", "jpg", "jpeg"], key=key, help=help)
    if upload is None:
        return None
    try:
        return read(upload.getvalue())
    except KplayError as error:
        st.error(str(error), icon=":material/image_not_supported:")
        return None


def picture_input(key: str) -> np.ndarray | None:
    """Draw the digit canvas (when available) and the upload; the picture to classify, or None."""
    upload_args = (images.read_upload, t("cnn.upload_label"), t("cnn.upload_help", most=images.MAX_UPLOAD_BYTES // (1024 * 1024)))
    if st_canvas is None:
        return uploaded(f"{key}.upload", *upload_args)
    draw, upload = st.tabs([t("cnn.tab_draw"), t("cnn.tab_upload")])
    with draw:
        pixels = drawing(key, DIGIT_PEN)
        drawn = None if pixels is None else images.from_canvas(pixels)
        st.caption(t("cnn.canvas_hint"))
    with upload:
        picture = uploaded(f"{key}.upload", *upload_args)
    return picture if picture is not None else drawn
