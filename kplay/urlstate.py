"""Page settings as URL query parameters, both ways, from the config field descriptions.

A page's shareable settings are a table ``{param name: Field}``: the config fields it
draws (``kplay.fields``) plus its own widgets (per-layer sliders, example pickers), which
are described with the same ``Field`` so one table drives writing and reading. Reading
never raises: a bad value is skipped with a reason the page shows as a small notice.
Pure: no Streamlit, so every direction is unit-tested.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

from kplay.errors import ConfigError
from kplay.fields import Field
from kplay.i18n import field_label, t

# App-level parameters other pieces own (language, lecture mode): kept, never rewritten.
APP_PARAMS = ("lang", "lecture")
MAX_TEXT = 200  # longer values are refused before parsing (the longest real one is a layer list)


def field(name: str, kind: str, default: Any, label: str = "", **kwargs: Any) -> Field:
    """A Field for a page's own widget (not a config attribute)."""
    return Field(name=name, label=label or name, kind=kind, default=default, **kwargs)


def per_layer(prefix: str, template: Field, count: int) -> tuple[Field, ...]:
    """One Field per layer widget: ``units_0``, ``units_1``, ... like the pages' keys."""
    return tuple(
        dataclasses.replace(template, name=f"{prefix}_{index}", label=f"{template.label} {index + 1}")
        for index in range(count)
    )


def encode(table: Mapping[str, Field], values: Mapping[str, Any]) -> dict[str, str]:
    """Query parameters for the values of the table's fields that have one."""
    return {name: spec.to_text(values[name]) for name, spec in table.items() if name in values}


def decode_one(spec: Field, text: str, options: Iterable | None = None) -> Any:
    """The value ``text`` stands for, or a ConfigError naming the setting.

    ``options`` narrows a choice to what the page offers now (the data sets of an example).
    """
    if len(text) > MAX_TEXT:
        raise ConfigError(t("share.error_too_long", label=field_label(spec)))
    value = spec.from_text(text.strip())
    if options is not None:
        allowed = list(options)
        if value not in allowed:
            raise ConfigError(t("share.error_not_offered", label=field_label(spec), value=text))
    return value


def decode(table: Mapping[str, Field], params: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Values for the known, valid parameters, and one line per ignored one."""
    values, problems = {}, []
    for name, text in params.items():
        if name in APP_PARAMS:
            continue
        spec = table.get(name)
        if spec is None:
            problems.append(unknown(name))
            continue
        try:
            values[name] = decode_one(spec, text)
        except ConfigError as error:
            problems.append(str(error))
    return values, problems


def unknown(name: str) -> str:
    return t("share.unknown_setting", name=name[:40])


def merged(current: Mapping[str, str], page_params: Mapping[str, str]) -> dict[str, str]:
    """The query string to show: the app-level parameters as they are, then the page's."""
    kept = {name: current[name] for name in APP_PARAMS if name in current}
    return {**kept, **page_params}
