"""The model-builder registry: config type -> function that returns the model's ModelSpec.

A family of several models (a GAN's generator and discriminator) returns a dict of
ModelSpecs by title instead; pages show one summary table each.

``kplay.models.keras_build.build_model`` turns any ModelSpec into a compiled keras.Model.
"""

from __future__ import annotations

from kplay.errors import ConfigError
from kplay.models.augment import AugmentConfig, augment_specs
from kplay.models.autoencoder import AutoencoderConfig, autoencoder_spec
from kplay.models.cnn import CnnConfig, cnn_spec
from kplay.models.dense import DenseConfig, dense_spec
from kplay.models.gan import GanConfig, gan_specs
from kplay.models.online_transfer import OnlineTransferConfig, online_specs
from kplay.models.rnn import RnnConfig, rnn_spec
from kplay.models.spec import ModelSpec, SummaryRow, count_params, summarize
from kplay.models.transfer import TransferConfig, transfer_specs
from kplay.models.unet import UnetConfig, unet_spec

BUILDERS = {
    DenseConfig: dense_spec,
    CnnConfig: cnn_spec,
    RnnConfig: rnn_spec,
    AutoencoderConfig: autoencoder_spec,
    GanConfig: gan_specs,
    UnetConfig: unet_spec,
    AugmentConfig: augment_specs,
    TransferConfig: transfer_specs,
    OnlineTransferConfig: online_specs,
}


def spec_for(config) -> ModelSpec | dict[str, ModelSpec]:
    try:
        builder = BUILDERS[type(config)]
    except KeyError:
        raise ConfigError(f"No model builder for {type(config).__name__}.") from None
    return builder(config)


__all__ = [
    "AugmentConfig", "AutoencoderConfig", "BUILDERS", "CnnConfig", "DenseConfig", "GanConfig", "ModelSpec", "OnlineTransferConfig", "RnnConfig",
    "SummaryRow", "TransferConfig", "UnetConfig", "count_params", "spec_for", "summarize",
]
