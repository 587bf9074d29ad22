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
    "rnn": (
        Preset(
            "Book ch.5: LSTM time series",
            "The book's model: a 12-month window, LSTM(10), Dense(1), mse and adam, predicting the passenger count "
            "itself. Watch the test part: the counts there are higher than any in training.",
            {"task": "forecast", "dataset": "airline", "target": "level", "window": 12, "horizon": 24, "cell": "LSTM",
             "units": 10, "layers": 1, "bidirectional": False, "dropout": 0.0, "optimizer": "adam",
             "learning_rate": 0.001, "epochs": 400, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "LSTM forecast: predict the change",
            "The default: the LSTM predicts next month's change, so rising counts are no surprise. It beats both naive "
            "forecasts within seconds.",
            {"task": "forecast", "dataset": "airline", "target": "change", "window": 12, "horizon": 24, "cell": "LSTM",
             "units": 32, "layers": 1, "bidirectional": False, "dropout": 0.0, "optimizer": "adam",
             "learning_rate": 0.01, "epochs": 100, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "SimpleRNN vs LSTM",
            "A plain SimpleRNN on the same task: train it, then switch the cell to LSTM or GRU and compare the test RMSE.",
            {"task": "forecast", "dataset": "airline", "target": "change", "window": 12, "horizon": 24,
             "cell": "SimpleRNN", "units": 32, "layers": 1, "bidirectional": False, "dropout": 0.0,
             "optimizer": "adam", "learning_rate": 0.01, "epochs": 100, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "Window too short",
            "Two months of history cannot show a yearly season: the seasonal naive forecast wins. Raise the window to 12.",
            {"task": "forecast", "dataset": "airline", "target": "change", "window": 2, "horizon": 24, "cell": "LSTM",
             "units": 32, "layers": 1, "bidirectional": False, "dropout": 0.0, "optimizer": "adam",
             "learning_rate": 0.01, "epochs": 100, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "Noisy sine: memory vs noise",
            "A sine wave buried in noise: the one-step predictions follow the clean wave, not the noise.",
            {"task": "forecast", "dataset": "sine", "length": 240, "noise": 0.3, "target": "level", "window": 24,
             "horizon": 36, "cell": "GRU", "units": 16, "layers": 1, "bidirectional": False, "dropout": 0.0,
             "optimizer": "adam", "learning_rate": 0.01, "epochs": 30, "batch_size": 32, "validation_split": 0.2},
        ),
        Preset(
            "Digits read row by row",
            "An LSTM reads each digit as 28 rows of 28 pixels and names it after the last row: about 0.9 within a few epochs.",
            {"task": "classify", "dataset": "mnist5k", "cell": "LSTM", "units": 64, "layers": 1, "bidirectional": False,
             "dropout": 0.0, "optimizer": "adam", "learning_rate": 0.005, "epochs": 8, "batch_size": 64,
             "validation_split": 0.2},
        ),
        Preset(
            "Book ch.5: LSTM sentiment (IMDB)",
            "Embedding 128, LSTM 128 with dropout, sigmoid: about 0.8 on the full reviews. Needs the IMDB download.",
            {"task": "classify", "dataset": "imdb", "words": 20000, "text_length": 80, "embedding": 128, "cell": "LSTM",
             "units": 128, "layers": 1, "bidirectional": False, "dropout": 0.2, "optimizer": "adam",
             "learning_rate": 0.001, "epochs": 3, "batch_size": 32, "validation_split": 0.2},
        ),
    ),
}
