"""Confusion matrices and image grids with predicted and true labels."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.pictures import fitted_height, picture
from kplay.render.style import CORRECT, WRONG, styled


def confusion_figure(matrix: np.ndarray, class_names: tuple) -> go.Figure:
    names = [str(c) for c in class_names]
    figure = go.Figure(
        go.Heatmap(
            z=matrix, x=names, y=names, colorscale="Blues", showscale=False,
            text=matrix, texttemplate="%{text}", hovertemplate=t("charts.confusion_hover") + "<extra></extra>",
        )
    )
    accuracy = np.trace(matrix) / max(1, matrix.sum())
    return styled(figure, t("charts.confusion_title", accuracy=accuracy), height=420,
                  xaxis={"title": {"text": t("charts.predicted")}, "type": "category", "side": "bottom"},
                  yaxis={"title": {"text": t("charts.true")}, "type": "category", "autorange": "reversed"})


LABEL_BAND = 0.3  # white space under each image for its label, as a share of the tile


def image_tiles(images: np.ndarray, correct: np.ndarray, columns: int = 8, border: int = 3) -> np.ndarray:
    """One RGB uint8 picture of all images, each framed green (right) or red (wrong)."""
    count, height, width, channels = images.shape
    scale = max(1, 84 // max(height, width))  # 28x28 and 8x8 digits end up the same size
    rows = -(-count // columns)
    frame_h, tile_w = height * scale + 2 * border, width * scale + 2 * border
    tile_h = int(frame_h / (1 - LABEL_BAND))
    canvas = np.full((rows * tile_h, columns * tile_w, 3), 255, dtype="uint8")
    for index in range(count):
        image = np.clip(images[index], 0, 1)
        rgb = np.repeat(image, 3, axis=-1) if channels == 1 else image
        big = np.kron(rgb, np.ones((scale, scale, 1)))
        colour = np.array(_hex_rgb(CORRECT if correct[index] else WRONG), dtype="uint8")
        r, c = divmod(index, columns)
        top, left = r * tile_h, c * tile_w
        canvas[top : top + frame_h, left : left + tile_w] = colour
        canvas[top + border : top + frame_h - border, left + border : left + tile_w - border] = (big * 255).astype("uint8")
    return canvas


def image_grid_figure(images, true, predicted, confidence, class_names: tuple, columns: int = 8, title: str = "") -> go.Figure:
    """Each image framed green (right) or red (wrong) with its predicted class; ``title`` replaces "test predictions"."""
    correct = np.asarray(true) == np.asarray(predicted)
    tiles = image_tiles(np.asarray(images), correct, columns)
    figure = go.Figure(picture(tiles))
    rows = -(-len(true) // columns)
    tile_h, tile_w = tiles.shape[0] / rows, tiles.shape[1] / columns
    annotations = []
    for index in range(len(true)):
        r, c = divmod(index, columns)
        name = class_names[predicted[index]]
        if correct[index]:
            text = t("charts.grid_right", name=name, confidence=confidence[index])
        else:
            text = t("charts.grid_wrong", name=name, true=class_names[true[index]])
        annotations.append({
            "x": (c + 0.5) * tile_w, "y": (r + 1 - LABEL_BAND) * tile_h + 2, "text": text, "showarrow": False,
            "yanchor": "top", "font": {"size": 14, "color": CORRECT if correct[index] else WRONG},
        })
    wrong = int((~correct).sum())
    title = title or t("charts.grid_title", wrong=wrong, count=len(true))
    # Height from the picture's aspect at a typical column width, so no empty band is left.
    # Annotations in the same step as the rest: adding them one by one is ~10x slower.
    return styled(figure, title, height=fitted_height(tiles.shape), annotations=annotations,
                  xaxis={"visible": False}, yaxis={"visible": False})


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
