"""UNET (ch.8): an encoder-decoder with skip connections, for segmentation and colourisation.

Depth counts the down-sampling steps. Level ``i`` of the encoder has ``base_filters * 2**i``
filters; the bottleneck doubles once more. Each decoder level up-samples, joins the
encoder's output at the same resolution (the skip connection, a Concatenate) and
convolves. With skips off the decoder sees only the bottleneck: a plain
encoder-decoder, which blurs the edges the skips carry across.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay.config import TrainConfig
from kplay.datasets import shapes
from kplay.errors import ConfigError
from kplay.config import BATCH_SIZES
from kplay.fields import checked, choice, flag, integer, number
from kplay.i18n import choice_label, option_label, t
from kplay.models.spec import INPUT, LayerSpec, ModelSpec

TASKS = ("segmentation", "colourisation")
TASK_DATASETS = {"segmentation": ("shapes",), "colourisation": ("photos", "cifar10")}
DATASET_NAMES = ("shapes", "photos", "cifar10")
SEGMENTATION_LOSSES = ("ce", "dice", "ce_dice")
UPSAMPLING = ("transpose", "upsample")
CIFAR_SIZE = 32


@dataclass(frozen=True)
class UnetConfig(TrainConfig):
    # Shorter epochs than the other pages' defaults: small batches mean more steps per epoch.
    epochs: int = integer(20, "Epochs", 1, 1000, help="Passes over the training data.")
    batch_size: int = choice(32, "Batch size", BATCH_SIZES, help="Images per weight update.")
    task: str = choice("segmentation", "Task", TASKS, help="Segmentation: a class per pixel. Colourisation: grey in, colour out.")
    dataset: str = choice("shapes", "Data set", DATASET_NAMES, help="Shapes for segmentation; photo patches or CIFAR-10 for colourisation.")
    image_size: int = integer(48, "Image size", 32, 128, step=8, help="Width and height of every image, in pixels.")
    images: int = integer(800, "Images", 100, 4000, step=100, help="How many images to generate or cut.")
    shapes_per_image: int = integer(2, "Shapes per image", 1, 6, help="Shapes drawn on each image; later ones may cover earlier ones.")
    noise: float = number(0.05, "Noise", 0.0, 0.5, step=0.01, help="Standard deviation of the pixel noise.")
    clutter: float = number(0.5, "Clutter", 0.0, 2.0, step=0.1, help="Lines and specks in shape colours that are not part of any mask.")
    mask_classes: str = choice("binary", "Mask classes", ("binary", "kinds"), help="Binary: shape or background. Kinds: one class per shape kind.")
    depth: int = integer(3, "Depth", 2, 5, help="Down-sampling steps: each halves the image and doubles the filters.")
    base_filters: int = choice(8, "Base filters", (4, 8, 16, 32, 64), help="Filters at the first level.")
    convs_per_block: int = integer(2, "Convolutions per block", 1, 3, help="3x3 convolutions at each level.")
    batch_norm: bool = flag(True, "Batch normalisation", help="Normalise after every convolution.")
    dropout: float = number(0.0, "Dropout", 0.0, 0.5, step=0.05, help="Dropout after each down-sampling and at the bottleneck.")
    upsampling: str = choice("transpose", "Up-sampling", UPSAMPLING, help="A learned transposed convolution, or nearest-neighbour up-sampling then a convolution.")
    skips: bool = flag(True, "Skip connections", help="Join each encoder level to the decoder level of the same size.")
    loss: str = choice("ce", "Loss", SEGMENTATION_LOSSES, help="For segmentation: cross-entropy, Dice, or both added. Colourisation always uses MSE.")

    @property
    def num_classes(self) -> int:
        return len(shapes.class_names(self.mask_classes == "binary"))


def largest_depth(size: int) -> int:
    """The most halvings ``size`` takes evenly, keeping at least one pixel."""
    depth = 0
    while size % 2 == 0 and size // 2 >= 1:
        size //= 2
        depth += 1
    return depth


def validate(config: UnetConfig) -> UnetConfig:
    config = checked(config)
    if config.dataset not in TASK_DATASETS[config.task]:
        fits = t("errors.or").join(map(choice_label, TASK_DATASETS[config.task]))
        raise ConfigError(t("unet.error_dataset", dataset=choice_label(config.dataset), task=option_label(config.task), fits=fits))
    if config.dataset == "cifar10" and config.image_size != CIFAR_SIZE:
        raise ConfigError(t("unet.error_cifar_size", size=CIFAR_SIZE))
    fits = largest_depth(config.image_size)
    if config.depth > fits:
        bottleneck = config.image_size / 2**config.depth
        raise ConfigError(t("unet.error_depth", depth=config.depth, size=config.image_size, bottleneck=bottleneck,
                              fits=fits, divisor=2**config.depth))
    return config


def _conv_block(prefix: str, filters: int, config: UnetConfig, first_input: tuple = ()) -> list[LayerSpec]:
    """``convs_per_block`` x (3x3 conv, batch norm, ReLU); the first reads ``first_input``."""
    block = []
    for index in range(1, config.convs_per_block + 1):
        inputs = first_input if index == 1 else ()
        conv_args = {"filters": filters, "kernel_size": 3, "padding": "same", "use_bias": not config.batch_norm}
        if config.batch_norm:
            block.append(LayerSpec("Conv2D", f"{prefix}_conv{index}", conv_args, inputs=inputs))
            # Momentum 0.9, not 0.99: a short run's validation uses the moving statistics.
            block.append(LayerSpec("BatchNormalization", f"{prefix}_bn{index}", {"momentum": 0.9}))
            block.append(LayerSpec("Activation", f"{prefix}_relu{index}", {"activation": "relu"}))
        else:
            block.append(LayerSpec("Conv2D", f"{prefix}_conv{index}", dict(conv_args, activation="relu"), inputs=inputs))
    return block


def _up(prefix: str, filters: int, config: UnetConfig) -> list[LayerSpec]:
    if config.upsampling == "transpose":
        return [LayerSpec("Conv2DTranspose", f"{prefix}_up", {"filters": filters, "kernel_size": 2, "strides": 2, "padding": "same"})]
    return [
        LayerSpec("UpSampling2D", f"{prefix}_up", {"size": 2}),
        LayerSpec("Conv2D", f"{prefix}_up_conv", {"filters": filters, "kernel_size": 3, "padding": "same", "activation": "relu"}),
    ]


def unet_layers(config: UnetConfig, channels_out: int, output_activation: str) -> list[LayerSpec]:
    layers: list[LayerSpec] = []
    skips = []
    for level in range(config.depth):
        layers += _conv_block(f"down{level + 1}", config.base_filters * 2**level, config)
        skips.append(layers[-1].name)
        layers.append(LayerSpec("MaxPooling2D", f"down{level + 1}_pool", {"pool_size": 2}))
        if config.dropout:
            layers.append(LayerSpec("Dropout", f"down{level + 1}_dropout", {"rate": config.dropout}))
    layers += _conv_block("bottleneck", config.base_filters * 2**config.depth, config)
    for level in reversed(range(config.depth)):
        prefix, filters = f"up{level + 1}", config.base_filters * 2**level
        layers += _up(prefix, filters, config)
        joined = ()
        if config.skips:
            layers.append(LayerSpec("Concatenate", f"{prefix}_skip", inputs=(layers[-1].name, skips[level])))
            joined = (f"{prefix}_skip",)
        layers += _conv_block(prefix, filters, config, first_input=joined)
    layers.append(LayerSpec("Conv2D", "output", {"filters": channels_out, "kernel_size": 1, "activation": output_activation}))
    return layers


def unet_spec(config: UnetConfig) -> ModelSpec:
    config = validate(config)
    size = config.image_size
    if config.task == "segmentation":
        layers = unet_layers(config, config.num_classes, "softmax")
        return ModelSpec((size, size, 3), tuple(layers), config.loss, config.optimizer, config.learning_rate, ("iou", "dice"))
    layers = unet_layers(config, 3, "sigmoid")
    return ModelSpec((size, size, 1), tuple(layers), "mse", config.optimizer, config.learning_rate, ("mae",))


__all__ = ["INPUT", "UnetConfig", "largest_depth", "unet_spec", "validate"]
