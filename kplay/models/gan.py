"""GANs (ch.7): a 1-D GAN that learns a normal distribution, and a DCGAN on MNIST digits.

Two networks play against each other, so the builder returns two ModelSpecs by title;
the training family (``kplay.training.families.gan``) wires them into one keras.Model
with its own ``train_step``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, flag, integer, number
from kplay.i18n import t
from kplay.models.spec import LayerSpec, ModelSpec

KINDS = ("1d", "image")
IMAGE_SHAPE = (28, 28, 1)  # the bundled MNIST digits
CLASSES = 10  # digits a conditioned DCGAN can be asked for
MIN_BATCH = 8  # fewer examples per batch give the discriminator too noisy a signal


@dataclass(frozen=True)
class GanConfig(TrainConfig):
    kind: str = choice("1d", "GAN", KINDS, help="A 1-D GAN that learns a bell curve, or a DCGAN that draws digits.")
    target_mean: float = number(4.0, "Target mean", -5.0, 10.0, step=0.25, when=("kind", "1d"),
                                help="Centre of the normal distribution the 1-D GAN should learn.")
    target_std: float = number(1.25, "Target spread (std)", 0.25, 3.0, step=0.05, when=("kind", "1d"),
                               help="Standard deviation of the target distribution.")
    conditional: bool = flag(False, "Conditioned on the digit", when=("kind", "image"),
                             help="Both networks are also told which digit (0-9) to draw or judge: each grid column is one digit.")
    latent_size: int = integer(8, "Noise size (latent)", 1, 128, help="Random numbers the generator turns into one sample.")
    generator_width: int = integer(32, "Generator width", 8, 256, step=8, help="1-D: units per hidden layer. Image: filters of the first block.")
    discriminator_width: int = integer(32, "Discriminator width", 8, 256, step=8, help="1-D: units per hidden layer. Image: filters of the first convolution.")
    learning_rate: float = number(0.0002, "Generator learning rate", 1e-5, 1.0, log=True, help="Step size of the generator's updates.")
    discriminator_learning_rate: float = number(0.0002, "Discriminator learning rate", 1e-5, 1.0, log=True, help="Step size of the discriminator's updates.")
    discriminator_steps: int = integer(1, "D steps per G step", 1, 5, help="Discriminator updates before each generator update.")
    label_smoothing: float = number(0.0, "Label smoothing", 0.0, 0.45, step=0.05, help="Real examples are labelled 1 - this, so D is never quite sure.")
    epochs: int = integer(50, "Epochs", 1, 1000, help="Passes over the real samples.")
    validation_split: float = number(0.0, "Validation split", 0.0, 0.0, advanced=True, help="A GAN has nothing to validate against.")

    @property
    def dataset(self) -> str | None:
        """The registry's data set, or None: the 1-D GAN draws its own samples from the sliders."""
        return "mnist5k" if self.kind == "image" else None

    @property
    def classes(self) -> int:
        """Digits the networks are conditioned on: 10 for a conditioned DCGAN, else 0."""
        return CLASSES if self.kind == "image" and self.conditional else 0


def grid_shape(config: GanConfig) -> tuple[int, int]:
    """Rows and columns of the live sample grid: a conditioned DCGAN draws one column per digit."""
    return (4, CLASSES) if config.classes else (6, 6)


def validate(config: GanConfig) -> GanConfig:
    config = checked(config)
    if config.batch_size < MIN_BATCH:
        raise ConfigError(t("gan.error_batch", batch=config.batch_size, least=MIN_BATCH))
    if config.kind == "image" and config.generator_width % 2:
        raise ConfigError(t("gan.error_width", width=config.generator_width))
    return config


def _dense_stack(width: int, output: LayerSpec) -> tuple[LayerSpec, ...]:
    return (
        LayerSpec("Dense", "hidden_1", {"units": width, "activation": "leaky_relu"}),
        LayerSpec("Dense", "hidden_2", {"units": width, "activation": "leaky_relu"}),
        output,
    )


def _spec(input_shape: tuple, layers: tuple, learning_rate: float, config: GanConfig) -> ModelSpec:
    return ModelSpec(input_shape, layers, "binary_crossentropy", config.optimizer, learning_rate, ())


def _one_d(config: GanConfig) -> dict[str, ModelSpec]:
    generator = _dense_stack(config.generator_width, LayerSpec("Dense", "sample", {"units": 1}))
    discriminator = _dense_stack(config.discriminator_width, LayerSpec("Dense", "real_or_fake", {"units": 1, "activation": "sigmoid"}))
    return {
        "Generator": _spec((config.latent_size,), generator, config.learning_rate, config),
        "Discriminator": _spec((1,), discriminator, config.discriminator_learning_rate, config),
    }


def _image(config: GanConfig) -> dict[str, ModelSpec]:
    # DCGAN: noise -> 7x7 feature maps, doubled twice to 28x28; tanh matches data in [-1, 1].
    # Conditioned (keras-io's conditional GAN): G's noise ends with the digit's one-hot code,
    # and D sees it as one extra image channel per digit.
    g, d = config.generator_width, config.discriminator_width
    generator = (
        LayerSpec("Dense", "project", {"units": 7 * 7 * g, "use_bias": False}),
        LayerSpec("BatchNormalization", "batch_norm_1"),
        LayerSpec("LeakyReLU", "leaky_1", {"negative_slope": 0.2}),
        LayerSpec("Reshape", "to_7x7", {"target_shape": (7, 7, g)}),
        LayerSpec("Conv2DTranspose", "up_14x14", {"filters": g // 2, "kernel_size": 4, "strides": 2, "padding": "same", "use_bias": False}),
        LayerSpec("BatchNormalization", "batch_norm_2"),
        LayerSpec("LeakyReLU", "leaky_2", {"negative_slope": 0.2}),
        LayerSpec("Conv2DTranspose", "up_28x28", {"filters": 1, "kernel_size": 4, "strides": 2, "padding": "same", "activation": "tanh"}),
    )
    discriminator = (
        LayerSpec("Conv2D", "conv_1", {"filters": d, "kernel_size": 4, "strides": 2, "padding": "same"}),
        LayerSpec("LeakyReLU", "leaky_1", {"negative_slope": 0.2}),
        LayerSpec("Conv2D", "conv_2", {"filters": 2 * d, "kernel_size": 4, "strides": 2, "padding": "same"}),
        LayerSpec("LeakyReLU", "leaky_2", {"negative_slope": 0.2}),
        LayerSpec("Flatten", "flatten"),
        LayerSpec("Dropout", "dropout", {"rate": 0.3}),
        LayerSpec("Dense", "real_or_fake", {"units": 1, "activation": "sigmoid"}),
    )
    return {
        "Generator": _spec((config.latent_size + config.classes,), generator, config.learning_rate, config),
        "Discriminator": _spec((*IMAGE_SHAPE[:2], IMAGE_SHAPE[2] + config.classes), discriminator,
                               config.discriminator_learning_rate, config),
    }


def gan_specs(config: GanConfig) -> dict[str, ModelSpec]:
    config = validate(config)
    return _one_d(config) if config.kind == "1d" else _image(config)
