"""The benchmark registry: one case per page preset, with its quality target.

A case names the page, the config its default preset trains, the quality metric read
from the run's epoch history and the target that metric should reach within a time
budget. Adding a page to the benchmark is one row here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from kplay import render
from kplay.models import CnnConfig, DenseConfig
from kplay.render import Curve


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
    draw: Callable[[Any], None] | None = None  # renders a snapshot as the page does
    quick: dict = field(default_factory=dict)  # config changes for --quick
    limit: int | None = None  # cap on examples (--quick only)
    # The live-versus-bare comparison trains the preset six times; a long preset compares
    # this many epochs instead (same model, data and seed), and keeps its quality run whole.
    overhead_epochs: int | None = None

    def reached(self, value: float) -> bool:
        return value >= self.target if self.higher_is_better else value <= self.target

    def quick_case(self) -> "Case":
        return replace(self, config=replace(self.config, **self.quick), limit=300, overhead_epochs=None)

    def overhead_case(self) -> "Case":
        if self.overhead_epochs is None:
            return self
        return replace(self, config=replace(self.config, epochs=self.overhead_epochs))


def draw_dense(snapshot) -> None:
    """The ANN/DNN page's figures: two curve charts, the confusion matrix and the grid."""
    curve = Curve("run", snapshot.history, snapshot.batch_loss)
    for metric in ("loss", "accuracy"):
        render.curves_figure(metric, [curve], 0, snapshot.epochs).to_json()
    report = snapshot.results
    if "confusion" in report:
        names = tuple(str(d) for d in range(len(report["confusion"])))
        render.confusion_figure(report["confusion"], names).to_json()
        grid = report.get("grid")
        if grid:
            render.image_grid_figure(grid["images"], grid["true"], grid["predicted"], grid["confidence"], names).to_json()


def draw_cnn(snapshot) -> None:
    """The CNN page's figures: the dense page's, plus the filters and the confidently wrong grid."""
    from kplay.render import convolution

    draw_dense(snapshot)
    report = snapshot.results
    if "filters" in report:
        convolution.filters_figure(report["filters"]).to_json()
        names = tuple(str(d) for d in range(len(report["confusion"])))
        if len(report["wrong"]["true"]):
            convolution.wrong_grid_figure(report["wrong"], names).to_json()


CASES: dict[str, Case] = {
    case.name: case
    for case in [
        Case("ann", "pages/ann.py", DenseConfig(), "val_accuracy", 0.93, 10.0,
             slider=("ann.units", (64, 128)), draw=draw_dense, quick={"dataset": "digits8", "epochs": 2}),
        Case("dnn", "pages/dnn.py", DenseConfig(hidden_units=(100, 50), dropout=(0.0, 0.0)), "val_accuracy", 0.93, 10.0,
             slider=("dnn.units_0", (64, 100)), draw=draw_dense, quick={"dataset": "digits8", "epochs": 2}),
        Case("cnn", "pages/cnn.py", CnnConfig(), "val_accuracy", 0.97, 30.0,
             slider=("cnn.filters_0", (16, 32)), draw=draw_cnn, quick={"dataset": "digits8", "epochs": 2}, overhead_epochs=3),
    ]
}
