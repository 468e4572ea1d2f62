"""File → Open package…: the workshop's side. A received package, verified and laid out to act on.

At the top, one verdict in plain words (intact or not; signed by a known sender or not) with the
findings one click away. Tabs: the parts in 3D (from the package's own files), the job sheet, the
bill of materials, the eco report. Buttons: trust this sender (after checking the fingerprint),
rebuild and compare, open the printed parts in PrusaSlicer (when installed).

Verification, the rebuild and meshing run off the GUI thread (the app's task helper,
:mod:`configurator.ui.tasks`); the logic lives in
:mod:`configurator.core.export.package_view` and is tested without Qt.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from configurator.core.tasks import Task, TaskOutcome
from configurator.core.visible import visible
from configurator.sdk.i18n import part_name
from configurator.ui import theme
from configurator.ui.tasks import TaskBridge

MARKS = {"ok": "✓", "warning": "!", "error": "✗"}
COLORS = {"pass": "ok", "unknown": "warning", "fail": "error"}  # -> theme status colour


class _QuietBrowser(QTextBrowser):
    """Shows a package's HTML without following links or loading anything it names."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class PackageDialog(QDialog):
    opened = Signal(object)  # OpenedPackage
    rebuilt = Signal(object)  # RebuildReport

    def __init__(self, path: Path, service: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.service = service
        self.package: Any = None
        self.rebuild_report: Any = None
        self.setWindowTitle(self.tr("Package: {visible}").format(visible=visible(self.path.name)))
        self.resize(1000, 720)
        self.verdict = QLabel(self.tr("Checking the package…"))
        self.verdict.setObjectName("packageVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.rebuild_verdict = QLabel(
            self.tr(
                "Not rebuilt yet: “Rebuild and compare” rebuilds every part from the "
                "template and compares the files with it."
            )
        )
        self.rebuild_verdict.setWordWrap(True)
        self.rebuild_verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.findings = QListWidget()
        self.findings.setMaximumHeight(150)
        self.tabs = QTabWidget()
        self.parts_tab = QWidget()
        self.parts_layout = QVBoxLayout(self.parts_tab)
        self.parts_note = QLabel(self.tr("Reading the parts…"))
        self.parts_layout.addWidget(self.parts_note)
        self.preview: Any = None
        self.job_sheet = _QuietBrowser()
        self.bom = QTableWidget()
        self.eco = _QuietBrowser()
        self.tabs.addTab(self.parts_tab, self.tr("Parts in 3D"))
        self.tabs.addTab(self.job_sheet, self.tr("Job sheet"))
        self.tabs.addTab(self.bom, self.tr("Bill of materials"))
        self.tabs.addTab(self.eco, self.tr("Eco report"))

        self.trust_button = QPushButton(self.tr("Trust this sender…"))
        self.trust_button.setToolTip(
            self.tr(
                "Add the key that signed this package to your known senders, after "
                "checking its fingerprint with the sender"
            )
        )
        self.rebuild_button = QPushButton(self.tr("Rebuild and compare"))
        self.rebuild_button.setToolTip(
            self.tr("Rebuild every part from the template named in the package and compare each file with it")
        )
        self.slicer_button = QPushButton(self.tr("Open in PrusaSlicer"))
        from configurator.core.export.package_view import find_slicer

        self.slicer = find_slicer()
        if self.slicer is None:
            self.slicer_button.setToolTip(self.tr("PrusaSlicer is not installed (prusa-slicer on PATH)"))
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)  # a dialog to read: Enter closes it
        for button in (self.trust_button, self.rebuild_button, self.slicer_button):
            button.setEnabled(False)
        self.trust_button.clicked.connect(self.trust_sender)
        self.rebuild_button.clicked.connect(self.start_rebuild)
        self.slicer_button.clicked.connect(self.open_in_slicer)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.trust_button, self.rebuild_button, self.slicer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.rebuild_verdict)
        layout.addWidget(self.findings)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        # opening (again, after trusting the sender) and rebuilding run side by side
        self._opening = TaskBridge("fabwise-package", self)
        self._opening.finished.connect(self._show_package)
        self._rebuilding = TaskBridge("fabwise-rebuild", self)
        self._rebuilding.finished.connect(self._show_rebuild)
        self._opening.submit("open", self._open)

    # ----------------------------------------------------------------- work
    def _open(self, _task: Task) -> Any:
        from configurator.core.export.package_view import open_package, package_scene

        package = open_package(self.path)
        scene: Any
        try:
            scene = package_scene(package, self.service)
        except Exception as exc:  # the 3D view is a convenience: say why it is missing
            scene = exc
        return package, scene

    def _show_package(self, outcome: TaskOutcome) -> None:
        result, error = outcome.value, outcome.error
        if error is not None:
            self.verdict.setText(
                self.tr("Could not open the package: {visible}").format(visible=visible(error))
            )
            return
        package, scene = result
        self.package = package
        self._show_verdict()
        self.findings.clear()
        for finding in package.report.findings:
            self.findings.addItem(
                self.tr("{value} {subject}: {message}").format(
                    value=MARKS[finding.level], subject=finding.subject, message=finding.message
                )
            )
        self.job_sheet.setHtml(
            package.job_sheet_html
            or self.tr("<p>This package has no job sheet (made by an older Fabwise): see the manifest.</p>")
        )
        self._fill_bom(package.bom)
        self.eco.setHtml(package.eco_html or self.tr("<p>No eco report in this package.</p>"))
        self._show_scene(scene)
        ok = package.report.passed
        self.trust_button.setEnabled(ok and not package.report.signature.known)
        self.rebuild_button.setEnabled(ok and self.service is not None)
        printed = any(
            p["process"] in ("fdm", "sla", "sls") for p in (package.manifest or {}).get("parts", [])
        )
        self.slicer_button.setEnabled(ok and printed and self.slicer is not None)
        self.opened.emit(package)

    def _show_verdict(self) -> None:
        report = self.package.report
        state = "fail" if not report.passed else ("pass" if report.signature.known else "unknown")
        self.verdict.setText(f"{self.package.title()}\n{self.package.verdict()}")
        colour = theme.current().status[COLORS[state]]
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verdict.setProperty("state", state)

    def _fill_bom(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        header, body = rows[0], rows[1:]
        self.bom.setColumnCount(len(header))
        self.bom.setHorizontalHeaderLabels(header)
        self.bom.setRowCount(len(body))
        for r, row in enumerate(body):
            for c, cell in enumerate(row[: len(header)]):
                self.bom.setItem(r, c, QTableWidgetItem(cell))

    def _show_scene(self, scene: Any) -> None:
        if isinstance(scene, Exception) or scene is None:
            reason = visible(scene) if scene is not None else self.tr("no readable geometry file")
            self.parts_note.setText(
                self.tr("The parts cannot be shown in 3D ({reason}).").format(reason=reason)
            )
            return
        from configurator.ui.preview import PreviewPane

        names = ", ".join(part_name(p.name) for p in scene.parts)
        self.parts_note.setText(
            self.tr("One copy of each part, side by side, from the package's own files: {visible}").format(
                visible=visible(names)
            )
        )
        self.preview = PreviewPane(self.parts_tab)
        self.parts_layout.addWidget(self.preview, 1)
        self.scene = scene
        if self.preview.create_view():
            self.preview.show_result(scene)

    # ----------------------------------------------------------------- actions
    def trust_sender(self) -> None:
        from configurator.core.export.signing import SenderStore, Signer

        signature = self.package.report.signature
        short = signature.to_dict()["short_fingerprint"]
        name, ok = QInputDialog.getText(
            self,
            self.tr("Trust this sender"),
            self.tr(
                "Key fingerprint:\n{short}\n\nAsk the sender to read you their "
                "fingerprint (shown when they export). Trust it only if it is the "
                "same.\n\nWho is the sender?"
            ).format(short=short),
        )
        if not ok or not name.strip():
            return
        import base64

        SenderStore().trust(Signer(base64.b64decode(signature.public_key), signature.fingerprint), name)
        self._opening.submit("open", self._open)  # the verdict again, now with a known sender

    def start_rebuild(self) -> None:
        from configurator.core.export.rebuild import rebuild_package

        self.rebuild_button.setEnabled(False)
        self.rebuild_verdict.setText(self.tr("Rebuilding every part from the template…"))
        manifest, service = self.package.manifest, self.service
        if service is None:
            return
        path = self.path
        self._rebuilding.submit("rebuild", lambda _task: rebuild_package(path, manifest, service))

    def _show_rebuild(self, outcome: TaskOutcome) -> None:
        report, error = outcome.value, outcome.error
        self.rebuild_button.setEnabled(True)
        if error is not None:
            self.rebuild_verdict.setText(
                self.tr("The rebuild failed: {visible}").format(visible=visible(error))
            )
            return
        self.rebuild_report = report
        if report.status == "refused":
            text = self.tr("Not rebuilt: {reason}").format(reason=report.reason)
        elif report.same:
            text = self.tr(
                "Every geometry file ({n_files}) matches a rebuild from the template: "
                "the files are what the parameters describe."
            ).format(n_files=len(report.files))
        else:
            text = self.tr("The files differ from a rebuild: ") + "; ".join(report.differences()[:5])
        self.rebuild_verdict.setText(visible(text, 2000, keep_newlines=True))
        for finding in report.findings():
            self.findings.addItem(
                self.tr("{value} {subject}: {message}").format(
                    value=MARKS[finding.level], subject=finding.subject, message=finding.message
                )
            )
        self.rebuilt.emit(report)

    def open_in_slicer(self) -> None:
        from configurator.core.export.package_view import slicer_files

        folder = Path(tempfile.mkdtemp(prefix="fabwise-slice-"))
        files = slicer_files(self.package, folder)
        if not files or self.slicer is None:
            QMessageBox.information(self, self.tr("Open in PrusaSlicer"), self.tr("No printed part to open."))
            return
        subprocess.Popen([self.slicer, *map(str, files)])
