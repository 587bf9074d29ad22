"""The Keras callback that makes a run live: progress out, commands in. Worker-only."""

from __future__ import annotations

import math
import time
from multiprocessing.connection import Connection

import keras

from kplay.i18n import t
from kplay.training.snapshot import RESULTS_SECONDS

PROGRESS_INTERVAL = 0.1  # seconds between progress messages
# Seconds between looks for commands within an epoch. A look (Connection.poll) took 21 us
# a batch inside fit, 1 % of a short run; Stop waits at most this much longer.
COMMAND_INTERVAL = 0.02
REPORT_BUDGET = 0.03  # share of training time that live reports may take
# Seconds between reports at epoch ends, unless the family asks for more often: as often as
# a page reads them. A report per 0.2 s epoch was mostly never drawn.
REPORT_EVERY = RESULTS_SECONDS
EMA = 0.9  # smoothing of the per-batch loss


def answer_query(conn: Connection, queries: dict, message: tuple) -> None:
    """Run one ("query", id, name, arguments) message against the model and send the answer."""
    from kplay.errors import KplayError

    _, ident, name, arguments = message
    try:
        result, error = queries[name](**arguments), ""
    except KplayError as problem:
        result, error = None, str(problem)
    except Exception as problem:  # a query must never end the run
        result, error = None, t("training.query_failed", kind=type(problem).__name__, problem=problem)
    conn.send(("answer", {"id": ident, "result": result, "error": error}))


class LiveCallback(keras.callbacks.Callback):
    """Streams progress to the server and obeys its pause/resume/step/stop commands."""

    def __init__(self, conn: Connection, setup, config, pause_after_first_epoch: bool) -> None:
        super().__init__()
        self.conn, self.setup, self.config = conn, setup, config
        self.paused = False
        self.step_pending = pause_after_first_epoch
        self.stopped = False
        self.closed = False  # the page is done with this run: no queries after training
        self.diverged_message = ""
        self.ema: float | None = None
        self.points: list[tuple[float, float]] = []
        self.epoch = 0
        self.batches = 1
        self.trained = 0.0  # seconds spent training, pauses excluded
        self.since = time.perf_counter()
        self.last_progress = self.last_look = 0.0
        self.report_cost, self.last_report, self.reported = 0.0, 0.0, False
        self.trained_since_report = False

    # --- time, pauses excluded
    def _elapsed(self) -> float:
        return self.trained + (time.perf_counter() - self.since)

    # --- commands
    def _obey(self, command) -> None:
        if isinstance(command, tuple):  # a query, answered between batches
            answer_query(self.conn, self.setup.queries, command)
        elif command == "pause":
            self.paused = True
        elif command == "resume":
            self.paused, self.step_pending = False, False
        elif command == "step":
            self.paused, self.step_pending = False, True
        elif command in ("stop", "close"):
            self.stopped, self.paused = True, False
            self.closed = self.closed or command == "close"
            self.model.stop_training = True

    def _read_commands(self) -> None:
        self.last_look = time.perf_counter()
        while self.conn.poll():
            self._obey(self.conn.recv())

    def _wait_while_paused(self) -> None:
        if not self.paused:
            return
        self.trained = self._elapsed()
        if self.trained_since_report:  # a paused run's results show where it paused
            self._maybe_report(force=True)
        self._send_progress()
        self.conn.send(("status", {"status": "paused"}))
        while self.paused:
            if self.conn.poll(0.1):
                self._obey(self.conn.recv())
        self.conn.send(("status", {"status": "stopping" if self.stopped else "training"}))
        self.since = time.perf_counter()

    # --- messages
    def _send_progress(self) -> None:
        self.conn.send(("progress", {"epoch": self.epoch, "batch": self.batch, "elapsed": self._elapsed(), "points": self.points}))
        self.points = []
        self.last_progress = time.perf_counter()

    def _maybe_report(self, force: bool = False) -> None:
        # Reports are skipped while they would take more than REPORT_BUDGET of the time.
        now = self._elapsed()
        if force or self.report_cost <= REPORT_BUDGET * (now - self.last_report):
            start = time.perf_counter()
            self.conn.send(("report", self.setup.report()))
            self.report_cost = time.perf_counter() - start
            self.last_report, self.reported, self.trained_since_report = self._elapsed(), True, False

    def _report_due(self) -> bool:
        """At an epoch end: the first report as soon as there is one, then one per REPORT_EVERY (or the family's own interval)."""
        every = min(REPORT_EVERY, self.setup.report_seconds or REPORT_EVERY)
        return not self.reported or self._elapsed() - self.last_report >= every

    # --- Keras hooks
    def on_train_begin(self, logs=None) -> None:
        self.batches = self.params.get("steps") or 1
        self.batch = 0
        self.since = time.perf_counter()

    def on_epoch_begin(self, epoch: int, logs=None) -> None:
        self.epoch, self.batch = epoch, 0

    def on_train_batch_end(self, batch: int, logs=None) -> None:
        self.batch, self.trained_since_report = batch + 1, True
        loss = float(logs[self.setup.batch_metric])
        if not math.isfinite(loss):
            self.diverged_message = t(
                "training.blew_up", loss=loss, epoch=self.epoch + 1, batch=self.batch, rate=self.config.learning_rate
            )
            self.model.stop_training = True
            return
        self.ema = loss if self.ema is None else EMA * self.ema + (1 - EMA) * loss
        self.points.append((self.epoch + self.batch / self.batches, self.ema))
        now = time.perf_counter()
        if now - self.last_look >= COMMAND_INTERVAL:
            self._read_commands()
        if now - self.last_progress >= PROGRESS_INTERVAL:
            self._send_progress()
        if self.setup.report_seconds and self._elapsed() - self.last_report >= self.setup.report_seconds:
            self._maybe_report()
        self._wait_while_paused()

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        logs = {k: float(v) for k, v in (logs or {}).items()}
        if self.diverged_message or not all(math.isfinite(v) for v in logs.values()):
            self.diverged_message = self.diverged_message or t(
                "training.not_finite", epoch=epoch + 1, rate=self.config.learning_rate
            )
            self.model.stop_training = True
            return
        if self.stopped and self.batch < self.batches:
            return  # a partial epoch stopped by the user is not a point on the curves
        if self.setup.epoch_extras is not None:
            logs.update(self.setup.epoch_extras(logs))
        self.epoch, self.batch = epoch + 1, 0  # the finished epoch counts once, not again as a full batch count
        self._send_progress()
        self.conn.send(("epoch", {"epoch": self.epoch, "logs": logs, "elapsed": self._elapsed()}))
        if self._report_due():
            self._maybe_report()
        self._read_commands()
        if self.step_pending and self.epoch < self.params["epochs"]:
            self.paused, self.step_pending = True, False
        self._wait_while_paused()

    def on_train_end(self, logs=None) -> None:
        # The end is sent here, not after fit returns: tearing down fit's input pipeline
        # sometimes takes 0.1-2.5 s more, and the page need not wait for it.
        if self.diverged_message:
            status = "diverged"
        elif self.stopped:
            status = "stopped"
        else:
            status = "finished"
        # The final report, unless the last epoch end just sent one of this same model.
        if status != "diverged" and (self.trained_since_report or not self.reported):
            self._maybe_report(force=True)
        self.conn.send(("end", {"status": status, "message": self.diverged_message, "elapsed": self._elapsed()}))
