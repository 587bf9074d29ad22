"""Transfer from digits 0-4 to digits 5-9, against the same network trained from scratch.

Pre-training the base is the slow part, and every run is a fresh worker process, so its
weights are kept in a cache folder keyed by everything they depend on: the second run
with the same base starts at once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile

import numpy as np

from kplay import datasets
from kplay.errors import ConfigError
from kplay.i18n import t
from kplay.models.keras_build import OPTIMIZERS, build_model, build_network
from kplay.models.transfer import PRETRAIN_BATCH, SOURCE_CLASSES, TARGET_CLASSES, new_head, pretrain_spec, transfer_pair
from kplay.training.families.base import TrainingSetup, batched_predict
from kplay.training.families.pair import copy_weights, pair_model

NAMES = ("scratch", "transfer")
CACHE_DIR = os.path.join(tempfile.gettempdir(), "kplay-pretrained")


def _classes(x: np.ndarray, labels: np.ndarray, classes: tuple) -> tuple[np.ndarray, np.ndarray]:
    """The images of ``classes``, with labels renumbered 0..len(classes)-1 and one-hot encoded."""
    keep = np.isin(labels, classes)
    renumbered = np.searchsorted(np.array(classes), labels[keep])
    return x[keep], np.eye(len(classes), dtype="float32")[renumbered]


def _per_class(x: np.ndarray, labels: np.ndarray, per_class: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``per_class`` images of each target digit (the split is already shuffled)."""
    chosen = []
    for digit in TARGET_CLASSES:
        found = np.flatnonzero(labels == digit)
        if len(found) < per_class:
            raise ConfigError(t("applied.error_too_few", digit=digit, available=len(found), wanted=per_class))
        chosen.append(found[:per_class])
    order = np.concatenate(chosen)
    order = order[np.random.default_rng(0).permutation(len(order))]
    return _classes(x[order], labels[order], TARGET_CLASSES)


def cache_path(config, limit: int | None) -> str:
    key = repr((config.dataset, config.conv_blocks, config.validation_split, config.pretrain_epochs, config.seed, limit,
                pretrain_spec(config).layers))
    return os.path.join(CACHE_DIR, hashlib.sha1(key.encode()).hexdigest()[:16] + ".weights.h5")


def pretrained_base(config, data, limit: int | None):
    """The base trained on digits 0-4 (from the cache when there), and its accuracy on held-out 0-4 images."""
    spec = pretrain_spec(config)
    x_val, y_val = _classes(data.x_val, data.y_val.argmax(axis=1), SOURCE_CLASSES)
    path = cache_path(config, limit)
    cached = os.path.exists(path)
    if cached:
        base = build_network(spec)  # uncompiled: the file holds no optimizer state to restore
        base.load_weights(path)
    else:
        base = build_model(spec)
        x, y = _classes(data.x_train, data.y_train.argmax(axis=1), SOURCE_CLASSES)
        base.fit(x, y, epochs=config.pretrain_epochs, batch_size=PRETRAIN_BATCH, verbose=0)
        os.makedirs(CACHE_DIR, exist_ok=True)
        partial = path.replace(".weights.h5", f".{os.getpid()}.weights.h5")
        base.save_weights(partial)
        os.replace(partial, path)  # whole or not at all, even with two workers at once
    predicted = batched_predict(base)(x_val).argmax(axis=1) if len(x_val) else np.array([])
    accuracy = float((predicted == y_val.argmax(axis=1)).mean()) if len(x_val) else float("nan")
    return base, accuracy, cached


def setup(config, limit: int | None = None) -> TrainingSetup:
    scratch_spec, transfer_spec = transfer_pair(config)
    data = datasets.load(config.dataset, config.validation_split, limit=limit)
    base, pretrain_accuracy, cached = pretrained_base(config, data, limit)
    x, y = _per_class(data.x_train, data.y_train.argmax(axis=1), config.per_class)
    x_val, y_val = _classes(data.x_val, data.y_val.argmax(axis=1), TARGET_CLASSES)
    scratch, transferred = build_network(scratch_spec), build_network(transfer_spec)
    copy_weights(base, transferred, skip=lambda name: new_head(next(l for l in transfer_spec.layers if l.name == name)))
    model = pair_model(scratch, transferred, NAMES, OPTIMIZERS[config.optimizer](config.learning_rate))
    report = {"pretrain_accuracy": pretrain_accuracy, "pretrain_cached": cached, "train_images": len(x),
              "validation_images": len(x_val)}
    return TrainingSetup(model=model, x=x, y=y, validation=(x_val, y_val), report=lambda: report)
