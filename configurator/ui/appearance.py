"""Light or dark: follow the system's colour scheme, or the user's choice (View → Appearance).

The system's scheme comes from Qt (``QStyleHints.colorScheme()``, and ``colorSchemeChanged`` while
the app runs); where the platform does not say (``Unknown``, e.g. a bare X server) the lightness of
the palette it gave decides. A choice of Light or Dark is asked of the platform too
(``setColorScheme``: native styles darken themselves); where the style still draws the other
scheme, the window switches to Qt's Fusion style with a palette made from
:mod:`configurator.ui.theme`'s colours. The palette's Highlight (focus frames, selections) always
comes from the theme, so the focus stays visible in both schemes.

Widgets that paint semantic colours register with :func:`follow` and re-style when the scheme
changes; the choice is kept in the settings under ``view/appearance``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from configurator.ui import theme
from configurator.ui.focus_style import FocusFrameStyle
from configurator.ui.theme import Theme, is_dark_colour

MODES = {
    "system": QT_TRANSLATE_NOOP("appearance", "&System"),
    "light": QT_TRANSLATE_NOOP("appearance", "&Light"),
    "dark": QT_TRANSLATE_NOOP("appearance", "&Dark"),
}
SETTING = "view/appearance"
FUSION = "fusion"


class ThemeNotifier(QObject):
    changed = Signal(object)  # the Theme now shown


_notifier: list[ThemeNotifier] = []


def notifier() -> ThemeNotifier:
    if not _notifier:
        _notifier.append(ThemeNotifier())
    return _notifier[0]


def follow(callback: Callable[[], Any]) -> None:
    """Call ``callback`` (a widget's bound method: it is dropped with the widget) now and after
    every change of scheme."""
    callback()
    notifier().changed.connect(callback)


def dark_palette(colours: Theme) -> QPalette:
    """A complete dark palette for the Fusion style, from the theme's colours."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor(colours.window), QColor(colours.base), QColor(colours.text)
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#26282b")),
        (role.Text, text),
        (role.Button, QColor("#383b3f")),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ffffff")),
        (role.ToolTipBase, QColor("#3c4043")),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(colours.muted)),
        (role.Link, QColor("#8ab4f8")),
        (role.LinkVisited, QColor("#c58af9")),
        (role.Light, QColor("#4a4e54")),
        (role.Midlight, QColor("#3f4348")),
        (role.Mid, QColor("#303338")),
        (role.Dark, QColor("#1a1c1f")),
        (role.Shadow, QColor("#0d0e10")),
    ):
        palette.setColor(r, colour)
    disabled = QColor("#7d838a")
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, disabled)
    palette.setColor(group.Disabled, role.Base, QColor(colours.window))
    return palette


def refresh_palette_references(app: QApplication) -> None:
    """Style sheets that name palette colours (``color: palette(placeholder-text)``) keep the
    colour they had when set; set them again so they take the new palette's."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


class Appearance(QObject):
    """Applies the chosen scheme to the application; one per application."""

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._system_style = app.style().name()
        self._style_name = ""  # the style wrapped in the focus frame now ("" = not yet)
        self._style: FocusFrameStyle | None = None
        self._system_palette = QPalette(app.palette())
        saved = str(settings.value(SETTING, "system")) if settings is not None else "system"
        self.mode = saved if saved in MODES else "system"
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def system_is_dark(self) -> bool:
        scheme = self._app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return True
        if scheme == Qt.ColorScheme.Light:
            return False
        return is_dark_colour(self._system_palette.color(QPalette.ColorRole.Window).name())

    @property
    def dark(self) -> bool:
        """True when the window shows the dark scheme."""
        return self.mode == "dark" or (self.mode == "system" and self.system_is_dark())

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown appearance {mode!r}: choose one of {', '.join(MODES)}")
        self.mode = mode
        if self._settings is not None:
            self._settings.setValue(SETTING, mode)
        self.apply()

    def apply(self) -> None:
        hints = self._app.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8: native styles follow the request
            wanted = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}
            hints.setColorScheme(wanted.get(self.mode, Qt.ColorScheme.Unknown))
        dark = self.dark
        colours = theme.DARK if dark else theme.LIGHT
        system_dark = is_dark_colour(self._system_palette.color(QPalette.ColorRole.Window).name())
        if system_dark == dark:  # the platform's own style already draws this scheme
            style, palette = self._system_style, QPalette(self._system_palette)
        elif dark:
            style, palette = FUSION, dark_palette(colours)
        else:
            fusion = QStyleFactory.create(FUSION)
            style, palette = FUSION, QPalette(fusion.standardPalette())
        self._use_style(style)
        palette.setColor(QPalette.ColorRole.Highlight, QColor(colours.focus))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff" if not dark else "#0d0e10"))
        theme.set_current(colours)
        self._app.setPalette(palette)
        refresh_palette_references(self._app)
        notifier().changed.emit(colours)

    def _use_style(self, name: str) -> None:
        """``name``'s style with the visible focus frame (set again only when it changes)."""
        if self._style_name.lower() == name.lower() and self._app.style() is self._style:
            return
        base = QStyleFactory.create(name) or QStyleFactory.create(FUSION)
        self._style = FocusFrameStyle(base)
        self._style_name = name
        self._app.setStyle(self._style)

    def _on_system_scheme(self, _scheme: Any = None) -> None:
        """The system switched scheme: take its palette afresh, then follow (in System mode)."""
        if self.mode != "system":
            return
        self._app.setStyle(self._system_style)
        self._style_name = ""
        self._app.setPalette(QPalette())  # back to the platform's palette
        self._system_palette = QPalette(self._app.palette())
        self.apply()


_instance: list[Appearance] = []


def install(app: QApplication, settings: QSettings | None) -> Appearance:
    """The application's :class:`Appearance`, created (and applied) on first use; a later call
    with other settings (a new window in tests) reads the saved choice from them."""
    if _instance and _instance[0].parent() is app:
        appearance = _instance[0]
        appearance._settings = settings
        saved = str(settings.value(SETTING, "system")) if settings is not None else "system"
        appearance.mode = saved if saved in MODES else "system"
    else:
        appearance = Appearance(app, settings)
        _instance[:] = [appearance]
    appearance.apply()
    return appearance
