"""Entry point of a training worker, started by ``kplay.training.runner.Worker``.

It connects back to the server first, before the slow TensorFlow import, using the
one-off key the server writes to its stdin.
"""

import sys
from multiprocessing.connection import Client

from kplay.training.worker import main

key = bytes.fromhex(sys.stdin.readline().strip())
try:
    connection = Client((sys.argv[1], int(sys.argv[2])), authkey=key)
except (OSError, EOFError):
    sys.exit(0)  # the server went away before this worker started
main(connection)
