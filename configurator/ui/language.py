"""The window's language: chosen in View → Language, saved in the settings, applied once at start.

At start (before any worker process exists) :func:`apply_language` sets the language for the layers
below the window (:func:`configurator.sdk.i18n.set_language`, inherited by worker processes through
``FABWISE_LANG``), installs a :class:`QTranslator` for the window's own catalogue
(``resources/translations/fabwise_ui_<lang>.qm``) and one for Qt's standard texts (``qtbase_<lang>.qm``:
Cancel, Save, …), and, when the chosen language is not the system's, makes numbers follow it
(``QLocale.setDefault``: a French choice reads and writes a decimal comma).

Only QtCore here: ``app.py`` reads the choice before templates are discovered, before any widget
exists. Changing the language later needs a restart (text already on screen and worker processes
keep the old one): :class:`~configurator.ui.language_menu.LanguageMenu` saves the choice and offers
to restart now through the window's normal close path, so the unsaved-changes guard still asks.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QSettings, QTranslator

from configurator.sdk import i18n

SETTINGS_KEY = "ui/language"
SYSTEM = ""  # the saved value for "System default"

#: the country whose number format a language gets when the system's country does not use it
MAIN_COUNTRY = {"en": "US", "fr": "FR", "de": "DE"}

_installed: list[QTranslator] = []


def saved_choice(settings: QSettings | None) -> str:
    """The language saved in the settings: a code from :data:`i18n.LANGUAGES`, or "" (system default)."""
    if settings is None:
        return SYSTEM
    value = str(settings.value(SETTINGS_KEY, SYSTEM) or SYSTEM)
    return value if value in i18n.LANGUAGES else SYSTEM


def system_language() -> str:
    """The first of the system's preferred languages that Fabwise ships (English otherwise)."""
    system = QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = i18n.normalise(name)
        if code != i18n.SOURCE_LANGUAGE or name.lower().startswith("en"):
            return code
    return i18n.SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """The language code a saved choice stands for."""
    return choice if choice in i18n.LANGUAGES else system_language()


def number_locale(code: str, system: QLocale | None = None) -> QLocale:
    """Numbers for ``code``: the system's own locale when it speaks that language, else the language
    in the system's country when such a locale exists (fr_CH, de_AT), else its main country (fr_FR)."""
    system = system if system is not None else QLocale.system()
    if i18n.normalise(system.name()) == code and system.name().lower().startswith(code):
        return system
    country = QLocale.territoryToCode(system.territory())
    for candidate in (f"{code}_{country}", f"{code}_{MAIN_COUNTRY.get(code, '')}"):
        locale = QLocale(candidate)
        if QLocale.languageToCode(locale.language()) == code and locale.name() == candidate:
            return locale
    return QLocale(code)


def apply_language(choice: str) -> str:
    """Use ``choice`` (a code or "" for the system's) for this process; returns the code used.
    Needs the QCoreApplication; call it before the build service starts its workers."""
    remove_translators()
    code = i18n.set_language(resolve(choice))
    QLocale.setDefault(number_locale(code))
    app = QCoreApplication.instance()
    if app is None or code == i18n.SOURCE_LANGUAGE:
        return code
    from configurator.sdk.resources import resources_dir

    folder = resources_dir() / "translations"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"fabwise_ui_{code}", str(folder)), (f"qtbase_{code}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def remove_translators() -> None:
    """Back to English text (numbers keep the locale set by :func:`apply_language`)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()


def restore_english() -> None:
    """English text and the system's number format (tests that switched the language call this)."""
    remove_translators()
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(QLocale.system())


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process, to start it again."""
    argv = list(sys.argv)
    if argv and argv[0].endswith("__main__.py"):
        return sys.executable, ["-m", "configurator", *argv[1:]]
    return sys.executable, argv


def relaunch() -> bool:
    """Start this program again, detached; False when it could not be started."""
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
