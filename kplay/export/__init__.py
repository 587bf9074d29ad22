"""Code export: each page's settings as a standalone plain-Keras script (no kplay import).

One row per config class: its name -> the module whose ``script(config) -> str`` writes
the script. Modules are imported on first use; they never import Keras themselves (they
write code that does). Shared pieces (constants, the data split, the model from its
ModelSpec, compile, fit) live in ``snippets.py``, so a new family's exporter is short.

Adding a family (see ``dense.py``): write ``kplay/export/<family>.py`` with ``script(config)``
built from ``snippets`` (``header``, ``constants(training_constants(config, ...))``,
``data_code(dataset)``, ``model_code(spec)``, ``compile_code(spec)``, ``fit_code()``,
``image_grid_code``, ``result_line``) plus its own sections (a GAN's train_step, a
U-Net's masks); add one row below. End the script by printing one JSON line
``{"final": {history key: last value}, ...}``: ``tests/test_export.py`` runs the script
of every preset of the page, shrunk, and compares those numbers with the page's runner.
Data that ``snippets.RAW_LOADERS`` lacks gets a row there (code that sets ``x, y`` as
the kplay loader does); the data test then checks it against ``kplay.datasets.load``.
"""

from __future__ import annotations

import importlib

EXPORTERS = {
    "DenseConfig": "kplay.export.dense",
    "CnnConfig": "kplay.export.cnn",
    "RnnConfig": "kplay.export.rnn",
    "AutoencoderConfig": "kplay.export.autoencoder",
    "GanConfig": "kplay.export.gan",
    "UnetConfig": "kplay.export.unet",
    "AugmentConfig": "kplay.export.augment",
    "TransferConfig": "kplay.export.transfer",
    "OnlineTransferConfig": "kplay.export.online_transfer",
}


def has_exporter(config) -> bool:
    return type(config).__name__ in EXPORTERS


def script_for(config) -> str:
    """The script for ``config``; raises ConfigError (from validation) on impossible settings."""
    module = EXPORTERS[type(config).__name__]
    return importlib.import_module(module).script(config)


__all__ = ["EXPORTERS", "has_exporter", "script_for"]
