"""The customising page holds its layout at 1280×800 and at 1024×768 with every built-in
template: no editor, unit or drop-down arrow is cut off (issue 15 #5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.ui.main_window import MainWindow
from configurator.ui.param_editors import NumberEditor
from tests.ui.helpers import make_window

pytestmark = pytest.mark.gui
SIZES = ((1280, 800), (1024, 768))


@pytest.fixture(scope="module")
def builtin_registry() -> TemplateRegistry:
    registry = TemplateRegistry.discover([], trust=TrustAll())
    assert len(registry.ids()) >= 10 and not registry.broken
    return registry


def _clipped(window: MainWindow) -> list[str]:
    panel = window.page.panel
    viewport = panel.scroll_area.viewport()
    found = []
    for name, editor in panel.editors.items():
        if not editor.isVisibleTo(panel):
            continue
        right = editor.mapTo(viewport, QPoint(editor.width(), 0)).x()
        if right > viewport.width():
            found.append(f"{name}: editor ends at {right}, the panel shows {viewport.width()} px")
        if isinstance(editor, NumberEditor) and editor.spin.width() < editor.spin.sizeHint().width():
            found.append(
                f"{name}: number box {editor.spin.width()} px, needs {editor.spin.sizeHint().width()}"
            )
        label = panel.issue_labels[name]
        if label.mapTo(viewport, QPoint(label.width(), 0)).x() > viewport.width():
            found.append(f"{name}: its message line is cut off")
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_template_panel_fits_without_clipping(
    qtbot: QtBot,
    builtin_registry: TemplateRegistry,
    ui_service: BuildService,
    ui_data_dir: Path,
    size: tuple[int, int],
) -> None:
    window = make_window(qtbot, builtin_registry, ui_service, ui_data_dir)
    window.resize(*size)
    window.show_customise_page()
    problems = []
    for entry in builtin_registry.entries:
        window.page.panel.set_template(entry)
        for name in window.page.panel.editors:  # the longest message a value can get
            window.page.panel.input_problems[name] = (
                f"{name} = 99999 mm is out of range: allowed 10–400 mm. Kept 400 mm."
            )
        window.page.panel.show_issues([])
        QApplication.processEvents()
        assert window.width() <= size[0] and window.height() <= size[1]
        problems += [f"{entry.template.id} at {size}: {p}" for p in _clipped(window)]
    assert not problems, "\n".join(problems)


def test_the_window_fits_a_1024x768_screen(
    qtbot: QtBot, builtin_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window = make_window(qtbot, builtin_registry, ui_service, ui_data_dir)
    window.show_customise_page()
    for entry in builtin_registry.entries:
        window.page.panel.set_template(entry)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 740, (entry.template.id, hint)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, builtin_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> None:
    window = make_window(qtbot, builtin_registry, ui_service, ui_data_dir)
    for entry in builtin_registry.entries:
        window.page.panel.set_template(entry)
        for name, editor in window.page.panel.editors.items():
            param = entry.template.schema[name]
            focus = editor.focus_widget()
            assert focus.accessibleName() == param.title, (entry.template.id, name)
            assert param.describe_range() in focus.accessibleDescription()
