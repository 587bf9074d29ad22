"""Live grids of the UNET page: input, true mask, predicted mask and overlay per image.

Images arrive as uint8 arrays and masks as class indices; the grid is one RGB picture
(every tile scaled by a whole number, so pixels stay sharp) with the row names as
y-axis labels.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.pictures import MAIN_COLUMN, fitted_height, picture
from kplay.measures.masks import mean_iou
from kplay.render.style import styled

# Background black; shapes white when binary, one colour per kind otherwise.
BINARY_COLOURS = ((20, 20, 20), (245, 245, 245))
KIND_COLOURS = ((20, 20, 20), (230, 73, 128), (34, 139, 230), (64, 192, 87), (250, 176, 5))
TILE_PIXELS = 120  # each tile is scaled up to about this size
GAP = 6  # white pixels between tiles
ROW_NAMES = 130  # pixels left of the grid for its rows' names


def palette(num_classes: int) -> np.ndarray:
    colours = BINARY_COLOURS if num_classes == 2 else KIND_COLOURS
    return np.array(colours[:num_classes], dtype="uint8")


def colour_masks(masks: np.ndarray, num_classes: int) -> np.ndarray:
    return palette(num_classes)[masks]


def overlay(images: np.ndarray, masks: np.ndarray, num_classes: int, alpha: float = 0.45) -> np.ndarray:
    """The images with the predicted shapes tinted and outlined in their class colour."""
    colours = colour_masks(masks, num_classes).astype("float32")
    shape = (masks > 0)[..., None]
    tinted = np.where(shape, (1 - alpha) * images + alpha * colours, images)
    edge = np.zeros_like(masks, dtype=bool)  # pixels whose right or lower neighbour has another class
    edge[:, :-1, :] |= masks[:, :-1, :] != masks[:, 1:, :]
    edge[:, :, :-1] |= masks[:, :, :-1] != masks[:, :, 1:]
    outline = np.array([255, 221, 0], dtype="float32")
    tinted = np.where(edge[..., None], outline, tinted)
    return tinted.round().astype("uint8")


def _as_rgb(images: np.ndarray) -> np.ndarray:
    return np.repeat(images[..., None], 3, axis=-1) if images.ndim == 3 else images


def tile_rows(rows: list[np.ndarray]) -> np.ndarray:
    """Rows of equally sized images (each N x H x W x 3 uint8, or N x H x W grey) as one picture."""
    rows = [_as_rgb(np.asarray(r)) for r in rows]
    count, height, width = rows[0].shape[:3]
    scale = max(1, TILE_PIXELS // max(height, width))
    tile_h, tile_w = height * scale + GAP, width * scale + GAP
    canvas = np.full((len(rows) * tile_h, count * tile_w, 3), 255, dtype="uint8")
    for r, row in enumerate(rows):
        big = row.repeat(scale, axis=1).repeat(scale, axis=2)
        for c in range(count):
            canvas[r * tile_h : r * tile_h + height * scale, c * tile_w : c * tile_w + width * scale] = big[c]
    return canvas


def _grid_figure(canvas: np.ndarray, row_names: list[str], title: str, legend: str = "") -> go.Figure:
    rows = len(row_names)
    figure = go.Figure(picture(canvas))
    row_h = canvas.shape[0] / rows
    rows_axis = {"tickvals": [(r + 0.5) * row_h - GAP / 2 for r in range(rows)], "ticktext": row_names,
                 "showgrid": False, "zeroline": False, "ticks": "", "tickfont": {"size": 16, "color": "#222"}}
    if legend:
        figure.add_annotation(text=legend, xref="paper", yref="paper", x=0, y=-0.02, yanchor="top",
                              showarrow=False, align="left")
    shown_width = MAIN_COLUMN - ROW_NAMES - 10  # the house's right margin is 10 px
    height = fitted_height(canvas.shape, shown_width) + (30 if legend else 0)
    return styled(figure, title, height=height, xaxis={"visible": False}, yaxis=rows_axis,
                  margin={"l": ROW_NAMES, "b": 40 if legend else 10})


def legend_text(class_names: tuple) -> str:
    colours = palette(len(class_names))
    return "   ".join(
        f"<span style='color:rgb{tuple(int(v) for v in colours[i])}'>■</span> {t('unet.class.' + name)}"
        for i, name in enumerate(class_names) if i > 0
    )


def mask_grid_figure(inputs: np.ndarray, true: np.ndarray, predicted: np.ndarray, class_names: tuple) -> go.Figure:
    n = len(class_names)
    canvas = tile_rows([inputs, colour_masks(true, n), colour_masks(predicted, n), overlay(inputs, predicted, n)])
    rows = [t("unet.row.input"), t("unet.row.true"), t("unet.row.predicted"), t("unet.row.overlay")]
    score = mean_iou(true, predicted, n)
    title = t("unet.grid.masks", count=len(inputs), iou=score)
    return _grid_figure(canvas, rows, title, legend_text(class_names) if n > 2 else "")


def colour_grid_figure(grey: np.ndarray, predicted: np.ndarray, true: np.ndarray) -> go.Figure:
    canvas = tile_rows([grey, predicted, true])
    error = float(np.mean((predicted.astype("float32") - true.astype("float32")) ** 2) / 255**2)
    rows = [t("unet.row.grey"), t("unet.row.colourised"), t("unet.row.truth")]
    return _grid_figure(canvas, rows, t("unet.grid.colour", count=len(grey), mse=error))

