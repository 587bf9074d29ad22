"""The augmentation preview as one picture: the original framed in blue, its copies in grey."""

from __future__ import annotations

import numpy as np

from kplay.render.style import run_colour

FRAME = 3
TILE = 84  # pixels per image side: 28x28 digits x3, 8x8 digits x10 (nearest neighbour)
GAP_COLOUR = (255, 255, 255)
COPY_FRAME = (206, 212, 218)


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def preview_tiles(images: np.ndarray, columns: int = 8) -> np.ndarray:
    """(N, H, W, C) images in 0..1 -> one RGB uint8 picture, ``columns`` tiles per row."""
    count, height, width, channels = images.shape
    scale = max(1, TILE // max(height, width))
    side_h, side_w = height * scale + 2 * FRAME, width * scale + 2 * FRAME
    rows = -(-count // columns)
    canvas = np.full((rows * (side_h + FRAME), columns * (side_w + FRAME), 3), GAP_COLOUR, dtype="uint8")
    for index, image in enumerate(images):
        rgb = np.repeat(image, 3, axis=-1) if channels == 1 else image
        big = (np.kron(np.clip(rgb, 0, 1), np.ones((scale, scale, 1))) * 255).round().astype("uint8")
        r, c = divmod(index, columns)
        top, left = r * (side_h + FRAME), c * (side_w + FRAME)
        canvas[top : top + side_h, left : left + side_w] = _rgb(run_colour(0)) if index == 0 else COPY_FRAME
        canvas[top + FRAME : top + side_h - FRAME, left + FRAME : left + side_w - FRAME] = big
    return canvas
