"""The translation catalogues are complete, current and safe to format (tools/translations.sh)."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from configurator.sdk import i18n

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "resources" / "translations"
CATALOGUES = sorted(SHIPPED.glob("*.ts"))
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%L?\d")


def _messages(path: Path) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as tools/translations.sh makes them from today's source (on copies)."""
    out = tmp_path_factory.mktemp("translations")
    for path in CATALOGUES:
        shutil.copy(path, out / path.name)
    env = {**os.environ, "FABWISE_BIN": str(Path(sys.executable).parent)}
    subprocess.run(["bash", "tools/translations.sh", str(out)], cwd=REPO, env=env, check=True)
    return out


def test_every_language_has_both_catalogues() -> None:
    for code in i18n.LANGUAGES:
        if code != i18n.SOURCE_LANGUAGE:
            assert (SHIPPED / f"fabwise_ui_{code}.ts").is_file()
            assert (SHIPPED / f"fabwise_content_{code}.ts").is_file()
            assert (SHIPPED / f"fabwise_ui_{code}.qm").is_file()


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_lists_exactly_the_texts_in_the_source(path: Path, regenerated: Path) -> None:
    shipped = {(c, s) for c, s, _ in _messages(path)}
    current = {(c, s) for c, s, _ in _messages(regenerated / path.name)}
    assert current - shipped == set(), "new texts not in the catalogue: run tools/translations.sh"
    assert shipped - current == set(), "texts no longer in the source: run tools/translations.sh"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_text_is_translated(path: Path) -> None:
    missing = [
        f"{context}: {source!r}"
        for context, source, element in _messages(path)
        if element is None
        or element.get("type") in ("unfinished", "vanished")
        or not (element.text or "").strip()
    ]
    assert missing == [], f"{len(missing)} untranslated in {path.name} (first: {missing[:5]})"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_translations_keep_the_fields_filled_in_later(path: Path) -> None:
    wrong = [
        f"{context}: {source!r} -> {element.text!r}"
        for context, source, element in _messages(path)
        if element is not None
        and element.text
        and sorted(FIELD.findall(source)) != sorted(FIELD.findall(element.text))
    ]
    assert wrong == []


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("fabwise_ui_*.qm")), ids=lambda p: p.name)
def test_compiled_catalogue_is_current(path: Path, regenerated: Path) -> None:
    assert path.read_bytes() == (regenerated / path.name).read_bytes(), "run tools/translations.sh"


def test_language_codes_are_normalised() -> None:
    assert i18n.normalise("fr_FR.UTF-8") == "fr"
    assert i18n.normalise("de-AT") == "de"
    assert i18n.normalise("pt_BR") == "en"
    assert i18n.normalise(None) == "en"


def test_translate_reads_the_catalogue_and_falls_back_to_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "fabwise_content_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>demo</name>"
        "<message><source>{n} holes</source><translation>{n} trous</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">Brouillon</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    i18n.reload_catalogues()
    try:
        assert i18n.set_language("fr_CA") == "fr"
        assert os.environ[i18n.ENV_VAR] == "fr"
        assert i18n.translate("demo", "{n} holes").format(n=3) == "3 trous"
        assert i18n.translate("demo", "Draft") == "Draft"  # unfinished: not shown
        assert i18n.translate("other", "{n} holes") == "{n} holes"
        i18n.set_language("en")
        assert i18n.translate("demo", "{n} holes") == "{n} holes"
    finally:
        i18n.set_language("en")
        i18n.reload_catalogues()


def _translate_calls() -> list[tuple[str, int, ast.Call]]:
    """Every ``translate(...)`` call in the code whose text lands in the content catalogues."""
    roots = [REPO / "configurator", REPO / "parts_library", REPO / "eco_rules"]
    calls = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            if "ui" in path.relative_to(REPO).parts[1:2]:
                continue
            if path.relative_to(REPO).as_posix() == "configurator/sdk/i18n.py":
                continue  # part_name(): names marked with QT_TRANSLATE_NOOP where they are listed
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "translate"
                ):
                    calls.append((str(path.relative_to(REPO)), node.lineno, node))
    return calls


def test_every_translate_call_reaches_the_catalogue() -> None:
    """lupdate skips a call it cannot read (a text in parentheses, a variable, an f-string): such a
    text would stay English in every language without any other test noticing."""
    catalogue = {(c, s) for c, s, _ in _messages(SHIPPED / "fabwise_content_fr.ts")}
    calls = _translate_calls()
    assert len(calls) > 500
    unread = []
    for path, line, call in calls:
        try:
            key = (ast.literal_eval(call.args[0]), ast.literal_eval(call.args[1]))
        except (ValueError, IndexError):
            unread.append(f"{path}:{line}: not two literal strings")
            continue
        if key not in catalogue:
            unread.append(f"{path}:{line}: {key[1][:60]!r} not in the catalogue")
    assert unread == []
