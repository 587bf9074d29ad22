"""One look for every chart: large type that reads on a projector, one colour per run."""

from __future__ import annotations

import unicodedata

import plotly.graph_objects as go
import plotly.io as pio

FONT_SIZE = 16
RUN_COLOURS = ("#1f6feb", "#d6336c", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#5c5f66", "#e8590c")
CORRECT, WRONG = "#2b8a3e", "#c92a2a"
# Plotly attaches the default template to a new figure unchecked, where a template set on
# a figure is deep-copied and validated: about 7 ms a chart, on every live redraw.
WHITE = "plotly_white"
pio.templates.default = WHITE


def _on_white(figure: go.Figure) -> None:
    """Give the white template to a figure made under another default, and claim the default back.

    Streamlit makes its own template the default when it is imported, which may come after this module.
    """
    if figure.layout.template != pio.templates[WHITE]:  # a comparison: 0.3 ms
        pio.templates.default = WHITE
        figure.layout.template = WHITE  # replaced, not merged as update_layout would


def run_colour(index: int) -> str:
    return RUN_COLOURS[index % len(RUN_COLOURS)]


def calm_if_empty(figure: go.Figure, y_range: tuple[float, float] = (0, 1)) -> None:
    """A chart with no points yet gets a fixed y axis: a calm empty frame, not Plotly's default ticks."""
    if not any(trace.x is not None and len(trace.x) for trace in figure.data):  # arrays have no truth value
        figure.update_yaxes(range=list(y_range))


TITLE_CHARS = 30  # about what one title line holds over a half-width chart at 1280 px (Plotly cuts, never wraps)


def _width(text: str) -> int:
    """Width in Latin letters: a Korean syllable takes about two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def title_parts(title: str) -> tuple[str, str]:
    """A long 'what · detail' title as a title and a subtitle line, so neither is cut off."""
    if _width(title) <= TITLE_CHARS or " · " not in title:
        return title, ""
    main, detail = title.split(" · ", 1)
    return main, detail


def shown_title(layout) -> str:
    """The title as a reader sees it, both lines: from a figure's layout or its JSON dict."""
    title = (layout if isinstance(layout, dict) else layout.to_plotly_json()).get("title") or {}
    main, detail = title.get("text") or "", (title.get("subtitle") or {}).get("text")
    return f"{main} · {detail}" if detail else main


def titled(figure: go.Figure, title: str) -> go.Figure:
    """Set (or replace) the figure's title, on two lines when it is long; the plot keeps its size."""
    main, detail = title_parts(title)
    top = (72 if detail else 50) if title else 10
    changes = {"title_text": main, "title_subtitle_text": detail, "margin_t": top}
    if figure.layout.height is not None and figure.layout.margin.t is not None:
        changes["height"] = figure.layout.height + top - figure.layout.margin.t
    return figure.update_layout(**changes)


def styled(figure: go.Figure, title: str = "", height: int = 360) -> go.Figure:
    """``height`` is for a one-line title (or none): a subtitle line adds to it."""
    _on_white(figure)
    figure.update_layout(
        title={"x": 0.01, "font": {"size": FONT_SIZE + 2}, "subtitle": {"font": {"size": FONT_SIZE, "color": "#5c5f66"}}},
        font={"size": FONT_SIZE},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 10, "b": 10},
        legend={"orientation": "h", "y": -0.2, "x": 0},
    )
    return titled(figure, title)
