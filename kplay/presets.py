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
    "gan": (
        Preset(
            "Book ch.7: 1-D GAN N(4, 1.25)",
            "The red histogram walks from 0 to the green one; D's blue curve flattens towards 0.5 as it stops telling them apart.",
            {"kind": "1d", "target_mean": 4.0, "target_std": 1.25, "latent_size": 8, "generator_width": 32,
             "discriminator_width": 32, "optimizer": "adam", "learning_rate": 0.0002, "discriminator_learning_rate": 0.0002,
             "discriminator_steps": 1, "label_smoothing": 0.0, "epochs": 50, "batch_size": 64},
        ),
        Preset(
            "Book ch.7: DCGAN on MNIST",
            "The grid starts as grey noise; within a minute strokes, then digits, appear in the same places. D(x) and D(G(z)) hover around 0.5.",
            {"kind": "image", "latent_size": 64, "generator_width": 64, "discriminator_width": 64, "optimizer": "adam",
             "learning_rate": 0.0002, "discriminator_learning_rate": 0.0002, "discriminator_steps": 1,
             "label_smoothing": 0.1, "epochs": 30, "batch_size": 64},
        ),
        Preset(
            "D too strong",
            "Five D updates per G update at 25x the rate: D wins at first (D(x) near 1, D(G(z)) near 0, G's loss high) and the generated histogram crawls to the target far slower than with the book settings.",
            {"kind": "1d", "target_mean": 4.0, "target_std": 1.25, "latent_size": 8, "generator_width": 8,
             "discriminator_width": 128, "optimizer": "adam", "learning_rate": 0.0002, "discriminator_learning_rate": 0.005,
             "discriminator_steps": 5, "label_smoothing": 0.0, "epochs": 50, "batch_size": 64},
        ),
        Preset(
            "Learning rate too high",
            "A learning rate of 0.05 for both: the losses spike now and then and the generated histogram jumps about instead of settling smoothly.",
            {"kind": "1d", "target_mean": 4.0, "target_std": 1.25, "latent_size": 8, "generator_width": 32,
             "discriminator_width": 32, "optimizer": "adam", "learning_rate": 0.05, "discriminator_learning_rate": 0.05,
             "discriminator_steps": 1, "label_smoothing": 0.0, "epochs": 50, "batch_size": 64},
        ),
    ),
}
