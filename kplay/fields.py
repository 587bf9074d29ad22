"""One declarative description per config field.

A config is a plain frozen dataclass whose fields are declared with the helpers below
(``integer``, ``number``, ``choice``, ``flag``, ``int_list``, ``float_list``). Each helper
stores a ``Field`` in the dataclass field's metadata, so the same table drives widget
drawing, validation and (later) URL query parameters.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from kplay.errors import ConfigError
from kplay.i18n import field_label, t


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # "int", "float", "choice", "bool", "int_list", "float_list"
    default: Any
    help: str = ""
    min: float | None = None
    max: float | None = None
    step: float | None = None
    options: tuple = ()
    log: bool = False  # drawn on a log scale (learning rates)
    advanced: bool = False  # a secondary control
    owner: str = ""  # the config class's name (filled in by fields_of): translations may be per class
    # (other field, value or tuple of values): the setting matters only then (a GAN's target mean, only in 1-D)
    when: tuple = ()

    def applies(self, config: Any) -> bool:
        """Whether this setting plays a part in ``config`` (see ``when``)."""
        if not self.when:
            return True
        name, wanted = self.when
        return getattr(config, name) in (wanted if isinstance(wanted, tuple) else (wanted,))

    def check(self, value: Any) -> Any:
        """Return ``value`` in this field's type, or raise a ConfigError naming the field."""
        if self.kind == "choice":
            if value not in self.options:
                shown = ", ".join(str(o) for o in self.options)
                raise ConfigError(t("errors.not_one_of", label=field_label(self), value=value, options=shown))
            return value
        if self.kind == "bool":
            return bool(value)
        if self.kind in ("int_list", "float_list"):
            item_kind = self.kind.split("_")[0]
            items = tuple(self._check_number(v, item_kind) for v in value)
            return items
        return self._check_number(value, self.kind)

    def _check_number(self, value: Any, kind: str) -> float | int:
        try:
            number = int(value) if kind == "int" else float(value)
        except (TypeError, ValueError):
            raise ConfigError(t("errors.not_a_number", label=field_label(self), value=value)) from None
        if kind == "int" and number != float(value):
            raise ConfigError(t("errors.not_whole", label=field_label(self), value=value))
        if not math.isfinite(number):
            raise ConfigError(t("errors.not_finite", label=field_label(self), value=value))
        if self.min is not None and number < self.min:
            raise ConfigError(t("errors.too_small", label=field_label(self), min=self.min, value=number))
        if self.max is not None and number > self.max:
            raise ConfigError(t("errors.too_large", label=field_label(self), max=self.max, value=number))
        return number

    def to_text(self, value: Any) -> str:
        if self.kind in ("int_list", "float_list"):
            return ",".join(f"{v:g}" for v in value)
        if self.kind == "bool":
            return "1" if value else "0"
        return f"{value:g}" if isinstance(value, float) else str(value)

    def shown(self, value: Any) -> str:
        """``value`` as a person reads it: a switch is on or off, not the link's 1 or 0."""
        if self.kind == "bool":
            return t("controls.on") if value else t("controls.off")
        return self.to_text(value)

    def from_text(self, text: str) -> Any:
        """Parse what ``to_text`` wrote; raises ConfigError on anything else."""
        if self.kind in ("int_list", "float_list"):
            parts = [p for p in text.split(",") if p.strip()]
            return self.check(parts)
        if self.kind == "bool":
            if text not in ("0", "1", "true", "false"):
                raise ConfigError(t("errors.not_on_off", label=field_label(self), value=text))
            return text in ("1", "true")
        if self.kind == "choice":
            for option in self.options:
                if str(option) == text:
                    return option
            return self.check(text)
        return self.check(text)


def _declare(kind: str, default: Any, label: str, **kwargs: Any) -> Any:
    # The name is filled in by fields_of(), from the dataclass attribute.
    spec = Field(name="", label=label, kind=kind, default=default, **kwargs)
    if isinstance(default, (list, tuple)):
        return dataclasses.field(default=tuple(default), metadata={"kplay": spec})
    return dataclasses.field(default=default, metadata={"kplay": spec})


def integer(default: int, label: str, min: int, max: int, step: int = 1, **kw: Any) -> Any:
    return _declare("int", default, label, min=min, max=max, step=step, **kw)


def number(default: float, label: str, min: float, max: float, **kw: Any) -> Any:
    return _declare("float", default, label, min=min, max=max, **kw)


def choice(default: Any, label: str, options: tuple, **kw: Any) -> Any:
    return _declare("choice", default, label, options=tuple(options), **kw)


def flag(default: bool, label: str, **kw: Any) -> Any:
    return _declare("bool", default, label, **kw)


def int_list(default: tuple, label: str, min: int, max: int, **kw: Any) -> Any:
    return _declare("int_list", default, label, min=min, max=max, **kw)


def float_list(default: tuple, label: str, min: float, max: float, **kw: Any) -> Any:
    return _declare("float_list", default, label, min=min, max=max, **kw)


def fields_of(config_class: type) -> dict[str, Field]:
    """The Field of every declared attribute of a config dataclass, in order."""
    found = {}
    for f in dataclasses.fields(config_class):
        spec = f.metadata.get("kplay")
        if spec is not None:
            found[f.name] = dataclasses.replace(spec, name=f.name, owner=config_class.__name__)
    return found


def checked(config: Any) -> Any:
    """A copy of ``config`` with every field checked against its range and type."""
    values = {name: spec.check(getattr(config, name)) for name, spec in fields_of(type(config)).items()}
    return dataclasses.replace(config, **values)
