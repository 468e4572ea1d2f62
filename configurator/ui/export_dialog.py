"""The export dialog: machine checks listed before anything is written, then the package job in the
build worker with progress and cancel, then the files written and a button to open the folder.

The checks shown first are the facility's machine checks on the built parts (process, envelope,
material, sheet stock); the export job repeats them on the export-quality build and adds the
thickness checks, and a failure there is listed the same way. Nothing is written unless every
check passes.

Cancel sets an event that the worker call watches (before and during the job): the job is
abandoned, its worker replaced, and nothing half-written is left. Each package written is recorded
by core in the app database; the dialog lists the most recent ones.
"""

from __future__ import annotations

import html
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from configurator.core.service import BuildService
from configurator.core.tasks import Task, TaskOutcome
from configurator.sdk.errors import BuildFailed, FabwiseError
from configurator.sdk.i18n import LocalText, local_number
from configurator.sdk.results import BuildRequest, BuildResult
from configurator.ui import theme
from configurator.ui.plain_label import plain_label
from configurator.ui.saved_designs_dialog import saved_time_text
from configurator.ui.tasks import TaskBridge

RECENT_EXPORTS = 5
STATUS_MARK = {"pass": "✓", "fail": "✗", "unknown": "?"}
STATUS_COLOR = {"pass": "ok", "fail": "error", "unknown": "warning"}  # -> theme status colour


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask before an export replaces a file (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("export_dialog", "Replace package?"),
        QCoreApplication.translate("export_dialog", "{name} already exists in {parent}. Replace it?").format(
            name=path.name, parent=path.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_url(url: str) -> bool:
    """Open ``url`` with the desktop's program for it; False if there is none."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


def quote_text(quote: Any) -> str:
    """The quote as the dialog shows it: each term, the total with its range, lead time."""
    cur = quote.currency
    lines = [
        QCoreApplication.translate(
            "export_dialog", "<b>Quote from {facility_name} for {quantity}</b>"
        ).format(facility_name=quote.facility_name, quantity=quote.quantity)
    ]
    for term in quote.terms:
        amount = term.amount
        spread = local_number(f" ({amount.low:.2f}–{amount.high:.2f})") if amount.high > amount.low else ""
        flag = (
            QCoreApplication.translate("export_dialog", " <i>typical, not this lab's price</i>")
            if term.typical
            else ""
        )
        lines.append(
            LocalText(
                QCoreApplication.translate("export_dialog", "{label}: {value:.2f} {cur}{spread}{flag}")
            ).format(label=term.label, value=amount.value, cur=cur, spread=spread, flag=flag)
        )
    total = quote.total
    spread = (
        LocalText(QCoreApplication.translate("export_dialog", " (range {low:.2f}–{high:.2f})")).format(
            low=total.low, high=total.high
        )
        if total.high > total.low
        else ""
    )
    lines.append(
        LocalText(
            QCoreApplication.translate("export_dialog", "<b>Total {value:.2f} {cur}</b>{spread}")
        ).format(value=total.value, cur=cur, spread=spread)
    )
    lines += [
        QCoreApplication.translate("export_dialog", "Not priced, not in the total: {item}").format(item=item)
        for item in quote.unpriced
    ]
    lines.append(
        QCoreApplication.translate("export_dialog", "Lead time: {lead_time}").format(
            lead_time=quote.lead_time
        )
    )
    return "<br>".join(lines)


def check_item(check: Any) -> QListWidgetItem:
    text = f"{STATUS_MARK.get(check.status, '?')} {check.describe()}"
    if check.source:
        text += f"  [{check.source}]"
    item = QListWidgetItem(text)
    colours = theme.current()
    status = STATUS_COLOR.get(check.status)
    item.setForeground(QColor(colours.status[status] if status else colours.text))
    item.setData(Qt.ItemDataRole.UserRole, check.status)
    return item


class ExportDialog(QDialog):
    export_finished = Signal(object)  # ExportSummary
    export_failed = Signal(str)

    def __init__(
        self,
        service: BuildService,
        request: BuildRequest,
        result: BuildResult,
        *,
        template_name: str,
        facility: Any | None,
        eco: dict[str, Any] | None,
        eco_reason: str = "",
        material: str | None = None,
        other_facilities: list[Any] | None = None,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export production package"))
        self.resize(720, 560)
        self.service = service
        self.request = request
        self.build_result = result
        self.facility = facility
        self.eco = eco
        self.eco_reason = eco_reason
        self.material = material
        self.other_facilities = other_facilities or []
        self.summary: Any = None
        self.error: BaseException | None = None
        self.established: Any = None  # EstablishedChecks shown above, handed to the export
        self._task: Task | None = None  # the running export
        self._exports = TaskBridge("fabwise-export", self)
        self._exports.finished.connect(self._on_finished)
        self.quote: Any = None  # Quote shown, for the current quantity
        # quotes slice and price beside a running export; a newer quantity supersedes
        self._quotes = TaskBridge("fabwise-quote", self)
        self._quotes.finished.connect(self._on_quote)

        title = QLabel(
            self.tr(
                "<b>{escape}</b> — STEP, STL/3MF, DXF, print-ready G-code or 3MF "
                "project for printed parts, manifest with checksums, bill of "
                "materials, quote, eco report and preview, in one zip."
            ).format(escape=html.escape(template_name))
        )
        title.setWordWrap(True)
        where = facility.name if facility is not None else self.tr("no workshop chosen")
        self.facility_label = plain_label(self.tr("For: {where}").format(where=where))
        self.facility_label.setWordWrap(True)

        self.checks = QListWidget()
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(self.tr("Checks before writing"))
        self.checks_label = plain_label()
        self.checks_label.setWordWrap(True)

        self.folder = QLineEdit(str(folder or Path.home()))
        self.folder.setAccessibleName(self.tr("Folder"))  # its form label names the row, not the field
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.file_name = QLineEdit(f"{request.ref.id}-{date.today().isoformat()}.zip")
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 10_000)
        self.quantity.setToolTip(self.tr("Number of complete products to make"))
        self.quantity.valueChanged.connect(lambda _v: self.request_quote())
        self.quote_label = QLabel()
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("File name"), self.file_name)
        form.addRow(self.tr("Quantity"), self.quantity)

        self.recent_label = plain_label()
        self.recent_label.setWordWrap(True)
        self.recent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.open_button, self.cancel_button, self.export_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.facility_label)
        layout.addWidget(plain_label(self.tr("Checks before writing (the facility's machines):")))
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.checks_label)
        layout.addLayout(form)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._precheck()
        self.show_recent_exports()
        self.request_quote()

    # ----------------------------------------------------------------- quote
    def request_quote(self) -> None:
        """Quote the design at the chosen workshop for the quantity, off the GUI thread."""
        if self.facility is None:
            self.quote_label.setText(self.tr("Quote: choose a workshop first."))
            return
        from configurator.app.quoting import quote_build

        quantity = self.quantity.value()
        result, facility = self.build_result, self.facility
        self.quote_label.setText(
            self.tr("Quote for {quantity}: slicing and pricing…").format(quantity=quantity)
        )

        def work(_task: Task) -> Any:
            quote, _, _ = quote_build(result, facility, quantity)
            return quote

        self._quotes.submit("quote", work)  # an older quantity's answer is never shown

    def _on_quote(self, outcome: TaskOutcome) -> None:
        error = outcome.error
        if error is not None:
            message = error.message if isinstance(error, FabwiseError) else f"{error}"
            self.quote_label.setText(self.tr("No quote: {message}").format(message=message))
            return
        quote = outcome.value
        self.quote = quote
        self.quote_label.setText(quote_text(quote))
        self.quote_label.setToolTip(quote.render())

    # ---------------------------------------------------------------- checks
    def _precheck(self) -> None:
        self.checks.clear()
        if self.facility is None:
            self.checks_label.setText(
                self.tr(
                    "Choose a workshop in the “Make it” panel first: the package is "
                    "checked against its machines."
                )
            )
            self.export_button.setEnabled(False)
            return
        from configurator.core.export import EstablishedChecks, plan_parts

        # the export job takes these checks instead of running them again (same design, same
        # workshop record), so the package carries what the person saw here
        self.established = EstablishedChecks.of(self.request, self.build_result, self.facility)
        checks = (
            self.established.checks
            if self.established is not None
            else [c for plan in plan_parts(self.build_result.parts, self.facility) for c in plan.checks]
        )
        self.show_checks(checks)
        failed = sum(c.status == "fail" for c in checks)
        unknown = sum(c.status == "unknown" for c in checks)
        if failed:
            self.checks_label.setText(
                self.tr(
                    "{failed} check(s) fail: the package cannot be written. Change the "
                    "design, the material or the workshop."
                ).format(failed=failed)
            )
            self.export_button.setEnabled(False)
        else:
            note = (
                self.tr(" {unknown} not confirmed by the workshop's data (shown with ?).").format(
                    unknown=unknown
                )
                if unknown
                else ""
            )
            self.checks_label.setText(
                self.tr(
                    "{value} checks pass.{note} Wall and feature thickness are checked during export."
                ).format(value=len(checks) - unknown, note=note)
            )
            self.export_button.setEnabled(True)

    def show_checks(self, checks: list[Any]) -> None:
        self.checks.clear()
        order = {"fail": 0, "unknown": 1, "pass": 2}
        for check in sorted(checks, key=lambda c: order.get(c.status, 3)):
            self.checks.addItem(check_item(check))

    def failing_checks(self) -> list[str]:
        return [
            self.checks.item(i).text()
            for i in range(self.checks.count())
            if self.checks.item(i).data(Qt.ItemDataRole.UserRole) == "fail"
        ]

    # ---------------------------------------------------------------- export
    def output_path(self) -> Path:
        name = self.file_name.text().strip() or f"{self.request.ref.id}.zip"
        if not name.lower().endswith(".zip"):
            name += ".zip"
        return Path(self.folder.text().strip() or ".").expanduser() / name

    def start_export(self) -> None:
        if self.facility is None or self._task is not None:
            return
        from configurator.core.export import ExportOptions, export_package

        output = self.output_path()
        if output.exists() and not confirm_replace(self, output):
            self.status.setText(
                self.tr(
                    "Not exported: {name} already exists. Choose another file name, or "
                    "export again and replace it."
                ).format(name=output.name)
            )
            return
        options = ExportOptions(quantity=self.quantity.value(), material=self.material)
        service = self.service
        request, facility = self.request, self.facility
        eco, reason, others = self.eco, self.eco_reason, list(self.other_facilities)

        result, shown, established = self.build_result, self.quote, self.established
        quantity = options.quantity

        def work(task: Task) -> Any:
            from configurator.app.quoting import quote_build

            quote = shown if shown is not None and shown.quantity == quantity else None
            if quote is None:
                quote, _, _ = quote_build(result, facility, quantity)
            return export_package(
                service,
                request,
                output,
                facility=facility,
                eco=eco,
                eco_reason=reason,
                options=options,
                other_facilities=others,
                cancel=task.stop_event,
                quote=quote.to_dict(),
                established=established,
            )

        self.summary = None
        self.error = None
        self.progress.show()
        self.status.setText(
            self.tr("Building at export quality, checking and writing {name}…").format(name=output.name)
        )
        self.export_button.setEnabled(False)
        self.cancel_button.show()
        self.close_button.setEnabled(False)
        self.open_button.hide()
        self._task = self._exports.submit("export", work)

    @property
    def cancel_requested(self) -> bool:
        return self._task is not None and self._task.stopped

    def cancel_export(self) -> None:
        """Abandon the running export (whether or not its job reached the worker yet)."""
        if self._task is not None and not self._task.stopped:
            self._task.stop()  # its outcome still arrives: "cancelled, nothing written"
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _on_finished(self, outcome: TaskOutcome) -> None:
        from configurator.core.export import ExportBlocked

        cancelled = self.cancel_requested
        summary, error = outcome.value, outcome.error
        self._task = None
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if summary is not None:
            self.summary = summary
            from configurator.core.export.signing import short_fingerprint

            self.status.setText(
                self.tr(
                    "Wrote {path} ({value} files), signed with your key "
                    "{short_fingerprint}: read it to the workshop so it can trust your "
                    "packages. It can check the package with File → Open package… or "
                    "fabwise package verify {name}"
                ).format(
                    path=summary.path,
                    value=len(summary.files) + 1,
                    short_fingerprint=short_fingerprint(summary.signer_fingerprint),
                    name=Path(summary.path or "").name,
                )
            )
            self.show_checks(list(summary.checks))
            unknown = sum(c.status == "unknown" for c in summary.checks)
            note = (
                self.tr(", {unknown} not confirmed by the workshop's data").format(unknown=unknown)
                if unknown
                else ""
            )
            self.checks_label.setText(
                self.tr("{value} checks passed{note}.").format(value=len(summary.checks) - unknown, note=note)
            )
            self.open_button.show()
            self.show_recent_exports()
            self.export_finished.emit(summary)
            return
        self.error = error
        if isinstance(error, ExportBlocked):
            self.show_checks(list(error.checks))
            failed = sum(c.status == "fail" for c in error.checks)
            text = self.tr(
                "Nothing was written: {failed} manufacturing check(s) failed (listed above)."
            ).format(failed=failed)
        elif cancelled or (isinstance(error, BuildFailed) and error.kind == "cancelled"):
            text = self.tr("Export cancelled. Nothing was written.")
        elif isinstance(error, FabwiseError):
            text = self.tr("Export failed: {message}").format(message=error.message) + (
                f" ({error.hint})" if error.hint else ""
            )
        else:
            text = self.tr("Export failed: {kind}: {error}").format(kind=type(error).__name__, error=error)
        self.status.setText(text)
        self.export_failed.emit(text)

    @property
    def running(self) -> bool:
        return self._task is not None

    def show_recent_exports(self) -> None:
        """The last packages written (from the app database's export history)."""
        from configurator.core.export_history import export_history

        try:
            rows = export_history(limit=RECENT_EXPORTS)
        except (OSError, sqlite3.Error, FabwiseError):
            rows = []  # the history is a convenience; the packages are on disk
        if not rows:
            self.recent_label.hide()
            return
        lines = [self.tr("Recent exports:")]
        seen: set[str] = set()
        unique = []
        for row in rows:  # newest first: a package written again is listed once, at its newest
            path = str(row.get("path", ""))
            if path not in seen:
                seen.add(path)
                unique.append(row)
        rows = unique
        for row in rows:
            when = saved_time_text(str(row.get("exported_utc", "")))
            lines.append(
                self.tr("• {when}  {name}  ({get})").format(
                    when=when, name=Path(str(row.get("path", ""))).name, get=row.get("template_id", "")
                )
            )
        self.recent_label.setText("\n".join(lines))
        self.recent_label.setToolTip("\n".join(str(row.get("path", "")) for row in rows))
        self.recent_label.show()

    def open_folder(self) -> None:
        if self.summary is not None and self.summary.path:
            folder = str(Path(self.summary.path).parent)
            if not open_url(QUrl.fromLocalFile(folder).toString()):
                from PySide6.QtWidgets import QApplication

                QApplication.clipboard().setText(folder)
                self.status.setText(
                    self.tr(
                        "No file manager is set up here to open the folder. The package is in "
                        "{folder} (copied to the clipboard)."
                    ).format(folder=folder)
                )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def reject(self) -> None:
        if self._task is not None:
            return  # cancel first
        super().reject()
