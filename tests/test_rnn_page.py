"""The RNN page in AppTest: tiny runs of both tasks, refused settings, and the verdict in words."""

from apptest import charts, open_page, points, train_to_end

from kplay.i18n import t

PAGE = "rnn"


def test_forecast_trains_and_says_whether_it_beats_each_baseline():
    at = open_page("pages/rnn.py")
    at.session_state["rnn.epochs"] = 3
    at.session_state["rnn.units"] = 8
    at.run()
    train_to_end(at, PAGE, timeout=300)  # generous: shared test machines are slow
    found = charts(at)
    forecast = next(spec for title, spec in found.items() if title.startswith(t("rnn.forecast_title", rmse=0, seasonal=0)[:10]))
    assert points(forecast, t("rnn.truth")) == 144
    assert points(forecast, t("rnn.test_predicted")) == 29
    assert points(forecast, t("rnn.forecast", steps=24)) == 25
    curve = found[t("rnn.rmse_curve_title")]
    assert points(curve, t("rnn.network")) == 3
    verdicts = [m.value for m in list(at.success) + list(at.warning)]
    for baseline in ("seasonal_naive", "last_value"):
        assert any(f"**{t(f'rnn.{baseline}')}**" in text for text in verdicts), verdicts


def test_impossible_window_is_refused_before_training():
    at = open_page("pages/rnn.py")
    at.session_state["rnn.window"] = 150
    at.run()
    assert any("Window length" in e.value for e in at.error)
    assert at.button(key="rnn.train").disabled


def test_digits_row_by_row_train_and_show_a_confusion_matrix():
    at = open_page("pages/rnn.py")
    at.sidebar.radio(key="rnn.task").set_value("classify").run()
    for key, value in {"epochs": 1, "units": 8, "batch_size": 256}.items():
        at.session_state[f"rnn.{key}"] = value
    at.run()
    train_to_end(at, PAGE, timeout=300)  # generous: shared test machines are slow
    assert any(title.startswith("Confusion matrix") for title in charts(at))


def test_page_opens_on_the_default_settings_and_switching_task_suits_it():
    at = open_page("pages/rnn.py")
    assert at.selectbox(key="rnn.target").value == "change"
    at.sidebar.radio(key="rnn.task").set_value("classify").run()
    assert at.session_state["rnn.dataset"] == "mnist5k" and at.session_state["rnn.epochs"] < 20
    assert not at.error
