"""Server side of training: a pool with one warm spare worker, and the ``Run`` handle.

Importing TensorFlow takes seconds, so the pool keeps one worker already imported and
waiting; ``Run`` takes it, sends the job, and a replacement starts in the background.
A reader thread folds the worker's messages into a ``Snapshot`` that pages poll. The
server process itself never imports Keras.
"""

from __future__ import annotations

import atexit
import itertools
import os
import secrets
import subprocess
import sys
import threading
import time
from dataclasses import replace
from multiprocessing.connection import Connection, Listener
from typing import Any, Callable

from kplay.errors import KplayError
from kplay.i18n import language, set_language, t
from kplay.models import spec_for
from kplay.training.snapshot import ENDED, Snapshot
from kplay.training.worker import Job, Prepare

# Seconds of silence after Stop before a worker counts as hung and is killed, losing its
# model. Obeying takes a batch and the final report: 3 s was too short on a busy 2-core
# machine (a DCGAN killed after Stop, its latent walk gone, in a CI run).
HARD_STOP_AFTER = 8.0
QUERY_TIMEOUT = 10.0  # seconds a page waits for the model to answer a query
# Seconds a run's page may be gone (tab closed, page reloaded) before the run is closed:
# nobody can see or stop it, and on a shared classroom server it takes cores and memory
# from everyone else's. Long enough to outlast a dropped connection that reconnects.
ABANDONED_AFTER = float(os.environ.get("KPLAY_ABANDONED_SECONDS", 30.0))
# NumPy's BLAS threads keep spinning after a live report's small matrix work (the latent
# map's PCA) and take cores from TensorFlow's training threads: one thread is enough there.
NUMPY_THREADS = "1"
_PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Worker:
    """A ``python -m kplay.training`` process and the connection it opens back to us.

    Not multiprocessing's spawn: under Streamlit ``__main__`` is the app script, which
    spawn would re-run in the child. The connection is authenticated with a random key
    passed on the child's stdin, so nothing else on the machine can talk to it.
    """

    def __init__(self) -> None:
        key = secrets.token_bytes(32)
        self._listener = Listener(("127.0.0.1", 0), authkey=key)
        host, port = self._listener.address
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [_PROJECT_ROOT, os.environ.get("PYTHONPATH")])))
        env.setdefault("OPENBLAS_NUM_THREADS", NUMPY_THREADS)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kplay.training", host, str(port)], stdin=subprocess.PIPE, env=env
        )
        self.process.stdin.write(key.hex().encode() + b"\n")
        self.process.stdin.close()
        self.conn: Connection | None = None
        self._early: list = []  # messages read while this was the spare, replayed to its Run
        self._early_lock = threading.Lock()
        self._wanted: Prepare | None = None
        self._offered: Prepare | None = None
        self._connected = threading.Event()
        threading.Thread(target=self._accept, daemon=True, name="kplay-worker-accept").start()

    def _accept(self) -> None:
        try:
            conn = self._listener.accept()
            with self._early_lock:
                self.conn = conn
                self._send_offer()
        except OSError:
            pass  # closed before the child connected
        finally:
            self._listener.close()
            self._connected.set()

    def connection(self, timeout: float) -> Connection | None:
        self._connected.wait(timeout)
        return self.conn

    def alive(self) -> bool:
        return self.process.poll() is None

    def _read_early(self) -> list:
        with self._early_lock:
            try:
                while self.conn is not None and self.conn.poll():
                    self._early.append(self.conn.recv())
            except (OSError, EOFError):
                pass
            return list(self._early)

    def ready(self) -> bool:
        """Whether TensorFlow is imported and warmed up (it said "ready")."""
        return any(kind == "ready" for kind, _ in self._read_early())

    def prepared(self) -> bool:
        """Whether it has set up the settings offered last (see ``offer``).

        The answer names its settings: an answer to an earlier offer can arrive after a newer one was sent.
        """
        answers = [body.get("request") for kind, body in self._read_early() if kind == "prepared"]
        with self._early_lock:
            return bool(answers) and answers[-1] == self._offered

    def take_early(self) -> list:
        """The messages read while this was the spare, once, for the Run that took it."""
        self._read_early()
        with self._early_lock:
            early, self._early = self._early, []
        return early

    def offer(self, request: Prepare) -> None:
        """Ask the spare to set up these settings (sent once it has connected)."""
        with self._early_lock:
            self._wanted = request
            self._send_offer()

    def _send_offer(self) -> None:  # with _early_lock held
        if self.conn is None or self._wanted is None or self._wanted == self._offered:
            return
        self._early = [m for m in self._early if m[0] != "prepared"]  # a new "prepared" will answer
        try:
            self.conn.send(self._wanted)
            self._offered = self._wanted
        except (OSError, EOFError):
            pass

    def close(self) -> None:
        if self.alive():
            self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()  # a stopped or hung process ignores terminate
            self.process.wait()
        self._listener.close()
        if self.conn is not None:
            self.conn.close()


