"""View → Language: the window's text in French and German, the choice saved and applied at the
next start, a restart that keeps unsaved work, Qt's own buttons and numbers in the chosen language."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk import i18n
from configurator.ui import language, language_menu
from configurator.ui.about_dialog import AboutDialog
from configurator.ui.main_window import MainWindow
from tests.ui.helpers import number_editor, open_template

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"


@cache
def shipped(code: str, context: str, source: str) -> str:
    """The translation of ``source`` in the shipped catalogue (fails when there is none)."""
    root = ET.parse(CATALOGUES / f"fabwise_ui_{code}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    text = message.findtext("translation") or ""
                    assert text and text != source, f"{source!r} is not translated into {code}"
                    return text
    raise AssertionError(f"{context}: {source!r} is not in fabwise_ui_{code}.ts")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every other test runs in English with the system's number format."""
    yield
    language.restore_english()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def new_window(
    qtbot: QtBot, registry: TemplateRegistry, service: BuildService, settings: QSettings
) -> MainWindow:
    """A window as the app opens it: the saved language applied first."""
    language.apply_language(language.saved_choice(settings))
    window = MainWindow(registry, service, settings=settings)
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("code", ["fr", "de"])
def test_the_window_speaks_the_chosen_language(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, settings: QSettings, code: str
) -> None:
    settings.setValue(language.SETTINGS_KEY, code)
    window = new_window(qtbot, ui_registry, ui_service, settings)
    assert i18n.language() == code  # the layers below and the workers get it too (FABWISE_LANG)
    sources = ["&File", "&Edit", "&View", "&Help"]
    assert menu_titles(window) == [shipped(code, "MainWindow", s) for s in sources]
    assert window.menu_actions["export"].text() == shipped(code, "MainWindow", "&Export package…")
    assert window.menu_actions["language"].text() == shipped(code, "MainWindow", "&Language")

    buttons = {b.text() for b in window.page.findChildren(QPushButton)}
    assert shipped(code, "CustomisePage", "← All templates") in buttons
    assert shipped(code, "ParameterPanel", "Reset") in buttons
    assert window.page.side_tabs.tabText(0) == shipped(code, "CustomisePage", "Eco")

    about = AboutDialog(window)
    assert about.windowTitle() == shipped(code, "AboutDialog", "About Fabwise")
    assert "Fabwise" in about.browser.toPlainText()
    about.deleteLater()

    # Qt's own standard buttons come from Qt's catalogue (qtbase_<code>.qm)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == {"fr": "Annuler", "de": "Abbrechen"}[code]


def test_english_is_the_default_and_comes_back(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, settings: QSettings
) -> None:
    language.apply_language("fr")
    language.restore_english()
    window = new_window(qtbot, ui_registry, ui_service, settings)  # nothing saved: the system's (C)
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert i18n.language() == "en"


def test_the_choice_is_saved_and_used_at_the_next_start(
    qtbot: QtBot,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def later(_parent: object, name: str) -> bool:
        asked.append(name)
        return False

    monkeypatch.setattr(language_menu, "ask_restart", later)
    window = new_window(qtbot, ui_registry, ui_service, settings)
    menu = window.language_menu
    assert [a.text() for a in menu.group.actions()] == ["System default", "English", "Français", "Deutsch"]
    assert menu.actions[language.SYSTEM].isChecked()

    window.show()
    menu.actions["de"].trigger()
    assert asked == ["Deutsch"]  # "later": the window stays as it is
    assert window.isVisible() and menu.actions["de"].isChecked()
    assert menu_titles(window)[0] == "&File"  # this run keeps its language

    again = new_window(qtbot, ui_registry, ui_service, QSettings(settings.fileName(), settings.format()))
    assert again.language_menu.actions["de"].isChecked()
    assert menu_titles(again)[0] == shipped("de", "MainWindow", "&File")


def test_the_restart_question_is_asked_in_the_current_language() -> None:
    language.apply_language("fr")
    box, restart = language_menu.restart_box(None, "Deutsch")
    expected = shipped("fr", "LanguageMenu", "Fabwise will use {language} from its next start. Restart now?")
    assert box.text() == expected.format(language="Deutsch")
    assert restart.text() == shipped("fr", "LanguageMenu", "&Restart now")
    box.deleteLater()


def test_restarting_for_a_language_keeps_unsaved_work(
    qtbot: QtBot,
    ui_registry: TemplateRegistry,
    ui_service: BuildService,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    save_prompts: object,
) -> None:
    monkeypatch.setattr(language_menu, "ask_restart", lambda _parent, _name: True)
    window = new_window(qtbot, ui_registry, ui_service, settings)
    relaunched: list[bool] = []

    def relaunch() -> bool:
        relaunched.append(True)
        return True

    window.relaunch = relaunch
    window.show()
    open_template(qtbot, window, "sample-box")
    with qtbot.waitSignal(window.session.result_ready, timeout=60_000):
        window.set_values({"wall": 3.0}, "Change wall")
    assert window.document.is_dirty

    save_prompts.answer = "cancel"  # type: ignore[attr-defined]
    window.language_menu.choose("fr")
    assert save_prompts.asked  # type: ignore[attr-defined]  # the unsaved-changes guard asked
    assert window.isVisible() and window.document.is_dirty and window.session.values["wall"] == 3.0
    assert relaunched == []
    assert language.saved_choice(settings) == "fr"  # used at the next start whatever happens now

    save_prompts.answer = "discard"  # type: ignore[attr-defined]
    window.language_menu.choose("de")
    assert not window.isVisible() and relaunched == [True]


def test_french_numbers_take_a_decimal_comma_with_units(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, settings: QSettings
) -> None:
    settings.setValue(language.SETTINGS_KEY, "fr")
    window = new_window(qtbot, ui_registry, ui_service, settings)
    window.show()
    open_template(qtbot, window, "sample-box")
    editor = number_editor(window, "wall")
    assert editor.spin.locale().decimalPoint() == ","
    editor.set_value(2.5)
    assert editor.spin.lineEdit().text().startswith("2,5")
    for typed, value in (("3,5", 3.5), ("0,4 cm", 4.0)):
        with qtbot.waitSignal(window.session.values_changed, timeout=5000):
            editor.spin.setFocus()
            editor.spin.selectAll()
            QTest.keyClicks(editor.spin, typed)
            QTest.keyClick(editor.spin, Qt.Key.Key_Return)
        assert window.session.values["wall"] == value


def test_number_format_follows_the_language_in_the_systems_country() -> None:
    assert language.number_locale("fr", QLocale("en_US")).name() == "fr_FR"
    assert language.number_locale("fr", QLocale("de_CH")).name() == "fr_CH"
    assert language.number_locale("de", QLocale("de_AT")).name() == "de_AT"  # the system's own
    assert language.number_locale("de", QLocale("fr_FR")).name() == "de_DE"
    assert language.number_locale("en", QLocale("fr_FR")).name() == "en_FR"  # English, French numbers
    assert language.number_locale("en", QLocale.c()).decimalPoint() == "."


def test_restart_runs_the_same_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/usr/bin/fabwise", "--templates", "x"])
    assert language.restart_command() == (sys.executable, ["/usr/bin/fabwise", "--templates", "x"])
    monkeypatch.setattr(sys, "argv", ["/src/configurator/__main__.py"])
    assert language.restart_command() == (sys.executable, ["-m", "configurator"])


@pytest.mark.parametrize("code", ["fr", "de"])
def test_the_preset_row_fits_in_longer_languages(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, settings: QSettings, code: str
) -> None:
    """German cut "Voreinstellung" and "Zurücksetzen" off at the window's minimum width."""
    settings.setValue(language.SETTINGS_KEY, code)
    window = new_window(qtbot, ui_registry, ui_service, settings)
    window.show()
    window.resize(window.minimumSize())
    open_template(qtbot, window, "sample-box")
    panel = window.page.panel
    for button in (panel.save_preset_button, panel.reset_button):
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut off"
    combo = panel.preset_combo
    assert combo.itemText(0) == shipped(code, "ParameterPanel", "Preset…")
    assert combo.width() >= combo.minimumSizeHint().width()
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0))


