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
    "applied_augment": (
        Preset(
            "Book ch.9: augmentation",
            "500 digits, small turns, shifts and zooms: the augmented run learns slower but ends higher on validation.",
            {"dataset": "mnist5k", "subset": 500, "rotation": 0.05, "translation": 0.1, "zoom": 0.1, "flip": "none",
             "contrast": 0.0, "noise": 0.0, "epochs": 30, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Tiny subset, strong augmentation",
            "Only 100 digits: without augmentation the network memorises them; the gap grows.",
            {"dataset": "mnist5k", "subset": 100, "rotation": 0.08, "translation": 0.15, "zoom": 0.15, "flip": "none",
             "contrast": 0.0, "noise": 0.05, "epochs": 40, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Wrong augmentation: flipping digits",
            "Mirrored digits are not digits: flips (and big turns) teach the wrong thing, and the augmented run falls behind.",
            {"dataset": "mnist5k", "subset": 500, "rotation": 0.5, "translation": 0.0, "zoom": 0.0,
             "flip": "horizontal_and_vertical", "contrast": 0.0, "noise": 0.0, "epochs": 30, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Plenty of data",
            "2 000 images: with enough data augmentation helps less. Compare the gap with the 500-image preset.",
            {"dataset": "mnist5k", "subset": 2000, "rotation": 0.05, "translation": 0.1, "zoom": 0.1, "flip": "none",
             "contrast": 0.0, "noise": 0.0, "epochs": 15, "learning_rate": 0.002, "batch_size": 32},
        ),
    ),
    "applied_transfer": (
        Preset(
            "Book ch.9: transfer learning",
            "50 labelled digits per class, 4 short epochs: the network that starts from the 0-4 base is far ahead; from scratch is still learning to see.",
            {"dataset": "mnist5k", "per_class": 50, "frozen_layers": 0, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 4, "learning_rate": 0.0005, "batch_size": 32},
        ),
        Preset(
            "Train longer",
            "The same for 15 epochs: from scratch catches up. A pre-trained start matters most when labels and time are short.",
            {"dataset": "mnist5k", "per_class": 50, "frozen_layers": 0, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 15, "learning_rate": 0.0005, "batch_size": 32},
        ),
        Preset(
            "Freeze the whole base",
            "All three conv layers frozen: a quick start, but filters learned on 0-4 alone limit how far 5-9 can go; from scratch overtakes it.",
            {"dataset": "mnist5k", "per_class": 50, "frozen_layers": 3, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 15, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Five labels per class",
            "Only 25 labelled images in all: watch how far each network gets from so little.",
            {"dataset": "mnist5k", "per_class": 5, "frozen_layers": 0, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 15, "learning_rate": 0.0005, "batch_size": 8},
        ),
    ),
}
