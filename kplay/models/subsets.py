"""How many images the applied experiments can draw on, known without loading the data.

The server checks settings on every slider move and must not load 5 000 digits to do it,
so the sizes of the offline image sets are written down here (a test compares them with
the loaded data). The worker checks again on the real arrays.
"""

from __future__ import annotations

from kplay import datasets
from kplay.datasets import TEST_FRACTION
from kplay.errors import ConfigError
from kplay.i18n import t

# name -> (images in the set, images of its rarest class)
SIZES = {"mnist5k": (5000, 500), "digits8": (1797, 174)}
DATASETS = tuple(SIZES)


def train_count(dataset: str, validation_split: float) -> int:
    """Training images ``datasets.load`` leaves after the test and validation hold-outs."""
    total = SIZES[dataset][0]
    after_test = total - max(1, int(round(total * TEST_FRACTION)))
    return after_test - int(round(after_test * validation_split))


def per_class_bound(dataset: str, validation_split: float) -> int:
    """Training images of the rarest class, less a margin for the random split's unevenness."""
    rarest = SIZES[dataset][1]
    return int(rarest * (1 - TEST_FRACTION) * (1 - validation_split) * 0.85)


def check_draw(config, wanted: int, available: int, error: str, **values) -> None:
    """Refuse drawing more images than the set has, or an experiment with no validation images."""
    if wanted > available:
        raise ConfigError(t(error, available=available, data=datasets.get_info(config.dataset).title, **values))
    if config.validation_split <= 0:
        raise ConfigError(t("applied.error_validation"))
