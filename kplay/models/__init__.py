"""The model-builder registry: config type -> function that returns the model's ModelSpec.

A family of several models (a GAN's generator and discriminator) returns a dict of
ModelSpecs by title instead; pages show one summary table each.

``kplay.models.keras_build.build_model`` turns any ModelSpec into a compiled keras.Model.
"""

from __future__ import annotations

from kplay.errors import ConfigError
from kplay.models.dense import DenseConfig, dense_spec
from kplay.models.spec import ModelSpec, SummaryRow, count_params, summarize
from kplay.models.unet import UnetConfig, unet_spec

BUILDERS = {
    DenseConfig: dense_spec,
    UnetConfig: unet_spec,
}


def spec_for(config) -> ModelSpec | dict[str, ModelSpec]:
    try:
        builder = BUILDERS[type(config)]
    except KeyError:
        raise ConfigError(f"No model builder for {type(config).__name__}.") from None
    return builder(config)


__all__ = ["BUILDERS", "UnetConfig", "ModelSpec", "SummaryRow", "count_params", "spec_for", "summarize"]
