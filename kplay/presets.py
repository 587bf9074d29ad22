"""Named settings per page: the textbook's examples and classic lessons, one click each.

Values are keyed by the page's widget names (``kplay.ui.widgets.key_of(page, name)``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    name: str
    watch: str  # one line: what to look for
    values: dict


# The UNET page's defaults, which its presets start from.
UNET_SEGMENTATION = {
    "task": "segmentation", "dataset": "shapes", "image_size": 48, "images": 800, "shapes_per_image": 2, "noise": 0.05,
    "clutter": 0.5, "mask_classes": "binary", "depth": 3, "base_filters": 8, "convs_per_block": 2, "batch_norm": True,
    "dropout": 0.0, "upsampling": "transpose", "skips": True, "loss": "ce", "optimizer": "adam", "learning_rate": 0.002,
    "epochs": 20, "batch_size": 32, "validation_split": 0.2, "seed": 0,
}

PRESETS: dict[str, tuple[Preset, ...]] = {
    "ann": (
        Preset(
            "Book ch.1: one neuron, y = 2x + 1",
            "The weight creeps to 2 and the bias to 1; the loss falls fast, then slowly.",
            {"example": "line", "dataset": "line", "optimizer": "sgd", "learning_rate": 0.01, "epochs": 1000, "batch_size": 32},
        ),
        Preset(
            "Book ch.2: ANN digit classifier",
            "784-100-10 with ReLU and softmax. The book gets 0.977 on all 60 000 MNIST digits; 5 000 give about 0.93.",
            {"example": "classification", "dataset": "mnist5k", "units": 100, "activation": "relu", "optimizer": "adam",
             "learning_rate": 0.001, "epochs": 15, "batch_size": 100, "validation_split": 0.2},
        ),
        Preset(
            "Book ch.2: ANN regression",
            "13-5-1 on Boston housing in the book; offline, the diabetes set stands in. Points near the diagonal are good.",
            {"example": "regression", "dataset": "diabetes", "units": 5, "activation": "relu", "optimizer": "sgd",
             "learning_rate": 0.01, "epochs": 100, "batch_size": 100, "validation_split": 0.2},
        ),
        Preset(
            "Learning rate too high",
            "SGD with a learning rate of 1: the loss explodes within a few batches and the run stops.",
            {"example": "regression", "dataset": "diabetes", "units": 64, "optimizer": "sgd", "learning_rate": 1.0, "epochs": 20},
        ),
    ),
    "dnn": (
        Preset(
            "Book ch.3: DNN classifier",
            "784-100-50-10 with ReLU: a second hidden layer on the ch.2 network.",
            {"dataset": "mnist5k", "layers": 2, "units": (100, 50), "dropout": (0.0, 0.0), "activation": "relu",
             "optimizer": "adam", "learning_rate": 0.001, "epochs": 10, "batch_size": 100, "batch_norm": False, "l2": 0.0},
        ),
        Preset(
            "Over-fits: big and long",
            "Three 512-unit layers for 40 epochs: training loss keeps falling while validation loss turns up.",
            {"dataset": "mnist5k", "layers": 3, "units": (512, 512, 512), "dropout": (0.0, 0.0, 0.0), "activation": "relu",
             "optimizer": "adam", "learning_rate": 0.001, "epochs": 40, "batch_size": 64, "batch_norm": False, "l2": 0.0},
        ),
        Preset(
            "Same, with dropout",
            "Dropout 0.5 after each layer: the gap between training and validation loss shrinks. Overlay it on the last run.",
            {"dataset": "mnist5k", "layers": 3, "units": (512, 512, 512), "dropout": (0.5, 0.5, 0.5), "activation": "relu",
             "optimizer": "adam", "learning_rate": 0.001, "epochs": 40, "batch_size": 64, "batch_norm": False, "l2": 0.0},
        ),
        Preset(
            "Deep sigmoid: vanishing gradients",
            "Eight sigmoid layers learn slowly, if at all; switch the activation to ReLU and compare.",
            {"dataset": "mnist5k", "layers": 8, "units": (64,) * 8, "dropout": (0.0,) * 8, "activation": "sigmoid",
             "optimizer": "sgd", "learning_rate": 0.1, "epochs": 15, "batch_size": 64, "batch_norm": False, "l2": 0.0},
        ),
    ),
    "unet": (
        Preset(
            "Book ch.8: UNET colourisation",
            "Grey photo patches in, colour out (16-32-64 filters, batch norm, MSE). Colours come in as broad washes "
            "first, then sharpen. The book trains on CIFAR-10; pick it under Data set when it is cached.",
            dict(UNET_SEGMENTATION, task="colourisation", dataset="photos", image_size=32, images=1500, depth=2,
                 base_filters=16, epochs=10, batch_size=32, learning_rate=0.002),
        ),
        Preset(
            "Segmentation",
            "Shapes on noisy, striped backgrounds: the predicted masks sharpen within a few epochs and IoU passes 0.9.",
            UNET_SEGMENTATION,
        ),
        Preset(
            "Quick look: small and fast",
            "32x32 images and a two-level UNET: the masks go from noise to shapes in a few seconds.",
            dict(UNET_SEGMENTATION, image_size=32, images=300, depth=2, epochs=8),
        ),
        Preset(
            "No skips: a plain encoder-decoder",
            "The same network without skip connections: masks stay blobby at the edges and IoU stays lower. "
            "Train it after 'Segmentation' to see both curves.",
            dict(UNET_SEGMENTATION, skips=False),
        ),
        Preset(
            "One class per shape kind",
            "Circle, square, triangle and cross each get a colour: now the network must tell forms apart, not only find them.",
            dict(UNET_SEGMENTATION, mask_classes="kinds", epochs=30),
        ),
        Preset(
            "Dice loss",
            "Dice trains the overlap itself, so small shapes count as much as big ones. Compare its IoU curve with cross-entropy's.",
            dict(UNET_SEGMENTATION, loss="dice"),
        ),
    ),
}
