"""Exported script for the CNN page (ch.4): conv blocks, a dense head, softmax over the classes."""

from __future__ import annotations

from kplay import datasets
from kplay.export import snippets
from kplay.export.dense import EVALUATIONS
from kplay.models.cnn import CnnConfig, cnn_spec, validate


def _title(config: CnnConfig, info: datasets.DatasetInfo) -> str:
    filters = "-".join(str(f) for f in config.filters)
    return f"A convolutional network ({filters} filters) on {info.title}."


def script(config: CnnConfig) -> str:
    config = validate(config)
    info = datasets.get_info(config.dataset)
    values = snippets.training_constants(config, **snippets.data_constants(config.dataset))
    return snippets.fit_script(_title(config, info), info, cnn_spec(config), values, EVALUATIONS["classification"],
                               image_results=True)
