"""AppTest helpers every page's tests share."""

import json
import os
import time

from streamlit.testing.v1 import AppTest

from kplay.render.style import shown_title

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP = os.path.join(ROOT, "app.py")


def open_page(script: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(script).run()
    assert not at.exception, at.exception
    return at


def charts(at: AppTest) -> dict:
    """Plotly charts on the page by title."""
    found = {}
    for element in at.get("plotly_chart"):
        spec = json.loads(element.proto.spec)
        found[shown_title(spec["layout"])] = spec
    return found


def train_to_end(at: AppTest, page: str, timeout: float = 120) -> None:
    at.button(key=f"{page}.train").click().run()
    assert not at.exception, at.exception
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = at.session_state[f"{page}.run"]
        if not run.snapshot().active:
            break
        time.sleep(0.3)
    at.run()
    assert not at.exception, at.exception
    assert run.snapshot().status == "finished", run.snapshot().message


def points(chart: dict, name: str) -> int:
    return next(len(trace["x"]) for trace in chart["data"] if trace["name"] == name)
