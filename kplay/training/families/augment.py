"""The augmentation comparison: the same CNN on the same small subset, without and with augmentation."""

from __future__ import annotations

from kplay import datasets
from kplay.models.augment import augment_pair
from kplay.models.keras_build import OPTIMIZERS, build_network
from kplay.training.families.base import TrainingSetup
from kplay.training.families.pair import copy_weights, pair_model

NAMES = ("plain", "augmented")


def setup(config, limit: int | None = None) -> TrainingSetup:
    plain_spec, augmented_spec = augment_pair(config)
    data = datasets.load(config.dataset, config.validation_split, limit=limit)
    subset = min(config.subset, len(data.x_train))  # ``limit`` (tests) may leave fewer
    plain, augmented = build_network(plain_spec), build_network(augmented_spec)
    copy_weights(plain, augmented)  # both start from the very same weights
    model = pair_model(plain, augmented, NAMES, OPTIMIZERS[config.optimizer](config.learning_rate))
    return TrainingSetup(
        model=model,
        x=data.x_train[:subset],
        y=data.y_train[:subset],
        validation=(data.x_val, data.y_val),
        report=lambda: {"train_images": subset, "validation_images": len(data.x_val)},
    )
