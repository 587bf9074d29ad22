"""In chromium: in lecture type, every line of a chart's title is whole and clear of the plot.

Drawn by the plotly.js that Plotly for Python ships, in columns as wide as lecture mode
leaves them at 1280 px. No app server: the geometry is the enlarged figure's own.
"""

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from kplay.i18n import t
from kplay.render import Curve, convolution, curves_figure, forecast, gan
from kplay.render.autoencoder import latent_map_figure
from kplay.render.style import styled
from kplay.ui import lecture

# Pixels, measured in chromium at 1280 px: the main column, half of it, and the UNET page's third.
FULL_COLUMN_IN_LECTURE, HALF_COLUMN_IN_LECTURE, THIRD_COLUMN_IN_LECTURE = 535, 258, 166
LATENT_MAP_COLUMN_IN_LECTURE = 311  # three fifths of the main column, beside the decoder explorer
HALF_COLUMN, THIRD_COLUMN = 285, 185  # the half and third columns in normal mode

# For each chart: its box, its title's and subtitle's, and the plot area's (page pixels).
BOXES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
  const box = element => element && element.getBBox().height ? element.getBoundingClientRect() : null;
  const edges = b => b && {top: b.top, bottom: b.bottom, left: b.left, right: b.right};
  return {chart: edges(plot.querySelector('.main-svg').getBoundingClientRect()),
          legend: edges(box(plot.querySelector('.legend'))),
          labels: [...plot.querySelectorAll('.annotation')].map(label => edges(label.getBoundingClientRect())),
          title: edges(box(plot.querySelector('.gtitle'))), subtitle: edges(box(plot.querySelector('.gtitle-subtitle'))),
          plot: edges(plot.querySelector('.bglayer .bg, .nsewdrag').getBoundingClientRect())};
})"""


# The 1-D GAN's report, and a line to hang titles on.
REPORT = {"edges": [0.0, 1.0, 2.0], "real_density": [0.5, 0.5], "fake_density": [0.2, 0.8], "curve_x": [0, 2], "curve_d": [0.3, 0.6]}
LINE = go.Figure(go.Scatter(x=[0, 1, 2], y=[0.7, 0.2, 0.1]))
FORECAST_TITLE = dict(rmse=30.8, seasonal=46.1)


def test_lecture_titles_of_several_lines_stay_inside_the_chart_and_above_the_plot(page, monkeypatch):
    monkeypatch.setattr(lecture, "on", lambda: True)
    report, line = REPORT, LINE
    figures = [
        styled(line, "Loss"),  # one line
        styled(line, t("autoencoder.loss_title")),  # two lines
        gan.distribution_figure(report),  # three lines, and a second y axis
        styled(line, t("rnn.forecast_title", **FORECAST_TITLE), height=440),  # one line and a detail of three
        styled(line, t("charts.confusion_title", accuracy=0.97)),  # one line and a detail of one
    ]
    enlarged = [lecture.enlarge(figure) for figure in figures]
    assert [figure.layout.title.text.count("<br>") for figure in enlarged] == [0, 1, 2, 0, 0]
    # Not its legends: the distribution is drawn here in a half column, where the page never shows it.
    _assert_titles_fit(page, enlarged, [HALF_COLUMN_IN_LECTURE] * len(enlarged), legends=False)


def test_lecture_titles_and_legends_take_the_width_of_their_column(page, monkeypatch):
    """A full-width chart's title is not broken as a half-width one's; a third-width one's is, and its legend fits."""
    monkeypatch.setattr(lecture, "on", lambda: True)
    report, line = REPORT, LINE
    run = Curve("run 1", {"loss": [0.6, 0.3], "val_loss": [0.7, 0.4]}, [(0.5, 0.9), (1.5, 0.4)])
    columns = [  # (figure, its share of the main column, that column's width in pixels)
        (gan.distribution_figure(report), 1, FULL_COLUMN_IN_LECTURE),
        (styled(line, t("rnn.forecast_title", **FORECAST_TITLE), height=440), 1, FULL_COLUMN_IN_LECTURE),
        (convolution.probabilities_figure([0.01, 0.97, 0.02], ("0", "1", "2")), 1 / 3, THIRD_COLUMN_IN_LECTURE),
        (curves_figure("loss", [run], 0, 20), 1 / 3, THIRD_COLUMN_IN_LECTURE),
        # Two baselines labelled at the right end of their lines, 30.8 / 46.1 and 30.8 / 52.5 of the way up.
        (forecast.baseline_curve_figure({"test_rmse": [44.0, 30.8], "rmse_vs_seasonal_naive": [0.95, 30.8 / 46.1],
                                         "rmse_vs_last_value": [0.8, 30.8 / 52.5]}, 100), 1 / 2, HALF_COLUMN_IN_LECTURE),
        (latent_map_figure(np.random.default_rng(0).normal(size=(200, 2)), np.arange(200) % 10,
                           ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
                           True, (0.5, 0.5)), 3 / 5, LATENT_MAP_COLUMN_IN_LECTURE),
    ]
    enlarged = [lecture.enlarge(figure, share) for figure, share, _ in columns]
    wide, truth, probabilities, *_ = enlarged
    assert wide.layout.title.text.count("<br>") == 1  # three lines in a half column
    assert "<br>" not in truth.layout.title.subtitle.text  # three lines in a half column
    assert "<br>" in probabilities.layout.title.text  # "Prediction: 1 (97%)" was cut at "Prediction: 1 ("
    drawn = _assert_titles_fit(page, enlarged, [width for *_, width in columns])
    latent_map = drawn[-1]["plot"]  # its legend of 11 entries beside it left it a 64 px strip
    width, height = latent_map["right"] - latent_map["left"], latent_map["bottom"] - latent_map["top"]
    assert width >= 0.6 * LATENT_MAP_COLUMN_IN_LECTURE and height >= 0.8 * width


