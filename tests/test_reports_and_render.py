import numpy as np
import plotly.graph_objects as go
import pytest

from kplay import datasets, render
from kplay.render.style import CORRECT, FONT_SIZE, WRONG, level_lines, shown_title, styled
from kplay.render import Curve, gan
from kplay.training import Snapshot
from kplay.training.reports import classification_report, confusion_matrix, line_report, regression_report


def test_confusion_matrix_counts_pairs():
    matrix = confusion_matrix(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 2]), 3)
    assert matrix.tolist() == [[1, 1, 0], [0, 1, 0], [0, 0, 1]]


def test_classification_report_from_a_perfect_predictor():
    data = datasets.load("digits8", 0.2)
    report = classification_report(lambda x: np.eye(10)[data.labels_test[: len(x)]], data)
    assert report["test_accuracy"] == 1.0
    assert np.trace(report["confusion"]) == len(data.x_test)
    assert (report["grid"]["predicted"] == report["grid"]["true"]).all()


def test_binary_report_reads_a_sigmoid_output():
    data = datasets.load("breast_cancer", 0.2)
    report = classification_report(lambda x: data.labels_test[: len(x)].reshape(-1, 1).astype(float), data)
    assert report["confusion"].shape == (2, 2) and report["test_accuracy"] == 1.0 and "grid" not in report


def test_regression_report_is_in_original_units():
    data = datasets.load("diabetes", 0.2)
    report = regression_report(lambda x: data.y_test[: len(x)], data)
    np.testing.assert_allclose(report["predicted"], report["true"], rtol=1e-4)
    assert report["test_rmse"] < 1e-3


def test_line_report_draws_the_predicted_line():
    data = datasets.load("line", 0.0)
    report = line_report(lambda x: 2 * x + 1, data)
    np.testing.assert_allclose(report["line_y"], 2 * report["line_x"] + 1, rtol=1e-6)


def test_curves_overlay_runs_and_show_batch_loss_for_the_live_one():
    old = Curve("run 1", {"loss": [1.0, 0.5], "val_loss": [1.1, 0.7]})
    live = Curve("run 2", {"loss": [0.9], "val_loss": [1.0]}, [(0.5, 1.2), (1.0, 0.9)])
    figure = render.curves_figure("loss", [old, live], live_index=1)
    names = [trace.name for trace in figure.data]
    assert names == ["run 1: training", "run 1: validation", "run 2: per batch", "run 2: training", "run 2: validation"]
    assert list(figure.data[2].x) == [0.5, 1.0]
    # No legend entry of its own: it comes and goes with its run's training curve.
    assert figure.data[2].showlegend is False and figure.data[2].legendgroup == figure.data[3].legendgroup == "run 2: training"
    # By run: an entry a run, as a chart of one curve a run beside it has; validation goes with its run.
    by_run = render.curves_figure("loss", [old, live], live_index=1, by_run=True)
    assert [trace.name for trace in by_run.data if trace.showlegend is not False] == ["run 1", "run 2"]
    assert [trace.legendgroup for trace in by_run.data] == ["run 1", "run 1", "run 2", "run 2", "run 2"]


def test_image_grid_marks_errors_red_and_correct_green():
    images = np.zeros((4, 8, 8, 1), "float32")
    tiles = render.image_tiles(images, np.array([True, False, True, True]), columns=4)
    def hex_of(pixel):
        return "#" + "".join(f"{int(v):02x}" for v in pixel)

    tile_w = tiles.shape[1] // 4
    assert hex_of(tiles[0, 0]) == CORRECT and hex_of(tiles[0, tile_w]) == WRONG
    figure = render.image_grid_figure(images, [1, 2, 3, 4], [1, 0, 3, 4], [0.9] * 4, tuple("0123456789"), columns=4)
    assert "1 of 4 wrong" in shown_title(figure.layout)


