"""Training outside the Streamlit script: ``Run`` (server side) drives a worker process."""

from kplay.training.runner import POOL, Run, WorkerPool
from kplay.training.snapshot import ACTIVE, ENDED, RESULTS_SECONDS, Snapshot

__all__ = ["ACTIVE", "ENDED", "POOL", "RESULTS_SECONDS", "Run", "Snapshot", "WorkerPool"]
