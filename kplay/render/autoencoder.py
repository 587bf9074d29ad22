"""Autoencoder views: originals above their reconstructions, the latent map, a decoded image."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.colors import qualitative

from kplay.i18n import t
from kplay.render.pictures import picture
from kplay.render.style import styled

CLASS_COLOURS = qualitative.D3  # ten distinct colours, one per digit or garment

TILE = 84  # pixels per image side: 28x28 and 8x8 digits end up the same size
GAP = 4  # white pixels between tiles
BAND = 34  # white band above each row, for its label


def upscaled(image: np.ndarray, size: int = TILE) -> np.ndarray:
    """One image (H, W, C) in 0..1 as a grey or colour uint8 picture about ``size`` pixels wide."""
    image = np.clip(np.asarray(image, dtype="float64"), 0, 1)
    if image.ndim == 2:
        image = image[..., None]
    scale = max(1, size // max(image.shape[:2]))
    rgb = np.repeat(image, 3, axis=-1) if image.shape[-1] == 1 else image
    return (np.kron(rgb, np.ones((scale, scale, 1))) * 255).round().astype("uint8")


def reconstruction_tiles(rows: list[np.ndarray]) -> np.ndarray:
    """One RGB picture: each entry of ``rows`` (N, H, W, C) becomes a row of tiles under a label band."""
    tiles = [[upscaled(image) for image in row] for row in rows]
    tile_h, tile_w = tiles[0][0].shape[:2]
    columns = max(len(row) for row in tiles)
    canvas = np.full((len(rows) * (BAND + tile_h + GAP), columns * (tile_w + GAP) - GAP, 3), 255, dtype="uint8")
    for r, row in enumerate(tiles):
        top = r * (BAND + tile_h + GAP) + BAND
        for c, tile in enumerate(row):
            left = c * (tile_w + GAP)
            canvas[top : top + tile_h, left : left + tile_w] = tile
    return canvas


def reconstruction_grid_figure(originals: np.ndarray, reconstructions: np.ndarray, noisy: np.ndarray | None = None,
                               mse: float | None = None) -> go.Figure:
    """Fixed test images (and their noisy inputs) above what the autoencoder rebuilds from them."""
    rows = [originals] + ([noisy] if noisy is not None else []) + [reconstructions]
    names = [t("autoencoder.row_originals")] + ([t("autoencoder.row_noisy")] if noisy is not None else [])
    names.append(t("autoencoder.row_reconstructions"))
    canvas = reconstruction_tiles(rows)
    row_h = canvas.shape[0] / len(rows)
    figure = go.Figure(picture(canvas))
    annotations = [
        {"x": 0, "y": r * row_h + BAND - 6, "text": f"<b>{name}</b>", "showarrow": False,
         "xanchor": "left", "yanchor": "bottom", "font": {"size": 16}}
        for r, name in enumerate(names)
    ]
    title = t("autoencoder.grid_title")
    if mse is not None:
        title += " · " + t("autoencoder.grid_mse", mse=mse)
    height = int(880 * canvas.shape[0] / canvas.shape[1]) + 60  # the picture's aspect at a wide column
    return styled(figure, title, height=max(height, 220), annotations=annotations, xaxis={"visible": False}, yaxis={"visible": False})


def latent_map_figure(points: np.ndarray, labels: np.ndarray, class_names: tuple, projected: bool,
                      marker: tuple[float, float] | None = None) -> go.Figure:
    """Test images' codes as dots coloured by class; ``marker`` is the explorer's decoded point."""
    figure = go.Figure()
    points, labels = np.asarray(points), np.asarray(labels)
    for index, name in enumerate(class_names):
        chosen = labels == index
        if chosen.any():
            figure.add_trace(go.Scattergl(
                x=points[chosen, 0], y=points[chosen, 1], mode="markers", name=str(name),
                marker={"size": 7, "color": CLASS_COLOURS[index % len(CLASS_COLOURS)],
                        "opacity": 0.75},
                hovertemplate=f"{name}<extra></extra>",
            ))
    if marker is not None:
        figure.add_trace(go.Scatter(
            x=[marker[0]], y=[marker[1]], mode="markers", name=t("autoencoder.marker"),
            marker={"size": 18, "symbol": "x", "color": "black", "line": {"width": 2}},
        ))
    axis = "autoencoder.axis_pc" if projected else "autoencoder.axis_code"
    title = t("autoencoder.map_title_projected" if projected else "autoencoder.map_title")
    return styled(figure, title, height=460, legend={"orientation": "v", "yref": "paper", "y": 1, "yanchor": "auto", "x": 1.02},
                  xaxis={"title": {"text": t(axis, n=1)}, "zeroline": False}, yaxis={"title": {"text": t(axis, n=2)}, "zeroline": False})
