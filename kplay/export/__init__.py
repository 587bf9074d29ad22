"""Code export: each page's settings as a standalone plain-Keras script (no kplay import).

One row per config class: its name -> the module whose ``script(config) -> str`` writes
the script. Modules are imported on first use; they never import Keras themselves (they
write code that does). Shared pieces (constants, the data split, the model from its
ModelSpec, compile, fit) live in ``snippets.py``, so a new family's exporter is short.
"""

from __future__ import annotations

import importlib

EXPORTERS = {
    "DenseConfig": "kplay.export.dense",
}


def has_exporter(config) -> bool:
    return type(config).__name__ in EXPORTERS


def script_for(config) -> str:
    """The script for ``config``; raises ConfigError (from validation) on impossible settings."""
    module = EXPORTERS[type(config).__name__]
    return importlib.import_module(module).script(config)


__all__ = ["EXPORTERS", "has_exporter", "script_for"]
