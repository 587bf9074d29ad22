"""Autoencoders (ch.6): squeeze an image through a small code and rebuild it.

The spec is a plain stack whose output shape equals its input shape. The layer named
``LATENT`` is where the encoder ends: the worker splits the trained model there into an
encoder (image -> code) and a decoder (code -> image) for the latent map and explorer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kplay import datasets
from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, flag, int_list, integer, number
from kplay.models.spec import LayerSpec, ModelSpec

LATENT = "latent"  # the name of the encoder's last layer
AE_DATASETS = ("mnist5k", "digits8", "fashion_mnist")
AE_LOSSES = ("binary_crossentropy", "mse")
MAX_HIDDEN_LAYERS = 3


@dataclass(frozen=True)
class AutoencoderConfig(TrainConfig):
    dataset: str = choice("mnist5k", "Data set", AE_DATASETS)
    kind: str = choice("dense", "Autoencoder kind", ("dense", "conv"),
                       help="Dense: every pixel to every unit. Conv: small filters that keep the image's layout.")
    hidden_units: tuple = int_list((), "Encoder hidden layers", 8, 1024, when=("kind", "dense"),
                                   help="Units of each encoder layer before the code; the decoder mirrors them.")
    latent_size: int = integer(36, "Latent size", 2, 128, when=("kind", "dense"), help="Numbers in the code each image is squeezed into.")
    latent_activation: str = choice("relu", "Code activation", ("relu", "linear", "sigmoid"),
                                    help="The non-linearity of the code layer. Linear spreads a 2-D map best.")
    conv_blocks: int = integer(2, "Conv blocks", 1, 3, when=("kind", "conv"), help="Each block is a convolution and a 2x2 pooling: it halves the image.")
    conv_filters: int = integer(4, "Filters in the first block", 2, 64, when=("kind", "conv"), help="Each further block doubles them.")
    latent_channels: int = integer(1, "Code channels", 1, 32, when=("kind", "conv"), help="Feature maps in the code: its shape is height x width x channels.")
    denoising: bool = flag(False, "Denoising", help="Train on noisy inputs to rebuild the clean images.")
    noise_level: float = number(0.5, "Noise level", 0.0, 1.0, step=0.05, when=("denoising", True),
                                help="Standard deviation of the Gaussian noise added to the 0..1 pixels.")
    loss: str = choice("binary_crossentropy", "Loss", AE_LOSSES, help="How a reconstruction is compared with its original.")
    learning_rate: float = number(
        0.005, "Learning rate", 1e-5, 1.0, log=True,
        help="Step size of each update. Too high and the loss explodes; too low and nothing happens.",
    )
    epochs: int = integer(15, "Epochs", 1, 1000, help="Passes over the training data.")
    batch_size: int = choice(64, "Batch size", (8, 16, 32, 64, 128, 256, 512), help="Examples per weight update.")


def code_shape(config: AutoencoderConfig) -> tuple:
    """The shape of one image's code."""
    height, width, _ = datasets.get_info(config.dataset).input_shape
    if config.kind == "dense":
        return (config.latent_size,)
    scale = 2 ** config.conv_blocks
    return (height // scale, width // scale, config.latent_channels)


def validate(config: AutoencoderConfig) -> AutoencoderConfig:
    """The config with every field checked, or a ConfigError naming the setting and the fix."""
    config = checked(config)
    height, width, channels = datasets.get_info(config.dataset).input_shape
    pixels = height * width * channels
    if len(config.hidden_units) > MAX_HIDDEN_LAYERS:
        raise ConfigError(f"Encoder hidden layers: at most {MAX_HIDDEN_LAYERS} (got {len(config.hidden_units)}).")
    if config.kind == "conv":
        scale = 2 ** config.conv_blocks
        if height % scale or width % scale:
            fits = max(b for b in range(1, 4) if height % 2**b == 0 and width % 2**b == 0)
            raise ConfigError(
                f"Conv blocks: {config.conv_blocks} blocks halve a {height}x{width} image to "
                f"{height / scale:g}x{width / scale:g}, which the decoder cannot rebuild exactly. "
                f"Use at most {fits} block{'s' if fits > 1 else ''} for this data set."
            )
    code = math.prod(code_shape(config))
    if code >= pixels:
        setting = "Latent size" if config.kind == "dense" else "Code channels"
        raise ConfigError(
            f"{setting}: a code of {code} numbers is not smaller than the {pixels} pixels of a "
            f"{height}x{width} image, so nothing is squeezed. Make the code smaller."
        )
    return config


def _dense_layers(config: AutoencoderConfig, shape: tuple) -> list[LayerSpec]:
    encoder = [LayerSpec("Flatten", "flatten")]
    encoder += [LayerSpec("Dense", f"encoder_{i}", {"units": u, "activation": "relu"})
                for i, u in enumerate(config.hidden_units, start=1)]
    activation = None if config.latent_activation == "linear" else config.latent_activation
    encoder.append(LayerSpec("Dense", LATENT, {"units": config.latent_size, "activation": activation}))
    decoder = [LayerSpec("Dense", f"decoder_{i}", {"units": u, "activation": "relu"})
               for i, u in enumerate(reversed(config.hidden_units), start=1)]
    decoder += [
        LayerSpec("Dense", "pixels", {"units": math.prod(shape), "activation": "sigmoid"}),
        LayerSpec("Reshape", "image", {"target_shape": shape}),
    ]
    return encoder + decoder


def _conv_layers(config: AutoencoderConfig, shape: tuple) -> list[LayerSpec]:
    # The book's conv AE: conv 4, pool, conv 8, pool, a 1-channel code, mirrored with upsampling.
    widths = [config.conv_filters * 2**b for b in range(config.conv_blocks)]
    conv = {"kernel_size": 3, "padding": "same", "activation": "relu"}
    layers = []
    for i, filters in enumerate(widths, start=1):
        layers += [LayerSpec("Conv2D", f"encoder_conv_{i}", {"filters": filters, **conv}),
                   LayerSpec("MaxPooling2D", f"encoder_pool_{i}", {"pool_size": 2})]
    activation = None if config.latent_activation == "linear" else config.latent_activation
    layers.append(LayerSpec("Conv2D", LATENT, {**conv, "filters": config.latent_channels, "activation": activation}))
    for i, filters in enumerate(reversed(widths), start=1):
        layers += [LayerSpec("Conv2D", f"decoder_conv_{i}", {"filters": filters, **conv}),
                   LayerSpec("UpSampling2D", f"decoder_up_{i}", {"size": 2})]
    layers.append(LayerSpec("Conv2D", "image", {**conv, "filters": shape[-1], "activation": "sigmoid"}))
    return layers


def autoencoder_spec(config: AutoencoderConfig) -> ModelSpec:
    config = validate(config)
    shape = tuple(datasets.get_info(config.dataset).input_shape)
    layers = _dense_layers(config, shape) if config.kind == "dense" else _conv_layers(config, shape)
    return ModelSpec(
        input_shape=shape,
        layers=tuple(layers),
        loss=config.loss,
        optimizer=config.optimizer,
        learning_rate=config.learning_rate,
        metrics=(),
    )
