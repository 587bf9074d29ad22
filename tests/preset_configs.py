"""The config a page trains after preset clicks, computed without the page (for the export tests).

Presets are keyed by widget names (``kplay.presets``); most are config fields, a few are the
page's own widgets (the ANN page's example and units, layer counts with one widget per
layer). ``preset_config`` turns widget values into the config as the page scripts do;
tests/test_export.py checks it against the script each page shows after the same clicks.
"""

from __future__ import annotations

from kplay.fields import fields_of
from kplay.models import (AugmentConfig, AutoencoderConfig, CnnConfig, DenseConfig, GanConfig, OnlineTransferConfig, RnnConfig,
                          TransferConfig, UnetConfig)
from kplay.presets import PRESETS

CONFIGS = {
    "ann": DenseConfig, "dnn": DenseConfig, "cnn": CnnConfig, "rnn": RnnConfig, "autoencoder": AutoencoderConfig,
    "gan": GanConfig, "unet": UnetConfig, "applied_augment": AugmentConfig, "applied_transfer": TransferConfig,
    "applied_online": OnlineTransferConfig,  # refused (page and script alike) where the ImageNet weights are missing
}
# Per-layer widgets (``name_0``, ``name_1``, ...) and the widget that says how many are used.
PER_LAYER = {"dnn": ("layers", ("units", "dropout")), "cnn": ("blocks", ("filters", "kernel_size", "strides", "pool", "dropout")),
             "autoencoder": ("layers", ("units",))}
# Widget state a page starts with where it is not the config's default.
PAGE_DEFAULTS = {
    "ann": {"example": "classification", "units": 128},
    "dnn": {"layers": 2, "units_0": 100, "units_1": 50},
    "cnn": {"blocks": 2},
    "autoencoder": {"layers": 0},
}


def widget_state(page: str, *presets) -> dict:
    """The page's widget values after clicking ``presets`` in order (tuples: one widget per layer)."""
    state = dict(PAGE_DEFAULTS.get(page, {}))
    for preset in presets:
        for name, value in preset.values.items():
            if isinstance(value, tuple):
                state.update({f"{name}_{index}": item for index, item in enumerate(value)})
            else:
                state[name] = value
    return state


def _per_layer(page: str, state: dict) -> dict:
    count_name, names = PER_LAYER[page]
    config_class = CONFIGS[page]
    values = {}
    for name in names:
        default = getattr(config_class(), "hidden_units" if name == "units" else name)
        values[name] = tuple(state.get(f"{name}_{index}", default[min(index, len(default) - 1)] if default else None)
                             for index in range(state[count_name]))
    return values


def config_from_state(page: str, state: dict):
    config_class = CONFIGS[page]
    values = {name: value for name, value in state.items() if name in fields_of(config_class)}
    if page == "ann":
        hidden = () if state["example"] == "line" else (state["units"],)
        values.update(hidden_units=hidden, dropout=(0.0,) * len(hidden))
        if state["example"] == "line":
            values.update(activation="relu", validation_split=DenseConfig().validation_split)
    elif page == "dnn":
        layered = _per_layer(page, state)
        values.update(hidden_units=layered["units"], dropout=layered["dropout"])
    elif page == "cnn":
        values.update(_per_layer(page, state))
    elif page == "autoencoder":
        values["hidden_units"] = _per_layer(page, state)["units"] if values.get("kind", "dense") == "dense" else ()
    return config_class(**values)


def preset_config(page: str, *presets):
    """The config the page trains after clicking ``presets`` in order (one: that preset from a fresh page)."""
    return config_from_state(page, widget_state(page, *presets))


def every_preset() -> list[tuple[str, object]]:
    """(page, preset) for every preset of every page."""
    return [(page, preset) for page, presets in PRESETS.items() for preset in presets]