def test_snapshot_folds_messages_and_bounds_batch_points():
    snapshot = Snapshot(config=None, epochs=2)
    snapshot.apply("ready", {"device": "CPU"})
    snapshot.apply("status", {"status": "training", "batches": 10})
    for step in range(5000):
        snapshot.apply("progress", {"epoch": 0, "batch": 5, "elapsed": 1.0, "points": [(step / 10, 1.0)]})
    assert len(snapshot.batch_loss) <= 2000
    assert snapshot.progress == 0.25 and snapshot.eta == 3.0
    snapshot.apply("epoch", {"epoch": 1, "logs": {"loss": 0.5}, "elapsed": 2.0})
    snapshot.apply("end", {"status": "stopped", "message": ""})
    assert not snapshot.active and snapshot.history == {"loss": [0.5]} and snapshot.eta is None
    snapshot.apply("status", {"status": "training"})
    assert snapshot.status == "stopped"


def test_a_long_title_gets_a_subtitle_line_instead_of_being_cut_off():
    confusion = render.confusion_figure(np.eye(10, dtype=int) * 5, tuple("0123456789"))
    assert confusion.layout.title.text == "Confusion matrix"
    assert confusion.layout.title.subtitle.text == "test accuracy 100.0%"
    assert shown_title(confusion.layout) == "Confusion matrix · test accuracy 100.0%"
    short = render.titled(go.Figure(), "Loss · run 1")  # fits on one line: left whole
    assert (short.layout.title.text, short.layout.title.subtitle.text) == ("Loss · run 1", "")
    korean = render.titled(go.Figure(), "오차 행렬 · 테스트 정확도 94.2%")  # 22 letters, but as wide as 35 Latin ones
    assert korean.layout.title.text == "오차 행렬"


def test_the_house_look_sets_other_layout_in_the_same_step_as_update_layout_would():
    plain = go.Figure(go.Scatter(x=[1, 2], y=[3, 4]))
    plain.update_xaxes(title_text="epoch", range=[0, 5])
    plain.update_layout(legend={"x": 0.5})
    expected = update_styled(plain, "Loss · validation of the second run")  # long: two title lines
    figure = styled(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), "Loss · validation of the second run",
                    xaxis={"title": {"text": "epoch"}, "range": [0, 5]}, legend={"x": 0.5})
    assert figure.to_plotly_json() == expected.to_plotly_json()
    assert (figure.layout.legend.x, figure.layout.legend.orientation) == (0.5, "h")  # merged into the look, not replacing it


def update_styled(figure: go.Figure, title: str) -> go.Figure:
    """The house look applied with update_layout, as styled did before building figures whole."""
    main, detail = title.split(" · ")
    figure.update_layout(title={"x": 0.01, "font": {"size": 18}, "subtitle": {"font": {"size": 16, "color": "#5c5f66"}}},
                         font={"size": 16}, height=360, margin={"l": 10, "r": 10, "t": 50, "b": 10},
                         legend={"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom", "x": 0})
    figure.update_layout(legend={"x": 0.5})
    return figure.update_layout(title_text=main, title_subtitle_text=detail, margin_t=72, height=382)


def test_level_lines_draw_what_add_hline_draws():
    drawn = go.Figure(go.Scatter(x=[1, 2], y=[0.2, 0.8]))
    for y, line, text in ((0.5, {"dash": "dot"}, "balance"), (2.0, {"color": "#868e96", "width": 2}, "target = 2")):
        drawn.add_hline(y=y, line=line, annotation_text=text, annotation_font_size=FONT_SIZE)  # kept in lecture mode
    laid = go.Figure(go.Scatter(x=[1, 2], y=[0.2, 0.8]), layout=level_lines([(0.5, {"dash": "dot"}, "balance"),
                                                                              (2.0, {"color": "#868e96", "width": 2}, "target = 2")]))
    assert laid.to_plotly_json() == drawn.to_plotly_json()


def test_every_chart_keeps_the_white_look_even_when_streamlit_took_the_default_template(monkeypatch):
    import plotly.io as pio

    from kplay.render.style import WHITE

    house = pio.templates[WHITE]
    assert render.curves_figure("loss", [Curve("run", {"loss": [1.0, 0.5]})], 0, 5).layout.template == house
    monkeypatch.setattr(pio.templates, "default", "plotly")  # as importing Streamlit does, with its own
    figure = render.curves_figure("loss", [Curve("run", {"loss": [1.0, 0.5]})], 0, 5)
    assert figure.layout.template == house and pio.templates.default == WHITE
    assert '"template"' in figure.to_json()  # sent to the browser with the figure, as before


