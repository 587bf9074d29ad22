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
    "autoencoder": (
        Preset(
            "Book ch.6: dense AE",
            "784-36-784 with Adadelta, as in the book: the reconstructions go from grey blobs to digits; "
            "the default (Adam) gets sharper in the same time.",
            {"dataset": "mnist5k", "kind": "dense", "layers": 0, "latent_size": 36, "latent_activation": "relu",
             "denoising": False, "loss": "binary_crossentropy", "optimizer": "adadelta", "learning_rate": 1.0,
             "epochs": 10, "batch_size": 256},
        ),
        Preset(
            "Book ch.6: conv AE",
            "Conv 4, pool, conv 8, pool, a 7x7x1 code: 16 times fewer numbers than pixels, yet the digits come back.",
            {"dataset": "mnist5k", "kind": "conv", "conv_blocks": 2, "conv_filters": 4, "latent_channels": 1,
             "latent_activation": "relu", "denoising": False, "loss": "binary_crossentropy", "optimizer": "adam",
             "learning_rate": 0.005, "epochs": 20, "batch_size": 128},
        ),
        Preset(
            "Denoising",
            "Noise in, clean digits out: the middle row is what the network sees, the bottom row what it rebuilds.",
            {"dataset": "mnist5k", "kind": "dense", "layers": 1, "units": (256,), "latent_size": 36,
             "latent_activation": "relu", "denoising": True, "noise_level": 0.5, "loss": "binary_crossentropy",
             "optimizer": "adam", "learning_rate": 0.002, "epochs": 20, "batch_size": 64},
        ),
        Preset(
            "Latent 2 for a map",
            "A 2-number code: the map shows the codes themselves, digits form regions, and the explorer walks between them.",
            {"dataset": "mnist5k", "kind": "dense", "layers": 2, "units": (256, 64), "latent_size": 2,
             "latent_activation": "linear", "denoising": False, "loss": "binary_crossentropy", "optimizer": "adam",
             "learning_rate": 0.002, "epochs": 30, "batch_size": 64},
        ),
    ),
}
