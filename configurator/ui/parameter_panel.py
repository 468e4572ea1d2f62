"""The parameter panel: a form generated from a template's schema.

Parameters are grouped into collapsible sections by their ``group``; each row has a label with the
parameter's help as tooltip, the editor for its kind, and a line under it for the problem with its
value (an out-of-range number, a violated constraint). The panel emits what the user did
(``value_previewed``/``value_committed``, preset, reset); the session decides what it means.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from configurator.core.registry import TemplateEntry
from configurator.sdk.errors import Issue
from configurator.sdk.params import ParamKind
from configurator.ui.collapsible import CollapsibleSection
from configurator.ui.param_editors import (
    NumberEditor,
    ParameterEditor,
    TextEditor,
    make_editor,
)
from configurator.ui.plain_label import plain_label
from configurator.ui.reflowing_scroll import ReflowingScrollArea

ISSUE_STYLE = "color: #b3261e;"
LABEL_MAX_WIDTH = 116  # longer labels wrap onto a second line
MIN_WIDTH = 280
INVALID_STYLE = 'ParameterEditor[invalid="true"] { background: #fde7e4; border-radius: 3px; }'


def name_for_readers(editor: ParameterEditor, param: Any) -> None:
    """Accessible names and descriptions (screen readers, UI automation): the parameter's title
    on the control that takes the focus, its help and allowed range as the description."""
    description = f"{param.help} Allowed: {param.describe_range()}".strip()
    focus = editor.focus_widget()
    focus.setAccessibleName(param.title)
    focus.setAccessibleDescription(description)
    slider = getattr(editor, "slider", None)
    if slider is not None:
        slider.setAccessibleName(f"{param.title} (slider)")
        slider.setAccessibleDescription(description)


class ParameterPanel(QWidget):
    value_previewed = Signal(str, object)
    value_committed = Signal(str, object)
    preset_chosen = Signal(str)  # preset name
    save_preset_requested = Signal()
    reset_requested = Signal()
    history_requested = Signal(str)  # "undo" / "redo" pressed in an editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameterPanel")
        self.setMinimumWidth(MIN_WIDTH)
        self.setStyleSheet(INVALID_STYLE)
        self.editors: dict[str, ParameterEditor] = {}
        self.issue_labels: dict[str, QLabel] = {}
        self.sections: dict[str, CollapsibleSection] = {}
        self._entry: TemplateEntry | None = None
        self.last_edited: str | None = None
        self._issues: list[Issue] = []
        self.input_problems: dict[str, str] = {}  # typed text that is not a value, per parameter

        self.title = plain_label("Choose a template")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.description = plain_label()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")

        self.preset_combo = QComboBox()
        self.preset_combo.setToolTip("Start from a preset: a named set of values")
        self.preset_combo.activated.connect(self._on_preset_activated)
        self.save_preset_button = QPushButton("Save…")
        self.save_preset_button.setToolTip("Save the current values as your own preset")
        self.save_preset_button.clicked.connect(self.save_preset_requested)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Set every value back to the template's default")
        self.reset_button.clicked.connect(self.reset_requested)
        preset_row = QHBoxLayout()
        preset_row.addWidget(plain_label("Preset"))
        preset_row.addWidget(self.preset_combo, 1)
        preset_row.addWidget(self.save_preset_button)
        preset_row.addWidget(self.reset_button)

        self.general_issues = plain_label()
        self.general_issues.setWordWrap(True)
        self.general_issues.setStyleSheet(ISSUE_STYLE)
        self.general_issues.hide()

        self.form = QWidget()
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 4, 0)
        self.form_layout.setSpacing(6)
        self.form_layout.addStretch(1)
        scroll = self.scroll_area = ReflowingScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addLayout(preset_row)
        layout.addWidget(self.general_issues)
        layout.addWidget(scroll, 1)
        self._set_controls_enabled(False)

    # --------------------------------------------------------------- building
    def set_template(self, entry: TemplateEntry, user_presets: Iterable[str] = ()) -> None:
        self._entry = entry
        self.last_edited = None
        template = entry.template
        self.title.setText(template.name)
        self.description.setText(template.description)
        self._clear_form()
        groups: dict[str, list[Any]] = {}
        for param in template.schema.parameters:
            groups.setdefault(param.group, []).append(param)
        metrics = self.fontMetrics()
        label_width = (
            max(
                (
                    metrics.horizontalAdvance(p.title)
                    for p in template.schema.parameters
                    if p.kind is not ParamKind.TOGGLE
                ),
                default=0,
            )
            + 6
        )
        for position, (group, params) in enumerate(groups.items()):
            section = CollapsibleSection(group)
            grid = QGridLayout(section.body)
            grid.setContentsMargins(14, 0, 0, 4)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
            row = 0
            for param in params:
                editor = make_editor(param, template.processes)
                editor.setObjectName(f"param_{param.name}")
                name_for_readers(editor, param)
                editor.setProperty("invalid", False)
                if param.kind is not ParamKind.TOGGLE:
                    label = plain_label(param.title)
                    label.setToolTip(editor.toolTip())
                    label.setBuddy(editor.focus_widget())
                    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                    label.setMinimumWidth(min(label_width, LABEL_MAX_WIDTH))
                    label.setWordWrap(True)
                    grid.addWidget(label, row, 0)
                    grid.addWidget(editor, row, 1)
                else:
                    grid.addWidget(editor, row, 0, 1, 2)
                issue = plain_label()
                issue.setWordWrap(True)
                issue.setStyleSheet(ISSUE_STYLE)
                issue.setObjectName(f"issue_{param.name}")
                issue.hide()
                grid.addWidget(issue, row + 1, 0, 1, 2)
                row += 2
                name = param.name
                editor.previewed.connect(lambda v, n=name: self.value_previewed.emit(n, v))
                editor.committed.connect(lambda v, n=name: self._on_committed(n, v))
                editor.problem.connect(lambda text, n=name: self._on_input_problem(n, text))
                editor.history.connect(self.history_requested)
                self.editors[name] = editor
                self.issue_labels[name] = issue
            self.sections[group] = section
            self.form_layout.insertWidget(position, section)
            section.show()  # at once, not when the layout gets round to it
        self._fill_presets(user_presets)
        self._set_controls_enabled(True)
        self._fit_width()

    def _fit_width(self) -> None:
        """Never narrower than the form needs: no editor, unit or arrow is cut off at the right,
        whatever the window size (the splitter and the window minimum respect this)."""
        boxes = [e.spin for e in self.editors.values() if isinstance(e, NumberEditor)]
        width = max((box.sizeHint().width() for box in boxes), default=0)
        for box in boxes:  # one column of equal boxes, each wide enough for its longest value
            box.setMinimumWidth(width)
        self.form.adjustSize()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        margins = self._layout.contentsMargins()
        needed = (
            self.form.minimumSizeHint().width()
            + bar
            + margins.left()
            + margins.right()
            + 2 * self.scroll_area.frameWidth()
        )
        self.setMinimumWidth(max(MIN_WIDTH, needed))

    def _clear_form(self) -> None:
        for section in self.sections.values():
            self.form_layout.removeWidget(section)
            section.deleteLater()
        self.sections.clear()
        self.editors.clear()
        self.issue_labels.clear()
        self.input_problems.clear()
        self._issues = []
        self.general_issues.hide()

    def _fill_presets(self, user_presets: Iterable[str]) -> None:
        self.preset_combo.clear()
        self.preset_combo.addItem("Choose…", None)
        assert self._entry is not None
        for preset in self._entry.template.schema.presets:
            self.preset_combo.addItem(preset.title, preset.name)
            if preset.description:
                self.preset_combo.setItemData(
                    self.preset_combo.count() - 1, preset.description, Qt.ItemDataRole.ToolTipRole
                )
        for name in user_presets:
            self.preset_combo.addItem(f"{name} (yours)", name)
        self.preset_combo.setEnabled(self.preset_combo.count() > 1)

    def _on_committed(self, name: str, value: Any) -> None:
        self.last_edited = name
        self.value_committed.emit(name, value)

    def set_user_presets(self, names: Iterable[str]) -> None:
        if self._entry is not None:
            self._fill_presets(names)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (self.preset_combo, self.save_preset_button, self.reset_button):
            widget.setEnabled(enabled)

    def _on_preset_activated(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        self.preset_combo.setCurrentIndex(0)
        if name:
            self.preset_chosen.emit(str(name))

    # ---------------------------------------------------------------- showing
    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            editor = self.editors.get(name)
            if editor is not None:
                editor.set_value(value)

    def _on_input_problem(self, name: str, text: str) -> None:
        if text:
            self.input_problems[name] = text
        else:
            self.input_problems.pop(name, None)
        self._render_issues()

    def show_issues(self, issues: Iterable[Issue]) -> None:
        """Show the design's issues (with any typed text that is not a value) by their values."""
        self._issues = list(issues)
        self._render_issues()

    def _render_issues(self) -> None:
        per_param: dict[str, list[str]] = {name: [text] for name, text in self.input_problems.items()}
        general: list[str] = []
        invalid: set[str] = set(self.input_problems)
        for issue in self._issues:
            known = [p for p in issue.params if p in self.editors]
            if not known:
                general.append(issue.message)
                continue
            # next to the value just edited if it is involved, else the first one in the form
            order = list(self.editors)
            target = self.last_edited if self.last_edited in known else min(known, key=order.index)
            per_param.setdefault(target, []).append(issue.message)
            invalid.update(known)
        for name, label in self.issue_labels.items():
            messages = per_param.get(name, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        for name, editor in self.editors.items():
            flag = name in invalid
            if editor.property("invalid") != flag:
                editor.setProperty("invalid", flag)
                editor.style().unpolish(editor)
                editor.style().polish(editor)
        self.general_issues.setText("\n".join(general))
        self.general_issues.setVisible(bool(general))

    def flush(self) -> None:
        """Commit any edit that is waiting for its settle pause."""
        for editor in self.editors.values():
            flush = getattr(editor, "flush", None)
            if callable(flush):
                flush()

    def editor(self, name: str) -> ParameterEditor:
        return self.editors[name]

    def text_editors(self) -> list[TextEditor]:
        return [e for e in self.editors.values() if isinstance(e, TextEditor)]
