"""The CNN page in AppTest: the summary follows the sliders, bad settings are refused, a tiny run shows every view."""

from apptest import charts, open_page, train_to_end

PAGE = "pages/cnn.py"


def summary_layers(at) -> list[str]:
    """Layer names of the summary table, whose first column is each name over its output shape."""
    return [cell.split()[0] for cell in at.table[0].value.iloc[:, 0]]


def test_summary_follows_the_block_sliders_and_too_much_pooling_is_refused():
    at = open_page(PAGE)
    assert not at.error
    before = summary_layers(at)
    at.slider(key="cnn.blocks").set_value(3).run()
    assert "conv_3" in summary_layers(at) and "conv_3" not in before

    at.selectbox(key="cnn.dataset").set_value("digits8").run()
    at.slider(key="cnn.blocks").set_value(4).run()
    for index in range(4):
        at.select_slider(key=f"cnn.pool_{index}").set_value(2).run()
    assert at.error and "Block 4" in at.error[0].value
    assert at.button(key="cnn.train").disabled


def test_a_tiny_run_shows_filters_wrong_images_and_feature_maps():
    at = open_page(PAGE)
    at.selectbox(key="cnn.dataset").set_value("digits8").run()
    at.slider(key="cnn.epochs").set_value(2).run()
    train_to_end(at, "cnn", timeout=300)
    titles = " | ".join(charts(at))
    for expected in ("Confusion matrix", "First-layer filters", "Feature maps, layer by layer", "Prediction:"):
        assert expected in titles, titles
    maps = next(spec for title, spec in charts(at).items() if title.startswith("Feature maps"))
    assert maps["data"][0]["type"] == "heatmap"
    assert [a["text"].split(" ")[0] for a in maps["layout"]["annotations"]] == ["conv_1", "pool_1", "conv_2", "pool_2"]
    # Another test image: the feature-map view answers again.
    at.slider(key="cnn.test_image").set_value(5).run()
    assert "Test image 5 · true" in " | ".join(charts(at))
    assert not at.exception
