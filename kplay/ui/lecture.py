"""Lecture mode: large text and charts for a projector, secondary controls hidden, a big progress line.

On with the sidebar switch or ``?lecture=1``. The shared pieces ask ``on()``: widgets skip
fields marked ``advanced``, charts are enlarged in ``results.chart``, and the status line
adds a headline a back row can read. Collapsed expanders (technical details, code) are
hidden by the style sheet; open ones, like a page's layer editor, stay.
"""

from __future__ import annotations

import re

import streamlit as st

from kplay.fields import Field
from kplay.i18n import t
from kplay.render.style import FONT_SIZE, HALF, LEGEND_BELOW, relaid, shown_title, title_layout

KEY = "kplay.lecture"  # the switch (a widget's state is dropped on page changes, so ...)
STATE = "kplay.lecture.on"  # ... the mode itself lives here, for the whole session
PARAM = "lecture"
CHART_FONT = 22
TITLE_FONT = CHART_FONT + 4
CHART_GROWTH = 1.3  # chart heights grow with the type
# A picture's column is narrower in lecture type (a half column 258 against 285 px at 1280 px).
PICTURE_SHRINK = 0.9
CAP_SHIFT = 0.7  # Plotly's cap height, in ems (alignment.CAP_SHIFT)
# A third of the main column or less: "run 1: validation" in the legend's lecture type ran
# past a 166 px chart's edge.
NARROW = 0.4

STYLE = """
<style>
html { font-size: 125%; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 1.15rem; }
[data-testid="stWidgetLabel"] p { font-size: 1.1rem; }
[data-testid="stExpander"]:has(details:not([open])) { display: none; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { display: none; }
[data-testid="stMain"] h1 { font-size: 2.2rem; padding-top: 0; }
[data-testid="stMainBlockContainer"] { padding-top: 2rem; }
[data-testid="stProgress"] div[role="progressbar"] > div { height: 1.1rem; }
.kplay-headline { font-size: 1.7rem; font-weight: 700; line-height: 1.25; margin: 0.1rem 0 0.5rem; }
</style>
"""


def on() -> bool:
    return bool(st.session_state.get(STATE))


def _switched() -> None:
    st.session_state[STATE] = st.session_state[KEY]


def switch() -> None:
    """The sidebar switch; its first value comes from the link, and the link follows it."""
    if STATE not in st.session_state:
        st.session_state[STATE] = st.query_params.get(PARAM) in ("1", "true", "on")
    st.session_state[KEY] = st.session_state[STATE]
    st.sidebar.toggle(t("share.lecture"), key=KEY, help=t("share.lecture_help"), on_change=_switched)
    if on():
        st.query_params[PARAM] = "1"
        st.html(STYLE)
    elif PARAM in st.query_params:
        del st.query_params[PARAM]


def hides(spec: Field) -> bool:
    return spec.advanced and on()


def enlarge(figure, share: float = HALF):
    """Bigger type and height for a projector; the figure as it is otherwise.

    ``share`` is the part of the main column the chart is shown in: a title is broken into
    lines that fit its width, and a narrow chart's legend keeps the house type.
    """
    if not on():
        return figure
    layout = figure.layout.to_plotly_json()
    height, top = layout.get("height") or 360, (layout.get("margin") or {}).get("t")
    if _keeps_aspect(figure, layout):  # more height would only be white bands: its width sets its size
        above = top or 0
        height = above + int((height - above) * PICTURE_SHRINK)
    else:
        height = int(height * CHART_GROWTH)
    # Beside the plot in lecture type, the latent map's legend left it 64 px of 311. Below
    # it, two entries a row in house type: Plotly otherwise gives every entry the longest
    # one's width, and "Ankle boot" in lecture type ran past the edge.
    moved_below = (layout.get("legend") or {}).get("orientation") == "v" and share < 1
    legend = {"font": {"size": FONT_SIZE if moved_below or share <= NARROW else CHART_FONT - 2}}
    if moved_below:
        legend |= LEGEND_BELOW | {"entrywidth": 0.5, "entrywidthmode": "fraction"}
    changes = {"font": {"size": CHART_FONT}, "height": height, "legend": legend}
    # Streamlit's chart theme sizes ticks and axis titles itself; name them to enlarge them.
    for axis in {"xaxis", "yaxis"} | {name for name in layout if re.fullmatch(r"[xy]axis\d*", name)}:
        changes[axis] = {"tickfont": {"size": CHART_FONT - 2}, "title": {"font": {"size": CHART_FONT}}}
    title = shown_title(layout)
    if title:  # in larger type a title takes more lines: the plot keeps its enlarged size
        retitled = title_layout(title, changes["height"], top, size=TITLE_FONT, share=share)
        # Hung from the chart's top: Plotly centres a title in the margin, and lines of a
        # long subtitle ran down into the plot. Hung from the top, a title of several lines
        # is drawn from its first baseline, not its cap height: the pad gives that back.
        lifted = round(CAP_SHIFT * TITLE_FONT) if "<br>" in retitled["title"]["text"] else 0
        retitled["title"] |= {"font": {"size": TITLE_FONT}, "yref": "container", "y": 1, "yanchor": "top",
                              "pad": {"t": 12 + lifted}}
        retitled["title"]["subtitle"]["font"] = {"size": CHART_FONT}
        changes |= retitled
    # In one rebuild: each update_layout or update_axes call costs a live chart about 2 ms.
    return relaid(figure, changes)


def _keeps_aspect(figure, layout: dict) -> bool:
    """A picture: an image, or a heatmap whose y axis is tied to its x axis's scale."""
    return any(trace.type == "image" for trace in figure.data) or (layout.get("yaxis") or {}).get("scaleanchor") == "x"


# The two numbers a room watches: held-out loss and score when there are any, else the training ones.
HEADLINE_METRICS = (("val_loss", "val_accuracy", "val_mae"), ("loss", "accuracy", "mae"))


def headline(snapshot) -> str:
    """Epoch and the latest metrics in one line, e.g. 'Epoch 3 / 15 · val_loss 0.213 · val_accuracy 0.931'."""
    if snapshot.status in ("starting", "loading"):
        return t("share.starting")
    parts = [t("share.epoch", epoch=snapshot.position[0] if snapshot.active else snapshot.epoch, epochs=snapshot.epochs)]
    for names in HEADLINE_METRICS:
        shown = [f"{name} {snapshot.history[name][-1]:.3f}" for name in names if snapshot.history.get(name)]
        if shown:
            parts += shown
            break
    return " · ".join(parts)


def progress_line(snapshot) -> None:
    if on() and snapshot is not None:
        st.html(f'<div class="kplay-headline">{headline(snapshot)}</div>')
