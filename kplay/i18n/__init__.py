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

LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT = "en"

_language: contextvars.ContextVar[str] = contextvars.ContextVar("kplay_language", default=DEFAULT)


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


def language() -> str:
    return _language.get()


def t(key: str, **values) -> str:
    """The text for ``key`` in the current language, with ``{name}`` fields filled in."""
    texts = MESSAGES[key]
    text = texts.get(_language.get()) or texts[DEFAULT]
    return text.format(**values) if values else text
