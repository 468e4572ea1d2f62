"""File → Import model…: a model someone brings becomes a product in the gallery.

A thin layer over :mod:`configurator.core.imported`: it asks for the file (and, when an STL's size
is implausible, for its unit; when a model of that name exists, whether to replace it), runs the
import on the app's task bridge (:mod:`configurator.ui.tasks`; meshes on its thread, STEP and
manifests in the build worker, where CadQuery lives), then registers the model, refreshes the
gallery, reports what was checked and repaired, and opens the new product.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from configurator.app.services import user_models_folder
from configurator.core.imported.declared_load import DeclaredLoad
from configurator.core.imported.importer import (
    ImportReport,
    ImportRequest,
    default_name,
    needs_kernel,
    run_import,
)
from configurator.core.imported.store import model_id
from configurator.core.imported.units import UNIT_WORDS, UnitsUnclear
from configurator.core.jobs import Job
from configurator.core.service import BuildService
from configurator.core.tasks import TaskOutcome
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import LocalText, local_number
from configurator.ui.status import StatusView
from configurator.ui.tasks import TaskBridge

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ModelImporter",
    "Models (*.stl *.STL *.3mf *.step *.stp *.STEP *.STP *.toml);;"
    "STL (*.stl *.STL);;3MF (*.3mf);;STEP (*.step *.stp *.STEP *.STP);;"
    "Open Know-How manifest (*.toml)",
)
IMPORT_TIMEOUT_S = 600.0


def report_text(report: ImportReport) -> str:
    """What the import found and did, for people."""
    lines = [
        QCoreApplication.translate(
            "model_import", "“{name}” is now in your gallery under Your models."
        ).format(name=report.name)
    ]
    for part in report.parts:
        size = " × ".join(local_number(f"{v:.1f}") for v in part.size_mm)
        what = (
            QCoreApplication.translate("model_import", "{triangles:,} triangles").format(
                triangles=part.triangles
            )
            if part.triangles is not None
            else QCoreApplication.translate("model_import", "exact solid from STEP")
        )
        lines.append(
            QCoreApplication.translate("model_import", "\n{name}: {size} mm, {what}").format(
                name=part.name, size=size, what=what
            )
        )
        lines.append(
            QCoreApplication.translate("model_import", "  units: {units} ({units_reason})").format(
                units=part.units, units_reason=part.units_reason
            )
        )
        lines += [
            QCoreApplication.translate("model_import", "  repaired: {r}").format(r=r) for r in part.repairs
        ]
        lines += [QCoreApplication.translate("model_import", "  note: {n}").format(n=n) for n in part.notes]
    lines += [QCoreApplication.translate("model_import", "\nskipped {s}").format(s=s) for s in report.skipped]
    lines += [QCoreApplication.translate("model_import", "\ndefault {c}").format(c=c) for c in report.choices]
    lines += [
        QCoreApplication.translate("model_import", "hint not used: {u}").format(u=u)
        for u in report.unused_hints
    ]
    lines += [
        QCoreApplication.translate(
            "model_import", "\ndeclared: {d} (Fit for use in the eco panel checks it)"
        ).format(d=d)
        for d in report.declared
    ]
    if report.license:
        lines.append(
            QCoreApplication.translate("model_import", "\nlicence: {license}").format(license=report.license)
            + (
                QCoreApplication.translate("model_import", ", by {author}").format(author=report.author)
                if report.author
                else ""
            )
        )
    return "\n".join(lines)


class ModelImporter(QObject):
    """Imports models for the window; ``finished`` carries the report, ``failed`` the error."""

    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # FabwiseError

    def __init__(
        self,
        service: BuildService,
        view: StatusView,
        *,
        on_imported: Callable[[ImportReport], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.view = view
        self.on_imported = on_imported
        self.parent_widget = parent
        self._tasks = TaskBridge("fabwise-import", self)
        self._tasks.finished.connect(self._on_done)
        self.last_report: ImportReport | None = None
        self._pending: tuple[Path, str, bool] | None = None
        self._declared: tuple[DeclaredLoad | None, float | None] = (None, None)
        self.finished.connect(self._done)
        self.failed.connect(self._failed)

    # ------------------------------------------------------------ dialogs (tests replace them)
    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import model"), "", self.tr(str(FILE_FILTER))
        )
        return Path(name) if name else None

    def ask_name(self, suggested: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Import model"), self.tr("Name of the product:"), text=suggested
        )
        return text.strip() or suggested if ok else None

    def confirm_replace(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Import model"),
            self.tr("A model named “{name}” is already imported. Replace it?").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_units(self, error: UnitsUnclear) -> str | None:
        choices = [
            LocalText(self.tr("{value} ({size:,.1f} mm long)")).format(value=UNIT_WORDS[u], size=size)
            for u, size in error.options
        ]
        choices.append(
            LocalText(self.tr("millimetres, as it is ({longest:,.3g} mm long)")).format(longest=error.longest)
        )
        units = [u for u, _ in error.options] + ["mm"]
        choice, ok = QInputDialog.getItem(
            self.parent_widget,
            self.tr("Which unit?"),
            self.tr("{message}.\nWhich unit was it drawn in?").format(message=error.message),
            choices,
            0,
            False,
        )
        return units[choices.index(choice)] if ok else None

    def ask_load(self, name: str) -> tuple[DeclaredLoad | None, float | None] | None:
        """The optional load and temperature to declare ((None, None): nothing declared)."""
        from configurator.ui.declared_load_dialog import DeclaredLoadDialog

        dialog = DeclaredLoadDialog(name, self.parent_widget)
        return dialog.declaration() if dialog.exec() == QDialog.DialogCode.Accepted else (None, None)

    def show_report(self, report: ImportReport) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Model imported"), report_text(report))

    # ------------------------------------------------------------------- flow
    def import_dialog(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.start(path)

    def start(
        self,
        path: Path,
        units: str | None = None,
        name: str | None = None,
        declared: tuple[DeclaredLoad | None, float | None] | None = None,
    ) -> bool:
        """Ask for the name (and replacement) and an optional load, then import ``path`` in the
        background."""
        if self.running:
            self.view.report("warning", self.tr("An import is already running."))
            return False
        if name is None:
            name = self.ask_name(default_name(path))
            if name is None:
                return False
        replace = (user_models_folder() / model_id(name)).exists()
        if replace and not self.confirm_replace(name):
            return False
        if declared is None:
            declared = self.ask_load(name)
            if declared is None:
                return False
        self._pending = (path, name, replace)
        self._declared = declared
        request = ImportRequest(
            str(path),
            str(user_models_folder()),
            name,
            units,
            replace,
            load=declared[0],
            temperature_c=declared[1],
        )
        self.view.show_status(self.tr("Importing {name}…").format(name=path.name))
        self._tasks.submit("import", lambda _task: self._run(request))
        return True

    @property
    def running(self) -> bool:
        """Whether an import is queued or running."""
        return self._tasks.tasks.running("import")

    def _run(self, request: ImportRequest) -> ImportReport:
        if needs_kernel(Path(request.path)):
            report: ImportReport = self.service.run_job(Job.IMPORT_MODEL, request, IMPORT_TIMEOUT_S)
            return report
        return run_import(request)

    def _on_done(self, outcome: TaskOutcome) -> None:
        error = outcome.error
        if error is None:
            self.finished.emit(outcome.value)
        elif isinstance(error, FabwiseError):
            self.failed.emit(error)
        else:  # a bug: say so rather than lose it in the thread
            self.failed.emit(
                FabwiseError(
                    self.tr("the import failed unexpectedly: {error}").format(error=error),
                    hint=self.tr("please report it with the file"),
                )
            )

    def _failed(self, error: FabwiseError) -> None:
        pending = self._pending
        if isinstance(error, UnitsUnclear) and pending is not None:
            units = self.ask_units(error)
            if units is not None:
                path, name, _ = pending
                self.start(path, units=units, name=name, declared=self._declared)
                return
        self.view.show_status(self.tr("Import failed."))
        self.view.report(
            "error",
            self.tr("Could not import the model: {message}").format(message=error.message),
            error.hint or "",
        )

    def _done(self, report: ImportReport) -> None:
        self.last_report = report
        self.view.show_status(self.tr("Imported {name}.").format(name=report.name))
        self.on_imported(report)
        self.show_report(report)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop delivering (the window is closing) and wait for an import in progress: its model
        is written whole or not at all."""
        self._tasks.shutdown(timeout)
