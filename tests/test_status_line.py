"""The status line above every live panel names what the shown run did."""

from streamlit.testing.v1 import AppTest


def _status_text(**snapshot) -> str:
    def script(fields):
        from kplay.training import Snapshot
        from kplay.ui.training import status_line

        status_line(Snapshot(config=None, **fields))

    at = AppTest.from_function(script, args=(snapshot,)).run()
    assert not at.exception
    return at.get("progress")[0].proto.text


def test_a_prediction_from_an_uploaded_model_is_not_called_an_epoch():
    text = _status_text(epochs=5, status="finished", epoch=0)
    assert "Predicted with the uploaded model" in text and "Epoch" not in text


def test_a_finished_run_names_its_last_epoch():
    text = _status_text(epochs=5, status="finished", epoch=5, batches=7)
    assert "Epoch 5 / 5" in text and "Predicted" not in text
