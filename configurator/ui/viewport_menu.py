"""The View menu's CAD tools: Show dimensions, Measure and Section (see ``PreviewPane``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from configurator.ui.preview import PreviewPane

SECTIONS = (
    ("off", QT_TRANSLATE_NOOP("viewport_menu", "&Off"), None),
    ("x", QT_TRANSLATE_NOOP("viewport_menu", "Along &X (width)"), "x"),
    ("y", QT_TRANSLATE_NOOP("viewport_menu", "Along &Y (depth)"), "y"),
    ("z", QT_TRANSLATE_NOOP("viewport_menu", "Along &Z (height)"), "z"),
)


def add_viewport_tools(window: QWidget, menu: QMenu, preview: PreviewPane) -> dict[str, QAction]:
    """Add the tools to ``menu``; returns their actions by name (``dimensions``, ``measure``,
    ``stop_measuring``, ``section_off``, ``section_x``, ...)."""
    actions: dict[str, QAction] = {}
    dimensions = QAction(QCoreApplication.translate("viewport_menu", "Show &dimensions"), window)
    dimensions.setCheckable(True)
    dimensions.setShortcut(QKeySequence("D"))
    dimensions.setStatusTip(
        QCoreApplication.translate(
            "viewport_menu", "Draw the product's overall width, depth and height on the model"
        )
    )
    dimensions.toggled.connect(lambda on: preview.set_show_dimensions(bool(on)))
    menu.addAction(dimensions)
    actions["dimensions"] = dimensions

    measure = QAction(QCoreApplication.translate("viewport_menu", "&Measure"), window)
    measure.setCheckable(True)
    measure.setShortcut(QKeySequence("M"))
    measure.setStatusTip(
        QCoreApplication.translate(
            "viewport_menu", "Click two points on the model to measure the distance between them"
        )
    )
    stop = QAction(QCoreApplication.translate("viewport_menu", "Stop measuring"), window)
    stop.setShortcut(QKeySequence(QKeySequence.StandardKey.Cancel))  # Esc
    stop.setEnabled(False)
    stop.triggered.connect(lambda _checked=False: measure.setChecked(False))
    window.addAction(stop)  # a shortcut of the window, not shown in the menu

    def toggle_measure(on: bool) -> None:
        stop.setEnabled(bool(on))
        preview.set_measuring(bool(on))

    measure.toggled.connect(toggle_measure)
    menu.addAction(measure)
    actions["measure"] = measure
    actions["stop_measuring"] = stop

    section_menu = menu.addMenu(QCoreApplication.translate("viewport_menu", "S&ection"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for key, label, axis in SECTIONS:
        action = QAction(QCoreApplication.translate("viewport_menu", str(label)), window)
        action.setCheckable(True)
        action.setChecked(axis is None)
        action.setStatusTip(
            QCoreApplication.translate("viewport_menu", "Show the whole product")
            if axis is None
            else QCoreApplication.translate(
                "viewport_menu", "Cut the product through its centre, normal to {upper}"
            ).format(upper=axis.upper())
        )
        action.triggered.connect(lambda _checked=False, a=axis: preview.set_section(a))
        group.addAction(action)
        section_menu.addAction(action)
        actions[f"section_{key}"] = action
    return actions
