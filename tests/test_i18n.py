"""Korean and English: the message table is complete, and no page draws untranslated text.

The page test opens every page of the catalog in Korean (``?lang=ko``), collects every
text it draws (titles, markdown, captions, alerts, widget labels, help and options,
table headers, chart titles, axes and legends) and fails when one of them is English:
equal to (or containing) an English message of the table or of the core's declarations
(field labels, data set titles, presets, page titles), or matching a prose literal
written in the page's source or the shared UI sources. New catalog pages are covered as
soon as they are in ``kplay/catalog.py``. The core's exceptions are checked in the source:
every message a ``raise`` in ``kplay/`` carries goes through ``t(...)``, bar an allow-list
of programmer errors, each with its reason.
"""

import ast
import functools
import json
import os
import re
import string

import pytest
from streamlit.testing.v1 import AppTest

from apptest import APP, ROOT
from kplay import datasets, i18n
from kplay.catalog import HOME, PAGES
from kplay.fields import fields_of
from kplay.errors import ConfigError, KplayError
from kplay.models import BUILDERS, spec_for
from kplay.presets import PRESETS

ALL_PAGES = (HOME,) + PAGES
HANGUL = re.compile(r"[\uac00-\ud7a3]")


# --- the table
def _fields(text: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_key_has_both_languages_no_empty_text_and_the_same_placeholders():
    assert len(i18n.MESSAGES) > 100
    for key, texts in i18n.MESSAGES.items():
        assert set(texts) == set(i18n.LANGUAGES), key
        assert all(text.strip() for text in texts.values()), f"{key} has an empty text"
        assert _fields(texts["en"]) == _fields(texts["ko"]), f"{key}: placeholders differ"


def test_t_speaks_the_chosen_language_and_falls_back_to_english_for_unknown_rows():
    i18n.set_language("ko")
    try:
        assert i18n.t("controls.train") == "학습"
        assert i18n.t("controls.epoch_of", epoch=2, epochs=5) == "에포크 2 / 5"
        assert i18n.t_or("fields.label.no_such_field", "Plain English") == "Plain English"
    finally:
        i18n.set_language("en")
    assert i18n.t("controls.train") == "Train"


def _core_english() -> list[tuple[tuple[str, ...], str]]:
    """Text the core declares in English, with the table rows that may translate it."""
    rows = []
    for config_class in BUILDERS:
        for spec in fields_of(config_class).values():
            rows.append((i18n.field_keys("label", spec), spec.label))
            if spec.help:
                rows.append((i18n.field_keys("help", spec), spec.help))
    for name, info in datasets.DATASETS.items():
        rows += [((f"datasets.title.{name}",), info.title), ((f"datasets.description.{name}",), info.description)]
        rows += [((f"datasets.class.{c}",), c) for c in info.class_names if not c.isdigit()]
    for page, presets in PRESETS.items():
        for preset in presets:
            rows += [((f"presets.{page}.{preset.name}",), preset.name), ((f"presets.{page}.{preset.name}.watch",), preset.watch)]
    for page in ALL_PAGES:
        name = page.url_path or "home"
        rows += [((f"catalog.title.{name}",), page.title), ((f"catalog.teaches.{name}",), page.teaches)]
        if page.chapter:
            rows.append(((f"catalog.chapter.{page.chapter}",), page.chapter))
    return rows


def test_everything_the_core_declares_in_english_has_a_korean_row_written_for_it():
    """A row must exist, and its English must be the core's current text (else it is stale)."""
    missing = [f"{keys[-1]}: {english!r}" for keys, english in _core_english() if i18n.translation(keys, english) is None]
    assert not missing, "no translation (or a stale one) for:\n" + "\n".join(missing)



def test_a_family_of_models_names_each_model_in_korean():
    """The summary titles a GAN's (or a pair's) tables by its builder's dict keys, through model_name."""
    i18n.set_language("ko")
    try:
        names = []
        for config_class, builder in BUILDERS.items():
            kinds = fields_of(config_class)["kind"].options if "kind" in fields_of(config_class) else (None,)
            for kind in kinds:
                try:
                    spec = builder(config_class(kind=kind) if kind is not None else config_class())
                except ConfigError:  # needs what this machine lacks (the ImageNet weights): nothing to name
                    continue
                names += list(spec) if isinstance(spec, dict) else []
        assert "Generator" in names
        assert not [name for name in names if not HANGUL.search(i18n.model_name(name))], names
    finally:
        i18n.set_language("en")

# --- the pages, drawn in Korean
PROSE = re.compile(r"[A-Za-z]{2,}")
IGNORED_KEYWORDS = {"key", "icon", "type", "width", "language", "mime", "file_name", "format", "on_click",
                    "args", "kwargs", "url_path", "page_icon", "layout", "initial_sidebar_state"}


def _is_prose(text: str) -> bool:
    words, text = PROSE.findall(text), text.strip()
    if len(words) >= 2 and " " in text:
        return True
    return len(words) == 1 and len(text) >= 3 and text[0].isupper() and text.isalpha()


def _literal_pattern(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value.strip()) if _is_prose(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [value.value for value in node.values if isinstance(value, ast.Constant)]
        if _is_prose(" ".join(parts)):
            return ".+?".join(re.escape(part.strip()) for part in parts if part.strip())
    return None


def source_literals(path: str) -> dict[str, str]:
    """Prose string literals passed to calls in a source file: regex -> the literal."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    found = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        arguments = list(node.args) + [k.value for k in node.keywords if k.arg not in IGNORED_KEYWORDS]
        for argument in arguments:
            pattern = _literal_pattern(argument)
            if pattern:
                found[pattern] = ast.get_source_segment(open(path, encoding="utf-8").read(), argument)
    return found


def _shared_ui_sources() -> list[str]:
    folder = os.path.join(ROOT, "kplay", "ui")
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".py")]


def english_texts() -> set[str]:
    texts = {row["en"] for row in i18n.MESSAGES.values() if row["en"] != row["ko"]}
    for keys, english in _core_english():
        rows = [i18n.MESSAGES[key] for key in keys if key in i18n.MESSAGES]
        if not any(row["ko"] == english for row in rows):
            texts.add(english)
    return texts


def _english_pieces(text: str) -> list[str]:
    """The literal runs of an English message, where long enough to be unmistakable."""
    pieces = [literal for literal, *_ in string.Formatter().parse(text) if literal]
    return [p.strip() for p in pieces if len(PROSE.findall(p)) >= 2 and len(p.strip()) >= 10]


def drawn_texts(at: AppTest) -> list[tuple[str, str]]:
    """(where, text) for every piece of text the page drew."""
    found = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        found += [(kind, element.value) for element in at.get(kind)]
    for kind in ("button", "slider", "select_slider", "selectbox", "radio", "toggle", "checkbox", "number_input",
                 "text_input", "multiselect", "expander", "tab"):
        for element in at.get(kind):
            found += [(f"{kind} label", getattr(element, "label", "") or "")]
            found += [(f"{kind} help", getattr(element, "help", "") or "")]
            if kind in ("selectbox", "radio", "multiselect", "select_slider"):
                found += [(f"{kind} option", str(option)) for option in element.options]
    for kind in ("download_button", "page_link"):
        found += [(kind, element.proto.label) for element in at.get(kind)]
    for element in [*at.get("dataframe"), *at.get("table")]:
        found += [("table header", str(column)) for column in element.value.columns]
    for element in at.get("plotly_chart"):
        layout = json.loads(element.proto.spec)["layout"]
        found.append(("chart title", layout.get("title", {}).get("text", "")))
        for axis in ("xaxis", "yaxis"):
            found.append((f"chart {axis}", layout.get(axis, {}).get("title", {}).get("text", "")))
        for trace in json.loads(element.proto.spec)["data"]:
            found.append(("chart legend", trace.get("name", "")))
    return [(where, text) for where, text in found if text and text.strip()]


def open_in_korean(script: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "ko"
    at.run()
    if script != HOME.script:
        at.switch_page(script).run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda page: page.url_path or "home")
def test_the_page_in_korean_draws_no_english(page):
    at = open_in_korean(page.script)
    drawn = drawn_texts(at)
    assert any(HANGUL.search(text) for where, text in drawn if where == "title"), drawn[:5]
    english = english_texts()
    literals = {}
    for path in [os.path.join(ROOT, page.script)] + _shared_ui_sources():
        literals.update(source_literals(path))
    problems = []
    for where, text in drawn:
        if text.strip().strip("*") in english:
            problems.append(f"{where}: {text!r} is an English message")
        problems += [f"{where}: {text!r} contains English {piece!r}"
                     for message in english for piece in _english_pieces(message) if piece in text]
        problems += [f"{where}: {text!r} is the source literal {literal}"
                     for pattern, literal in literals.items() if re.search(pattern, text)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_checker_catches_an_untranslated_literal(tmp_path):
    """The page test above must fail on a page that draws a bare English literal."""
    script = tmp_path / "page.py"
    script.write_text('import streamlit as st\nst.button(f"Layer {1} units")\nst.caption("Made in plain English")\n')
    literals = source_literals(str(script))
    drawn = ["Layer 1 units", "Made in plain English"]
    assert all(any(re.search(pattern, text) for pattern in literals) for text in drawn)
    assert "Train" in english_texts() and "Loss" in english_texts()


# --- the core's messages: every exception kplay raises says its text through t()
TRANSLATORS = {"t", "t_or"}
# Raises that never reach a learner, by (file, start of the message), each with why.
PROGRAMMER_ERRORS = {
    ("kplay/models/__init__.py", "No model builder for"):
        "every config class has a BUILDERS row (tests build each); a missing row is a bug, not a setting",
    ("kplay/training/families/__init__.py", "No training set-up for"):
        "every config class has a FAMILIES row; a missing row is a bug, not a setting",
    ("kplay/series/windows.py", "targets"):
        "windows() is given the ranges prepare() computes from a checked window (check_window refuses first)",
    ("kplay/datasets/shapes.py", "unknown shape kind"):
        "shape kinds come from the module's own table, never from the learner",
    ("kplay/training/snapshot.py", "unknown message"):
        "a message kind the worker does not send: a protocol bug between worker and server",
    ("kplay/ui/widgets.py", "no widget for"):
        "a page asked widgets() for a field kind the page must draw itself: a page bug",
}
PENDING: dict[str, str] = {}  # files whose messages are not yet converted (none now)


def _literal_text(node) -> str:
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return node.value


@functools.lru_cache(maxsize=None)  # two tests read every core file
def untranslated_raises(path: str) -> tuple[tuple[int, str], ...]:
    """(line, text) for every string literal in a raised exception's arguments that is not inside t(...).

    A message made by a helper of the same module (``raise ConfigError(_message(error))``)
    is followed into the helper's ``return`` statements.
    """
    tree = ast.parse(open(path, encoding="utf-8").read())
    helpers = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    found, followed = [], set()

    def literals(node):
        name = getattr(node.func, "id", None) if isinstance(node, ast.Call) else None
        if name in TRANSLATORS:
            return  # t("key", value=...): the key and values are not shown as they are
        if name in helpers and name not in followed:
            followed.add(name)
            for inner in ast.walk(helpers[name]):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    literals(inner.value)
        if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            found.append((node.lineno, _literal_text(node)))
            return
        for child in ast.iter_child_nodes(node):
            literals(child)

    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            for argument in list(node.exc.args) + [k.value for k in node.exc.keywords]:
                literals(argument)
    return tuple(sorted(found))


def _core_sources() -> list[str]:
    paths = []
    for folder, _, names in os.walk(os.path.join(ROOT, "kplay")):
        paths += [os.path.join(folder, name) for name in names if name.endswith(".py")]
    return sorted(paths)


def _allowed(relative: str, text: str) -> bool:
    return relative in PENDING or any(path == relative and text.startswith(start) for path, start in PROGRAMMER_ERRORS)


def test_every_exception_the_core_raises_says_its_message_through_t():
    """A literal or f-string message would reach a Korean learner in English."""
    problems = []
    for path in _core_sources():
        relative = os.path.relpath(path, ROOT)
        problems += [f"{relative}:{line}: {text!r}" for line, text in untranslated_raises(path)
                     if not _allowed(relative, text)]
    assert not problems, "raise with an untranslated message (use t('<module>.error_...')):\n" + "\n".join(problems)


def test_every_allowed_raise_still_exists():
    """A stale allow-list row would let a new untranslated message with the same start pass unseen."""
    raised = {(os.path.relpath(path, ROOT), text) for path in _core_sources() for _, text in untranslated_raises(path)}
    stale = [key for key in PROGRAMMER_ERRORS if not any(p == key[0] and text.startswith(key[1]) for p, text in raised)]
    assert not stale, stale


def test_the_raise_checker_catches_literals_and_f_strings_but_not_t(tmp_path):
    source = tmp_path / "core.py"
    source.write_text(
        "def check(x):\n"
        "    if x < 0:\n"
        "        raise ConfigError(f'Units: {x} is negative.')\n"
        "    if x > 9:\n"
        "        raise ValueError('Too ' + 'large')\n"
        "    if x == 5:\n"
        "        raise ConfigError(t('dnn.error_five', value=x, unit='px'))\n"
        "    raise KplayError(_message(x)) from None\n"
        "def _message(x):\n"
        "    return t('dnn.error_other') if x else 'Something else went wrong.'\n"
    )
    assert untranslated_raises(str(source)) == (
        (3, "Units: {} is negative."), (5, "Too "), (5, "large"), (10, "Something else went wrong."))


def _refusals():
    from kplay import urlstate
    from kplay.datasets import downloads
    from kplay.datasets.sequences import encode_review
    from kplay.models.autoencoder import AutoencoderConfig
    from kplay.models.gan import GanConfig
    from kplay.models.rnn import RnnConfig
    from kplay.models.unet import UnetConfig

    def offline(monkeypatch):
        monkeypatch.setattr(downloads, "is_cached", lambda files: False)
        monkeypatch.setattr(downloads, "can_reach", lambda *args, **kwargs: False)
        downloads._fetch("MNIST", ("mnist.npz",), lambda: None)

    def refused_link(monkeypatch):
        raise KplayError(urlstate.unknown("bogus"))

    return {
        "gan": lambda monkeypatch: spec_for(GanConfig(kind="image", generator_width=33)),
        "rnn": lambda monkeypatch: spec_for(RnnConfig(window=200)),
        "unet": lambda monkeypatch: spec_for(UnetConfig(image_size=48, depth=5)),
        "autoencoder": lambda monkeypatch: spec_for(AutoencoderConfig(kind="conv", conv_blocks=3)),
        "review": lambda monkeypatch: encode_review("!!!", {}, 10, 10),
        "link": lambda monkeypatch: urlstate.decode_one(fields_of(GanConfig)["kind"], "1d", options=["image"]),
        "unknown_link": refused_link,
        "download": offline,
    }


@pytest.mark.parametrize("name", sorted(_refusals()))
def test_core_refusals_speak_the_chosen_language(name, monkeypatch):
    """The same refusal in English (as the table's row) and in Korean."""
    refuse = _refusals()[name]
    messages = {}
    for language in ("en", "ko"):
        i18n.set_language(language)
        try:
            with pytest.raises(KplayError) as problem:
                refuse(monkeypatch)
        finally:
            i18n.set_language("en")
        messages[language] = str(problem.value)
    assert not HANGUL.search(messages["en"]) and HANGUL.search(messages["ko"]), messages
