"""UNET core: the shape generator, mask scores, the builder and its checks, uploads."""

import io

import numpy as np
import pytest
from PIL import Image

from kplay.datasets import photos, shapes
from kplay.errors import ConfigError, KplayError
from kplay.measures.masks import mean_dice, mean_iou
from kplay.models import UnetConfig, spec_for, summarize
from kplay.models.unet import largest_depth
from kplay.render.masks import colour_grid_figure, mask_grid_figure, overlay
from kplay.render.pictures import MAIN_COLUMN
from kplay.render.pictures import pixels_of
from kplay.render.style import shown_title
from kplay.inputs.uploads import read_image


# --- the shape generator
def test_masks_cover_exactly_the_pixels_painted_in_each_shape_colour():
    data = shapes.generate(40, 32, shapes_per_image=1, noise=0.0, clutter=0.0, seed=3)
    for image, mask in zip(data.images, data.masks):
        inside, outside = image[mask == 1], image[mask == 0]
        assert len(inside) > 10
        colour = inside[0]
        assert np.abs(inside - colour).max() < 1e-6  # one flat colour under the mask
        assert not np.all(np.isclose(outside, colour, atol=1e-3), axis=-1).any()  # and nowhere else


def test_a_circle_mask_has_a_circles_area_and_clutter_is_never_masked():
    data = shapes.generate(200, 64, shapes_per_image=1, noise=0.0, clutter=0.0, binary=False, seed=1, kinds=("circle",))
    assert set(np.unique(data.masks)) == {0, 1 + shapes.KINDS.index("circle")}
    areas = (data.masks > 0).sum(axis=(1, 2))
    radius_range = np.array([0.1, 0.22]) * 64
    assert np.pi * radius_range[0] ** 2 * 0.9 <= areas.min() and areas.max() <= np.pi * radius_range[1] ** 2 * 1.1
    cluttered = shapes.generate(200, 64, shapes_per_image=1, noise=0.0, clutter=2.0, binary=False, seed=1, kinds=("circle",))
    np.testing.assert_array_equal(cluttered.masks, data.masks)
    assert not np.array_equal(cluttered.images, data.images)


def test_each_kind_gets_its_own_class_and_binary_folds_them():
    kinds = shapes.generate(100, 32, shapes_per_image=3, binary=False, seed=2)
    assert set(np.unique(kinds.masks)) == set(range(len(shapes.KINDS) + 1))
    assert kinds.class_names == ("background",) + shapes.KINDS
    binary = shapes.generate(100, 32, shapes_per_image=3, binary=True, seed=2)
    np.testing.assert_array_equal(binary.masks, (kinds.masks > 0).astype("uint8"))


def test_generation_is_deterministic_for_a_seed_and_in_range():
    a, b = shapes.generate(50, 48, seed=7), shapes.generate(50, 48, seed=7)
    np.testing.assert_array_equal(a.images, b.images)
    np.testing.assert_array_equal(a.masks, b.masks)
    assert not np.array_equal(a.masks, shapes.generate(50, 48, seed=8).masks)
    assert a.images.shape == (50, 48, 48, 3) and a.images.dtype == np.float32
    assert 0 <= a.images.min() and a.images.max() <= 1


def test_photo_patches_and_their_grey_versions():
    patches = photos.patches(20, 32, seed=0)
    assert patches.shape == (20, 32, 32, 3) and 0 <= patches.min() and patches.max() <= 1
    np.testing.assert_array_equal(patches, photos.patches(20, 32, seed=0))
    grey = photos.grey(patches)
    assert grey.shape == (20, 32, 32, 1)
    np.testing.assert_allclose(photos.grey(np.ones((1, 2, 2, 3), "float32")), 1.0, rtol=1e-6)


# --- IoU and Dice on known masks
def test_iou_and_dice_on_known_masks():
    true = np.zeros((4, 4), int)
    true[:2, :2] = 1  # 4 shape pixels
    predicted = np.zeros((4, 4), int)
    predicted[:2, :3] = 1  # 6 shape pixels, 4 of them right
    # shape: IoU 4/6, Dice 8/10; background: 10 pixels both, IoU 10/12, Dice 20/22
    assert mean_iou(true, predicted, 2) == pytest.approx((4 / 6 + 10 / 12) / 2)
    assert mean_dice(true, predicted, 2) == pytest.approx((8 / 10 + 20 / 22) / 2)
    assert mean_iou(true, true, 2) == 1.0 and mean_dice(true, true, 2) == 1.0
    assert mean_iou(true, 1 - true, 2) == 0.0
    assert mean_iou(true, true, 5) == 1.0  # classes in neither mask do not count


