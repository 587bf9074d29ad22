"""One look for every chart: large type that reads on a projector, one colour per run."""

from __future__ import annotations

import plotly.graph_objects as go

FONT_SIZE = 16
RUN_COLOURS = ("#1f6feb", "#d6336c", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#5c5f66", "#e8590c")
CORRECT, WRONG = "#2b8a3e", "#c92a2a"


def run_colour(index: int) -> str:
    return RUN_COLOURS[index % len(RUN_COLOURS)]


def styled(figure: go.Figure, title: str = "", height: int = 360) -> go.Figure:
    figure.update_layout(
        title={"text": title, "x": 0.01, "font": {"size": FONT_SIZE + 2}},
        font={"size": FONT_SIZE},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 10, "b": 10},
        template="plotly_white",
        legend={"orientation": "h", "y": -0.2, "x": 0},
    )
    return figure
