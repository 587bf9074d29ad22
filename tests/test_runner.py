"""The training runner, end to end through real worker processes (tiny data, few epochs)."""

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from kplay.errors import ConfigError, KplayError
from kplay.models import DenseConfig, GanConfig
from kplay.training import Run, WorkerPool, runner

TINY = dict(dataset="digits8", hidden_units=(16,), dropout=(0.0,), batch_size=16, validation_split=0.2)


def wait_for(run, condition, timeout=90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        snapshot = run.snapshot()
        if condition(snapshot):
            return snapshot
        time.sleep(0.05)
    raise AssertionError(f"timed out; last snapshot status {run.snapshot().status}")


def test_a_run_finishes_with_history_batch_loss_and_results():
    run = Run(DenseConfig(**TINY, epochs=3), limit=400)
    snapshot = run.wait(120)
    assert snapshot.status == "finished", snapshot.message
    assert len(snapshot.history["loss"]) == len(snapshot.history["val_accuracy"]) == 3
    assert snapshot.batch_loss and snapshot.batch_loss[-1][0] == pytest.approx(3.0)
    assert snapshot.results["confusion"].shape == (10, 10) and "grid" in snapshot.results
    assert snapshot.device and snapshot.elapsed > 0


def test_after_training_the_model_answers_queries_until_closed():
    run = Run(DenseConfig(**TINY, epochs=1), limit=200)
    assert run.wait(120).status == "finished"
    answer = run.query("predict", x=np.zeros((3, 8, 8, 1)))
    assert answer["y"].shape == (3, 10)
    np.testing.assert_allclose(answer["y"].sum(axis=1), 1, rtol=1e-4)
    with pytest.raises(KplayError, match="could not answer"):
        run.query("no such question")
    run.close()
    wait_for(run, lambda s: run._worker.process.poll() is not None, timeout=10)  # the worker exits, freeing memory
    with pytest.raises(KplayError, match="no longer loaded"):
        run.query("predict", x=np.zeros((1, 8, 8, 1)))


def test_a_query_is_answered_while_training():
    run = Run(DenseConfig(**TINY, epochs=500), limit=400)
    wait_for(run, lambda s: s.epoch >= 1)
    assert run.query("predict", x=np.zeros((2, 8, 8, 1)))["y"].shape == (2, 10)
    assert run.snapshot().active
    run.close()
    assert run.wait(30).status == "stopped"
    wait_for(run, lambda s: run._worker.process.poll() is not None, timeout=10)


def test_stop_ends_the_run_within_a_batch_and_keeps_what_was_learned():
    run = Run(DenseConfig(**TINY, epochs=500), limit=400)
    wait_for(run, lambda s: s.epoch >= 1)
    run.stop()
    snapshot = run.wait(30)
    assert snapshot.status == "stopped"
    assert 1 <= len(snapshot.history["loss"]) < 500
    assert snapshot.results  # the final report is still sent


def test_pause_holds_training_and_resume_continues():
    run = Run(DenseConfig(**TINY, epochs=400), limit=400)
    wait_for(run, lambda s: s.epoch >= 1)
    run.pause()
    paused = wait_for(run, lambda s: s.status == "paused")
    time.sleep(1.0)
    still = run.snapshot()
    assert (still.epoch, still.batch, still.elapsed) == (paused.epoch, paused.batch, paused.elapsed)
    run.resume()
    wait_for(run, lambda s: s.status == "training" and s.epoch > paused.epoch + 1)
    run.stop()
    assert run.wait(30).status == "stopped"


def test_step_trains_one_epoch_at_a_time():
    run = Run(DenseConfig(**TINY, epochs=50), step=True, limit=400)
    first = wait_for(run, lambda s: s.status == "paused")
    assert first.epoch == 1 and len(first.history["loss"]) == 1
    run.step()
    second = wait_for(run, lambda s: s.status == "paused" and s.epoch == 2)
    assert len(second.history["loss"]) == 2
    run.stop()
    assert run.wait(30).status == "stopped"


def test_a_nan_loss_ends_the_run_and_suggests_a_lower_learning_rate():
    run = Run(DenseConfig(dataset="diabetes", hidden_units=(64,), dropout=(0.0,), optimizer="sgd", learning_rate=1.0, epochs=50))
    snapshot = run.wait(120)
    assert snapshot.status == "diverged"
    assert "lower learning rate" in snapshot.message and "1" in snapshot.message


def test_the_same_seed_gives_the_same_run():
    config = DenseConfig(**TINY, epochs=3, seed=7)
    first, second = Run(config, limit=300).wait(120), Run(config, limit=300).wait(120)
    for name in ("loss", "val_loss", "val_accuracy"):
        np.testing.assert_allclose(first.history[name], second.history[name], rtol=1e-5)
    other = Run(DenseConfig(**TINY, epochs=3, seed=8), limit=300).wait(120)
    assert not np.allclose(first.history["loss"], other.history["loss"])


def test_two_runs_at_once_never_see_each_other():
    a = Run(DenseConfig(**TINY, epochs=2), limit=300)
    b = Run(DenseConfig(dataset="iris", hidden_units=(4,), dropout=(0.0,), epochs=5), limit=150)
    sa, sb = a.wait(120), b.wait(120)
    assert sa.status == sb.status == "finished"
    assert len(sa.history["loss"]) == 2 and len(sb.history["loss"]) == 5
    assert sa.results["confusion"].shape == (10, 10) and sb.results["confusion"].shape == (3, 3)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs POSIX signals")
def test_stop_pressed_before_the_job_reaches_the_worker_still_stops_the_run(monkeypatch):
    # The spare is connected long before Train, so Stop was sent at once: ahead of the job,
    # which the reader thread sends when it runs. The waiting worker ignored it and trained on.
    runner.POOL.warm()
    deadline = time.monotonic() + 60
    while not runner.POOL.spare_ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    connection = runner.Worker.connection

    def slow_reader(worker, timeout):
        time.sleep(0.5)  # the reader thread, not yet scheduled
        return connection(worker, timeout)

    monkeypatch.setattr(runner.Worker, "connection", slow_reader)
    run = Run(DenseConfig(**TINY, epochs=500), limit=400)
    run.stop()
    snapshot = run.wait(60)
    assert snapshot.status == "stopped", snapshot.status
    assert len(snapshot.history.get("loss", [])) < 500


def test_a_hung_worker_is_killed_after_stop():
    run = Run(DenseConfig(**TINY, epochs=500), limit=400)
    wait_for(run, lambda s: s.epoch >= 1)
    os.kill(run._worker.process.pid, signal.SIGSTOP)  # a batch that never ends
    run.stop()
    snapshot = run.wait(30)
    assert snapshot.status == "stopped" and "did not stop in time" in snapshot.message
    assert run._worker.process.poll() is not None


def test_a_run_whose_page_is_gone_closes_itself_and_frees_its_worker(monkeypatch):
    monkeypatch.setattr(runner, "ABANDONED_AFTER", 0.5)
    page = {"open": True}
    run = Run(DenseConfig(**TINY, epochs=500), limit=400, page_open=lambda: page["open"])
    wait_for(run, lambda s: s.epoch >= 1)
    page["open"] = False  # the tab was closed; nothing polls or stops this run any more
    snapshot = run.wait(30)
    assert snapshot.status == "stopped" and "page was closed for" in snapshot.message
    assert len(snapshot.history["loss"]) < 500
    wait_for(run, lambda s: run._worker.process.poll() is not None, timeout=15)  # closed, not kept for queries


class DroppingPage:
    """Connected, then gone for 1 s, back for 0.4 s, gone for 1 s again, then connected for good."""

    def __init__(self):
        self.start = None

    def __call__(self) -> bool:
        self.start = self.start or time.monotonic()
        since = time.monotonic() - self.start
        return not (0.2 <= since < 1.2 or 1.6 <= since < 2.6)


def test_a_page_that_comes_back_in_time_keeps_its_run(monkeypatch):
    monkeypatch.setattr(runner, "ABANDONED_AFTER", 1.5)  # longer than each drop, shorter than both together
    run = Run(DenseConfig(**TINY, epochs=150), limit=400, page_open=DroppingPage())
    snapshot = run.wait(120)
    assert snapshot.status == "finished" and len(snapshot.history["loss"]) == 150, snapshot.message
    run.close()


def test_a_data_set_that_cannot_be_had_fails_with_its_message():
    from kplay.datasets import available_now

    if available_now("boston_housing"):
        pytest.skip("Boston housing is cached here")
    snapshot = Run(DenseConfig(dataset="boston_housing", hidden_units=(4,), dropout=(0.0,), epochs=1)).wait(120)
    if snapshot.status == "finished":
        pytest.skip("this machine could download it")
    assert snapshot.status == "failed" and "Boston housing" in snapshot.message
    assert "Traceback" not in snapshot.message


def test_invalid_settings_are_refused_before_a_worker_is_used():
    with pytest.raises(ConfigError):
        Run(DenseConfig(dataset="diabetes", loss="categorical_crossentropy"))


def test_the_server_side_never_imports_keras():
    code = (
        "import sys; from kplay.training import Run; from kplay.models import DenseConfig; "
        "import kplay.render, kplay.catalog, kplay.presets; "
        "s = Run(DenseConfig(dataset='iris', hidden_units=(4,), dropout=(0.0,), epochs=2)).wait(120); "
        "assert s.status == 'finished', s.message; "
        "assert 'keras' not in sys.modules and 'tensorflow' not in sys.modules, 'keras imported'"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_spare_counts_as_prepared_only_once_it_has_set_up_the_settings_offered_last():
    """A slider moved while the spare sets up the old settings: their answer must not pass for the new ones."""
    pool = WorkerPool()
    pool.warm()
    deadline = time.monotonic() + 240  # a contended machine imports TensorFlow slowly
    while not pool.spare_ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    old, new = (DenseConfig(**TINY, epochs=1, seed=seed) for seed in (1, 2))
    pool.prepare(old, limit=300)
    time.sleep(0.05)  # the spare is setting up the old settings when the new ones arrive
    pool.prepare(new, limit=300)
    answered = []
    while time.monotonic() < deadline:
        prepared = pool.spare_prepared()
        answered = [body["request"].config.seed for kind, body in pool._spare._read_early() if kind == "prepared"]
        if prepared:
            break
        time.sleep(0.01)
    pool.close()
    assert answered and answered[-1] == 2, answered


@pytest.mark.parametrize("config, names", [
    (DenseConfig(**{**TINY, "dropout": (0.3,)}, epochs=2, seed=7), ("loss", "val_loss", "val_accuracy")),
    (GanConfig(kind="1d", epochs=2, seed=7), ("d_loss", "g_loss", "d_real", "d_fake")),  # its own two optimizers
], ids=["dense", "gan"])
def test_a_run_the_spare_prepared_trains_exactly_like_one_it_did_not(config, names):
    """The spare sets up the page's settings before Train (data, model, traced step); the run is the same."""
    histories = []
    for prepare in (True, False):
        pool = WorkerPool()
        pool.warm()
        if prepare:
            pool.prepare(config, limit=300)
            deadline = time.monotonic() + 240  # a contended machine imports TensorFlow slowly
            while not pool.spare_prepared() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert pool.spare_prepared()
        run = Run(config, limit=300, pool=pool)
        snapshot = run.wait(240)
        assert snapshot.status == "finished", snapshot.message
        histories.append(snapshot.history)
        run.close()
        pool.close()
    for name in names:
        np.testing.assert_allclose(histories[0][name], histories[1][name], rtol=1e-5, err_msg=name)


def test_the_status_position_names_a_finished_epoch_once():
    from kplay.training import Snapshot

    snapshot = Snapshot(config=None, epochs=10, status="training", batches=7)
    snapshot.apply("progress", {"epoch": 0, "batch": 3, "elapsed": 1.0, "points": []})
    assert snapshot.position == (1, 3)
    snapshot.apply("progress", {"epoch": 1, "batch": 0, "elapsed": 2.0, "points": []})  # epoch 1 just ended
    assert snapshot.position == (1, 7) and snapshot.progress == 0.1


def test_a_worker_runs_numpy_on_one_thread_unless_told_otherwise(monkeypatch):
    """NumPy's BLAS threads spin after a report's matrix work and slow the training threads beside them."""
    from kplay.training.runner import Worker

    def worker_environment() -> dict:
        worker = Worker()
        try:
            with open(f"/proc/{worker.process.pid}/environ", "rb") as f:
                return dict(item.split(b"=", 1) for item in f.read().split(b"\0") if b"=" in item)
        finally:
            worker.close()

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert worker_environment()[b"OPENBLAS_NUM_THREADS"] == b"1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    assert worker_environment()[b"OPENBLAS_NUM_THREADS"] == b"2"


def test_validation_is_one_cached_pass_not_an_endless_pipeline():
    """Keras starts a new iterator over validation data each epoch: an endless prefetching one stalled at epoch ends."""
    from kplay.training.families import setup_for
    from kplay.training.worker import VALIDATION_BATCH, fit_arguments

    config = DenseConfig(**TINY, epochs=1)
    setup = setup_for(config, 300)
    arguments = fit_arguments(setup, config)
    validation, examples = arguments["validation_data"], len(setup.validation[0])
    assert "validation_steps" not in arguments
    assert int(validation.cardinality()) == -(-examples // VALIDATION_BATCH)
    assert sum(len(x) for x, _ in validation) == examples  # every example once


def test_a_compiled_predictor_sees_one_shape_and_drops_its_padding():
    """Chunks of 512 and 464 were two traces of Keras' compiled step; even chunks, the last padded, are one."""
    from kplay.training.families.base import _in_equal_batches

    shapes = []

    def call(chunk):
        shapes.append(chunk.shape)
        return chunk * 2

    x = np.arange(2000 * 3, dtype="float32").reshape(2000, 3)
    assert np.array_equal(_in_equal_batches(call, 512)(x), x * 2)
    assert shapes == [(500, 3)] * 4
    shapes.clear()
    assert np.array_equal(_in_equal_batches(call, 512)(x[:7]), x[:7] * 2)
    assert shapes == [(7, 3)]
    shapes.clear()
    assert np.array_equal(_in_equal_batches(call, 512)(x[:1001]), x[:1001] * 2)  # the last chunk: 500 and a row of zeros
    assert shapes == [(501, 3)] * 2
    assert _in_equal_batches(call, 512)(x[:0]).shape == (0, 3)  # no rows: an empty answer, not a ZeroDivisionError


def test_a_compiled_predictor_traces_once_and_matches_the_eager_model():
    """Zero rows padding the last chunk change nothing in inference, batch normalisation and dropout included."""
    import keras

    from kplay.training.families.base import batched_predict, compiled_predict

    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8), keras.layers.BatchNormalization(),
                              keras.layers.Dropout(0.5), keras.layers.Dense(3, activation="softmax")])
    x = np.random.default_rng(0).normal(size=(1001, 6)).astype("float32")
    predict = compiled_predict(model, x, batch=512)
    np.testing.assert_allclose(predict(x), batched_predict(model)(x), rtol=1e-5, atol=1e-6)
    assert model.predict_function.experimental_get_tracing_count() == 1


def test_the_dense_report_predicts_through_a_predictor_traced_in_set_up():
    """Its first report took 30 ms of eager one-off costs; traced in set-up (the spare's), it costs what the next ones do."""
    import keras

    from kplay.training.families import setup_for

    keras.utils.set_random_seed(0)
    setup = setup_for(DenseConfig(**TINY, epochs=1), 300)
    traced = setup.model.predict_function
    assert traced is not None and traced.experimental_get_tracing_count() == 1
    report = setup.report()
    assert setup.model.predict_function is traced and traced.experimental_get_tracing_count() == 1
    assert 0 <= report["test_accuracy"] <= 1
