"""Every page through Streamlit's AppTest: renders, trains a tiny run to the end, no exception."""

import subprocess
import sys

from apptest import APP, ROOT, charts, open_page, points, train_to_end


def test_home_lists_every_page_without_importing_tensorflow():
    # In a fresh interpreter: other tests in this process have imported Keras already.
    code = (
        "import sys; from streamlit.testing.v1 import AppTest; "
        f"at = AppTest.from_file({APP!r}, default_timeout=30); at.run(); "
        "assert not at.exception, at.exception; "
        "text = ' '.join(m.value for m in at.markdown) + ' '.join(c.value for c in at.caption); "
        "from kplay.catalog import PAGES; "
        "assert all(p.teaches in text for p in PAGES), text; "
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules, 'TensorFlow imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_ann_classification_trains_and_shows_curves_confusion_and_grid():
    at = open_page("pages/ann.py")
    assert "101,770 parameters" in " ".join(m.value for m in at.markdown)  # the summary, before training
    at.selectbox(key="ann.dataset").set_value("digits8")
    at.slider(key="ann.units").set_value(16)
    at.slider(key="ann.epochs").set_value(3)
    at.run()
    assert "1,210 parameters" in " ".join(m.value for m in at.markdown)  # it follows the sliders
    train_to_end(at, "ann")
    found = charts(at)
    assert points(found["Loss"], "run 1: training") == 3
    assert points(found["Accuracy"], "run 1: validation") == 3
    assert any(title.startswith("Confusion matrix") for title in found)
    assert any(title.startswith("Test predictions") for title in found)


def test_ann_single_neuron_shows_weights_and_the_fitted_line():
    at = open_page("pages/ann.py")
    at.button(key="ann.preset:Book ch.1: one neuron, y = 2x + 1").click().run()
    assert at.radio(key="ann.example").value == "line"
    at.slider(key="ann.epochs").set_value(20)
    at.run()
    train_to_end(at, "ann")
    found = charts(at)
    weights = found["The neuron's weight and bias"]
    assert points(weights, "weight w") == 20
    assert "Targets and predictions" in found


def test_ann_regression_shows_predicted_vs_actual():
    at = open_page("pages/ann.py")
    at.radio(key="ann.example").set_value("regression").run()
    at.slider(key="ann.epochs").set_value(3)
    at.run()
    train_to_end(at, "ann")
    assert any(title.startswith("Predicted vs actual") for title in charts(at))


def test_dnn_overlays_runs_and_can_clear_them():
    at = open_page("pages/dnn.py")
    at.selectbox(key="dnn.dataset").set_value("digits8")
    at.slider(key="dnn.epochs").set_value(2)
    at.slider(key="dnn.layers").set_value(3)
    at.run()
    assert at.select_slider(key="dnn.units_2") is not None
    train_to_end(at, "dnn")
    at.slider(key="dnn.dropout_0").set_value(0.5)
    at.slider(key="dnn.epochs").set_value(3)
    at.run()
    assert any("Sliders moved since this run started" in c.value for c in at.caption)
    train_to_end(at, "dnn")
    loss = charts(at)["Loss"]
    assert points(loss, "run 1: training") == 2 and points(loss, "run 2: training") == 3
    at.button[[b.label for b in at.button].index("Clear earlier runs")].click().run()
    names = [trace["name"] for trace in charts(at)["Loss"]["data"]]
    assert not any(name.startswith("run 1") for name in names)


def test_dnn_refuses_an_impossible_combination_with_a_message():
    at = open_page("pages/dnn.py")
    at.selectbox(key="dnn.dataset").set_value("diabetes")
    at.selectbox(key="dnn.loss").set_value("categorical_crossentropy")
    at.run()
    assert any("does not fit" in e.value for e in at.error)
    assert at.button(key="dnn.train").disabled
