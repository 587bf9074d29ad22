"""The benchmark registry: one case per page preset, with its quality target.

A case names the page, the config its default preset trains, the quality metric read
from the run's epoch history (or, with a ``scorer``, measured on the run's model every
few seconds) and the target that metric should reach within a time budget. Adding a page to
the benchmark is one row here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable

import numpy as np

from kplay import render
from kplay.measures import gan as gan_measures
from kplay.datasets import bundled
from kplay.models.gan import grid_shape
from kplay.presets import PRESETS
from kplay.models import AutoencoderConfig, CnnConfig, DenseConfig, GanConfig, RnnConfig, TransferConfig, UnetConfig
from kplay.render import Curve
from kplay.render import gan as gan_render
from kplay.render.autoencoder import latent_map_figure, reconstruction_grid_figure


@dataclass(frozen=True)
class Case:
    name: str
    page: str  # the page script, for the rerun measurement
    config: Any  # what the page's default settings train
    metric: str  # a key of the run's epoch history
    target: float
    budget: float  # seconds
    higher_is_better: bool = True
    slider: tuple[str, tuple] = ()  # (widget key, two values) moved for the rerun measurement
    # Render a snapshot as the page does: ``draw`` at every live poll, ``draw_results`` (image
    # grids, confusion matrices) at the page's slower results poll.
    draw: Callable[[Any], None] | None = None
    draw_results: Callable[[Any], None] | None = None
    quick: dict = field(default_factory=dict)  # config changes for --quick
    limit: int | None = None  # cap on examples (--quick only)
    # The live-versus-bare comparison trains the preset six times; a long preset compares
    # this many epochs instead (same model, data and seed), and keeps its quality run whole.
    overhead_epochs: int | None = None
    # Makes the Run -> metric function (before the clock starts) when history has no such metric;
    # it is asked every SCORE_SECONDS and at the budget.
    scorer: Callable[[], Callable[[Any], float]] | None = None
    # The quality run's clock includes what a page open would do beforehand (the spare's
    # set-up), after ``fresh`` clears caches: the applied page's budget includes pre-training.
    setup_timed: bool = False
    fresh: Callable[[], None] | None = None
    reference: Callable[[], float] | None = None  # the metric measured on real data: where the target sits

    def reached(self, value: float) -> bool:
        return value >= self.target if self.higher_is_better else value <= self.target

    def quick_case(self) -> "Case":
        return replace(self, config=replace(self.config, **self.quick), limit=300, overhead_epochs=None)

    def overhead_case(self) -> "Case":
        if self.overhead_epochs is None:
            return self
        return replace(self, config=replace(self.config, epochs=self.overhead_epochs))


def clear_pretrained() -> None:
    """Forget the transfer page's pre-trained bases, so the next run pre-trains again."""
    import shutil

    from kplay.training.families.transfer import CACHE_DIR

    shutil.rmtree(CACHE_DIR, ignore_errors=True)


def draw_dense(snapshot) -> None:
    """The ANN/DNN page's live figures: the two curve charts."""
    curve = Curve("run", snapshot.history, snapshot.batch_loss)
    for metric in ("loss", "accuracy"):
        render.curves_figure(metric, [curve], 0, snapshot.epochs).to_json()


def draw_dense_results(snapshot) -> None:
    """The ANN/DNN page's results: the confusion matrix and the grid."""
    report = snapshot.results
    if "confusion" in report:
        names = tuple(str(d) for d in range(len(report["confusion"])))
        render.confusion_figure(report["confusion"], names).to_json()
        grid = report.get("grid")
        if grid:
            render.image_grid_figure(grid["images"], grid["true"], grid["predicted"], grid["confidence"], names).to_json()


def draw_cnn_results(snapshot) -> None:
    """The CNN page's results: the dense page's, plus the filters and the confidently wrong grid."""
    from kplay.render import convolution

    draw_dense_results(snapshot)
    report = snapshot.results
    if "filters" in report:
        convolution.filters_figure(report["filters"]).to_json()
        names = tuple(str(d) for d in range(len(report["confusion"])))
        if len(report["wrong"]["true"]):
            convolution.wrong_grid_figure(report["wrong"], names).to_json()