class WorkerPool:
    """Hands out workers that have (usually) finished importing TensorFlow already.

    The replacement spare starts when no run is training: importing TensorFlow takes a
    core for seconds, which would slow the run that was just started.
    """

    def __init__(self) -> None:
        self._spare: Worker | None = None
        self._busy = 0
        self._lock = threading.Lock()

    def warm(self) -> None:
        with self._lock:
            if self._busy == 0 and (self._spare is None or not self._spare.alive()):
                self._spare = Worker()

    def spare_ready(self) -> bool:
        with self._lock:
            return self._spare is not None and self._spare.ready()

    def spare_prepared(self) -> bool:
        with self._lock:
            return self._spare is not None and self._spare.prepared()

    def prepare(self, config: Any, limit: int | None = None) -> None:
        """Let the spare set up the settings a page shows, so Train on them starts at once."""
        with self._lock:
            if self._spare is not None and self._spare.alive():
                self._spare.offer(Prepare(config, limit))

    def take(self) -> Worker:
        with self._lock:
            worker = self._spare if self._spare is not None and self._spare.alive() else Worker()
            self._spare = None
            self._busy += 1
            return worker

    def release(self) -> None:
        """A run taken from this pool has ended."""
        with self._lock:
            self._busy -= 1
        self.warm()

    def close(self) -> None:
        with self._lock:
            if self._spare is not None:
                self._spare.close()
                self._spare = None


POOL = WorkerPool()
atexit.register(POOL.close)


class _Answer:
    def __init__(self) -> None:
        self.ready = threading.Event()
        self.result: dict | None = None
        self.error = ""


