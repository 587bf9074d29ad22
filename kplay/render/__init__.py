"""Renderers: result arrays in, plotly figures or image arrays out. Pages only place them."""

from kplay.render.classification import confusion_figure, image_grid_figure, image_tiles
from kplay.render.curves import Curve, curves_figure, metric_title
from kplay.render.regression import line_fit_figure, scatter_figure, weights_figure
from kplay.render.style import titled

__all__ = [
    "Curve", "confusion_figure", "curves_figure", "image_grid_figure", "image_tiles",
    "line_fit_figure", "metric_title", "scatter_figure", "titled", "weights_figure",
]
