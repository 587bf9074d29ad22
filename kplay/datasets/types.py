"""The shapes data takes on its way from a loader to a model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Raw:
    """What a loader returns: every example, or a train/test pair when the source fixes one."""

    x: np.ndarray
    y: np.ndarray
    x_test: np.ndarray | None = None
    y_test: np.ndarray | None = None
    feature_names: tuple = ()


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    title: str
    task: str  # "classification", "binary" or "regression"
    kind: str  # "image", "tabular" or "line"
    input_shape: tuple
    description: str
    source: str
    loader: Callable[[], Raw]
    class_names: tuple = ()
    offline: bool = True
    cache_files: tuple = ()  # what keras.datasets leaves under ~/.keras/datasets

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


@dataclass
class Data:
    """Arrays ready for ``model.fit``: scaled, split, labels one-hot for classification."""

    info: DatasetInfo
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    x_test: np.ndarray
    y_test: np.ndarray
    labels_test: np.ndarray  # class indices, or targets in original units for regression
    target_mean: float = 0.0  # regression targets are standardised; these undo it
    target_std: float = 1.0
    feature_names: tuple = ()

    def unscale(self, y: np.ndarray) -> np.ndarray:
        return y * self.target_std + self.target_mean
