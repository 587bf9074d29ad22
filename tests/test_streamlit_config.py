"""The app's Streamlit settings: privacy, upload limits, and no per-rerun garbage collection."""

import os
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_server_sends_no_usage_statistics_caps_uploads_and_skips_the_collection_after_each_rerun():
    with open(os.path.join(ROOT, ".streamlit", "config.toml"), "rb") as f:
        config = tomllib.load(f)
    assert config["browser"]["gatherUsageStats"] is False
    assert 0 < config["server"]["maxUploadSize"] <= 50  # megabytes
    assert config["runner"]["postScriptGC"] is False  # live fragments rerun 2.5 times a second
