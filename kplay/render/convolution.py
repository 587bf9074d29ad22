"""What a CNN learned, drawn: first-layer filters, feature maps layer by layer, class probabilities.

Every grid is one mosaic array in one plotly trace, so a chart with a hundred small
pictures still costs a single trace to send and draw.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.classification import image_grid_figure
from kplay.render.pictures import MAIN_COLUMN, fitted_height, picture
from kplay.render.style import FONT_SIZE, run_colour, styled

GAP_SHARE = 8  # the gap between tiles is 1/8 of a tile
MAPS_WIDTH = 2 * MAIN_COLUMN // 3  # the feature maps take two thirds of the main column, beside the test image
# Classes labelled with their probability: a label per bar, shrunk by Plotly to a bar's
# width, was 5 px tall in a third of the column ("0%" nine times).
LABELLED_FROM = 0.1


def mosaic(tiles: list[np.ndarray], columns: int, tile: int, fill: float = np.nan) -> np.ndarray:
    """Square 2-D ``tiles`` enlarged (nearest neighbour) to ``tile`` pixels and laid out in rows."""
    rows, gap = -(-len(tiles) // columns), max(1, tile // GAP_SHARE)
    step = tile + gap
    canvas = np.full((rows * step - gap, columns * step - gap) + tiles[0].shape[2:], fill, dtype="float32")
    for index, square in enumerate(tiles):
        r, c = divmod(index, columns)
        scale = max(1, tile // max(square.shape[:2]))
        big = np.kron(square, np.ones((scale, scale) + (1,) * (square.ndim - 2)))[:tile, :tile]
        top, left = r * step + (tile - big.shape[0]) // 2, c * step + (tile - big.shape[1]) // 2
        canvas[top : top + big.shape[0], left : left + big.shape[1]] = big
    return canvas


def _bare(figure: go.Figure, title: str, height: int, **layout) -> go.Figure:
    return styled(figure, title, height=height, xaxis={"visible": False}, yaxis={"visible": False, "autorange": "reversed", "scaleanchor": "x"}, **layout)


def filters_figure(filters: np.ndarray, columns: int = 8) -> go.Figure:
    """First-layer kernels (n, k, k, channels): grey ones in red (negative) and blue (positive)."""
    filters = np.asarray(filters, dtype="float32")
    count, size = len(filters), filters.shape[1]
    tile = max(size, 24 // size * size)
    if filters.shape[-1] == 3:  # colour kernels: each stretched to 0..1 and shown as colour
        low = filters.min(axis=(1, 2, 3), keepdims=True)
        span = filters.max(axis=(1, 2, 3), keepdims=True) - low
        pictures = list((filters - low) / np.where(span > 0, span, 1))
        canvas = np.nan_to_num(mosaic(pictures, columns, tile, fill=1.0), nan=1.0)
        figure = go.Figure(picture((canvas * 255).astype("uint8")))
    else:  # grey kernels: each scaled by its largest weight, so its pattern shows at full contrast
        grey = filters[..., 0]
        peak = np.abs(grey).max(axis=(1, 2), keepdims=True)
        canvas = mosaic(list(grey / np.where(peak > 0, peak, 1)), columns, tile)
        figure = go.Figure(go.Heatmap(z=canvas, colorscale="RdBu", zmid=0, zmin=-1, zmax=1, showscale=False, hoverinfo="skip"))
    return _bare(figure, t("cnn.filters_title", count=count, size=size), fitted_height(canvas.shape))


def feature_maps_figure(layers: list[dict], per_row: int = 8) -> go.Figure:
    """One row of maps per layer (``{"name", "maps": (h, w, n)}``), each map at full contrast."""
    tile, rows, labels = 28, [], []
    for layer in layers:
        maps = np.asarray(layer["maps"], dtype="float32")[..., :per_row]
        peak = maps.max(axis=(0, 1), keepdims=True)
        scaled = np.clip(maps, 0, None) / np.where(peak > 0, peak, 1)  # what each map responds to, 0..1
        rows.append(mosaic([scaled[..., i] for i in range(scaled.shape[-1])], per_row, tile))
        shape = "x".join(map(str, layer["shape"]))
        labels.append(f"{layer['name']} · {shape}")
    band = 14  # room for the layer's label above its row
    width = rows[0].shape[1] if rows else per_row * tile
    stacked = [np.full((band, width), np.nan, dtype="float32")]
    positions = []
    for row in rows:
        positions.append(sum(part.shape[0] for part in stacked))
        padded = np.full((row.shape[0], width), np.nan, dtype="float32")
        padded[:, : row.shape[1]] = row
        stacked += [padded, np.full((band, width), np.nan, dtype="float32")]
    canvas = np.concatenate(stacked)
    figure = go.Figure(go.Heatmap(z=canvas, colorscale="Viridis", zmin=0, zmax=1, showscale=False, hoverinfo="skip"))
    annotations = [
        {"x": 0, "y": top - 2, "text": label, "showarrow": False, "xanchor": "left", "yanchor": "bottom", "font": {"size": 14}}
        for top, label in zip(positions, labels)
    ]
    return _bare(figure, t("cnn.maps_title"), fitted_height(canvas.shape, MAPS_WIDTH), annotations=annotations)


def probabilities_figure(probabilities: np.ndarray, class_names: tuple, true: int | None = None) -> go.Figure:
    probabilities = np.asarray(probabilities, dtype="float32")
    best = int(probabilities.argmax())
    colours = [run_colour(0) if i == best else "#adb5bd" for i in range(len(probabilities))]
    figure = go.Figure(go.Bar(
        x=[str(c) for c in class_names], y=probabilities, marker={"color": colours},
        text=[f"{p:.0%}" if p >= LABELLED_FROM else "" for p in probabilities], textposition="outside",
        textfont={"size": FONT_SIZE - 2}, constraintext="none", cliponaxis=False, hoverinfo="skip",
    ))
    title = t("cnn.probabilities_title", name=class_names[best], share=float(probabilities[best]))
    if true is not None:
        title += " · " + t("cnn.probabilities_true", name=class_names[true])
    return styled(figure, title, height=320, xaxis={"type": "category"}, yaxis={"range": [0, 1.15], "tickformat": ".0%"})


def picture_figure(image: np.ndarray, title: str = "") -> go.Figure:
    """One input picture (grey or colour, values 0..1), large and sharp."""
    image = np.clip(np.asarray(image, dtype="float32"), 0, 1)
    rgb = np.repeat(image, 3, axis=-1) if image.shape[-1] == 1 else image
    figure = go.Figure(picture((rgb * 255).astype("uint8")))
    return _bare(figure, title, 300)


def wrong_grid_figure(wrong: dict, class_names: tuple) -> go.Figure:
    """The test images the model is surest about and gets wrong."""
    return image_grid_figure(wrong["images"], wrong["true"], wrong["predicted"], wrong["confidence"], class_names, columns=4,
                             title=t("cnn.wrong_title", count=len(wrong["true"])))
