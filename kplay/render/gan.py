"""GAN views: sample grids, the two players' curves, and GAN Lab-style 1-D distributions."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from kplay.i18n import t
from kplay.render.curves import batch_loss_trace, epoch_trace
from kplay.render.pictures import HALF_COLUMN, MAIN_COLUMN, fitted_height, picture
from kplay.render.style import calm_yaxis, epoch_axis, house_figure, level_lines, run_colour, styled

REAL, FAKE, VERDICT = "#2f9e44", "#d6336c", "#1f6feb"
TILE_SCALE = 3  # 28-pixel digits drawn at 84 pixels: readable on a projector


def mosaic(images: np.ndarray, columns: int, gap: int = 2) -> np.ndarray:
    """Grey uint8 images (n, h, w) tiled into one RGB picture with white gaps."""
    count, height, width = images.shape
    rows = -(-count // columns)
    canvas = np.full((rows * (height + gap) + gap, columns * (width + gap) + gap), 255, dtype="uint8")
    for index, image in enumerate(images):
        r, c = divmod(index, columns)
        top, left = gap + r * (height + gap), gap + c * (width + gap)
        canvas[top : top + height, left : left + width] = image
    big = np.kron(canvas, np.ones((TILE_SCALE, TILE_SCALE), dtype="uint8"))
    return np.repeat(big[..., None], 3, axis=-1)


def _picture(tiles: np.ndarray, title: str, width: int) -> go.Figure:
    return styled(go.Figure(picture(tiles)), title, height=fitted_height(tiles.shape, width),
                  xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"})


def samples_figure(grid: np.ndarray, title: str, columns: int, width: int = MAIN_COLUMN) -> go.Figure:
    """A grid of generated digits; ``width`` is the column it is drawn in (HALF_COLUMN beside another chart)."""
    return _picture(mosaic(grid, columns), title, width)


def frames_figure(frames: np.ndarray, title: str, columns: int = 5) -> go.Figure:
    """Latent interpolation from sample A to sample B, read row by row.

    Rows of five: ten frames in one row were too small to see in a half-width column.
    """
    return _picture(mosaic(frames, columns), title, HALF_COLUMN)


def losses_figure(history: dict, batch_loss: list, epochs: int) -> go.Figure:
    """D's and G's losses per epoch, and D's smoothed per-batch loss so the chart moves within an epoch."""
    traces = [batch_loss_trace(batch_loss, t("gan.d_loss_batch"), run_colour(0))] if batch_loss else []
    traces += [epoch_trace(history.get(metric, []), label, {"color": run_colour(index), "width": 3})
               for index, (metric, label) in enumerate((("d_loss", t("gan.d_loss")), ("g_loss", t("gan.g_loss"))))]
    return house_figure(traces, t("gan.losses_title"), xaxis=epoch_axis(t("gan.axis_epoch"), max(epochs, 1)), yaxis=calm_yaxis(traces, (0, 2)))


def verdicts_figure(history: dict, epochs: int) -> go.Figure:
    """Mean D(x) and D(G(z)): they meet at 0.5 when D can no longer tell real from fake."""
    traces = [epoch_trace(history.get(metric, []), label, {"color": colour, "width": 3})
              for metric, label, colour in (("d_real", t("gan.d_real"), REAL), ("d_fake", t("gan.d_fake"), FAKE))]
    balance = level_lines([(0.5, {"dash": "dot", "color": "#868e96"}, t("gan.balance"))])
    return house_figure(traces, t("gan.verdicts_title"), xaxis=epoch_axis(t("gan.axis_epoch"), max(epochs, 1)), yaxis={"range": [0, 1.02]}, **balance)


def distribution_figure(report: dict, fake_density: np.ndarray | None = None) -> go.Figure:
    """Real vs generated histograms, and D's verdict over the whole input range (right axis)."""
    edges = np.asarray(report["edges"])
    centres, width = (edges[:-1] + edges[1:]) / 2, edges[1] - edges[0]
    fake = report["fake_density"] if fake_density is None else fake_density
    traces = [
        {"type": "bar", "x": centres, "y": report["real_density"], "width": width, "name": t("gan.real"), "marker": {"color": REAL}, "opacity": 0.55},
        {"type": "bar", "x": centres, "y": fake, "width": width, "name": t("gan.generated"), "marker": {"color": FAKE}, "opacity": 0.55},
        {"type": "scatter", "x": report["curve_x"], "y": report["curve_d"], "mode": "lines", "name": t("gan.d_curve"),
         "line": {"color": VERDICT, "width": 3}, "yaxis": "y2"},
    ]
    return house_figure(
        traces, t("gan.distribution_title"), height=400,
        barmode="overlay",
        xaxis={"title": {"text": "x"}, "range": [edges[0], edges[-1]]},
        yaxis={"title": {"text": t("gan.axis_density")}, "rangemode": "tozero"},
        # Its own ticks: plotly.js syncs an overlaying axis's ticks to the left one's grid,
        # which read 0.141, 0.282, ... 0.987 and never 0.5, where D is fooled.
        yaxis2={"title": {"text": "D(x)"}, "overlaying": "y", "side": "right", "range": [0, 1.02], "showgrid": False,
                "tickmode": "array", "tickvals": [0, 0.25, 0.5, 0.75, 1]},
    )
