"""Settings <-> URL query parameters: every field of every config class, both ways, bad values ignored."""

import dataclasses

import pytest

from kplay import urlstate
from kplay.fields import fields_of
from kplay.models import BUILDERS

CONFIG_CLASSES = list(BUILDERS)


def sample_values(spec):
    """Values a learner can set: the default, the ends of the range, every option."""
    if spec.kind == "choice":
        return list(spec.options)
    if spec.kind == "bool":
        return [True, False]
    if spec.kind == "int":
        return [spec.default, int(spec.min), int(spec.max)]
    if spec.kind == "float":
        return [spec.default, float(spec.min), float(spec.max)]
    item = int if spec.kind == "int_list" else float
    return [spec.default, (item(spec.min),), (item(spec.max), item(spec.min), item(spec.max))]


def bad_texts(spec):
    bad = ["x" * (urlstate.MAX_TEXT + 1)]
    if spec.kind == "choice":
        bad.append("no-such-option")
    elif spec.kind == "bool":
        bad.append("maybe")
    else:
        bad += ["ten", "nan", f"{spec.max * 10 + 1:g}", f"{spec.min - 1:g}"]
    return bad


@pytest.mark.parametrize("config_class", CONFIG_CLASSES, ids=lambda c: c.__name__)
def test_every_field_value_survives_the_round_trip(config_class):
    table = fields_of(config_class)
    for name, spec in table.items():
        for value in sample_values(spec):
            params = urlstate.encode(table, {name: value})
            values, problems = urlstate.decode(table, params)
            assert problems == [] and values == {name: value}, (name, value, params)


@pytest.mark.parametrize("config_class", CONFIG_CLASSES, ids=lambda c: c.__name__)
def test_bad_values_are_ignored_with_a_reason_naming_the_setting(config_class):
    table = fields_of(config_class)
    for name, spec in table.items():
        for text in bad_texts(spec):
            values, problems = urlstate.decode(table, {name: text})
            assert values == {}, (name, text)
            assert len(problems) == 1 and spec.label in problems[0], (name, text, problems)


@pytest.mark.parametrize("config_class", CONFIG_CLASSES, ids=lambda c: c.__name__)
def test_a_whole_config_comes_back_equal_from_its_link(config_class):
    """Equal configs train equal runs (the runner's same-seed test), so the link reproduces the curves."""
    table = fields_of(config_class)
    config = config_class(seed=1234, epochs=7)
    params = urlstate.encode(table, dataclasses.asdict(config))
    assert params["seed"] == "1234"
    values, problems = urlstate.decode(table, params)
    assert problems == [] and config_class(**values) == config


def test_unknown_parameters_are_reported_and_app_parameters_left_alone():
    table = fields_of(CONFIG_CLASSES[0])
    values, problems = urlstate.decode(table, {"epochs": "3", "bogus": "1", "lang": "ko", "lecture": "1"})
    assert values == {"epochs": 3}
    assert problems == [urlstate.unknown("bogus")]


def test_merged_keeps_the_language_and_lecture_and_drops_stale_page_parameters():
    current = {"lang": "ko", "lecture": "1", "units_5": "64", "epochs": "3"}
    assert urlstate.merged(current, {"epochs": "9"}) == {"lang": "ko", "lecture": "1", "epochs": "9"}


def test_page_widgets_are_described_per_layer_like_their_keys():
    template = urlstate.field("units", "choice", 50, options=(8, 50, 100))
    table = {spec.name: spec for spec in urlstate.per_layer("units", template, 3)}
    assert list(table) == ["units_0", "units_1", "units_2"]
    assert urlstate.decode(table, {"units_2": "100", "units_1": "7"}) == ({"units_2": 100}, ["units 2: '7' is not one of 8, 50, 100."])


def test_a_choice_can_be_narrowed_to_what_the_page_offers_now():
    spec = fields_of(CONFIG_CLASSES[0])["dataset"]
    assert urlstate.decode_one(spec, "digits8", options=("digits8", "mnist5k")) == "digits8"
    with pytest.raises(Exception, match="not offered"):
        urlstate.decode_one(spec, "diabetes", options=("digits8", "mnist5k"))
