"""A learner's own picture (an upload or a drawing) turned into what a model's input expects.

Digits are prepared the way MNIST's were: dark background, the strokes cropped, scaled
to fit a 20x20 box and centred by their centre of mass in 28x28. Without that a digit
drawn small or off-centre is misread by a network that never saw one.
Uploads are checked with Pillow, size-limited, and only ever decoded as images.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, UnidentifiedImageError

from kplay.errors import KplayError
from kplay.i18n import t

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 4096 * 4096  # refuse decompression bombs before decoding them
FORMATS = ("PNG", "JPEG")
BLANK_LEVEL = 0.05  # a picture whose strongest stroke is below this is empty


def read_upload(data: bytes) -> np.ndarray:
    """An uploaded PNG/JPEG as an RGB float array in 0..1; KplayError for anything else."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise KplayError(t("cnn.upload_too_big", most=MAX_UPLOAD_BYTES // (1024 * 1024)))
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise KplayError(t("cnn.upload_format", found=image.format or "?"))
            if image.width * image.height > MAX_PIXELS:
                raise KplayError(t("cnn.upload_too_big", most=MAX_UPLOAD_BYTES // (1024 * 1024)))
            image.load()
            return np.asarray(image.convert("RGB"), dtype="float32") / 255.0
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise KplayError(t("cnn.upload_unreadable")) from None


def hex_rgb(colour: str) -> tuple[float, float, float]:
    """A CSS ``#rrggbb`` colour as RGB floats in 0..1."""
    value = colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255.0 for i in (0, 2, 4))


def from_canvas(rgba: np.ndarray, background: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> np.ndarray:
    """A drawing canvas' RGBA uint8 pixels as RGB floats: strokes over its sheet (white paper by default)."""
    rgba = np.asarray(rgba, dtype="float32") / 255.0
    alpha = rgba[..., 3:4] if rgba.shape[-1] == 4 else np.ones(rgba.shape[:2] + (1,), dtype="float32")
    sheet = np.asarray(background, dtype="float32")
    return rgba[..., :3] * alpha + sheet * (1 - alpha)


def drawing_as_picture(rgba: np.ndarray, background: tuple[float, float, float], size: int) -> np.ndarray | None:
    """A canvas drawing as a ``size`` x ``size`` x 3 float32 picture in 0..1; None while nothing is drawn.

    The canvas is square; its sheet colour stays the picture's background, so shapes
    drawn on a dark sheet look like the generated training images.
    """
    rgb = from_canvas(rgba, background)
    if float(np.abs(rgb - np.asarray(background, dtype="float32")).max(initial=0.0)) < BLANK_LEVEL:
        return None
    image = Image.fromarray(np.clip(rgb * 255, 0, 255).round().astype("uint8"))
    return np.asarray(image.resize((size, size), Image.Resampling.BOX), dtype="float32") / 255.0


def _grey(rgb: np.ndarray) -> np.ndarray:
    return rgb[..., :3] @ np.array([0.299, 0.587, 0.114], dtype="float32")


def _dark_background(grey: np.ndarray) -> np.ndarray:
    """Bright strokes on black, as in MNIST; a photo of ink on paper is inverted."""
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    return 1.0 - grey if border.mean() > 0.5 else grey


def is_blank(strokes: np.ndarray) -> bool:
    return float(np.max(strokes, initial=0.0)) - float(np.median(strokes)) < BLANK_LEVEL


def _resize(grey: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    image = Image.fromarray(np.clip(grey * 255, 0, 255).astype("uint8"))
    return np.asarray(image.resize((size[1], size[0]), Image.Resampling.LANCZOS), dtype="float32") / 255.0


def _centred_digit(strokes: np.ndarray, side: int) -> np.ndarray:
    """Crop to the strokes, fit in a box of 5/7 of ``side``, centre by the centre of mass."""
    strokes = np.clip(strokes - np.median(strokes), 0, None)
    rows, cols = np.nonzero(strokes > BLANK_LEVEL)
    crop = strokes[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1]
    box = max(1, round(side * 5 / 7))
    scale = box / max(crop.shape)
    small = _resize(crop, (max(1, round(crop.shape[0] * scale)), max(1, round(crop.shape[1] * scale))))
    small = small / max(float(small.max()), 1e-6)
    out = np.zeros((side, side), dtype="float32")
    top, left = (side - small.shape[0]) // 2, (side - small.shape[1]) // 2
    out[top : top + small.shape[0], left : left + small.shape[1]] = small
    total = out.sum()
    if total > 0:  # shift so the centre of mass sits in the middle
        ys, xs = np.indices(out.shape)
        dy = int(round(side / 2 - 0.5 - (ys * out).sum() / total))
        dx = int(round(side / 2 - 0.5 - (xs * out).sum() / total))
        out = np.roll(out, (dy, dx), axis=(0, 1))
    return out


def to_model_input(rgb: np.ndarray, input_shape: tuple) -> np.ndarray | None:
    """``rgb`` (H, W, 3 floats in 0..1) shaped like one example of ``input_shape``; None when blank.

    Grey inputs are treated as digits (see the module note); colour inputs are only resized.
    """
    height, width, channels = input_shape
    if channels == 3:
        image = Image.fromarray(np.clip(rgb * 255, 0, 255).astype("uint8"))
        return np.asarray(image.resize((width, height), Image.Resampling.LANCZOS), dtype="float32")[None] / 255.0
    strokes = _dark_background(_grey(rgb))
    if is_blank(strokes):
        return None
    return _centred_digit(strokes, min(height, width))[None, ..., None]
