"""Keyboard use, accessible names and the dark scheme (issue 15: "keyboard navigation with visible
focus, accessible names on controls, the system's dark mode respected")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.ui import appearance, theme
from configurator.ui.main_window import MainWindow
from tests.ui.helpers import make_window, open_template

pytestmark = pytest.mark.gui
INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)


@pytest.fixture(scope="module")
def builtin_registry() -> TemplateRegistry:
    return TemplateRegistry.discover([], trust=TrustAll())


@pytest.fixture
def window(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> MainWindow:
    """A window on the sample box, built (so Export is enabled)."""
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    open_template(qtbot, window, "sample-box")
    qtbot.waitUntil(lambda: window.menu_actions["export"].isEnabled(), timeout=60_000)
    return window


@pytest.fixture(autouse=True)
def light_again() -> Iterator[None]:
    """Each test leaves the application in the system's (light) scheme."""
    yield
    found = appearance._instance
    if found:
        found[0].mode = "system"
        found[0].apply()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else the label whose buddy it
    is, else (buttons, tabs) what Qt derives from the text. A field's value is not its name."""
    if widget.accessibleName():
        return widget.accessibleName()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text()
    if isinstance(widget, QAbstractButton | QTabBar | QAbstractItemView):
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name) if interface is not None else ""
    return ""


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if not widget.isVisibleTo(root) or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # hidden, or the line edit inside a spin box (the box itself is named)
        name = spoken_name(widget).strip()
        if not any(c.isalpha() for c in name):  # "", "✕", "…" say nothing
            what = widget.objectName() or widget.toolTip()[:40]
            found.append(f"{type(widget).__name__} {what!r} named {name!r}")
    return found