# --- the builder and its checks
@pytest.mark.parametrize("depth", [2, 3, 4, 5])
@pytest.mark.parametrize("skips", [True, False])
def test_the_output_has_the_masks_shape_at_every_depth(depth, skips):
    config = UnetConfig(image_size=64, depth=depth, skips=skips, mask_classes="kinds")
    rows = summarize(spec_for(config))
    assert rows[-1].output_shape == (64, 64, len(shapes.KINDS) + 1)
    assert any(r.kind == "Concatenate" for r in rows) == skips
    bottleneck = [r for r in rows if r.name.startswith("bottleneck")][-1]
    assert bottleneck.output_shape[:2] == (64 // 2**depth,) * 2


def test_colourisation_maps_grey_to_three_channels():
    spec = spec_for(UnetConfig(task="colourisation", dataset="photos", image_size=32, depth=2, upsampling="upsample"))
    assert spec.input_shape == (32, 32, 1) and summarize(spec)[-1].output_shape == (32, 32, 3)
    assert spec.loss == "mse"


def test_a_depth_too_deep_for_the_image_is_refused_naming_the_largest_that_fits():
    assert largest_depth(40) == 3 and largest_depth(48) == 4 and largest_depth(64) == 6
    with pytest.raises(ConfigError, match="largest depth that fits is 3"):
        spec_for(UnetConfig(image_size=40, depth=4))
    with pytest.raises(ConfigError, match="largest depth that fits is 4"):
        spec_for(UnetConfig(image_size=48, depth=5))
    assert spec_for(UnetConfig(image_size=48, depth=4))


def test_data_that_does_not_fit_the_task_is_refused():
    with pytest.raises(ConfigError, match=r"does not fit colourisation; use photos or CIFAR-10 \(60"):  # titles, not ids
        spec_for(UnetConfig(task="colourisation", dataset="shapes"))
    with pytest.raises(ConfigError, match="set Image size to 32"):
        spec_for(UnetConfig(task="colourisation", dataset="cifar10", image_size=64))


# --- renderers
def test_grids_show_one_tile_per_image_and_row():
    data = shapes.generate(6, 32, binary=False, seed=0)
    images = (data.images * 255).astype("uint8")
    figure = mask_grid_figure(images, data.masks, data.masks, data.class_names)
    assert "IoU 1.00" in shown_title(figure.layout)
    assert list(figure.layout.yaxis.ticktext) == ["input", "true mask", "predicted", "overlay"]
    canvas = pixels_of(figure.data[0])
    assert np.asarray(canvas).shape[1] > 6 * 32
    # As tall as the grid is across the main column beside its row names, below a two-line title:
    # sized for a wider column it left 110 px of white, and its subtitle was squeezed under the title.
    layout = figure.layout
    shown_width = MAIN_COLUMN - layout.margin.l - layout.margin.r
    plot = layout.height - layout.margin.t - layout.margin.b
    assert plot == pytest.approx(shown_width * canvas.shape[0] / canvas.shape[1], abs=12)
    assert layout.margin.t == 72 and layout.title.subtitle.text
    colour = colour_grid_figure(images[..., 0], images, images)
    assert "MSE 0.0000" in shown_title(colour.layout)
    tinted = overlay(images, data.masks, len(data.class_names))
    np.testing.assert_array_equal(tinted[data.masks == 0][:10], images[data.masks == 0][:10])


# --- uploads
def _encoded(image: Image.Image, format: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format)
    return buffer.getvalue()


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "P", "L", "LA", "I;16"])
def test_uploads_in_any_common_mode_become_rgb_of_the_model_size(mode):
    image = Image.new("RGB", (80, 60), (200, 30, 30)).convert(mode) if mode != "I;16" else Image.new("I;16", (80, 60), 40000)
    array = read_image(_encoded(image), 32)
    assert array.shape == (32, 32, 3) and array.dtype == np.float32 and 0 <= array.min() and array.max() <= 1


def test_transparent_pixels_become_white_and_jpeg_is_read():
    clear = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    np.testing.assert_allclose(read_image(_encoded(clear), 8), 1.0)
    assert read_image(_encoded(Image.new("RGB", (40, 40), (0, 0, 255)), "JPEG"), 16)[..., 2].mean() > 0.9


def test_bad_uploads_are_refused_with_a_message():
    with pytest.raises(KplayError, match="could not be read"):
        read_image(b"certainly not a picture", 32)
    with pytest.raises(KplayError, match="PNG or JPEG"):
        read_image(_encoded(Image.new("RGB", (10, 10)), "GIF"), 32)
    with pytest.raises(KplayError, match="MB"):
        read_image(b"0" * (6 * 1024 * 1024), 32)