class Run:
    """One training run in its own worker process. Thread-safe; ``snapshot()`` never blocks.

    After training the worker keeps the model to answer queries (classify a drawn digit,
    decode a point) until ``close()``, a new run on the page, or an idle timeout.
    ``page_open``, when given, tells whether the page that started the run is still
    there; once it has said no for ``ABANDONED_AFTER`` seconds, the run closes itself.
    """

    def __init__(
        self, config: Any, *, step: bool = False, limit: int | None = None, label: str = "", pool: WorkerPool = POOL,
        model_file: bytes | None = None, train: bool = True, page_open: Callable[[], bool] | None = None,
    ) -> None:
        spec_for(config)  # raises ConfigError here, before a worker is used, on settings that cannot work
        self.config, self.label = config, label
        self.from_file = model_file is not None  # continues (or only evaluates) an uploaded model
        self._snapshot = Snapshot(config=config, epochs=config.epochs, status="starting")
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()  # the page's thread and the reader's both send
        self._stop_deadline: float | None = None
        self._job = Job(config, pause_after_first_epoch=step, limit=limit, model_file=model_file, train=train)
        # Commands given before the job was sent: the worker ignores any that come ahead of it.
        self._pending: list = []
        self._conn: Connection | None = None  # set once the job is sent
        self._pool = pool
        self._released = False
        self._answers: dict[int, _Answer] = {}
        self._query_ids = itertools.count()
        self._page_open, self._page_gone_since, self._abandoned = page_open, None, False
        self._language = language()  # the page's, for the worker's and this run's messages
        self._worker = pool.take()
        self._reader = threading.Thread(target=self._read, daemon=True, name="kplay-run-reader")
        self._reader.start()

    # --- what pages call
    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._snapshot.copy()

    def pause(self) -> None:
        self._send("pause")

    def resume(self) -> None:
        self._send("resume")

    def step(self) -> None:
        self._send("step")

    def stop(self) -> None:
        with self._lock:
            if self._snapshot.status in ENDED:
                return
            self._snapshot.status = "stopping"
            self._stop_deadline = time.monotonic() + HARD_STOP_AFTER
        self._send("stop")

    def close(self) -> None:
        """Stop training if it still runs and end the worker, freeing its memory."""
        self.stop()
        self._send("close")

    def query(self, name: str, timeout: float = QUERY_TIMEOUT, **arguments: Any) -> dict:
        """Ask the run's model (during or after training); what a query does is its family's.

        Raises KplayError with a message for the user when the model cannot answer.
        """
        answer, ident = _Answer(), next(self._query_ids)
        with self._lock:
            self._answers[ident] = answer
        if not self._reader.is_alive():
            answer.error = t("training.unloaded")
            answer.ready.set()
        self._send(("query", ident, name, arguments))
        if not answer.ready.wait(timeout):
            answer.error = t("training.no_answer")
        with self._lock:
            self._answers.pop(ident, None)
        if answer.error:
            raise KplayError(answer.error)
        return answer.result

    def wait(self, timeout: float | None = None) -> Snapshot:
        """Block until training ends (for tests and the benchmark, never for pages)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.snapshot().active and self._reader.is_alive():
            self._reader.join(0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic())))
            if deadline is not None and time.monotonic() >= deadline:
                break
        return self.snapshot()

    # --- internals
    def _send(self, command: Any) -> None:
        with self._lock:
            if self._conn is None:
                self._pending.append(command)
                return
        try:
            with self._send_lock:
                self._conn.send(command)
        except (OSError, EOFError):
            pass  # the worker has already ended; the reader records how

    def _update(self, kind: str, body: dict) -> None:
        if kind == "end" and self._abandoned and not body.get("message"):
            body = {**body, "message": t("training.abandoned", seconds=f"{ABANDONED_AFTER:g}")}
        with self._lock:
            self._snapshot.apply(kind, body)

    def _connect(self) -> Connection | None:
        while self._worker.alive():
            conn = self._worker.connection(timeout=0.2)
            if conn is not None:
                with self._lock, self._send_lock:
                    conn.send(replace(self._job, language=self._language))
                    for command in self._pending:
                        conn.send(command)
                    self._pending, self._conn = [], conn
                return conn
        return None

    def _answer(self, body: dict) -> None:
        with self._lock:
            answer = self._answers.get(body["id"])
        if answer is not None:
            answer.result, answer.error = body["result"], body["error"]
            answer.ready.set()

    def _close_if_abandoned(self) -> None:
        if self._page_open is None or self._abandoned:
            return
        try:
            still_open = self._page_open()
        except Exception:  # noqa: BLE001  (a failing check must not end the reader and freeze the page)
            still_open = True
        if still_open:
            self._page_gone_since = None
        elif self._page_gone_since is None:
            self._page_gone_since = time.monotonic()
        elif time.monotonic() - self._page_gone_since >= ABANDONED_AFTER:
            self._abandoned = True
            self.close()

    def _release(self) -> None:
        """Training is over: the pool may start the next spare."""
        if not self._released:
            self._released = True
            self._pool.release()

    def _read(self) -> None:
        set_language(self._language)  # this thread's messages speak the page's language
        try:
            conn = self._connect()
            if conn is None:
                code = self._worker.process.returncode
                self._update("end", {"status": "failed", "message": t("training.could_not_start", code=code)})
                return
            for kind, body in self._worker.take_early():
                self._update(kind, body)
            while True:
                self._close_if_abandoned()
                try:
                    if not conn.poll(0.2):
                        if self._stop_deadline is not None and time.monotonic() > self._stop_deadline:
                            self._worker.close()
                            self._update("end", {"status": "stopped", "message": t("training.killed")})
                            return
                        if not self._worker.alive() and not conn.poll():
                            raise EOFError
                        continue
                    kind, body = conn.recv()
                except (EOFError, OSError):
                    if self.snapshot().active:
                        code = self._worker.process.poll()
                        self._update("end", {"status": "failed", "message": t("training.ended_unexpectedly", code=code)})
                    return  # after training: the worker was closed or went idle
                if self._stop_deadline is not None:  # still talking after Stop: alive, on its way to the end
                    self._stop_deadline = time.monotonic() + HARD_STOP_AFTER
                if kind == "answer":
                    self._answer(body)
                    continue
                self._update(kind, body)
                if kind == "end":
                    self._stop_deadline = None
                    self._release()
        finally:
            self._worker.close()
            self._release()
            with self._lock:
                waiting = list(self._answers.values())
            for answer in waiting:
                answer.error = answer.error or t("training.unloaded")
                answer.ready.set()