def test_the_house_template_is_plotly_white_for_every_trace_type_kplay_draws():
    import re
    from pathlib import Path

    import plotly.io as pio

    from kplay.render.style import TRACE_TYPES, WHITE

    white, house = pio.templates["plotly_white"].to_plotly_json(), pio.templates[WHITE].to_plotly_json()
    assert house["layout"] == white["layout"]
    assert all(house["data"].get(kind) == white["data"].get(kind) for kind in TRACE_TYPES)
    assert len(house["data"]) < len(white["data"])  # the point: defaults for other types stay behind
    from plotly.basedatatypes import BaseTraceType

    kinds = [getattr(go, name) for name in dir(go)]  # plotly imports them lazily
    trace_types = {kind.__name__.lower() for kind in kinds if isinstance(kind, type) and issubclass(kind, BaseTraceType)}
    sources = "\n".join(path.read_text() for path in Path("kplay").rglob("*.py"))
    named = {name.lower() for name in re.findall(r"\bgo\.([A-Z]\w*)\(", sources)} | set(re.findall(r'"type": "(\w+)"', sources))
    drawn = named & trace_types  # go.Scatter(...) or {"type": "scatter", ...}, not an axis's or a shape's type
    assert drawn and drawn <= set(TRACE_TYPES), drawn - set(TRACE_TYPES)


def test_a_chart_from_trace_dicts_is_the_styled_figure_of_those_traces():
    from kplay.render.style import house_figure

    traces = [{"type": "scatter", "x": [1, 2], "y": [3, 4], "name": "a", "line": {"color": "#000", "dash": "dash"}},
              {"type": "bar", "x": [1, 2], "y": [1, 1], "marker": {"color": "#f00"}}]
    layout = {"xaxis": {"title": {"text": "epoch"}, "range": [0, 5]}, "barmode": "overlay"}
    expected = styled(go.Figure([go.Scatter(traces[0]), go.Bar(traces[1])]), "Loss · validation of the second run", height=400, **layout)
    assert house_figure(traces, "Loss · validation of the second run", height=400, **layout).to_plotly_json() == expected.to_plotly_json()


def test_lecture_mode_enlarges_a_chart_as_the_update_calls_did(monkeypatch):
    from kplay.ui import lecture

    report = {"edges": [0.0, 1.0, 2.0], "real_density": [0.5, 0.5], "fake_density": [0.2, 0.8], "curve_x": [0, 2], "curve_d": [0.3, 0.6]}
    monkeypatch.setattr(lecture, "on", lambda: True)
    for figure in (gan.distribution_figure(report), render.curves_figure("loss", [Curve("run", {"loss": [1.0]})], 0, 5)):
        expected = go.Figure(figure)  # the old enlarge, one update call at a time
        size = lecture.CHART_FONT
        expected.update_layout(font={"size": size}, height=int(figure.layout.height * lecture.CHART_GROWTH), legend_font_size=size - 2)
        expected.update_xaxes(tickfont_size=size - 2, title_font_size=size)
        expected.update_yaxes(tickfont_size=size - 2, title_font_size=size)
        expected.update_layout(title_font_size=size + 4)  # the legend, at the chart's foot, stays below the larger axis title
        enlarged = lecture.enlarge(figure)
        for part in ("title", "margin", "height"):  # the title's lines: the next test
            expected.layout[part] = enlarged.layout[part]
        assert enlarged.to_plotly_json() == expected.to_plotly_json()
    assert lecture.enlarge(gan.distribution_figure(report)).layout.yaxis2.tickfont.size == size - 2  # the right axis too


