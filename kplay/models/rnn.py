"""Recurrent networks (ch.5): forecast a series from a window of its past, or classify sequences.

Forecasting reads ``window`` steps of one value each and predicts the next step. Sequence
classification reads MNIST digits row by row (28 steps of 28 pixels) or IMDB reviews
word by word (through an Embedding).
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay import datasets
from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, flag, integer, number
from kplay.i18n import choice_label, option_label, t
from kplay.models.spec import LayerSpec, ModelSpec
from kplay.series import SERIES, split_point
from kplay.series.windows import check_window

TASKS = ("forecast", "classify")
CELLS = ("SimpleRNN", "LSTM", "GRU")
SERIES_NAMES = tuple(SERIES)
GENERATED = tuple(name for name, info in SERIES.items() if info.generated)  # the series the length and noise sliders shape
SEQUENCE_SETS = ("mnist5k", "imdb")
DATASETS_BY_TASK = {"forecast": SERIES_NAMES, "classify": SEQUENCE_SETS}
TARGETS = ("level", "change", "seasonal_change")
LAGS = {"level": 0, "change": 1, "seasonal_change": 12}
MNIST_ROWS = (28, 28)  # 28 steps (rows) of 28 features (pixels)


@dataclass(frozen=True)
class RnnConfig(TrainConfig):
    task: str = choice("forecast", "Task", TASKS, help="Forecast a time series, or classify whole sequences.")
    dataset: str = choice("airline", "Data", SERIES_NAMES + SEQUENCE_SETS)
    length: int = integer(240, "Series length", 48, 2000, step=12, when=("dataset", GENERATED), help="Steps in a generated series.")
    noise: float = number(0.1, "Noise", 0.0, 1.0, step=0.05, when=("dataset", GENERATED), help="Random noise added to a generated series.")
    target: str = choice(
        "change", "The network predicts", TARGETS, when=("task", "forecast"),
        help="The next value itself, its change from the step before, or its change from the same month a year before.",
    )
    cell: str = choice("LSTM", "Cell", CELLS, help="The recurrent cell: plain SimpleRNN, or the gated LSTM and GRU.")
    units: int = integer(32, "Units", 1, 256, help="Size of the cell's memory (its hidden state).")
    layers: int = integer(1, "Recurrent layers", 1, 3, help="Stacked recurrent layers; all but the last pass on every step.")
    bidirectional: bool = flag(False, "Bidirectional", help="Also read each sequence backwards and join both readings.")
    dropout: float = number(0.0, "Dropout", 0.0, 0.8, step=0.05, help="Share of outputs switched off after each recurrent layer.")
    window: int = integer(12, "Window length", 1, 240, when=("task", "forecast"), help="Past steps the network sees to predict the next one.")
    horizon: int = integer(24, "Forecast horizon", 0, 120, when=("task", "forecast"), help="Steps forecast past the end of the data, each from the ones before.")
    words: int = integer(20000, "Vocabulary (words)", 1000, 20000, step=1000, help="IMDB: only the most frequent words are kept.", advanced=True)
    text_length: int = integer(80, "Review length (words)", 10, 400, step=10, help="IMDB: each review is cut or padded to this many words.", advanced=True)
    embedding: int = integer(128, "Embedding size", 8, 256, help="IMDB: length of the vector that stands for each word.", advanced=True)
    # Overrides of the shared training settings, for seconds-long runs on a small series.
    learning_rate: float = number(0.01, "Learning rate", 1e-5, 1.0, log=True,
                                  help="Step size of each update. Too high and the loss explodes; too low and nothing happens.")
    epochs: int = integer(100, "Epochs", 1, 1000, help="Passes over the training data.")
    batch_size: int = choice(16, "Batch size", TrainConfig.__dataclass_fields__["batch_size"].metadata["kplay"].options,
                             help="Examples per weight update.")
    validation_split: float = number(
        0.2, "Held-out share", 0.05, 0.5, step=0.05,
        help="Forecasting: the last share of the series, in time order, is the test part. Classification: share of "
        "the training examples kept for validation.",
    )


def is_forecast(config: RnnConfig) -> bool:
    return config.task == "forecast"


def series_length(config: RnnConfig) -> int:
    return config.length if SERIES[config.dataset].generated else 144


def validate(config: RnnConfig) -> RnnConfig:
    """The config with every field checked, or a ConfigError a learner can act on."""
    config = checked(config)
    if config.dataset not in DATASETS_BY_TASK[config.task]:
        fits = ", ".join(map(choice_label, DATASETS_BY_TASK[config.task]))
        raise ConfigError(t("rnn.error_dataset", dataset=choice_label(config.dataset), task=option_label(config.task), fits=fits))
    if is_forecast(config):
        if config.horizon < 1:
            raise ConfigError(t("rnn.error_horizon"))
        length = series_length(config)
        check_window(length, split_point(length, config.validation_split), config.window, LAGS[config.target])
    return config


def _recurrent_stack(config: RnnConfig) -> list[LayerSpec]:
    layers = []
    for index in range(1, config.layers + 1):
        cell = LayerSpec(config.cell, f"{config.cell.lower()}_{index}",
                         {"units": config.units, "return_sequences": index < config.layers})
        if config.bidirectional:
            cell = LayerSpec("Bidirectional", f"bidirectional_{index}", {"layer": cell})
        layers.append(cell)
        if config.dropout > 0:
            layers.append(LayerSpec("Dropout", f"dropout_{index}", {"rate": config.dropout}))
    return layers


def rnn_spec(config: RnnConfig) -> ModelSpec:
    config = validate(config)
    common = {"optimizer": config.optimizer, "learning_rate": config.learning_rate}
    if is_forecast(config):
        return ModelSpec(
            input_shape=(config.window, 1),
            layers=tuple(_recurrent_stack(config) + [LayerSpec("Dense", "output", {"units": 1})]),
            loss="mse", metrics=("mae",), **common,
        )
    if config.dataset == "imdb":
        embed = [LayerSpec("Embedding", "embedding", {"input_dim": config.words, "output_dim": config.embedding})]
        head = LayerSpec("Dense", "output", {"units": 1, "activation": "sigmoid"})
        return ModelSpec(
            input_shape=(config.text_length,), layers=tuple(embed + _recurrent_stack(config) + [head]),
            loss="binary_crossentropy", metrics=("accuracy",), **common,
        )
    classes = datasets.get_info(config.dataset).num_classes
    head = LayerSpec("Dense", "output", {"units": classes, "activation": "softmax"})
    return ModelSpec(
        input_shape=MNIST_ROWS, layers=tuple(_recurrent_stack(config) + [head]),
        loss="categorical_crossentropy", metrics=("accuracy",), **common,
    )
