"""View → Language: System default, then every shipped language in its own name; a change is saved
and offers to restart now (see :mod:`configurator.ui.language`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox, QWidget

from configurator.sdk import i18n
from configurator.ui.language import SETTINGS_KEY, SYSTEM, saved_choice


class LanguageMenu(QObject):
    """View → Language: System default, then every shipped language in its own name."""

    def __init__(
        self,
        menu: QMenu,
        settings: QSettings | None,
        window: QWidget,
        restart: Callable[[], bool],
    ) -> None:
        super().__init__(menu)
        self.menu = menu
        self.settings = settings
        self._window = window
        self._restart = restart
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        current = saved_choice(settings)
        options = [(SYSTEM, self.tr("System default")), *i18n.LANGUAGES.items()]
        for code, name in options:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Save ``code`` as the language and offer to restart now."""
        before = saved_choice(self.settings)
        self.actions[code].setChecked(True)
        if code == before:
            return
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY, code)
            self.settings.sync()
        name = i18n.LANGUAGES[code] if code else self.tr("the system's language")
        if ask_restart(self._window, name):
            self._restart()


def restart_box(parent: QWidget | None, language: str) -> tuple[QMessageBox, QAbstractButton]:
    """The question asked after a language change, and its "Restart now" button."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate(
            "LanguageMenu", "Fabwise will use {language} from its next start. Restart now?"
        ).format(language=language),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    restart = box.addButton(
        QCoreApplication.translate("LanguageMenu", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("LanguageMenu", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    return box, restart


def ask_restart(parent: QWidget | None, language: str) -> bool:
    """True when the user wants to restart now (tests replace this)."""
    box, restart = restart_box(parent, language)
    box.exec()
    return box.clickedButton() is restart
