"""Uploaded pictures, read safely: Pillow only, size-limited, converted to plain RGB.

Nothing uploaded is unpickled or executed. Palette images and images with alpha are
flattened onto white, 16-bit and 32-bit grey is scaled to 8 bits, CMYK is converted;
anything else Pillow cannot read as a still image is refused with a message.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, UnidentifiedImageError

from kplay.errors import KplayError
from kplay.i18n import t

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 4096 * 4096  # a larger header is a decompression bomb, or at least needlessly big
FORMATS = ("PNG", "JPEG")


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):  # deep grey: scale its range to 8 bits
        values = np.asarray(image, dtype="float64")
        low, high = float(values.min()), float(values.max())
        scaled = (values - low) / (high - low) * 255 if high > low else np.zeros_like(values)
        return Image.fromarray(scaled.astype("uint8")).convert("RGB")
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, image.convert("RGBA")).convert("RGB")
    return image.convert("RGB")


def read_image(data: bytes, size: int) -> np.ndarray:
    """The upload as a ``size`` x ``size`` x 3 float32 array in [0, 1] (centre-cropped square).

    Raises KplayError with a message for the user on anything that is not a usable picture.
    """
    if len(data) > MAX_BYTES:
        raise KplayError(t("unet.upload.too_big", mb=len(data) / 2**20, limit=MAX_BYTES / 2**20))
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise KplayError(t("unet.upload.format", found=image.format or "?"))
            if image.width * image.height > MAX_PIXELS:
                raise KplayError(t("unet.upload.too_many_pixels", width=image.width, height=image.height))
            image.seek(0)  # an animated PNG: its first frame
            image.load()
            rgb = _to_rgb(image)
    except KplayError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        raise KplayError(t("unet.upload.not_image")) from None
    side = min(rgb.size)
    left, top = (rgb.width - side) // 2, (rgb.height - side) // 2
    square = rgb.crop((left, top, left + side, top + side)).resize((size, size), Image.Resampling.BILINEAR)
    return (np.asarray(square, dtype="float32") / 255.0)
