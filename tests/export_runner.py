"""Train configs as the page's runner does, many in ONE process: ``python export_runner.py CONFIGS.pickle``.

A ``kplay.training.Run`` starts a fresh worker process per run, and importing TensorFlow
there costs seconds each; tests/test_export.py trains dozens of tiny presets. This runs
the worker's own training function (``kplay.training.worker._train``: the same seed, setup,
batch stream and fit) for each config in turn, in one process, with a connection that
folds the worker's messages into a ``Snapshot`` as ``Run`` does. It prints one JSON line
per config: its name, the run's status and message, and the last value of each history key.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Folding:
    """The worker's end of the connection: messages go into a Snapshot; no commands come."""

    def __init__(self, config) -> None:
        from kplay.training.snapshot import Snapshot

        self.snapshot = Snapshot(config=config, epochs=config.epochs, status="starting")

    def send(self, message) -> None:
        kind, body = message
        self.snapshot.apply(kind, body)

    def poll(self, timeout: float = 0.0) -> bool:
        return False


# Recurrent layers loop over their time steps: eagerly each step is a round trip through
# Python, and tracing pays for itself (measured: airline LSTM runs took several times longer).
TRACED = ("RnnConfig",)


def eager_for(config) -> bool:
    """Whether Keras' train and test steps run eagerly for ``config`` (the scripts' interpreter does the same).

    A tiny run takes a few batches, and tracing its steps into graphs costs more than all
    of them (measured: half of a tiny CNN script's time). Eager steps do the same
    arithmetic: the runner's numbers came out the same to the last digit either way.
    """
    return type(config).__name__ not in TRACED


def main(path: str) -> None:
    from kplay.training import worker

    with open(path, "rb") as file:
        configs, limit = pickle.load(file)
    worker._set_up_tensorflow()
    worker._warm_up()  # as a fresh worker does before its run
    import tensorflow as tf
    for name, config in configs.items():
        connection, start = Folding(config), time.perf_counter()
        tf.config.run_functions_eagerly(eager_for(config))
        try:
            worker._train(connection, worker.Job(config, limit=limit))
        except Exception as error:  # noqa: BLE001  reported, and the test fails on it
            connection.snapshot.status, connection.snapshot.message = "failed", f"{type(error).__name__}: {error}"
        snapshot = connection.snapshot
        final = {key: values[-1] for key, values in snapshot.history.items() if values}
        print(json.dumps({"name": name, "status": snapshot.status, "message": snapshot.message, "final": final,
                          "seconds": round(time.perf_counter() - start, 2)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
