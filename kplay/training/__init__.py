"""Training outside the Streamlit script: ``Run`` (server side) drives a worker process."""

from kplay.training.runner import POOL, Run, WorkerPool
from kplay.training.snapshot import ACTIVE, ENDED, Snapshot

__all__ = ["ACTIVE", "ENDED", "POOL", "Run", "Snapshot", "WorkerPool"]