def draw_pair(snapshot) -> None:
    """The applied page's figures: both networks' accuracy and loss curves overlaid."""
    from kplay.render import pair

    runs = (("scratch", "from scratch"), ("transfer", "transferred"))
    for metric in ("accuracy", "loss"):
        pair.pair_curves_figure(metric, snapshot.history, runs, snapshot.epochs).to_json()


def draw_rnn(snapshot) -> None:
    """The RNN page's live forecast figures: loss curves, test RMSE vs the baselines."""
    from kplay.render.forecast import baseline_curve_figure

    render.curves_figure("loss", [Curve("run", snapshot.history, snapshot.batch_loss)], 0, snapshot.epochs).to_json()
    baseline_curve_figure(snapshot.history, snapshot.epochs).to_json()


def draw_rnn_results(snapshot) -> None:
    """The RNN page's results: the forecast plot."""
    from kplay.render.forecast import forecast_figure

    if snapshot.results:
        forecast_figure(snapshot.results, "1949-01").to_json()


def draw_autoencoder(snapshot) -> None:
    """The autoencoder page's live figures: loss and test MSE curves."""
    curve = Curve("run", snapshot.history, snapshot.batch_loss)
    for metric in ("loss", "test_mse"):
        render.curves_figure(metric, [curve], 0, snapshot.epochs).to_json()


def draw_autoencoder_results(snapshot) -> None:
    """The autoencoder page's results: the reconstruction grid and the latent map."""
    report = snapshot.results
    if "reconstructions" in report:
        reconstruction_grid_figure(report["originals"], report["reconstructions"], report.get("noisy")).to_json()
        names = tuple(str(d) for d in range(10))
        latent_map_figure(report["points"], report["labels"], names, report["projected"]).to_json()



def draw_gan(snapshot) -> None:
    """The GAN page's live figures: both players' curves, and the 1-D distributions."""
    gan_render.losses_figure(snapshot.history, snapshot.batch_loss, snapshot.epochs).to_json()
    gan_render.verdicts_figure(snapshot.history, snapshot.epochs).to_json()
    if snapshot.results.get("kind") == "1d":
        gan_render.distribution_figure(snapshot.results).to_json()


def draw_gan_results(snapshot) -> None:
    """The GAN page's results: the image GAN's sample grid."""
    if snapshot.results.get("kind") == "image":
        gan_render.samples_figure(snapshot.results["grid"], "samples", grid_shape(snapshot.config)[1]).to_json()


def _judge(x, y):
    """A digit classifier on raw pixels (scikit-learn, so the bench process never imports Keras)."""
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier((128,), max_iter=40, random_state=0).fit(x.reshape(len(x), -1), y)


@lru_cache(maxsize=1)
def _digit_classifier():
    """The judge of generated digits, trained on all the real bundled digits."""
    raw = bundled.mnist_5k()
    return _judge(raw.x, raw.y)


def real_digit_score(held_out: int = 500) -> float:
    """The judge's score on real digits it never saw (trained on the rest): the best a generator could expect."""
    raw = bundled.mnist_5k()
    order = np.random.default_rng(0).permutation(len(raw.x))
    test, train = order[:held_out], order[held_out:]
    judge = _judge(raw.x[train], raw.y[train])
    return gan_measures.digit_score(raw.x[test], lambda x: judge.predict_proba(x.reshape(len(x), -1)))["score"]


def digit_scorer() -> Callable[[Any], float]:
    """The judge, trained once; then a run's score: the share of 100 generated digits it recognises
    with confidence >= 0.9 (0 unless all 10 appear)."""
    judge = _digit_classifier()

    def score(run) -> float:
        images = run.query("samples", count=100)["images"]
        return gan_measures.digit_score(images, lambda x: judge.predict_proba(x.reshape(len(x), -1)))["score"]

    return score


# The page loads this preset when the DCGAN is chosen: the bench measures what the page trains.
DCGAN = GanConfig(**next(p.values for p in PRESETS["gan"] if p.values["kind"] == "image"))
BOOK_DCGAN = GanConfig(**next(p.values for p in PRESETS["gan"] if p.values["kind"] == "image" and not p.values["conditional"]))
TINY_GAN = {"epochs": 1, "latent_size": 8, "generator_width": 8, "discriminator_width": 8}


def draw_unet(snapshot) -> None:
    """The UNET page's live figures: loss, IoU and Dice curves."""
    curve = Curve("run", snapshot.history, snapshot.batch_loss)
    for metric in ("loss", "iou", "dice"):
        render.curves_figure(metric, [curve], 0, snapshot.epochs).to_json()