def test_lecture_mode_does_not_grow_a_picture_whose_width_sets_its_size(monkeypatch):
    from kplay.render.pictures import picture
    from kplay.ui import lecture

    monkeypatch.setattr(lecture, "on", lambda: True)
    plot = lambda layout: layout.height - layout.margin.t - layout.margin.b
    grid = styled(go.Figure(picture(np.zeros((40, 80), "uint8"))), "Samples", height=230)
    maps = styled(go.Figure(go.Heatmap(z=np.zeros((4, 8)))), "Maps", height=230, yaxis={"scaleanchor": "x"})
    for figure in (grid, maps):  # growing their height, as a chart's, only added white bands
        assert plot(lecture.enlarge(figure).layout) == pytest.approx(plot(figure.layout) * lecture.PICTURE_SHRINK, abs=2)
    curves = styled(go.Figure(go.Scatter(x=[0, 1], y=[0, 1])), "Loss", height=230)
    assert plot(lecture.enlarge(curves).layout) > plot(curves.layout)


def test_lecture_mode_breaks_a_long_title_into_lines_that_fit_and_keeps_the_plots_size(monkeypatch):
    from kplay.render.style import TITLE_CHARS, _width, shown_title
    from kplay.ui import lecture

    monkeypatch.setattr(lecture, "on", lambda: True)
    # Cut off in chromium at lecture size over a half-width chart: "Loss (dashed: validatio"
    for title in ("Loss (dashed: validation)", "Test reconstruction error", "Validation accuracy · dashed: training"):
        figure = styled(go.Figure(go.Scatter(x=[0, 1], y=[1, 0])), title)
        enlarged = lecture.enlarge(figure).layout
        lines = enlarged.title.text.split("<br>") + (enlarged.title.subtitle.text or "").split("<br>")
        assert len([line for line in lines if line]) >= 2, lines
        # the letters that fit a line shrink as the type grows (26 px against the house's 18)
        assert all(_width(line) <= TITLE_CHARS * 18 / 26 for line in lines), lines
        assert shown_title(enlarged).replace(" · ", " ") == title.replace(" · ", " ")  # every word, in order
        plot = lambda layout: layout.height - layout.margin.t - layout.margin.b
        assert plot(enlarged) == int(figure.layout.height * lecture.CHART_GROWTH) - figure.layout.margin.t - figure.layout.margin.b
        assert enlarged.margin.t > figure.layout.margin.t  # room for the lines
    short = lecture.enlarge(styled(go.Figure(), "Loss")).layout
    assert short.title.text == "Loss" and short.title.font.size == lecture.CHART_FONT + 4


def test_the_applied_pages_curve_titles_fit_on_one_line_of_a_half_width_chart():
    from kplay.render.pair import pair_curves_figure
    from kplay.render.style import TITLE_CHARS, _width

    history = {"val_plain_accuracy": [0.5], "plain_accuracy": [0.6], "val_plain_loss": [1.0], "plain_loss": [0.9]}
    for metric in ("accuracy", "loss"):
        title = pair_curves_figure(metric, history, (("plain", "without augmentation"),), 10).layout.title
        assert _width(title.text) <= TITLE_CHARS  # Plotly cuts a long title off; it never wraps it
        assert title.subtitle.text == "dashed: training"


def test_the_applied_pages_legend_names_each_run_once_and_hides_its_training_curve_with_it():
    from kplay.render.pair import pair_curves_figure

    history = {"val_plain_accuracy": [0.5, 0.6], "plain_accuracy": [0.6, 0.7], "val_aug_accuracy": [0.4, 0.7], "aug_accuracy": [0.5, 0.6]}
    figure = pair_curves_figure("accuracy", history, (("plain", "without augmentation"), ("aug", "with augmentation")), 10)
    shown = [trace for trace in figure.data if trace.showlegend is not False]
    assert [trace.name for trace in shown] == ["without augmentation", "with augmentation"]
    assert [trace.line.dash for trace in shown] == [None, None]  # the solid validation curves
    for trace in figure.data:
        group = "plain" if "without" in trace.name else "aug"
        assert trace.legendgroup == group  # one click on a run's entry hides both its curves


def test_ds_verdict_axis_marks_one_half_where_the_discriminator_is_fooled():
    report = {"edges": [0.0, 1.0, 2.0], "real_density": [0.35, 0.1], "fake_density": [0.2, 0.3], "curve_x": [0, 2], "curve_d": [0.3, 0.6]}
    right = gan.distribution_figure(report).layout.yaxis2
    assert right.tickmode == "array" and 0.5 in right.tickvals  # synced to the density grid it read 0.141, 0.282, ...
