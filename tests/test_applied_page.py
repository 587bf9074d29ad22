"""The applied page through AppTest: both tabs render, train a tiny comparison, and refuse bad settings."""

import json

from apptest import open_page, train_to_end

AUGMENT, TRANSFER = "applied_augment", "applied_transfer"


def all_charts(at) -> list[dict]:
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def trace_points(at, name: str) -> int:
    return max((len(trace["x"]) for spec in all_charts(at) for trace in spec["data"] if trace["name"] == name), default=0)


def test_both_tabs_render_their_summaries_preview_and_frozen_table():
    at = open_page("pages/applied.py")
    headings = [m.value for m in at.sidebar.markdown if "presets" in m.value.lower()]
    assert headings == ["**Augmentation presets**", "**Transfer learning presets**", "**ImageNet backbone presets**"]
    text = " ".join(m.value for m in at.markdown)
    assert "**With augmentation**: 105,866 parameters" in text
    assert "**Transferred (0 frozen)**: 27,909 parameters (27,909 trainable)" in text
    assert len(at.get("image")) == 1  # the augmentation preview, before any training
    before = at.get("image")[0].proto.SerializeToString()
    at.slider(key=f"{AUGMENT}.rotation").set_value(0.3).run()
    assert at.get("image")[0].proto.SerializeToString() != before  # it follows the sliders
    at.slider(key=f"{TRANSFER}.frozen_layers").set_value(3).run()
    assert "**Transferred (3 frozen)**: 27,909 parameters (4,613 trainable)" in " ".join(m.value for m in at.markdown)
    frozen = at.dataframe[-1].value
    assert list(frozen.iloc[:, 0]) == ["conv_1", "pool_1", "conv_2", "pool_2", "conv_3", "pool_3", "average", "normalize", "dense", "output"]
    assert list(frozen.iloc[:, 1]) == [160, 0, 4640, 0, 18496, 0, 0, 128, 4160, 325]
    assert frozen.iloc[4, 2].startswith("🔒") and frozen.iloc[8, 2] == "new, trained"


def test_augmentation_tab_trains_both_networks_and_states_the_gap():
    at = open_page("pages/applied.py")
    at.selectbox(key=f"{AUGMENT}.dataset").set_value("digits8")
    at.slider(key=f"{AUGMENT}.subset").set_value(100)
    at.slider(key=f"{AUGMENT}.epochs").set_value(2)
    at.run()
    train_to_end(at, AUGMENT, timeout=900)
    assert trace_points(at, "without augmentation") == 2
    assert trace_points(at, "with augmentation") == 2
    assert any("points validation accuracy" in m.value and m.value.startswith("**Augmentation ")
               for m in list(at.success) + list(at.warning))


def test_transfer_tab_pretrains_then_compares_with_scratch():
    at = open_page("pages/applied.py")
    at.selectbox(key=f"{TRANSFER}.dataset").set_value("digits8")
    at.slider(key=f"{TRANSFER}.per_class").set_value(5)
    at.slider(key=f"{TRANSFER}.pretrain_epochs").set_value(1)
    at.slider(key=f"{TRANSFER}.epochs").set_value(2)
    at.run()
    train_to_end(at, TRANSFER, timeout=900)
    assert trace_points(at, "transferred") == 2 and trace_points(at, "from scratch") == 2
    assert any(m.value.startswith("**Transfer learning ") for m in list(at.success) + list(at.warning))
    at.run()  # the results fragment
    assert any("pre-trained on digits 0-4" in c.value for c in at.caption)


def test_bad_settings_are_refused_before_training():
    at = open_page("pages/applied.py")
    at.selectbox(key=f"{AUGMENT}.dataset").set_value("digits8")
    at.slider(key=f"{AUGMENT}.subset").set_value(2000)
    at.slider(key=f"{TRANSFER}.frozen_layers").set_value(3)
    at.slider(key=f"{TRANSFER}.conv_blocks").set_value(2)
    at.run()
    errors = " ".join(e.value for e in at.error)
    assert "Training images: 2000 is more than the 1294 training images" in errors
    assert "Frozen layers: 3 is more than the 2 conv layers" in errors
    assert at.button(key=f"{AUGMENT}.train").disabled and at.button(key=f"{TRANSFER}.train").disabled
