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
    "cnn": (
        Preset(
            "Book ch.4: CNN",
            "conv32 3x3, conv64 3x3, maxpool 2, dropout .25, dense 128, dropout .5, RMSProp: 1.2 million parameters, "
            "most in the dense layer. The book gets 0.989 on all of MNIST; 5 000 digits give about 0.97-0.98.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (32, 64), "kernel_size": (3, 3), "strides": (1, 1),
             "pool": (0, 2), "dropout": (0.0, 0.25), "padding": "valid", "pooling": "max", "batch_norm": False,
             "activation": "relu", "dense_units": 128, "dense_dropout": 0.5, "optimizer": "rmsprop",
             "learning_rate": 0.001, "epochs": 10, "batch_size": 128, "validation_split": 0.2},
        ),
        Preset(
            "Quick start: the page's default",
            "Two blocks with 'same' padding and pooling, Adam: validation accuracy near 0.97 on 5 000 digits in 8 epochs.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (32, 64), "kernel_size": (3, 3), "strides": (1, 1),
             "pool": (2, 2), "dropout": (0.0, 0.0), "padding": "same", "pooling": "max", "batch_norm": False,
             "activation": "relu", "dense_units": 128, "dense_dropout": 0.3, "optimizer": "adam",
             "learning_rate": 0.002, "epochs": 8, "batch_size": 64, "validation_split": 0.2},
        ),
        Preset(
            "No pooling",
            "Without pooling the maps stay 28x28: the dense layer gets 25 000 inputs and 1.6 million weights. "
            "Look at the summary's parameter count, and at how much slower each epoch is.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (16, 32), "kernel_size": (3, 3), "strides": (1, 1),
             "pool": (0, 0), "dropout": (0.0, 0.0), "padding": "same", "pooling": "max", "batch_norm": False,
             "dense_units": 64, "dense_dropout": 0.3, "optimizer": "adam", "learning_rate": 0.001, "epochs": 3},
        ),
        Preset(
            "Too many pooling steps",
            "Four 2x2 poolings on 8x8 digits: 8, 4, 2, 1, then nothing. The page refuses before training and names the block.",
            {"dataset": "digits8", "blocks": 4, "filters": (8, 8, 8, 8), "kernel_size": (3, 3, 3, 3), "strides": (1, 1, 1, 1),
             "pool": (2, 2, 2, 2), "dropout": (0.0, 0.0, 0.0, 0.0), "padding": "same"},
        ),
        Preset(
            "Stride 2 instead of pooling",
            "Strided convolutions shrink the maps as pooling does, with learned weights; compare the curves with the quick start.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (16, 32), "kernel_size": (3, 3), "strides": (2, 2),
             "pool": (0, 0), "dropout": (0.0, 0.0), "padding": "same", "dense_units": 64, "dense_dropout": 0.3,
             "optimizer": "adam", "learning_rate": 0.002, "epochs": 6},
        ),
        Preset(
            "One 1x1 filter block",
            "A 1x1 kernel sees one pixel: it cannot find edges or strokes. Watch accuracy stall near a plain dense network's.",
            {"dataset": "mnist5k", "blocks": 1, "filters": (8,), "kernel_size": (1,), "strides": (1,), "pool": (2,),
             "dropout": (0.0,), "padding": "same", "dense_units": 64, "dense_dropout": 0.0, "epochs": 6},
        ),
    ),
}
