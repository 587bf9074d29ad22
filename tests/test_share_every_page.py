"""Every settings widget of every page goes into the URL and comes back from it (AppTest, no training).

Per page: every settings widget drawn must be in the page's URL table; each is moved off
its value (again after callbacks such as a task switch reset some, and for widgets that
appear, such as a new block's sliders); then a fresh session opened with the resulting
query string must draw the same widgets with the same values.
"""

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import TESTING_KEY

from apptest import APP
from kplay.ui import share
from kplay.ui.widgets import log_grid

# page script -> the workspace names whose widgets it draws (their session keys start with "name.")
PAGES = {
    "ann": ("ann",), "dnn": ("dnn",), "cnn": ("cnn",), "rnn": ("rnn",), "autoencoder": ("autoencoder",),
    "gan": ("gan",), "unet": ("unet",), "applied": ("applied_augment", "applied_transfer"),
}
SETTINGS_WIDGETS = ("slider", "select_slider", "selectbox", "radio", "toggle", "checkbox", "number_input")
PASSES = 4  # a switch of task or kind loads other values, a count slider adds widgets: move those too


def open_page(page: str, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in (params or {}).items():
        at.query_params[name] = value
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def settings(at: AppTest, owners: tuple[str, ...]) -> dict:
    """{session key: widget} of the page's settings widgets now drawn."""
    found = {}
    for kind in SETTINGS_WIDGETS:
        for widget in at.get(kind):
            if widget.key and widget.key.split(".", 1)[0] in owners:
                found[widget.key] = widget
    return found


def url(at: AppTest) -> dict:
    return {name: values[0] if isinstance(values, list) else values for name, values in at.query_params.items()}


def fields_by_key(at: AppTest) -> dict:
    """{session key: Field} of the widgets the page put in its URL table this run."""
    return {f"{page}.{spec.name}": spec for page, spec in at.session_state[share._TABLE].values()}


def offered(at: AppTest, widget, spec) -> list:
    """The values a choice widget offers now (its options are shown as text)."""
    candidates = spec.options if spec.kind == "choice" else log_grid(spec.min, spec.max)
    show = at.session_state[TESTING_KEY][widget.id]
    texts = list(widget.options)
    return [value for value in candidates if str(show(value)) in texts]


def movable(at: AppTest, widget, spec) -> bool:
    """A learner can change it now: not disabled, and not a choice of one (UNET's one segmentation set)."""
    if widget.proto.disabled:
        return False
    return widget.type not in ("selectbox", "radio", "select_slider") or len(offered(at, widget, spec)) > 1


def another_value(at: AppTest, widget, spec):
    """A value of ``widget`` other than its current one."""
    current = widget.value
    if widget.type in ("toggle", "checkbox"):
        return not current
    if widget.type in ("selectbox", "radio", "select_slider"):
        values = offered(at, widget, spec)
        assert current in values, (widget.key, current, values)
        return values[(values.index(current) + 1) % len(values)]
    step = widget.step if widget.type == "slider" else 1
    value = current + step if current + step <= widget.max else current - step
    return round(value, 6) if isinstance(value, float) else value


def move_every_setting(at: AppTest, owners: tuple[str, ...]) -> dict:
    """Move each settings widget off its value until all hold what was set; returns {key: value}."""
    wanted: dict = {}
    for _ in range(PASSES):
        widgets, fields = settings(at, owners), fields_by_key(at)
        missing = sorted(set(widgets) - set(fields))
        assert not missing, f"settings widgets not in the URL: {missing}"
        moving = {key: w for key, w in widgets.items()
                  if movable(at, w, fields[key]) and (key not in wanted or w.value != wanted[key])}
        if not moving:
            return wanted
        for key, widget in moving.items():
            wanted[key] = another_value(at, widget, fields[key])
            widget.set_value(wanted[key])
        at.run()
        assert not at.exception, at.exception
    raise AssertionError(f"settings did not settle: {[k for k, w in settings(at, owners).items() if w.value != wanted.get(k)]}")


@pytest.mark.parametrize("page", list(PAGES))
def test_every_setting_round_trips_through_the_url(page):
    owners = PAGES[page]
    at = open_page(page)
    defaults = {key: w.value for key, w in settings(at, owners).items()}
    move_every_setting(at, owners)
    shown = {key: w.value for key, w in settings(at, owners).items()}
    assert any(shown[key] != value for key, value in defaults.items() if key in shown)

    fresh = open_page(page, url(at))
    assert {key: w.value for key, w in settings(fresh, owners).items()} == shown
    assert "link_off" not in " ".join(c.value for c in fresh.caption)  # no link setting was refused


def test_the_applied_page_keeps_its_two_experiments_apart_in_the_link():
    at = open_page("applied", {"augment.epochs": "9", "transfer.epochs": "7", "transfer.bogus": "1"})
    assert at.slider(key="applied_augment.epochs").value == 9
    assert at.slider(key="applied_transfer.epochs").value == 7
    notice = " ".join(c.value for c in at.caption if "link_off" in c.value)
    assert "transfer.bogus" in notice and "epochs" not in notice
    params = url(at)
    assert params["augment.epochs"] == "9" and params["transfer.epochs"] == "7" and "transfer.bogus" not in params
    assert "epochs" not in params  # no unscoped copy
