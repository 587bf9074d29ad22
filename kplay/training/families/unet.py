"""UNET (ch.8) in the worker: shapes and masks, or grey and colour patches; live image grids.

Registers the Dice loss and the IoU and Dice metrics with ``keras_build`` on import, so
the ModelSpec can name them ("ce", "dice", "ce_dice", "iou", "dice").
"""

from __future__ import annotations

import keras
import numpy as np
from keras import ops

from kplay.datasets import photos, shapes
from kplay.errors import KplayError
from kplay.i18n import t
from kplay.models import spec_for
from kplay.models.keras_build import LOSSES, METRICS, build_model
from kplay.training.families.base import TrainingSetup, batched_predict, compiled_predict

GRID = 6  # validation images shown live, the same ones every report
REPORT_SECONDS = 2.0  # mid-epoch refreshes of the grid
SMOOTH = 1.0  # keeps the soft Dice finite for classes absent from a batch


def _class_overlaps(y_true, y_pred):
    """Per-class intersection and pixel totals of hard (argmax) masks over the batch."""
    classes = ops.shape(y_pred)[-1]
    true = ops.one_hot(ops.argmax(y_true, axis=-1), classes)
    predicted = ops.one_hot(ops.argmax(y_pred, axis=-1), classes)
    axes = tuple(range(len(y_pred.shape) - 1))
    return ops.sum(true * predicted, axis=axes), ops.sum(true, axis=axes), ops.sum(predicted, axis=axes)


def _mean_present(scores, present):
    present = ops.cast(present, "float32")
    return ops.sum(scores * present) / ops.maximum(ops.sum(present), 1.0)


def iou(y_true, y_pred):
    """Mean intersection over union of the classes present (as masks.mean_iou in numpy)."""
    both, t, p = _class_overlaps(y_true, y_pred)
    union = t + p - both
    return _mean_present(both / ops.maximum(union, 1.0), union > 0)


def dice(y_true, y_pred):
    """Mean Dice coefficient of the classes present (as masks.mean_dice in numpy)."""
    both, t, p = _class_overlaps(y_true, y_pred)
    total = t + p
    return _mean_present(2 * both / ops.maximum(total, 1.0), total > 0)


def dice_loss(y_true, y_pred):
    """1 - the soft Dice coefficient, averaged over classes: trains the overlap directly."""
    axes = tuple(range(len(y_pred.shape) - 1))
    both = ops.sum(y_true * y_pred, axis=axes)
    total = ops.sum(y_true, axis=axes) + ops.sum(y_pred, axis=axes)
    return 1.0 - ops.mean((2 * both + SMOOTH) / (total + SMOOTH))


def ce_dice_loss(y_true, y_pred):
    return ops.mean(keras.losses.categorical_crossentropy(y_true, y_pred)) + dice_loss(y_true, y_pred)


LOSSES.update({"ce": "categorical_crossentropy", "dice": dice_loss, "ce_dice": ce_dice_loss})
METRICS.update({"iou": iou, "dice": dice})  # Keras names each metric's history after its function


def _split(n: int, validation_split: float) -> int:
    n_val = max(GRID, int(round(n * validation_split)))
    if n - n_val < 1:
        raise KplayError(t("unet.error_no_training_images", n=n))
    return n - n_val


def _as_uint8(images: np.ndarray) -> np.ndarray:
    return (np.clip(images, 0, 1) * 255).round().astype("uint8")


def _segmentation(config, count: int, model) -> TrainingSetup:
    data = shapes.generate(count, config.image_size, config.shapes_per_image, config.noise, config.clutter,
                           binary=config.mask_classes == "binary", seed=config.seed)
    onehot = np.eye(config.num_classes, dtype="float32")[data.masks]
    cut = _split(count, config.validation_split)
    x_val, masks_val = data.images[cut:], data.masks[cut:]
    predict = batched_predict(model, batch=64)
    grid_x = x_val[:GRID]
    grid_predict = compiled_predict(model, grid_x)  # each live report then costs milliseconds

    def report() -> dict:
        predicted = grid_predict(grid_x).argmax(axis=-1).astype("uint8")
        return {"task": "segmentation", "inputs": _as_uint8(grid_x), "true": masks_val[:GRID], "predicted": predicted,
                "class_names": data.class_names}

    def predict_mask(image) -> dict:
        image = np.asarray(image, dtype="float32")[None]
        probabilities = predict(image)[0]
        return {"mask": probabilities.argmax(axis=-1).astype("uint8"), "class_names": data.class_names}

    return TrainingSetup(model=model, x=data.images[:cut], y=onehot[:cut], validation=(x_val, onehot[cut:]),
                         report=report, report_seconds=REPORT_SECONDS, queries={"predict": predict_mask})


def _colourisation(config, count: int, model) -> TrainingSetup:
    if config.dataset == "cifar10":
        colour = photos.cifar10(count, seed=config.seed)
    else:
        colour = photos.patches(count, config.image_size, seed=config.seed)
    grey = photos.grey(colour)
    cut = _split(count, config.validation_split)
    predict = batched_predict(model, batch=64)
    grid_grey, grid_colour = grey[cut : cut + GRID], colour[cut : cut + GRID]
    grid_predict = compiled_predict(model, grid_grey)

    def report() -> dict:
        return {"task": "colourisation", "inputs": _as_uint8(grid_grey[..., 0]), "true": _as_uint8(grid_colour),
                "predicted": _as_uint8(grid_predict(grid_grey))}

    def colourise(image) -> dict:
        image_grey = photos.grey(np.asarray(image, dtype="float32")[None])
        return {"colour": _as_uint8(predict(image_grey)[0]), "grey": _as_uint8(image_grey[0, ..., 0])}

    return TrainingSetup(model=model, x=grey[:cut], y=colour[:cut], validation=(grey[cut:], colour[cut:]),
                         report=report, report_seconds=REPORT_SECONDS, queries={"predict": colourise})


def setup(config, limit: int | None = None) -> TrainingSetup:
    count = min(config.images, limit) if limit else config.images
    count = max(count, 2 * GRID)
    model = build_model(spec_for(config))
    builder = _segmentation if config.task == "segmentation" else _colourisation
    return builder(config, count, model)