def draw_unet_results(snapshot) -> None:
    """The UNET page's results: the validation mask grid."""
    from kplay.render.masks import mask_grid_figure

    report = snapshot.results
    if report.get("task") == "segmentation":
        mask_grid_figure(report["inputs"], report["true"], report["predicted"], report["class_names"]).to_json()


UNET_QUICK = {"epochs": 2, "image_size": 32, "depth": 2}

CASES: dict[str, Case] = {
    case.name: case
    for case in [
        Case("ann", "pages/ann.py", DenseConfig(), "val_accuracy", 0.93, 10.0,
             slider=("ann.units", (64, 128)), draw=draw_dense, draw_results=draw_dense_results,
             quick={"dataset": "digits8", "epochs": 2}),
        Case("dnn", "pages/dnn.py", DenseConfig(hidden_units=(100, 50), dropout=(0.0, 0.0)), "val_accuracy", 0.93, 10.0,
             slider=("dnn.units_0", (64, 100)), draw=draw_dense, draw_results=draw_dense_results,
             quick={"dataset": "digits8", "epochs": 2}),
        Case("cnn", "pages/cnn.py", CnnConfig(), "val_accuracy", 0.97, 30.0,
             slider=("cnn.filters_0", (16, 32)), draw=draw_dense, draw_results=draw_cnn_results, quick={"dataset": "digits8", "epochs": 2}, overhead_epochs=3),
        # Transfer (0-4 -> 5-9) minus scratch validation accuracy, pre-training included in the budget.
        Case("applied", "pages/applied.py", TransferConfig(), "val_gap", 0.10, 60.0,
             slider=("applied_transfer.per_class", (40, 50)), draw=draw_pair,
             quick={"dataset": "digits8", "per_class": 5, "pretrain_epochs": 1, "epochs": 2},
             setup_timed=True, fresh=clear_pretrained),
        # Test RMSE over the seasonal-naive RMSE on the airline test part: below 1 beats the baseline.
        Case("rnn", "pages/rnn.py", RnnConfig(), "rmse_vs_seasonal_naive", 0.99, 20.0, higher_is_better=False,
             slider=("rnn.units", (16, 32)), draw=draw_rnn, draw_results=draw_rnn_results, quick={"epochs": 2}),
        Case("autoencoder", "pages/autoencoder.py", AutoencoderConfig(), "test_mse", 0.02, 15.0, higher_is_better=False,
             slider=("autoencoder.latent_size", (16, 36)), draw=draw_autoencoder, draw_results=draw_autoencoder_results,
             quick={"dataset": "digits8", "latent_size": 8, "epochs": 2}),
        Case("gan1d", "pages/gan.py", GanConfig(), "mean_gap", 0.3, 20.0, higher_is_better=False,
             slider=("gan.target_mean", (3.0, 4.0)), draw=draw_gan, draw_results=draw_gan_results, quick={"epochs": 2}),
        Case("gan", "pages/gan.py", DCGAN, "digit_score", 0.8, 90.0, slider=("gan.target_mean", (3.0, 4.0)),
             draw=draw_gan, draw_results=draw_gan_results, quick=TINY_GAN, scorer=digit_scorer, overhead_epochs=3, reference=real_digit_score),
        # The book's DCGAN, not told the digit: the same score, for comparison.
        Case("gan_book", "pages/gan.py", BOOK_DCGAN, "digit_score", 0.8, 90.0, slider=("gan.target_mean", (3.0, 4.0)),
             draw=draw_gan, draw_results=draw_gan_results, quick=TINY_GAN, scorer=digit_scorer, overhead_epochs=3, reference=real_digit_score),
        # Segmentation, validation IoU (mean over classes); the same without skips should stay lower.
        Case("unet", "pages/unet.py", UnetConfig(), "val_iou", 0.90, 60.0,
             slider=("unet.depth", (2, 3)), draw=draw_unet, draw_results=draw_unet_results, quick=UNET_QUICK, overhead_epochs=3),
        Case("unet_noskip", "pages/unet.py", UnetConfig(skips=False), "val_iou", 0.90, 60.0,
             slider=("unet.skips", (True, False)), draw=draw_unet, draw_results=draw_unet_results, quick=UNET_QUICK, overhead_epochs=3),
    ]
}
