"""What a page sees of a run: a snapshot folded from the worker's messages.

The worker sends small messages (see ``worker.py``); ``Snapshot.apply`` folds each into
the state a page draws. It is pure, so it is tested without any process.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

ACTIVE = ("starting", "loading", "training", "paused", "stopping")
ENDED = ("finished", "stopped", "diverged", "failed")
MAX_BATCH_POINTS = 2000  # older per-batch points are thinned, so memory stays bounded
MAX_FRAMES = 48  # kept report frames (sample grids over time); thinned the same way
# A page reads a run's results (grids, matrices, forecasts) this often; the worker reports at
# epoch ends no more often, since a report between two reads is never drawn.
RESULTS_SECONDS = 1.5


@dataclass
class Snapshot:
    config: Any
    epochs: int
    status: str = "starting"
    message: str = ""
    device: str = ""
    epoch: int = 0  # epochs completed
    batch: int = 0  # batches done in the current epoch
    batches: int = 0  # batches per epoch
    elapsed: float = 0.0  # training seconds, pauses excluded
    history: dict[str, list[float]] = field(default_factory=dict)
    batch_loss: list[tuple[float, float]] = field(default_factory=list)  # (epoch position, smoothed loss)
    results: dict = field(default_factory=dict)  # the latest report: arrays for the renderers
    frames: list = field(default_factory=list)  # (elapsed, epoch, report["frame"]) kept for a timeline
    detail: str = ""  # a traceback, for an expander; never shown by default

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def progress(self) -> float:
        """Share of the run done, 0..1, counting batches within the current epoch."""
        within = self.batch / self.batches if self.batches else 0.0
        return min(1.0, (self.epoch + within) / self.epochs) if self.epochs else 0.0

    @property
    def position(self) -> tuple[int, int]:
        """(epoch, batch) as a status line names them: the epoch under way, or the one just finished."""
        if self.epoch and not self.batch:
            return min(self.epoch, self.epochs), self.batches
        return min(self.epoch + 1, self.epochs), self.batch

    @property
    def eta(self) -> float | None:
        done = self.progress
        if not self.active or done <= 0:
            return None
        return self.elapsed * (1 - done) / done

    def copy(self) -> "Snapshot":
        # Lists are copied; results are replaced whole by each report, never mutated.
        return dataclasses.replace(
            self,
            history={k: list(v) for k, v in self.history.items()},
            batch_loss=list(self.batch_loss),
            results=dict(self.results),
            frames=list(self.frames),
        )

    def apply(self, kind: str, body: dict) -> None:
        if kind == "ready":
            self.device = body["device"]
            if self.status == "starting":
                self.status = "loading"
        elif kind == "prepared":
            pass  # the spare set up the page's settings before Train; nothing to show
        elif kind == "status":
            if self.status not in ENDED:
                self.status = body["status"]
            self.batches = body.get("batches", self.batches)
        elif kind == "progress":
            self.epoch, self.batch, self.elapsed = body["epoch"], body["batch"], body["elapsed"]
            self.batch_loss.extend(body["points"])
            if len(self.batch_loss) > MAX_BATCH_POINTS:
                self.batch_loss = self.batch_loss[::2]
        elif kind == "epoch":
            self.epoch, self.batch, self.elapsed = body["epoch"], 0, body["elapsed"]
            for name, value in body["logs"].items():
                self.history.setdefault(name, []).append(value)
        elif kind == "report":
            self.results = body
            if "frame" in body:  # a picture worth keeping for the timeline
                self.frames.append((self.elapsed, self.epoch, body["frame"]))
                if len(self.frames) > MAX_FRAMES:
                    self.frames = self.frames[::-2][::-1]  # every other, counted back from the newest
        elif kind == "end":
            self.status, self.message = body["status"], body.get("message", "")
            self.elapsed = body.get("elapsed", self.elapsed)
            self.detail = body.get("detail", "")
        else:
            raise ValueError(f"unknown message {kind!r}")
