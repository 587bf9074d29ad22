"""The live callback's messages, driven by hand with a fake clock: no model is trained."""

from types import SimpleNamespace

import pytest

from kplay.training import RESULTS_SECONDS, callback
from kplay.training.callback import LiveCallback

BATCHES = 10
EPOCH_SECONDS = 0.2  # a small dense network's epoch on the bundled digits


class Connection:
    """The worker's end of the pipe: records what is sent, hands out queued commands.

    A page that is told the run paused presses Resume.
    """

    def __init__(self) -> None:
        self.sent, self.commands = [], []
        self.reports_when_paused = None

    def send(self, message) -> None:
        self.sent.append(message)
        if message == ("status", {"status": "paused"}):
            self.reports_when_paused = len(self.kinds("report"))
            self.commands.append("resume")

    def poll(self, timeout: float = 0.0) -> bool:
        return bool(self.commands)

    def recv(self):
        return self.commands.pop(0)

    def kinds(self, kind: str) -> list:
        return [body for sent_kind, body in self.sent if sent_kind == kind]


@pytest.fixture
def clock(monkeypatch):
    now = [0.0]
    monkeypatch.setattr(callback.time, "perf_counter", lambda: now[0])
    return now


def live_callback(report_seconds: float | None = None, epoch_extras=None) -> tuple[LiveCallback, Connection]:
    conn = Connection()
    setup = SimpleNamespace(report=lambda: {"grid": "pixels"}, report_seconds=report_seconds, batch_metric="loss",
                            epoch_extras=epoch_extras, queries={})
    live = LiveCallback(conn, setup, SimpleNamespace(learning_rate=0.01), pause_after_first_epoch=False)
    live.set_model(SimpleNamespace(stop_training=False))
    live.set_params({"steps": BATCHES, "epochs": 15})
    live.on_train_begin()
    return live, conn


def train_epoch(live: LiveCallback, clock: list, epoch: int, logs: dict | None = None) -> None:
    live.on_epoch_begin(epoch)
    for batch in range(BATCHES):
        clock[0] += EPOCH_SECONDS / BATCHES
        live.on_train_batch_end(batch, {"loss": 0.5})
    live.on_epoch_end(epoch, logs or {"loss": 0.5})


def test_a_familys_values_for_each_epoch_are_made_from_that_epochs_logs(clock):
    """The RNN's test RMSE is validation's MSE in original units: no second pass over the test windows."""
    live, conn = live_callback(epoch_extras=lambda logs: {"test_rmse": 10 * logs["val_loss"] ** 0.5})
    train_epoch(live, clock, 0, {"loss": 0.5, "val_loss": 0.25})
    assert conn.kinds("epoch")[0]["logs"] == {"loss": 0.5, "val_loss": 0.25, "test_rmse": 5.0}


def test_reports_come_after_the_first_epoch_then_as_often_as_a_page_reads_them_not_after_every_epoch(clock):
    assert callback.REPORT_EVERY == RESULTS_SECONDS == 1.5  # as often as a page reads results
    live, conn = live_callback()
    train_epoch(live, clock, 0)
    assert len(conn.kinds("report")) == 1  # the results views fill as soon as there is something to show
    for epoch in range(1, 15):
        train_epoch(live, clock, epoch)
    assert len(conn.kinds("epoch")) == 15
    assert len(conn.kinds("report")) == 2  # 3 s of training: after about 0.2 s and 1.8 s, not 15 times
    live.on_train_end()
    assert len(conn.kinds("report")) == 3 and conn.sent[-1][0] == "end"  # and the final one


def test_a_run_whose_last_epoch_end_reported_sends_no_second_final_report_of_the_same_model(clock):
    live, conn = live_callback()
    for epoch in range(9):  # 1.8 s: its last epoch end reports (1.6 s after the first)
        train_epoch(live, clock, epoch)
    assert len(conn.kinds("report")) == 2
    live.on_train_end()
    assert len(conn.kinds("report")) == 2 and conn.sent[-1][0] == "end"


def test_a_family_that_asks_for_reports_more_often_gets_them(clock):
    live, conn = live_callback(report_seconds=0.5)  # the 1-D GAN's distribution moves twice a second
    for epoch in range(15):
        train_epoch(live, clock, epoch)
    assert len(conn.kinds("report")) == 6  # every 0.5 s, mid-epoch too: after about 0.2, 0.7, 1.2, 1.7, 2.2 and 2.7 s


def test_a_pause_reports_where_the_run_stopped_unless_it_just_reported(clock):
    live, conn = live_callback()
    train_epoch(live, clock, 0)
    reports = len(conn.kinds("report"))
    conn.commands = ["pause"]  # read after the next batch: pauses mid-epoch
    train_epoch(live, clock, 1)
    assert [body["status"] for body in conn.kinds("status")] == ["paused", "training"]
    assert conn.reports_when_paused == reports + 1  # what the paused page shows is the model as it paused

    live, conn = live_callback()
    live.step_pending = True  # Step: pause after this epoch, which has just reported
    train_epoch(live, clock, 0)
    assert [body["status"] for body in conn.kinds("status")] == ["paused", "training"]
    assert conn.reports_when_paused == 1


def test_within_an_epoch_commands_are_looked_for_every_command_interval_and_a_stop_is_obeyed_within_it(clock):
    """A look (Connection.poll) after every batch was 1 % of a short run's time inside fit."""
    live, conn = live_callback()
    looks = []
    conn.poll = lambda timeout=0.0: looks.append(clock[0]) or bool(conn.commands)
    live.on_epoch_begin(0)
    batch_seconds = 1 / 1024  # exact in binary: the fake clock adds up without rounding
    for batch in range(256):  # 0.25 s of 1 ms batches
        clock[0] += batch_seconds
        live.on_train_batch_end(batch, {"loss": 0.5})
    assert 0.25 / callback.COMMAND_INTERVAL - 1 <= len(looks) <= 0.25 / callback.COMMAND_INTERVAL + 1

    conn.commands, pressed = ["stop"], clock[0]
    while not live.model.stop_training:
        clock[0] += batch_seconds
        live.on_train_batch_end(batch, {"loss": 0.5})
    assert clock[0] - pressed <= callback.COMMAND_INTERVAL + batch_seconds
