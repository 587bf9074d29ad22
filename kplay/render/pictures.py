"""Image traces sent as PNG: a live grid refreshes every second or two, and a PNG of it is a
small fraction of the JSON of its pixel array (2.1 MB for the DCGAN's sample grid), which the
server encodes and the browser decodes on the machine that trains."""

from __future__ import annotations

import base64
import io

import numpy as np
import plotly.graph_objects as go
from PIL import Image

PREFIX = "data:image/png;base64,"
HALF_COLUMN = 320  # pixels a half-width chart gets beside the side column at 1280 px, a projector's width
MAIN_COLUMN = 600  # pixels a chart gets across the main column there
TITLE_ROOM = 70  # pixels above a picture for its title


def fitted_height(shape: tuple, width: int = HALF_COLUMN) -> int:
    """A picture figure's height that leaves no white band when the picture is ``width`` pixels wide."""
    return int(width * shape[0] / shape[1]) + TITLE_ROOM


def picture(pixels: np.ndarray) -> go.Image:
    """An image trace of uint8 pixels, (h, w) grey or (h, w, 3) colour."""
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels, dtype="uint8")).save(buffer, format="PNG", compress_level=1)
    return go.Image(source=PREFIX + base64.b64encode(buffer.getvalue()).decode("ascii"), hoverinfo="skip")


def pixels_of(trace) -> np.ndarray:
    """The RGB pixels of a picture trace (or of its JSON dict): for tests and checks."""
    source = trace["source"] if isinstance(trace, dict) else trace.source
    image = Image.open(io.BytesIO(base64.b64decode(source.removeprefix(PREFIX))))
    return np.asarray(image.convert("RGB"))
