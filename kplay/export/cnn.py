"""Exported script for the CNN page (ch.4): conv blocks, a dense head, softmax over the classes."""

from __future__ import annotations

from kplay import datasets
from kplay.export import snippets
from kplay.export.dense import EVALUATIONS, IMPORTS, SEED_LINE
from kplay.export.snippets import block
from kplay.models.cnn import CnnConfig, cnn_spec, validate


def _title(config: CnnConfig, info: datasets.DatasetInfo) -> str:
    filters = "-".join(str(f) for f in config.filters)
    return f"A convolutional network ({filters} filters) on {info.title}."


def script(config: CnnConfig) -> str:
    config = validate(config)
    spec = cnn_spec(config)
    info = datasets.get_info(config.dataset)
    values = snippets.training_constants(config, **snippets.data_constants(config.dataset))
    values["RESULT_IMAGE"] = "results.png"
    return snippets.script(
        snippets.header(_title(config, info), info, ("matplotlib",)),
        IMPORTS,
        snippets.constants(values, snippets.TRAINING_COMMENTS),
        SEED_LINE,
        snippets.data_code(config.dataset),
        snippets.model_code(spec),
        snippets.compile_code(spec),
        snippets.fit_code(),
        block(EVALUATIONS["classification"]),
        snippets.image_grid_code("RESULT_IMAGE"),
        snippets.result_line('{"final": {name: values[-1] for name, values in history.history.items()}, "test": test}'),
    )
