"""Data augmentation (ch.9): slider strengths -> Keras preprocessing layers, as LayerSpecs.

The augmented network is the keras-io idiom: the random layers sit at the front of the
model and act only while training (``training=True``); at validation time they pass images
through unchanged. A strength of zero leaves its layer out, so all zeros is the plain CNN.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay import datasets
from kplay.config import TrainConfig
from kplay.fields import checked, choice, integer, number
from kplay.i18n import t
from kplay.models import subsets
from kplay.models.small_cnn import small_cnn_layers
from kplay.models.spec import LayerSpec, ModelSpec

FLIPS = ("none", "horizontal", "vertical", "horizontal_and_vertical")
STRENGTHS = ("rotation", "translation", "zoom", "flip", "contrast", "noise")
BLOCKS = 2


@dataclass(frozen=True)
class AugmentConfig(TrainConfig):
    dataset: str = choice("mnist5k", "Data set", subsets.DATASETS)
    subset: int = integer(500, "Training images", 100, 2000, step=50,
                          help="A small subset, where augmentation matters most. Both runs see the same images.")
    rotation: float = number(0.05, "Rotation", 0.0, 0.5, step=0.01,
                             help="Largest turn, as a share of a full circle: 0.05 is up to ±18°.")
    translation: float = number(0.1, "Translation", 0.0, 0.5, step=0.01,
                                help="Largest shift, as a share of the image's height and width.")
    zoom: float = number(0.1, "Zoom", 0.0, 0.5, step=0.01, help="Largest zoom in or out, as a share of the size.")
    flip: str = choice("none", "Flip", FLIPS, help="Mirror images at random. A mirrored 2 is no longer a 2.")
    contrast: float = number(0.0, "Contrast", 0.0, 0.9, step=0.05, help="Contrast is scaled by a random factor in 1 ± this.")
    noise: float = number(0.0, "Noise", 0.0, 0.5, step=0.01, help="Standard deviation of Gaussian noise added to each pixel (0..1).")
    epochs: int = integer(30, "Epochs", 1, 200, help="Passes over the training subset.")
    batch_size: int = choice(32, "Batch size", (16, 32, 64, 128), help="Examples per weight update.")
    learning_rate: float = number(0.002, "Learning rate", 1e-5, 1.0, log=True, help="Step size of each update.")


def augmentation_layers(strengths) -> list[LayerSpec]:
    """The preprocessing layers for ``strengths`` (any object with the six STRENGTHS attributes)."""
    layers = []
    if strengths.flip != "none":
        layers.append(LayerSpec("RandomFlip", "aug_flip", {"mode": strengths.flip}))
    if strengths.rotation > 0:  # constant black fill: digits sit on a black background
        layers.append(LayerSpec("RandomRotation", "aug_rotation", {"factor": strengths.rotation, "fill_mode": "constant"}))
    if strengths.translation > 0:
        layers.append(LayerSpec("RandomTranslation", "aug_translation", {
            "height_factor": strengths.translation, "width_factor": strengths.translation, "fill_mode": "constant"}))
    if strengths.zoom > 0:
        layers.append(LayerSpec("RandomZoom", "aug_zoom", {"height_factor": strengths.zoom, "fill_mode": "constant"}))
    if strengths.contrast > 0:
        layers.append(LayerSpec("RandomContrast", "aug_contrast", {"factor": strengths.contrast, "value_range": (0, 1)}))
    if strengths.noise > 0:
        layers.append(LayerSpec("GaussianNoise", "aug_noise", {"stddev": strengths.noise}))
        layers.append(LayerSpec("ReLU", "aug_clip", {"max_value": 1.0}))  # back into 0..1 after the noise
    return layers


def validate(config: AugmentConfig) -> AugmentConfig:
    config = checked(config)
    available = subsets.train_count(config.dataset, config.validation_split)
    subsets.check_draw(config, config.subset, available, "applied.error_subset", subset=config.subset)
    return config


def augment_pair(config: AugmentConfig) -> tuple[ModelSpec, ModelSpec]:
    """The two networks compared: the same CNN without and with augmentation layers in front."""
    config = validate(config)
    info = datasets.get_info(config.dataset)
    cnn = small_cnn_layers(BLOCKS, info.num_classes)

    def spec(layers) -> ModelSpec:
        return ModelSpec(info.input_shape, tuple(layers), "categorical_crossentropy", config.optimizer,
                         config.learning_rate, ("accuracy",))

    return spec(cnn), spec(augmentation_layers(config) + cnn)


def augment_specs(config: AugmentConfig) -> dict[str, ModelSpec]:
    """The pair by title, for the summary tables."""
    plain, augmented = augment_pair(config)
    return {t("applied.model_plain"): plain, t("applied.model_augmented"): augmented}
