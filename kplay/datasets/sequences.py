"""Loaders for the RNN page's registry rows: series as windows, and IMDB reviews.

The registry's view of a series is its windows at the page's default settings (12 steps,
the last fifth held out in time order). The RNN family windows the series itself, with the
window, split and change-over-lag the learner picks (see ``kplay.series``).
"""

from __future__ import annotations

import re

import numpy as np

from kplay.datasets.downloads import _fetch
from kplay.datasets.types import Raw
from kplay.errors import KplayError
from kplay.i18n import t
from kplay.series import load_series, prepare

DEFAULT_WINDOW, DEFAULT_TEST_SHARE = 12, 0.2
IMDB_FILES = ("imdb.npz", "imdb_word_index.json")
# keras.datasets.imdb: 0 pads, 1 starts a review, 2 stands for a word outside the vocabulary,
# and a word of rank r (1 = most frequent) is r + 3.
PAD, START, UNKNOWN, INDEX_FROM = 0, 1, 2, 3
MAX_TEXT_CHARS = 20_000  # longer typed text is cut; only the last words are read anyway


def series_windows(name: str):
    def load() -> Raw:
        windowed = prepare(load_series(name), DEFAULT_WINDOW, DEFAULT_TEST_SHARE)
        return Raw(windowed.x_train, windowed.y_train[:, 0], windowed.x_test, windowed.y_test[:, 0])

    return load


def pad(sequences, length: int) -> np.ndarray:
    """Like ``keras.utils.pad_sequences`` (the book's call): keep the last ``length`` ids, zeros in front."""
    out = np.full((len(sequences), length), PAD, dtype="int32")
    for row, ids in enumerate(sequences):
        kept = list(ids)[-length:]
        if kept:
            out[row, length - len(kept) :] = kept
    return out


def imdb(words: int = 20000, length: int = 80) -> Raw:
    """The 50 000 IMDB reviews as word ids (the ``words`` most frequent), padded to ``length``."""
    import keras

    (x, y), (x_test, y_test) = _fetch(t("datasets.source.imdb"), IMDB_FILES, lambda: keras.datasets.imdb.load_data(num_words=words))
    as_ids = lambda a: pad(a, length).astype("float32")  # noqa: E731  (Embedding reads floats as ids)
    return Raw(as_ids(x), y.astype("int64"), as_ids(x_test), y_test.astype("int64"))


def imdb_word_index() -> dict[str, int]:
    import keras

    return _fetch(t("datasets.source.imdb"), IMDB_FILES, keras.datasets.imdb.get_word_index)


def encode_review(text: str, word_index: dict[str, int], words: int, length: int) -> np.ndarray:
    """Typed text as the model's input: lower-case words to ids, as ``imdb.load_data`` encodes reviews.

    Any text is accepted: characters outside a-z, digits and apostrophes separate words,
    words outside the vocabulary become UNKNOWN, and a text with no word at all is refused.
    """
    tokens = re.findall(r"[a-z0-9']+", str(text)[:MAX_TEXT_CHARS].lower())
    if not tokens:
        raise KplayError(t("rnn.error_no_words"))
    ids = [START]
    for token in tokens:
        rank = word_index.get(token)
        ids.append(rank + INDEX_FROM if rank is not None and rank + INDEX_FROM < words else UNKNOWN)
    return pad([ids], length)
