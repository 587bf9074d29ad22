"""A frozen ImageNet backbone and a new head, on uploaded class folders or CIFAR-10.

The backbone is frozen and runs in inference mode (its batch norms keep ImageNet's
statistics, as keras-io's guide advises), so its output for an image never changes:
it is computed once here, in set-up, and ``fit`` trains the head on those features.
That is the same training as backbone-plus-head end to end, without pushing every
image through millions of frozen weights each epoch on a CPU.
"""

from __future__ import annotations

import keras
import numpy as np

from kplay.inputs import image_sets
from kplay.datasets import downloads
from kplay.errors import KplayError
from kplay.i18n import t
from kplay.models.keras_build import build_model
from kplay.models.online_transfer import class_count, head_layers, validate
from kplay.models.spec import ModelSpec
from kplay.models.backbones import missing_weights, weights_path
from kplay.training.families.base import TrainingSetup, batched_predict

CONSTRUCTORS = {"MobileNetV2": keras.applications.MobileNetV2, "VGG16": keras.applications.VGG16}
PREPROCESS = {"MobileNetV2": keras.applications.mobilenet_v2.preprocess_input,
              "VGG16": keras.applications.vgg16.preprocess_input}
CIFAR_NAMES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
GRID = 16  # validation pictures shown with their predicted class
GRID_PIXELS = 64  # their size in the report
FEATURE_BATCH = 32


def frozen_backbone(name: str, size: int) -> keras.Model:
    """The ImageNet base from the Keras cache, frozen; KplayError naming the file when it is not there."""
    missing = missing_weights(name)
    if missing:
        raise KplayError(t("online.error_weights", backbone=name, file=missing.file, folder=missing.folder, url=missing.url))
    try:
        base = CONSTRUCTORS[name](include_top=False, weights=weights_path(name), input_shape=(size, size, 3))
    except (OSError, ValueError, KeyError) as error:  # a truncated or foreign file in Keras' cache
        raise KplayError(t("online.error_weights_unreadable", file=weights_path(name), reason=str(error)[:200])) from None
    base.trainable = False
    return base


def _pictures(config, limit: int | None) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """uint8 pictures, integer labels and class names, shuffled with the seed."""
    if config.source == "upload":
        found = image_sets.load(config.image_set)
        images, labels, names = found.images, found.labels, found.class_names
    else:
        raw = downloads.cifar10()
        images, labels, names = (raw.x[: config.images] * 255).round().astype("uint8"), raw.y[: config.images], CIFAR_NAMES
    order = np.random.default_rng(config.seed).permutation(len(images))[:limit]
    return images[order], labels[order].astype("int64"), names


def _features(base: keras.Model, preprocess, images: np.ndarray, size: int) -> np.ndarray:
    """The frozen base's feature maps for uint8 pictures, resized to the base's input size."""

    def prepared(batch: np.ndarray):
        x = keras.ops.convert_to_tensor(batch.astype("float32"))
        if batch.shape[1] != size:
            x = keras.ops.image.resize(x, (size, size))
        return preprocess(x)

    parts = [keras.ops.convert_to_numpy(base(prepared(images[i : i + FEATURE_BATCH]), training=False))
             for i in range(0, len(images), FEATURE_BATCH)]
    return np.concatenate(parts)


def _thumbnails(images: np.ndarray) -> np.ndarray:
    x = keras.ops.image.resize(keras.ops.convert_to_tensor(images.astype("float32")), (GRID_PIXELS, GRID_PIXELS))
    return np.clip(keras.ops.convert_to_numpy(x) / 255.0, 0, 1).astype("float32")


def setup(config, limit: int | None = None) -> TrainingSetup:
    config = validate(config)
    size = config.image_size
    base, preprocess = frozen_backbone(config.backbone, size), PREPROCESS[config.backbone]
    images, labels, names = _pictures(config, limit)
    if len(names) != class_count(config):
        raise KplayError(t("online.error_classes_changed"))
    n_val = max(1, round(len(images) * config.validation_split))
    if len(images) - n_val < 1:
        raise KplayError(t("online.error_too_few", count=len(images)))
    features = _features(base, preprocess, images, size)
    onehot = np.eye(len(names), dtype="float32")[labels]
    head = build_model(ModelSpec(features.shape[1:], head_layers(config), "categorical_crossentropy", config.optimizer,
                                 config.learning_rate, ("accuracy",)))
    x, y = features[n_val:], onehot[n_val:]
    x_val, y_val = features[:n_val], onehot[:n_val]
    shown = min(GRID, n_val)  # the first validation pictures
    grid_images, grid_true = _thumbnails(images[:shown]), labels[:shown]
    classify = batched_predict(head, batch=256)

    def report() -> dict:
        probabilities = classify(x_val)
        predicted = probabilities.argmax(axis=1)
        return {"grid": {"images": grid_images, "true": grid_true, "predicted": predicted[:shown],
                         "confidence": probabilities.max(axis=1)[:shown]},
                "class_names": names, "validation_accuracy": float((predicted == labels[:n_val]).mean()),
                "train_images": len(x), "validation_images": n_val}

    def predict(image) -> dict:
        """A picture (H x W x 3 floats in 0..1) through the frozen base and the trained head."""
        picture = (np.clip(np.asarray(image, dtype="float32"), 0, 1) * 255)[None]
        probabilities = classify(_features(base, preprocess, picture, size))[0]
        return {"probabilities": probabilities, "class_names": names}

    return TrainingSetup(model=head, x=x, y=y, validation=(x_val, y_val), report=report, queries={"predict": predict})
