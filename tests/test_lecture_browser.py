"""In chromium: in lecture type, every line of a chart's title is whole and clear of the plot.

Drawn by the plotly.js that Plotly for Python ships, in a half column as wide as lecture
mode leaves one at 1280 px. No app server: the geometry is the enlarged figure's own.
"""

import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from kplay.i18n import t
from kplay.render import gan
from kplay.render.style import styled
from kplay.ui import lecture

HALF_COLUMN_IN_LECTURE = 258  # pixels, measured in chromium at 1280 px

# For each chart: its box, its title's and subtitle's, and the plot area's (page pixels).
BOXES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
  const box = element => element && element.getBBox().height ? element.getBoundingClientRect() : null;
  const edges = b => b && {top: b.top, bottom: b.bottom, left: b.left, right: b.right};
  return {chart: edges(plot.querySelector('.main-svg').getBoundingClientRect()),
          title: edges(box(plot.querySelector('.gtitle'))), subtitle: edges(box(plot.querySelector('.gtitle-subtitle'))),
          plot: edges(plot.querySelector('.bglayer .bg, .nsewdrag').getBoundingClientRect())};
})"""


def test_lecture_titles_of_several_lines_stay_inside_the_chart_and_above_the_plot(page, monkeypatch):
    monkeypatch.setattr(lecture, "on", lambda: True)
    report = {"edges": [0.0, 1.0, 2.0], "real_density": [0.5, 0.5], "fake_density": [0.2, 0.8], "curve_x": [0, 2], "curve_d": [0.3, 0.6]}
    line = go.Figure(go.Scatter(x=[0, 1, 2], y=[0.7, 0.2, 0.1]))
    figures = [
        styled(line, "Loss"),  # one line
        styled(line, t("autoencoder.loss_title")),  # two lines
        gan.distribution_figure(report),  # three lines, and a second y axis
        styled(line, t("rnn.forecast_title", rmse=30.8, seasonal=46.1), height=440),  # one line and a detail of three
        styled(line, t("charts.confusion_title", accuracy=0.97)),  # one line and a detail of one
    ]
    enlarged = [lecture.enlarge(figure) for figure in figures]
    assert [figure.layout.title.text.count("<br>") for figure in enlarged] == [0, 1, 2, 0, 0]
    charts = "".join(f"<div>{pio.to_html(figure, include_plotlyjs=False, full_html=False, default_width=HALF_COLUMN_IN_LECTURE)}</div>"
                     for figure in enlarged)
    page.set_content(f"<html><body style='margin:0'><script>{get_plotlyjs()}</script>{charts}</body></html>")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .gtitle').length === 5")
    for figure, boxes in zip(enlarged, page.evaluate(BOXES_JS)):
        chart, title, subtitle, plot = boxes["chart"], boxes["title"], boxes["subtitle"], boxes["plot"]
        words = figure.layout.title.text
        assert title["top"] >= chart["top"], f"{words!r} starts above the chart"
        assert title["right"] <= chart["right"] + 1, f"{words!r} runs past the chart's right edge"
        lowest = subtitle or title
        assert lowest["bottom"] <= plot["top"], f"{words!r} runs into the plot"
        if subtitle:
            assert subtitle["top"] >= title["bottom"] - 1 and subtitle["right"] <= chart["right"] + 1, words
