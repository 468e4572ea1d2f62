"""Translations for text made outside Qt: templates' labels and rule messages, eco and workshop text.

One set of catalogues serves the whole product. They are Qt Linguist ``.ts`` files in
``resources/translations`` (``fabwise_ui_<lang>.ts`` for the window's own text, ``fabwise_content_<lang>.ts``
for everything made below it), updated by ``tools/translations.sh`` with ``pyside6-lupdate``, which
finds every ``translate("context", "text")`` call in the source. The window loads the compiled ``.qm``
files with a ``QTranslator``; the layers below read the same ``.ts`` files here, so they stay free of Qt
and work in template-host and worker processes too.

Text with values uses named fields filled after translation, so a translator can move them::

    translate("table-lamp", "the shade flares {flare} mm over a height of {height} mm").format(...)

The language is chosen once per process, before any worker starts (the window asks for a restart to
change it): ``set_language("fr")`` also sets ``FABWISE_LANG``, which child processes read at import.
Unknown languages and missing catalogues fall back to English, the source language.
"""

from __future__ import annotations

import os
import string
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from configurator.sdk.resources import resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "de": "Deutsch"}
"""The languages Fabwise ships, by code, each named in its own language."""

ENV_VAR = "FABWISE_LANG"

_language = SOURCE_LANGUAGE  # set from FABWISE_LANG at the end of this module


def translations_dir() -> Path:
    return resources_dir() / "translations"


def normalise(code: str | None) -> str:
    """``"fr_FR.UTF-8"`` → ``"fr"``; anything Fabwise does not ship → English."""
    if not code:
        return SOURCE_LANGUAGE
    short = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Use ``code`` for this process and the processes it starts from now on; returns the code used."""
    global _language
    _language = normalise(code)
    os.environ[ENV_VAR] = _language
    return _language


def language() -> str:
    return _language


@lru_cache(maxsize=8)
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation from every ``*_<code>.ts`` file; unfinished entries are left out."""
    table: dict[tuple[str, str], str] = {}
    folder = translations_dir()
    if code == SOURCE_LANGUAGE or not folder.is_dir():
        return table
    for path in sorted(folder.glob(f"*_{code}.ts")):
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            continue  # a damaged catalogue shows English rather than stopping the product
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None or element.get("type") in ("unfinished", "obsolete"):
                    continue
                if element.text:
                    table[(name, source)] = element.text
    return table


# Decimal and group separators of the languages that do not write numbers as Python does.
_SEPARATORS: dict[str, tuple[str, str]] = {"fr": (",", "\u202f"), "de": (",", ".")}
# The no-break space French and German put before a percent sign ("44 %").
_PERCENT_SPACE = {"fr": "\u202f", "de": "\u00a0"}


def local_number(text: str) -> str:
    """A number as Python writes it (``"1,234.5"``) written the current language's way (``"1 234,5"``
    in French, ``"1.234,5"`` in German). For text a person reads, never for data files."""
    separators = _SEPARATORS.get(_language)
    if separators is None:
        return text
    decimal, group = separators
    table: dict[str, str | int | None] = {".": decimal, ",": group}
    return text.translate(str.maketrans(table))


class _LocalNumbers(string.Formatter):
    """``str.format`` that writes the numbers it formats the current language's way."""

    def format_field(self, value: object, format_spec: str) -> str:
        text: str = super().format_field(value, format_spec)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return text
        if format_spec.endswith("%") and text.endswith("%"):
            return local_number(text[:-1]) + _PERCENT_SPACE.get(_language, "") + "%"
        if isinstance(value, float) or "," in format_spec or format_spec[-1:] in ("f", "e", "g", "%"):
            return local_number(text)
        return text


_FORMATTER = _LocalNumbers()


class LocalText(str):
    """A translated text whose ``format`` writes numbers in the text's language (``{mass:.1f}`` →
    ``"2,5"`` in French). Values already written as text (``num()``, ``km_text()``) are left as they are."""

    __slots__ = ()

    def format(self, /, *args: object, **kwargs: object) -> str:
        return _FORMATTER.vformat(self, args, kwargs)


def translate(context: str, text: str) -> str:
    """``text`` in the current language (itself where no translation exists); in a language other than
    English, its ``format`` writes numbers that language's way."""
    if _language == SOURCE_LANGUAGE:
        return text
    return LocalText(_catalogue(_language).get((context, text), text))


def part_name(name: str) -> str:
    """A part's or hardware item's name as people read it: its id (``"bracket"``) in the current
    language (``"Winkel"``) where the catalogues have it (context ``parts``), else as written."""
    return translate("parts", name)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogue without translating it here: for texts read from data files
    (translate them where they are shown, ``translate(context, value)``)."""
    return text


def reload_catalogues() -> None:
    """Forget the loaded catalogues (after ``tools/translations.sh`` rewrote them, e.g. in tests)."""
    _catalogue.cache_clear()


_language = normalise(os.environ.get(ENV_VAR))
