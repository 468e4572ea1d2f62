"""File → Open package…: a workshop opens a received package and sees, without any CLI, whether
it is intact and who sent it, the parts, the job sheet, the BOM and the eco report; it can trust
the sender, rebuild and compare, and open the printed parts in PrusaSlicer."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from configurator.core.export import ExportOptions, export_package
from configurator.core.service import BuildService
from configurator.ui.package_dialog import PackageDialog

pytestmark = pytest.mark.gui
WAIT_MS = 120_000


@pytest.fixture(scope="module")
def package(ui_service: BuildService, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("received") / "box.zip"
    export_package(
        ui_service,
        ui_service.request("sample-box", {}),
        path,
        facility=None,
        options=ExportOptions(preview="software", mesh_quality="coarse"),
    )
    return path


def _open(qtbot: Any, path: Path, service: BuildService | None) -> PackageDialog:
    dialog = PackageDialog(path, service)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.opened, timeout=WAIT_MS):
        pass
    return dialog


def test_an_intact_package_from_an_unknown_sender(
    qtbot: Any, package: Path, ui_service: BuildService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("configurator.core.export.package_view.find_slicer", lambda: None)
    dialog = _open(qtbot, package, ui_service)
    assert dialog.verdict.property("state") == "unknown"
    assert "signed by a sender you do not know yet" in dialog.verdict.text()
    assert dialog.findings.count() > 5
    assert dialog.tabs.count() == 4
    assert "Job sheet" in dialog.job_sheet.toPlainText()
    manifest = dialog.package.manifest
    assert dialog.bom.rowCount() == len(manifest["parts"]) + len(manifest["hardware"])
    assert dialog.eco.toPlainText()
    assert [p.name for p in dialog.scene.parts] == [p["name"] for p in manifest["parts"]]
    assert dialog.trust_button.isEnabled() and dialog.rebuild_button.isEnabled()
    assert not dialog.slicer_button.isEnabled()  # not installed here


def test_trusting_the_sender_and_rebuilding(
    qtbot: Any, package: Path, ui_service: BuildService, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, package, ui_service)
    monkeypatch.setattr(
        "configurator.ui.package_dialog.QInputDialog.getText", lambda *args, **kwargs: ("Alice, Lyon", True)
    )
    with qtbot.waitSignal(dialog.opened, timeout=WAIT_MS):
        dialog.trust_button.click()
    assert dialog.verdict.property("state") == "pass"
    assert "known sender 'Alice, Lyon'" in dialog.verdict.text()
    assert not dialog.trust_button.isEnabled()
    with qtbot.waitSignal(dialog.rebuilt, timeout=WAIT_MS):
        dialog.rebuild_button.click()
    assert dialog.rebuild_report.same
    assert "matches a rebuild from the template" in dialog.rebuild_verdict.text()


def test_an_altered_package_says_do_not_use(qtbot: Any, package: Path, tmp_path: Path) -> None:
    target = tmp_path / "altered.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["quantity"] = 50
                data = json.dumps(manifest).encode()
            new.writestr(info.filename, data)
    dialog = _open(qtbot, target, None)
    assert dialog.verdict.property("state") == "fail"
    assert dialog.verdict.text().splitlines()[1].startswith("Do not use")
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("quantity: 1 → 50" in t for t in texts)
    assert not dialog.trust_button.isEnabled() and not dialog.rebuild_button.isEnabled()


def test_open_in_prusaslicer_hands_over_the_verified_print_files(
    qtbot: Any, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: list[list[str]] = []
    monkeypatch.setattr("configurator.core.export.package_view.find_slicer", lambda: "/usr/bin/prusa-slicer")
    monkeypatch.setattr("configurator.ui.package_dialog.subprocess.Popen", lambda args: launched.append(args))
    dialog = _open(qtbot, package, None)
    printed = [p for p in dialog.package.manifest["parts"] if p["process"] == "fdm"]
    assert printed and dialog.slicer_button.isEnabled()
    dialog.slicer_button.click()
    (command,) = launched
    assert command[0] == "/usr/bin/prusa-slicer"
    assert [Path(f).suffix for f in command[1:]] == [".3mf"] * len(printed)
    assert all(Path(f).is_file() for f in command[1:])


def test_the_file_menu_opens_a_package(
    qtbot: Any,
    package: Path,
    ui_registry: Any,
    ui_service: BuildService,
    ui_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.ui.helpers import make_window

    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    action = window.menu_actions["open_package"]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert action in file_menu.actions()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(package), "")
    )
    action.trigger()
    dialog = window.findChild(PackageDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.opened, timeout=WAIT_MS):
        pass
    assert dialog.package.report.passed
