"""Two networks trained side by side, batch for batch, and scored on the same validation data.

One ``fit`` trains both, so the page's shared Train / Pause / Step / Stop and progress
work unchanged, and the comparison is fair by construction: the same batches in the same
order, the same validation images. Histories come back with prefixed keys
(``plain_accuracy``, ``val_augmented_loss``, ...) and ``val_gap``: the second network's
validation accuracy minus the first's.
"""

from __future__ import annotations

import keras
import tensorflow as tf

METRICS = ("loss", "accuracy")


class PairModel(keras.Model):
    """``first`` and ``second`` learn from the same batches with one optimizer (their weights are disjoint)."""

    def __init__(self, first: keras.Model, second: keras.Model, names: tuple[str, str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.first, self.second, self.names = first, second, names
        self.loss_fn = keras.losses.CategoricalCrossentropy()
        self.trackers = {
            name: {"loss": keras.metrics.Mean(name=f"{name}_loss"), "accuracy": keras.metrics.CategoricalAccuracy(name=f"{name}_accuracy")}
            for name in names
        }

    @property
    def metrics(self):
        return [tracker for pair in self.trackers.values() for tracker in pair.values()]

    def call(self, x, training=False):
        return self.second(x, training=training)

    def _score(self, name: str, y, predicted, loss) -> None:
        self.trackers[name]["loss"].update_state(loss)
        self.trackers[name]["accuracy"].update_state(y, predicted)

    def _logs(self, with_gap: bool) -> dict:
        logs = {f"{name}_{metric}": tracker.result() for name, pair in self.trackers.items() for metric, tracker in pair.items()}
        logs["loss"] = logs[f"{self.names[1]}_loss"]  # the live per-batch curve follows the second network
        if with_gap:
            first, second = (self.trackers[name]["accuracy"].result() for name in self.names)
            logs["gap"] = second - first
        return logs

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            outputs = [(net(x, training=True), net) for net in (self.first, self.second)]
            losses = [self.loss_fn(y, predicted) + sum(net.losses) for predicted, net in outputs]
            total = losses[0] + losses[1]
        variables = self.first.trainable_variables + self.second.trainable_variables
        gradients = tape.gradient(total, variables)
        self.optimizer.apply_gradients(zip(gradients, variables))
        for name, (predicted, _), loss in zip(self.names, outputs, losses):
            self._score(name, y, predicted, loss)
        return self._logs(with_gap=False)

    def test_step(self, data):
        x, y = data
        for name, net in zip(self.names, (self.first, self.second)):
            predicted = net(x, training=False)
            self._score(name, y, predicted, self.loss_fn(y, predicted))
        return self._logs(with_gap=True)


def pair_model(first: keras.Model, second: keras.Model, names: tuple[str, str], optimizer) -> PairModel:
    model = PairModel(first, second, names)
    model.compile(optimizer=optimizer, jit_compile=False)  # the random image layers have no XLA kernels
    return model


def copy_weights(source: keras.Model, target: keras.Model, skip=lambda name: False) -> None:
    """Give ``target``'s layers the weights of ``source``'s layers of the same name."""
    for layer in source.layers:
        if layer.weights and not skip(layer.name):
            target.get_layer(layer.name).set_weights(layer.get_weights())
