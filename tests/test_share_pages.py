"""Links and lecture mode on real pages (AppTest): a link restores the sliders, the URL follows them."""


from streamlit.testing.v1 import AppTest

from apptest import APP, charts
from kplay.models import DenseConfig
from kplay.training import Snapshot
from kplay.ui import lecture


def open_with(script: str, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(script).run()
    assert not at.exception, at.exception
    return at


def url(at: AppTest) -> dict:
    return {name: values[0] if isinstance(values, list) else values for name, values in at.query_params.items()}


def test_a_link_restores_config_fields_and_per_layer_sliders_on_the_dnn_page():
    at = open_with("pages/dnn.py", epochs="7", layers="3", units_2="16", dropout_1="0.3", seed="42",
                   learning_rate="0.01", activation="tanh")
    assert at.slider(key="dnn.epochs").value == 7
    assert at.slider(key="dnn.layers").value == 3
    assert at.select_slider(key="dnn.units_2").value == 16
    assert at.slider(key="dnn.dropout_1").value == 0.3
    assert at.slider(key="dnn.seed").value == 42
    assert at.select_slider(key="dnn.learning_rate").value == 0.01
    assert at.selectbox(key="dnn.activation").value == "tanh"
    assert url(at)["units_2"] == "16" and url(at)["seed"] == "42"


def test_a_link_picks_the_ann_example_and_its_data_set():
    at = open_with("pages/ann.py", example="regression", dataset="diabetes", units="5")
    assert at.radio(key="ann.example").value == "regression"
    assert at.selectbox(key="ann.dataset").value == "diabetes"
    assert at.slider(key="ann.units").value == 5


def test_bad_link_parameters_are_ignored_with_a_notice_and_the_language_is_kept():
    at = open_with("pages/dnn.py", epochs="99999", bogus="1", activation="magic", lang="ko", layers="2")
    notice = " ".join(c.value for c in at.caption)
    assert "bogus" in notice and "에포크" in notice and "활성화 함수" in notice  # named in the page's language
    assert at.slider(key="dnn.epochs").value == DenseConfig().epochs
    assert at.slider(key="dnn.layers").value == 2
    params = url(at)
    assert params["lang"] == "ko" and "bogus" not in params and params["epochs"] == str(DenseConfig().epochs)


def test_the_url_and_the_copy_link_follow_the_sliders():
    at = open_with("pages/dnn.py", lang="en")
    at.slider(key="dnn.epochs").set_value(23).run()
    assert url(at)["epochs"] == "23" and url(at)["lang"] == "en"
    link = at.get("code")[0].proto.code_text
    assert "epochs=23" in link and "lang=en" in link
    at.slider(key="dnn.layers").set_value(1).run()
    assert "units_1" not in url(at)  # a layer that is gone leaves the link


def test_lecture_mode_from_the_link_hides_advanced_fields_but_keeps_their_values():
    at = open_with("pages/dnn.py", lecture="1", seed="42")
    assert at.toggle(key=lecture.KEY).value is True
    assert not [s for s in at.slider if s.key == "dnn.seed"]  # the seed is a secondary control
    assert url(at)["seed"] == "42" and url(at)["lecture"] == "1"
    fonts = [chart["layout"]["font"]["size"] for chart in charts(at).values()]
    assert fonts and all(size == lecture.CHART_FONT for size in fonts)
    at.toggle(key=lecture.KEY).set_value(False).run()
    assert at.slider(key="dnn.seed").value == 42
    assert "lecture" not in url(at)
    assert all(chart["layout"]["font"]["size"] < lecture.CHART_FONT for chart in charts(at).values())


def test_the_lecture_headline_says_epoch_and_latest_metrics():
    snapshot = Snapshot(config=DenseConfig(), epochs=15, status="training", epoch=2, batches=10,
                        history={"loss": [0.9, 0.5], "val_accuracy": [0.8, 0.912]})
    assert lecture.headline(snapshot) == "Epoch 2 / 15 · val_accuracy 0.912"  # epoch 2 just ended: its metrics
    snapshot.batch = 3  # the third epoch under way
    snapshot.history = {"loss": [0.9, 0.5], "mae": [3.0, 2.5]}  # no validation split
    assert lecture.headline(snapshot) == "Epoch 3 / 15 · loss 0.500 · mae 2.500"
    snapshot.status, snapshot.epoch = "finished", 15
    assert lecture.headline(snapshot) == "Epoch 15 / 15 · loss 0.500 · mae 2.500"


def _text(value) -> str:
    return f"{value:g}" if isinstance(value, float) else ("1" if value is True else "0" if value is False else str(value))


def test_every_preset_applies_with_one_click_and_the_link_carries_it():
    from kplay.presets import PRESETS

    for page in ("ann", "dnn"):
        at = open_with(f"pages/{page}.py")
        for preset in PRESETS[page]:
            at.button(key=f"{page}.preset:{preset.name}").click().run()
            assert not at.exception, (preset.name, at.exception)
            params = url(at)
            for name, value in preset.values.items():
                items = {f"{name}_{i}": v for i, v in enumerate(value)} if isinstance(value, tuple) else {name: value}
                for param, item in items.items():
                    assert params.get(param) == _text(item), (preset.name, param, params.get(param), item)
            assert preset.watch in " ".join(a.value for a in at.info)