def test_every_focusable_control_has_a_name(
    qtbot: QtBot, builtin_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window = make_window(qtbot, builtin_registry, ui_service, ui_data_dir)
    window.page.banner.show_message("error", "Something failed", details="trace", retry=True)
    problems = [f"gallery: {p}" for p in unnamed(window.gallery_page)]
    window.show_customise_page()
    for entry in builtin_registry.entries:
        window.page.panel.set_template(entry)
        for tab in range(window.page.side_tabs.count()):  # the eco panel, then the workshops
            window.show_side_tab(tab)
            QApplication.processEvents()
            problems += [f"{entry.template.id}: {p}" for p in unnamed(window.page)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_tab_visits_the_parameters_in_order_and_reaches_export(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    panel = window.page.panel
    first = window.page.back_button
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    visited: list[QWidget] = []
    for _ in range(200):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is window.page.export_button:
            break
        assert widget not in visited, f"Tab went round without reaching Export: {visited}"
        visited.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    else:
        pytest.fail("Tab never reached Export")
    export = window.page.export_button  # focused by Tab: framed in the focus colour
    image = export.grab().toImage()
    edge = image.pixelColor(1, image.height() // 2)
    focus = QColor(theme.current().focus)
    assert (
        max(abs(edge.red() - focus.red()), abs(edge.green() - focus.green()), abs(edge.blue() - focus.blue()))
        < 40
    )
    wanted = [w for editor in panel.editors.values() for w in editor.tab_widgets()]
    reached = [w for w in visited if w in wanted]
    assert reached == wanted, "the parameters are not visited in the template's order"
    assert visited.index(panel.reset_button) < visited.index(wanted[0])
    preview = window.page.preview
    if preview.plotter is not None:  # the 3D view takes the focus, and shows it
        assert preview.plotter in visited
        preview.plotter.setFocus(Qt.FocusReason.TabFocusReason)
        assert theme.current().focus in preview.view_host.styleSheet()


def test_gallery_cards_open_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.show_gallery()  # the search field has the focus
    window.activateWindow()
    view = window.gallery_page.gallery.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.gallery_page.gallery.search)
    for _ in range(5):  # search, category, cards
        focused = QApplication.focusWidget()
        if focused is view or focused is None:
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view, "Tab does not reach the cards"
    view.setCurrentIndex(view.model().index(0, 0))
    chosen: list[str] = []
    window.gallery_page.gallery.template_chosen.connect(chosen.append)
    QTest.keyClick(view, Qt.Key.Key_Space)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert chosen == [window.gallery_page.gallery.template_ids()[0]] * 2


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=lambda t: t.name)
def test_every_colour_pair_is_readable(colours: theme.Theme) -> None:
    low = [
        f"{what}: {fg} on {bg} = {theme.contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in colours.text_pairs()
        if theme.contrast_ratio(fg, bg) < theme.AA_TEXT
    ]
    low += [
        f"{what}: {fg} on {bg} = {theme.contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in colours.graphic_pairs()
        if theme.contrast_ratio(fg, bg) < theme.AA_GRAPHICS
    ]
    assert not low, "\n".join(low)


def test_contrast_ratio_matches_wcag() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    with pytest.raises(ValueError, match="#rrggbb"):
        theme.contrast_ratio("white", "#000000")


def test_dark_appearance_darkens_the_window_and_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.appearance.dark  # Xvfb / offscreen give a light palette and no scheme
    window.menu_actions["appearance_dark"].trigger()
    palette = QApplication.palette()
    assert theme.is_dark_colour(palette.color(QPalette.ColorRole.Window).name())
    assert theme.current() is theme.DARK
    muted = window.page.eco_panel.total_detail  # "color: palette(placeholder-text)"
    muted.ensurePolished()
    muted_colour = muted.palette().color(muted.foregroundRole()).name()
    assert theme.contrast_ratio(muted_colour, theme.DARK.window) >= theme.AA_TEXT, muted_colour
    banner = window.page.banner
    banner.show_message("error", "Something failed")
    assert theme.DARK.message("error").background in banner.styleSheet()
    grade = window.page.eco_panel.grade
    qtbot.waitUntil(lambda: window.page.eco_panel.report is not None, timeout=60_000)
    badge = theme.DARK.grade(window.page.eco_panel.report.grade.letter)
    assert badge.background in grade.styleSheet() and badge.text in grade.styleSheet()
    assert window.settings is not None
    window.settings.sync()
    saved = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert saved.value(appearance.SETTING) == "dark"

    plotter = window.page.preview.plotter
    if plotter is not None:  # the 3D view's background is re-coloured at once
        top = plotter.renderer.GetBackground2()
        assert theme.is_dark_colour("#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in top)))

    window.menu_actions["appearance_light"].trigger()  # and back: the banner follows at once
    assert not theme.is_dark_colour(QApplication.palette().color(QPalette.ColorRole.Window).name())
    assert theme.LIGHT.message("error").background in banner.styleSheet()


def test_keyboard_shortcuts_do_not_clash(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    assert {"Ctrl+E", "Ctrl+Z", "Ctrl+S", "Ctrl+1", "Ctrl+0"} <= set(owners)
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert not clashes


def test_the_focused_3d_view_turns_with_the_arrows_and_ignores_letters(
    qtbot: QtBot, window: MainWindow
) -> None:
    plotter = window.page.preview.plotter
    if plotter is None:
        pytest.skip(f"no 3D view here: {window.page.preview.view_error}")
    plotter.setFocus(Qt.FocusReason.TabFocusReason)
    before = plotter.camera_position
    QTest.keyClick(plotter, Qt.Key.Key_Left)
    assert plotter.camera_position != before
    styles = {getattr(getattr(a, "prop", None), "style", None) for a in plotter.renderer.actors.values()}
    QTest.keyClick(plotter, Qt.Key.Key_W)  # VTK's own key for a wireframe
    after = {getattr(getattr(a, "prop", None), "style", None) for a in plotter.renderer.actors.values()}
    assert after == styles


def test_a_saved_dark_choice_opens_dark(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    settings = QSettings(str(ui_data_dir / "dark-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(appearance.SETTING, "dark")
    window = MainWindow(ui_registry, ui_service, settings=settings)
    qtbot.addWidget(window)
    assert window.appearance.mode == "dark" and window.menu_actions["appearance_dark"].isChecked()
    assert theme.is_dark_colour(QApplication.palette().color(QPalette.ColorRole.Window).name())


def test_an_unknown_system_scheme_follows_the_palette_lightness(window: MainWindow) -> None:
    """Where the platform does not say (Unknown, as on a bare X server), a dark palette from the
    system means dark; the system's own style is kept (it draws dark already)."""
    found = window.appearance
    if QApplication.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("the platform states a colour scheme")
    light = found._system_palette
    try:
        found._system_palette = appearance.dark_palette(theme.DARK)
        found.set_mode("system")
        assert found.dark and theme.current() is theme.DARK
        assert theme.DARK.message("info").background in window.page.banner.styleSheet()
        # the system changes its scheme while the app runs: its palette is taken afresh
        QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not found.dark and theme.current() is theme.LIGHT
        assert theme.LIGHT.message("info").background in window.page.banner.styleSheet()
    finally:
        found._system_palette = light
        found.apply()


def test_the_export_and_order_dialogs_name_their_controls(qtbot: QtBot, window: MainWindow) -> None:
    export = window.open_export_dialog()
    assert export is not None
    order = window.open_order_dialog()
    assert order is not None
    try:
        problems = [f"export: {p}" for p in unnamed(export)] + [f"order: {p}" for p in unnamed(order)]
        assert not problems, "\n".join(problems)
        assert export.export_button.isDefault() and order.plan_button.isDefault()
    finally:
        export.reject()
        order.reject()
