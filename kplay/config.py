"""Settings every training run shares; each model kind's config extends ``TrainConfig``."""

from __future__ import annotations

from dataclasses import dataclass

from kplay.fields import choice, integer, number

OPTIMIZER_NAMES = ("sgd", "momentum", "adagrad", "rmsprop", "adam", "adadelta")
BATCH_SIZES = (1, 8, 16, 32, 64, 100, 128, 256, 512)


@dataclass(frozen=True)
class TrainConfig:
    optimizer: str = choice(
        "adam", "Optimizer", OPTIMIZER_NAMES,
        help="How the weights move down the loss. 'momentum' is SGD with momentum 0.9.",
    )
    learning_rate: float = number(
        0.002, "Learning rate", 1e-5, 1.0, log=True,
        help="Step size of each update. Too high and the loss explodes; too low and nothing happens.",
    )
    epochs: int = integer(15, "Epochs", 1, 1000, help="Passes over the training data.")
    batch_size: int = choice(64, "Batch size", BATCH_SIZES, help="Examples per weight update.")
    validation_split: float = number(
        0.2, "Validation split", 0.0, 0.5, step=0.05,
        help="Share of the training data held out to check for over-fitting.",
    )
    seed: int = integer(0, "Seed", 0, 9999, advanced=True, help="The same seed gives the same run.")