def _assert_titles_fit(page, enlarged: list, widths: list[int], legends: bool = True) -> list[dict]:
    """Each title line starts inside its chart, ends left of its right edge and above the plot; the legend ends inside too.

    Returns each chart's boxes, for a chart's own checks.
    """
    charts = "".join(f"<div>{pio.to_html(figure, include_plotlyjs=False, full_html=False, default_width=width)}</div>"
                     for figure, width in zip(enlarged, widths))
    page.set_content(f"<html><body style='margin:0'><script>{get_plotlyjs()}</script>{charts}</body></html>")
    page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot .gtitle').length === {len(enlarged)}")
    drawn = page.evaluate(BOXES_JS)
    for figure, boxes in zip(enlarged, drawn):
        chart, title, subtitle, plot = boxes["chart"], boxes["title"], boxes["subtitle"], boxes["plot"]
        words = figure.layout.title.text
        assert title["top"] >= chart["top"], f"{words!r} starts above the chart"
        assert title["right"] <= chart["right"] + 1, f"{words!r} runs past the chart's right edge"
        lowest = subtitle or title
        assert lowest["bottom"] <= plot["top"], f"{words!r} runs into the plot"
        if subtitle:
            assert subtitle["top"] >= title["bottom"] - 1 and subtitle["right"] <= chart["right"] + 1, words
        for label in boxes["labels"]:  # labels of lines drawn across the plot stay over it, off the axes' ticks
            assert plot["left"] - 1 <= label["left"] and label["right"] <= plot["right"] + 1, f"a line's label under {words!r}"
        if legends and boxes["legend"]:
            assert boxes["legend"]["right"] <= chart["right"] + 1, f"the legend under {words!r} runs past the chart's right edge"
    return drawn


def test_a_loss_chart_and_the_metric_chart_beside_it_have_their_plots_at_one_height(page, monkeypatch):
    """Side by side, curves end their plots level: the live loss's per-batch line has no legend entry of its own, and the
    autoencoder's loss and error have an entry a run each."""
    live = Curve("run 2", {"loss": [0.6, 0.3], "val_loss": [0.7, 0.4], "iou": [0.5, 0.8], "val_iou": [0.4, 0.7]},
                 [(0.5, 0.9), (1.5, 0.4)])
    earlier = Curve("run 1", live.history)
    for lecture_on, half, third in ((False, HALF_COLUMN, THIRD_COLUMN), (True, HALF_COLUMN_IN_LECTURE, THIRD_COLUMN_IN_LECTURE)):
        monkeypatch.setattr(lecture, "on", lambda: lecture_on)
        for width, share in ((half, 1 / 2), (third, 1 / 3)):
            row = [lecture.enlarge(curves_figure(metric, [earlier, live], 1, 20), share) for metric in ("loss", "iou")]
            _assert_plots_end_level(page, row, width, f"lecture mode {lecture_on}, loss and IoU")
        # The autoencoder's pair: the test error has one curve a run, so both have an entry a run,
        # one a row whatever the width of their tick labels.
        for runs in ([live], [earlier, live], [earlier, earlier, live]):
            errors = [Curve(run.label, {"test_mse": [0.045, 0.012]}) for run in runs]  # ticks wider than the loss's
            row = [lecture.enlarge(styled(curves_figure("loss", runs, len(runs) - 1, 20, by_run=True), t("autoencoder.loss_title")), 1 / 2),
                   lecture.enlarge(styled(curves_figure("test_mse", errors, len(runs) - 1, 20, by_run=True), t("autoencoder.mse_title")), 1 / 2)]
            _assert_plots_end_level(page, row, half, f"lecture mode {lecture_on}, the autoencoder's loss and error, {len(runs)} runs")


def _assert_plots_end_level(page, row: list, width: int, what: str) -> None:
    """Charts drawn in columns of one width end their plots at one height (within 1 px)."""
    ends = [box["plot"]["bottom"] - box["chart"]["top"] for box in _assert_titles_fit(page, row, [width] * len(row))]
    assert max(ends) - min(ends) <= 1, f"{what}, {width} px: the plots end at {', '.join(f'{end:.0f}' for end in ends)} px"
