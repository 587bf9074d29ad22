"""The UNET page through AppTest: both tasks train a tiny run and draw their grids."""

from apptest import charts, open_page, points, train_to_end

TINY = {"image_size": 32, "images": 100, "depth": 2, "base_filters": 4, "epochs": 2}


def _shrink(at) -> None:
    for name, value in TINY.items():
        at.session_state[f"unet.{name}"] = value
    at.run()
    assert not at.exception, at.exception


def test_segmentation_trains_and_shows_curves_the_mask_grid_and_the_try_it_section():
    at = open_page("pages/unet.py")
    _shrink(at)
    markdown = " ".join(m.value for m in at.markdown)
    assert "parameters" in markdown and "bottleneck" not in [e.value for e in at.error]
    train_to_end(at, "unet", timeout=400)
    found = charts(at)
    assert points(found["IoU"], "run 1: validation") == 2
    assert points(found["Dice"], "run 1: training") == 2
    grid = next(spec for title, spec in found.items() if title.startswith("Validation images"))
    assert [t for t in grid["layout"]["yaxis"]["ticktext"]] == ["input", "true mask", "predicted", "overlay"]
    at.button(key="unet.generate").click().run()  # a fresh shapes image through the trained model
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    shown = at.get("image")
    assert len(shown) == 1 and len(shown[0].proto.imgs) == 3  # the picture, its mask, the overlay


def test_a_depth_too_deep_is_refused_before_training():
    at = open_page("pages/unet.py")
    at.session_state["unet.image_size"] = 40
    at.session_state["unet.depth"] = 4
    at.run()
    assert any("largest depth that fits is 3" in e.value for e in at.error)
    assert at.button(key="unet.train").disabled


def test_colourisation_preset_trains_and_shows_grey_prediction_and_truth():
    at = open_page("pages/unet.py")
    at.button(key="unet.preset:Book ch.8: UNET colourisation").click().run()
    assert at.selectbox(key="unet.task").value == "colourisation"
    _shrink(at)
    train_to_end(at, "unet", timeout=400)
    found = charts(at)
    assert points(found["Loss"], "run 1: validation") == 2
    grid = next(spec for title, spec in found.items() if title.startswith("Validation patches"))
    assert grid["layout"]["yaxis"]["ticktext"] == ["grey input", "colourised", "true colour"]
