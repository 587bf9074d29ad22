"""The worker-side family registry: config type -> the module that sets up its training.

Each module has ``setup(config, limit) -> TrainingSetup`` (see ``base.py``). Modules are
named as strings and imported on first use, inside the worker only: they import Keras.
"""

from __future__ import annotations

import importlib

from kplay.errors import ConfigError
from kplay.training.families.base import TrainingSetup

FAMILIES = {
    "DenseConfig": "kplay.training.families.dense",
    "CnnConfig": "kplay.training.families.cnn",
    "AugmentConfig": "kplay.training.families.augment",
    "TransferConfig": "kplay.training.families.transfer",
    "OnlineTransferConfig": "kplay.training.families.online_transfer",
    "RnnConfig": "kplay.training.families.rnn",
    "AutoencoderConfig": "kplay.training.families.autoencoder",
    "GanConfig": "kplay.training.families.gan",
    "UnetConfig": "kplay.training.families.unet",
}


def setup_for(config, limit: int | None = None) -> TrainingSetup:
    try:
        module = FAMILIES[type(config).__name__]
    except KeyError:
        raise ConfigError(f"No training set-up for {type(config).__name__}.") from None
    return importlib.import_module(module).setup(config, limit)


__all__ = ["FAMILIES", "TrainingSetup", "setup_for"]
