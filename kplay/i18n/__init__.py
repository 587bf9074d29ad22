"""Every piece of UI text, in English and Korean, from one message table.

Each module in this package holds ``MESSAGES = {"key": ("English", "한국어")}`` for one
page or area; its keys are prefixed with the module's name, so ``cnn.py``'s "title" is
``t("cnn.title")``. Modules are found on import: a new page adds its own file only.

The language is a context variable: the UI sets it at the start of every script and
fragment run (Streamlit runs each in its own thread), the worker from its job, and the
core's renderers and messages read it through ``t``.
"""

from __future__ import annotations

import contextvars
import importlib
import pkgutil
from typing import Callable

LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT = "en"

_language: contextvars.ContextVar[str | None] = contextvars.ContextVar("kplay_language", default=None)
# Where the language comes from when this thread has not set one: the UI registers the
# browser session's choice here, so fragment reruns (run without app.py) speak it too.
_resolver: Callable[[], str | None] | None = None


def _load() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for module in pkgutil.iter_modules(__path__):
        entries = importlib.import_module(f"{__name__}.{module.name}").MESSAGES
        for key, texts in entries.items():
            table[f"{module.name}.{key}"] = dict(zip(LANGUAGES, texts))
    return table


MESSAGES = _load()


def set_language(code: str) -> None:
    _language.set(code if code in LANGUAGES else DEFAULT)


def set_resolver(resolver: Callable[[], str | None] | None) -> None:
    global _resolver
    _resolver = resolver


def language() -> str:
    code = _language.get()
    if code is None and _resolver is not None:
        code = _resolver()
    return code if code in LANGUAGES else DEFAULT


def t(key: str, **values) -> str:
    """The text for ``key`` in the current language, with ``{name}`` fields filled in."""
    texts = MESSAGES[key]
    text = texts.get(language()) or texts[DEFAULT]
    return text.format(**values) if values else text


def t_or(key: str, default: str, **values) -> str:
    """``t(key)`` where the table has ``key``, else ``default`` (English from the core).

    For text the core declares in English and translates by name: field labels and
    help by field name, option labels by value, data set titles by data set name.
    """
    if key in MESSAGES:
        return t(key, **values)
    return default.format(**values) if values else default


def metric_title(metric: str) -> str:
    """A history key as people read it ("val_accuracy" is not for a learner's eyes)."""
    return t_or(f"charts.metric.{metric}", metric.replace("_", " ").capitalize())


# --- text the core declares in English, translated by name
def translation(keys: tuple[str, ...], english: str) -> str | None:
    """The first row of ``keys`` written for exactly this ``english``, in the current language.

    A row whose English no longer matches what the core says is stale: it is skipped
    (the English shows, and the Korean page test reports it) rather than shown wrong.
    """
    for key in keys:
        row = MESSAGES.get(key)
        if row is not None and row[DEFAULT] == english:
            return t(key)
    return None


def _by_name(keys: tuple[str, ...], english: str) -> str:
    return translation(keys, english) or english


def field_keys(kind: str, spec) -> tuple[str, ...]:
    """Rows for a field's ``label`` or ``help``: its config class's own first, then by name."""
    return (f"fields.{kind}.{spec.owner}.{spec.name}", f"fields.{kind}.{spec.name}")


def field_label(spec) -> str:
    return _by_name(field_keys("label", spec), spec.label)


def field_help(spec) -> str:
    return _by_name(field_keys("help", spec), spec.help) if spec.help else ""


def option_label(value) -> str:
    return t_or(f"fields.option.{value}", str(value))


def choice_label(value) -> str:
    """A settings option as the sidebar shows it: a data set by its title, any other by its label."""
    from kplay import datasets  # here, not at the top: the data registry's texts come from this module

    if value in datasets.DATASETS:
        return dataset_title(datasets.DATASETS[value])
    return option_label(value)


def model_name(name: str) -> str:
    """A family's model by its builder's dict key (a GAN's "Generator"), in the current language."""
    return t_or(f"models.{name}", name)


def dataset_title(info) -> str:
    return _by_name((f"datasets.title.{info.name}",), info.title)


def dataset_description(info) -> str:
    return _by_name((f"datasets.description.{info.name}",), info.description)


def class_names(info) -> tuple:
    return tuple(_by_name((f"datasets.class.{name}",), str(name)) for name in info.class_names)
