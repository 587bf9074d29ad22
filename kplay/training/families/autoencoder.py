"""Autoencoders (ch.6): images in, the same images out; live reconstructions and a latent map.

The targets are the clean images. In denoising mode the inputs are the same images with
seeded Gaussian noise, clipped to 0..1. The trained stack is split at its ``latent``
layer into an encoder and a decoder that share its weights, so the latent map and the
decoder explorer always show the model as it is now.
"""

from __future__ import annotations

import numpy as np

from kplay import datasets
from kplay.models import spec_for
from kplay.models.autoencoder import LATENT, code_shape
from kplay.models.keras_build import build_model
from kplay.training.families.base import TrainingSetup, batched_predict, compiled_predict
from kplay.training.snapshot import RESULTS_SECONDS

GRID_COLUMNS = 10  # fixed test originals shown above their reconstructions
MAP_POINTS = 600  # test codes drawn on the latent map
REPORT_SECONDS = RESULTS_SECONDS  # reports also come mid-epoch, as often as the page reads them: the grid sharpens visibly

def noisy(images: np.ndarray, level: float, seed: int) -> np.ndarray:
    """``images`` with Gaussian noise of standard deviation ``level``, kept in 0..1."""
    rng = np.random.default_rng(seed)
    return np.clip(images + level * rng.standard_normal(images.shape), 0.0, 1.0).astype("float32")

def reconstruction_mse(originals: np.ndarray, reconstructions: np.ndarray) -> float:
    return float(np.mean((originals.astype("float64") - reconstructions) ** 2))

class Projection:
    """2-D coordinates for codes: the codes themselves when they have two numbers, else PCA.

    Signs are fixed (each axis points towards its largest loading) so the map does not
    flip between reports; ``inverse`` maps a 2-D point back to a full code.
    """

    def __init__(self, codes: np.ndarray) -> None:
        flat = codes.reshape(len(codes), -1).astype("float64")
        self.identity = flat.shape[1] == 2
        self.mean = flat.mean(axis=0)
        if self.identity:
            self.components = np.eye(2)
        else:
            _, _, vt = np.linalg.svd(flat - self.mean, full_matrices=False)
            components = vt[:2]
            if len(components) < 2:  # fewer codes than two (never in practice): pad the basis
                components = np.vstack([components, np.zeros((2 - len(components), flat.shape[1]))])
            signs = np.sign(components[np.arange(2), np.abs(components).argmax(axis=1)])
            self.components = components * np.where(signs == 0, 1, signs)[:, None]

    def __call__(self, codes: np.ndarray) -> np.ndarray:
        flat = codes.reshape(len(codes), -1).astype("float64")
        return flat if self.identity else (flat - self.mean) @ self.components.T

    def inverse(self, points: np.ndarray) -> np.ndarray:
        points = np.asarray(points, dtype="float64").reshape(-1, 2)
        return points if self.identity else self.mean + points @ self.components

def split(model):
    """The encoder (input -> code) and decoder (code -> image) halves of a trained stack."""
    import keras

    layers = model.layers
    cut = [layer.name for layer in layers].index(LATENT) + 1
    encoder = keras.Sequential([keras.Input(model.input_shape[1:])] + layers[:cut])
    decoder = keras.Sequential([keras.Input(layers[cut - 1].output.shape[1:])] + layers[cut:])
    return encoder, decoder

def setup(config, limit: int | None = None) -> TrainingSetup:
    data = datasets.load(config.dataset, config.validation_split, limit=limit)
    model = build_model(spec_for(config))
    encoder, decoder = split(model)
    decode = batched_predict(decoder)  # eager: one point at a time, asked by a click

    def inputs(images: np.ndarray, seed: int) -> np.ndarray:
        return noisy(images, config.noise_level, seed) if config.denoising else images

    # Different seeds per split, so test noise is never the noise seen in training.
    x_train = inputs(data.x_train, config.seed)
    x_val = None if data.x_val is None else inputs(data.x_val, config.seed + 1)
    x_test = inputs(data.x_test, config.seed + 2)
    shown = slice(0, min(GRID_COLUMNS, len(x_test)))
    mapped = slice(0, min(MAP_POINTS, len(x_test)))
    # The whole stack is compiled: it reconstructs the test set after every epoch. So is the
    # encoder behind the map, whose first eager call cost a report 15 ms of one-off set-up.
    predict = compiled_predict(model, x_test, x_test[shown])
    encode = compiled_predict(encoder, x_test[mapped])
    state: dict = {"projection": None}

    def test_mse(logs: dict) -> dict:
        return {"test_mse": reconstruction_mse(data.x_test, predict(x_test))}

    def report() -> dict:
        codes = encode(x_test[mapped])
        projection = state["projection"] = Projection(codes)
        points = projection(codes)
        result = {
            "originals": data.x_test[shown],
            "reconstructions": predict(x_test[shown]),
            "points": points.astype("float32"),
            "labels": data.labels_test[mapped].astype("int64"),
            "projected": not projection.identity,
            "code_shape": code_shape(config),
        }
        if config.denoising:
            result["noisy"] = x_test[shown]
        return result

    def decode_point(point) -> dict:
        projection = state["projection"]
        if projection is None:
            projection = state["projection"] = Projection(encode(x_test[mapped]))
        code = projection.inverse(point).reshape((1,) + code_shape(config)).astype("float32")
        return {"image": decode(code)[0]}

    return TrainingSetup(
        model=model,
        x=x_train,
        y=data.x_train,
        validation=(x_val, data.x_val) if x_val is not None else None,
        report=report,
        epoch_extras=test_mse,
        report_seconds=REPORT_SECONDS,
        queries={"decode": decode_point},
    )

__all__ = ["Projection", "noisy", "reconstruction_mse", "setup", "split"]
