"""One look for every chart: large type that reads on a projector, one colour per run."""

from __future__ import annotations

import unicodedata

import plotly.graph_objects as go
import plotly.io as pio

FONT_SIZE = 16
RUN_COLOURS = ("#1f6feb", "#d6336c", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#5c5f66", "#e8590c")
CORRECT, WRONG = "#2b8a3e", "#c92a2a"
# The trace types kplay draws (a test keeps this true). The house template is plotly_white
# with its defaults for these only: Plotly deep-copies a figure's template each time it builds
# or serialises one, and plotly_white's defaults for 24 trace types, 4 KB, went to the browser
# with every chart. A live curves chart: 2.7 -> 2.1 ms, 14 -> 11 KB.
TRACE_TYPES = ("bar", "heatmap", "image", "scatter", "scattergl")
_white = pio.templates["plotly_white"].to_plotly_json()
WHITE = "kplay_white"
pio.templates[WHITE] = go.layout.Template(layout=_white["layout"], data={k: v for k, v in _white["data"].items() if k in TRACE_TYPES})
# Plotly attaches the default template to a new figure unchecked, where a template set on
# a figure is deep-copied and validated: about 7 ms a chart, on every live redraw.
pio.templates.default = WHITE


def relaid(figure: go.Figure, changes: dict) -> go.Figure:
    """The figure built anew with ``changes`` deep-merged into its layout.

    Plotly checks an ``update_layout`` key by key, path by path: 4.5 ms a call, twice a
    chart on every live redraw. A figure built from a whole layout dict takes 0.6 ms.
    """
    layout = figure.layout.to_plotly_json()
    layout.pop("template", None)
    return _built(figure.data, _merged(layout, changes))


def _built(data, layout: dict) -> go.Figure:
    """One figure, checked by Plotly once, in the house template.

    Streamlit makes its own template the default when it is imported, which may come
    after this module: the default is claimed back before the figure takes it.
    """
    if pio.templates.default != WHITE:
        pio.templates.default = WHITE
    return go.Figure(data=data, layout=layout)


def _merged(base: dict, changes: dict) -> dict:
    """``base`` with ``changes`` on top, nested dicts merged as ``update_layout`` merges them."""
    merged = dict(base)
    for key, value in changes.items():
        both_dicts = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = _merged(merged[key], value) if both_dicts else value
    return merged


def run_colour(index: int) -> str:
    return RUN_COLOURS[index % len(RUN_COLOURS)]


def calm_yaxis(traces: list[dict], y_range: tuple[float, float] = (0, 1)) -> dict:
    """A chart with no points yet gets a fixed y axis: a calm empty frame, not Plotly's default ticks."""
    return {} if any(len(trace.get("x", ())) for trace in traces) else {"range": list(y_range)}


def epoch_axis(title: str, longest: int) -> dict:
    """An x axis of epochs that spans ``longest`` (a run's planned epochs), so a live curve grows into a fixed frame."""
    return {"title": {"text": title}, "range": [0, longest * 1.02] if longest else None}


def level_lines(levels: list[tuple[float, dict, str]]) -> dict:
    """Horizontal lines across the plot, each labelled at its right end, as layout for ``styled``.

    What ``add_hline`` draws, for (y, line style, label) each; ``add_hline`` takes 3 ms a
    line, on every live redraw. Labels keep the house type in lecture mode: in its larger
    type "seasonal naive 46.1" was wider than a half-width plot and ran over the y axis's ticks.
    """
    return {
        "shapes": [{"type": "line", "xref": "x domain", "x0": 0, "x1": 1, "yref": "y", "y0": y, "y1": y, "line": line}
                   for y, line, _ in levels],
        "annotations": [{"text": text, "showarrow": False, "xref": "x domain", "x": 1, "xanchor": "right",
                         "yref": "y", "y": y, "yanchor": "bottom", "font": {"size": FONT_SIZE}} for y, _, text in levels],
    }


# At the foot of the whole chart, not a share of the plot's height below it: Plotly then
# keeps room for it under the axis title (at y=-0.2 three entries covered "epoch").
LEGEND_BELOW = {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0}

TITLE_CHARS = 30  # about what one title line holds over a half-width chart at 1280 px (Plotly cuts, never wraps)
HALF = 0.5  # the share of the main column that TITLE_CHARS is for, and most charts' share


def _width(text: str) -> int:
    """Width in Latin letters: a Korean syllable takes about two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped(text: str, chars: int) -> str:
    """``text`` broken between words into lines of about ``chars`` letters at most (Plotly's ``<br>``)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and _width(f"{lines[-1]} {word}") <= chars:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "<br>".join(lines)


def title_parts(title: str) -> tuple[str, str]:
    """A long 'what · detail' title as a title and a subtitle line, so neither is cut off."""
    if _width(title) <= TITLE_CHARS or " · " not in title:
        return title, ""
    main, detail = title.split(" · ", 1)
    return main, detail


def shown_title(layout) -> str:
    """The title as a reader sees it, all its lines: from a figure's layout or its JSON dict."""
    title = (layout if isinstance(layout, dict) else layout.to_plotly_json()).get("title") or {}
    main, detail = title.get("text") or "", (title.get("subtitle") or {}).get("text")
    return (f"{main} · {detail}" if detail else main).replace("<br>", " ")


def title_layout(title: str, height: int | None, top: int | None, size: int = FONT_SIZE + 2, share: float = HALF) -> dict:
    """Layout changes that set ``title``, on more lines when it is long, keeping the plot's size.

    ``height`` and ``top`` are the figure's height and top margin so far (None: not set).
    In type larger than the house's (``size``, lecture mode) fewer letters fit a line: the
    title and its detail are broken between words as well, to the width of the chart's
    ``share`` of the main column.
    """
    main, detail = title_parts(title)
    if size > FONT_SIZE + 2:
        chars = int(TITLE_CHARS * share / HALF * (FONT_SIZE + 2) / size)
        main, detail = wrapped(main, chars), wrapped(detail, chars)
    lines = main.count("<br>") + 1 + (detail.count("<br>") + 1 if detail else 0)
    new_top = 28 + round(22 * lines * size / (FONT_SIZE + 2)) if title else 10  # 50 for one line of house type
    changes = {"title": {"text": main, "subtitle": {"text": detail}}, "margin": {"t": new_top}}
    if height is not None and top is not None:
        changes["height"] = height + new_top - top
    return changes


def titled(figure: go.Figure, title: str) -> go.Figure:
    """A copy of the figure with its title set (or replaced); the plot keeps its size."""
    return relaid(figure, title_layout(title, figure.layout.height, figure.layout.margin.t))


def _house_layout(title: str = "", height: int = 360, **layout) -> dict:
    """The house look with any other ``layout`` (axes, shapes) and ``title``.

    ``height`` is for a one-line title (or none): a subtitle line adds to it.
    """
    top = 50 if title else 10
    look = {
        "title": {"x": 0.01, "font": {"size": FONT_SIZE + 2}, "subtitle": {"font": {"size": FONT_SIZE, "color": "#5c5f66"}}},
        "font": {"size": FONT_SIZE},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": top, "b": 10},
        "legend": dict(LEGEND_BELOW),
    }
    return _merged(_merged(look, layout), title_layout(title, height, top))


def styled(figure: go.Figure, title: str = "", height: int = 360, **layout) -> go.Figure:
    """A copy of the figure in the house look (see ``_house_layout``)."""
    return relaid(figure, _house_layout(title, height, **layout))


def house_figure(traces: list[dict], title: str = "", height: int = 360, **layout) -> go.Figure:
    """A figure in the house look from plain trace dicts, which Plotly checks once.

    For the charts redrawn on every live poll. Building a figure, adding traces and styling
    it checked every trace twice and built the figure twice: a live curves chart took
    4.3 ms to build and serialise, 2.1 ms this way (in the slim template).
    """
    return _built(traces, _house_layout(title, height, **layout))
