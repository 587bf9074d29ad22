import pytest

from kplay.errors import ConfigError
from kplay.fields import checked, fields_of
from kplay.models import DenseConfig


def test_every_dense_field_is_described_with_a_default_inside_its_range():
    specs = fields_of(DenseConfig)
    assert {"dataset", "hidden_units", "dropout", "activation", "batch_norm", "l2", "optimizer",
            "learning_rate", "loss", "epochs", "batch_size", "validation_split", "seed"} <= set(specs)
    for name, spec in specs.items():
        assert spec.name == name and spec.label and spec.kind
        assert spec.check(spec.default) == spec.default


@pytest.mark.parametrize(
    "name, bad, words",
    [
        ("epochs", 0, "at least 1"),
        ("learning_rate", 5.0, "at most 1"),
        ("optimizer", "magic", "not one of"),
        ("hidden_units", (64, 0), "at least 1"),
        ("epochs", "ten", "not a number"),
        ("epochs", 2.5, "whole number"),
        ("learning_rate", float("nan"), "finite"),
    ],
)
def test_out_of_range_values_raise_a_message_naming_the_setting(name, bad, words):
    spec = fields_of(DenseConfig)[name]
    with pytest.raises(ConfigError) as error:
        spec.check(bad)
    assert spec.label in str(error.value) and words in str(error.value)


def test_text_round_trip_for_url_parameters():
    config = DenseConfig(hidden_units=(100, 50), dropout=(0.2, 0.0), batch_norm=True, learning_rate=0.001)
    for name, spec in fields_of(DenseConfig).items():
        value = getattr(config, name)
        assert spec.from_text(spec.to_text(value)) == value, name


def test_checked_returns_typed_values():
    config = checked(DenseConfig(epochs="3", hidden_units=["8", "4"], dropout=["0", "0.5"]))
    assert config.epochs == 3 and config.hidden_units == (8, 4) and config.dropout == (0.0, 0.5)


def test_the_run_line_names_only_settings_that_play_a_part():
    from kplay.models.autoencoder import AutoencoderConfig
    from kplay.models.gan import GanConfig
    from kplay.models.rnn import RnnConfig
    from kplay.ui.training import describe

    one_d, image = describe(GanConfig(kind="1d")), describe(GanConfig(kind="image"))
    assert "target mean" in one_d and "target mean" not in image
    assert "conditioned on the digit" not in one_d and "conditioned on the digit off" in image  # a switch reads on/off
    assert "conditioned on the digit on" in describe(GanConfig(kind="image", conditional=True))
    dense, conv = describe(AutoencoderConfig(kind="dense")), describe(AutoencoderConfig(kind="conv", denoising=True))
    assert "latent size" in dense and "code channels" not in dense and "noise level" not in dense
    assert "code channels" in conv and "latent size" not in conv and "noise level" in conv
    airline, sine = describe(RnnConfig()), describe(RnnConfig(dataset="sine"))  # one of several values
    assert "series length" not in airline and "noise" not in airline and "window length" in airline
    assert "series length" in sine and "noise" in sine
    digits = describe(RnnConfig(task="classify", dataset="mnist5k"))
    assert "window length" not in digits and "forecast horizon" not in digits


def test_a_switch_reads_on_or_off_where_people_read_it_and_1_or_0_in_links():
    from kplay import i18n
    from kplay.models.gan import GanConfig
    from kplay.ui.training import changed_settings
    from kplay.fields import fields_of
    from kplay.urlstate import encode

    book, told = GanConfig(kind="image"), GanConfig(kind="image", conditional=True)
    assert changed_settings(book, told) == ["Conditioned on the digit: off in this run, on now"]
    i18n.set_language("ko")
    try:
        assert changed_settings(book, told) == ["숫자 조건부: 이 실행은 끔, 지금은 켬"]
    finally:
        i18n.set_language("en")
    assert encode(fields_of(GanConfig), {"conditional": True}) == {"conditional": "1"}
