"""Autoencoder renderers: the grid puts each row's images in its own band, the map one trace per class."""

import numpy as np

from kplay.render.autoencoder import BAND, latent_map_figure, reconstruction_grid_figure, reconstruction_tiles, upscaled
from kplay.render.pictures import pixels_of
from kplay.render.style import shown_title


def test_upscaled_digits_are_the_same_size_and_keep_their_pixels():
    small, big = upscaled(np.ones((8, 8, 1)) * 0.5), upscaled(np.zeros((28, 28, 1)))
    assert small.shape == (80, 80, 3) and big.shape == (84, 84, 3)
    assert small.dtype == np.uint8 and set(np.unique(small)) == {128}


def test_tiles_place_originals_above_reconstructions():
    originals, reconstructions = np.ones((3, 28, 28, 1)), np.zeros((3, 28, 28, 1))
    canvas = reconstruction_tiles([originals, reconstructions])
    tile = upscaled(originals[0]).shape[0]
    assert canvas[BAND + tile // 2, tile // 2].tolist() == [255, 255, 255]  # white original
    assert canvas[2 * BAND + tile + tile // 2 + 4, tile // 2].tolist() == [0, 0, 0]  # black reconstruction


def test_grid_labels_rows_and_shows_the_noisy_inputs_when_given():
    images = np.random.default_rng(0).random((4, 8, 8, 1))
    plain = reconstruction_grid_figure(images, images, mse=0.0123)
    assert [a.text for a in plain.layout.annotations] == ["<b>Test originals</b>", "<b>Reconstructions</b>"]
    assert "0.0123" in shown_title(plain.layout)
    noisy = reconstruction_grid_figure(images, images, noisy=images)
    assert [a.text for a in noisy.layout.annotations][1] == "<b>Noisy inputs</b>"
    assert pixels_of(noisy.data[0]).shape[0] > pixels_of(plain.data[0]).shape[0]


def test_latent_map_has_a_trace_per_present_class_and_the_marker():
    points = np.arange(20, dtype="float32").reshape(10, 2)
    labels = np.array([0, 0, 1, 1, 1, 2, 2, 2, 2, 2])
    figure = latent_map_figure(points, labels, ("a", "b", "c", "d"), projected=False, marker=(1.0, 2.0))
    assert [trace.name for trace in figure.data] == ["a", "b", "c", "decoded point"]
    assert [len(trace.x) for trace in figure.data[:3]] == [2, 3, 5]
    assert figure.layout.xaxis.title.text == "code 1"
    assert "PCA" in shown_title(latent_map_figure(points, labels, ("a", "b", "c"), projected=True).layout)