@pytest.mark.parametrize("code", ["fr", "de"])
def test_the_overall_size_is_shown_whole_at_1024x768(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, settings: QSettings, code: str
) -> None:
    """German cut "Gesamtmaße: 130 × 40 × 37 mm" short beside the view buttons at 1024×768. Where the
    words do not fit, the numbers alone are shown, never a cut text."""
    settings.setValue(language.SETTINGS_KEY, code)
    window = new_window(qtbot, ui_registry, ui_service, settings)
    window.show()
    window.resize(1024, 768)
    open_template(qtbot, window, "sample-box")
    label = window.page.preview.dimensions

    def shown_whole() -> None:
        needed = label.fontMetrics().horizontalAdvance(label.text())
        assert label.isVisible() and needed <= label.contentsRect().width(), (
            f"{label.text()!r}: {label.contentsRect().width()} px shown, {needed} px needed"
        )
        right = label.mapTo(window, label.rect().topRight()).x()
        assert right < window.width(), f"{label.text()!r} ends at {right}, the window is {window.width()} px"

    qtbot.waitUntil(shown_whole)
    words = shipped(code, "PreviewPane", "Overall size: {format_size}").format(format_size="130 × 40 × 37 mm")
    assert label.text() in (words, "130 × 40 × 37 mm") and label.accessibleName() == words
    window.resize(1280, 800)
    qtbot.waitUntil(shown_whole)
    assert label.text() == words
    label.resize(label.minimumSizeHint())
    assert label.text() == "130 × 40 × 37 mm" and label.accessibleName() == words


def test_the_delivery_is_named_in_the_language(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, settings: QSettings
) -> None:
    """The eco panel said "livraison 0 km par van" in French: the mode was the data's English word."""
    settings.setValue(language.SETTINGS_KEY, "fr")
    window = new_window(qtbot, ui_registry, ui_service, settings)
    window.show()
    window.finish_startup()
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: window.eco.report is not None, timeout=120_000)
    text = window.page.eco_panel.context_label.text()
    assert "par camionnette" in text and " van" not in text, text


def test_the_fit_verdict_words_are_in_the_window_language(qtbot: QtBot) -> None:
    """'holds' / 'fails' were shown in English in a French or German window."""
    from configurator.core.fit import FitReport, Verdict
    from configurator.ui.eco_panel import EcoPanel

    language.apply_language("de")
    panel = EcoPanel()
    qtbot.addWidget(panel)
    verdicts = (
        Verdict("Regallast", "load", "holds", "…", safety_factor=2.1, required=2.0),
        Verdict("Einsatztemperatur 90 °C", "temperature", "fails", "…", margin="-15 K"),
        Verdict("Wasser", "water", "unknown", "…"),
    )
    panel.show_fit(FitReport("shelf-bracket", {}, verdicts, True))
    lines = panel.fit_lines.text().splitlines()
    assert lines[0].startswith("✔ Regallast: " + shipped("de", "EcoPanel", "holds"))
    assert lines[2].startswith("✘ Einsatztemperatur 90 °C: " + shipped("de", "EcoPanel", "fails"))
    assert lines[4].startswith("? Wasser: " + shipped("de", "EcoPanel", "not decided"))
    assert not any(word in panel.fit_lines.text() for word in (": holds", ": fails", ": unknown"))
