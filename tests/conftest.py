import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # tests/apptest.py and tests/browser.py
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("KPLAY_SERVE_SECONDS", "30")  # idle workers of finished test runs exit soon

from browser import page, server  # noqa: E402,F401  (fixtures for every browser test)
