"""The export dialog: cancelling while the package job runs in the worker stops it at once (through
the worker's cancel event), leaves nothing behind, and the next job gets a fresh worker; packages
written are listed under “Recent exports”."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from configurator.core.facilities.store import FacilityStore
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.ui.export_dialog import ExportDialog
from tests.ui.helpers import BUILD_WAIT_MS

pytestmark = pytest.mark.gui
EXPORT_WAIT_MS = 240_000
CANCEL_WAIT_MS = 60_000  # far below the export's own 180 s timeout
WORKSHOP = "example-atelier-canal"  # fictional seed workshop with FDM printers

SLOW_TEMPLATE = """\
import time
from pathlib import Path

import cadquery as cq

from configurator.sdk.params import Choice, Length
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template


def build(p):
    if p.text("mode") == "slow":
        Path({marker!r}).write_text("building")  # the job is running in the worker now
        time.sleep(150)
    return Product((Part("tile", cq.Workplane("XY").box(p.num("size"), p.num("size"), 4),
                         "pla", "fdm"),))


TEMPLATE = Template(
    id="slow-tile", version="1.0.0", name="Slow tile", description="A tile that can take long.",
    category="Test", processes=("fdm",),
    parameters=(Choice("mode", "quick", ("quick", "slow")), Length("size", 30, 10, 100)),
    build=build,
)
"""


@pytest.fixture
def slow_service(tmp_path: Path, ui_service: BuildService) -> tuple[BuildService, Path]:
    marker = tmp_path / "building.txt"
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "slow_tile.py").write_text(SLOW_TEMPLATE.format(marker=str(marker)))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    assert registry.ids() == ["slow-tile"], registry.broken
    return BuildService(registry, worker=ui_service.worker), marker


def _dialog(qtbot: QtBot, service: BuildService, values: dict[str, object], out: Path) -> ExportDialog:
    result = service.build(service.request("slow-tile"))
    with FacilityStore() as store:
        facility = store.get(WORKSHOP)
    dialog = ExportDialog(
        service,
        service.request("slow-tile", values),
        result,
        template_name="Slow tile",
        facility=facility,
        eco=None,
        eco_reason="not evaluated in this test",
        material="pla",
        folder=out,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_cancel_stops_the_running_export_job(
    qtbot: QtBot, slow_service: tuple[BuildService, Path], tmp_path: Path
) -> None:
    service, marker = slow_service
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(qtbot, service, {"mode": "slow"}, out)
    assert dialog.export_button.isEnabled(), dialog.failing_checks()
    with qtbot.waitSignal(dialog.export_failed, timeout=CANCEL_WAIT_MS) as failed:
        dialog.export_button.click()
        qtbot.waitUntil(marker.exists, timeout=BUILD_WAIT_MS)  # the worker runs the job
        dialog.cancel_button.click()
        assert dialog.status.text() == "Cancelling…" and not dialog.cancel_button.isEnabled()
    assert failed.args[0] == "Export cancelled. Nothing was written."
    assert isinstance(dialog.error, Exception) and getattr(dialog.error, "kind", "") == "cancelled"
    assert list(out.iterdir()) == []  # nothing half-written
    assert not dialog.running and dialog.close_button.isEnabled()
    result = service.build(service.request("slow-tile", {"size": 44}))  # a fresh worker
    assert result.params["size"] == 44


def test_written_package_is_listed_in_recent_exports(
    qtbot: QtBot, slow_service: tuple[BuildService, Path], tmp_path: Path
) -> None:
    service, _marker = slow_service
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(qtbot, service, {"size": 25}, out)
    dialog.file_name.setText("tile-for-history.zip")
    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_WAIT_MS):
        dialog.export_button.click()
    assert (out / "tile-for-history.zip").is_file()
    assert "signed with your key" in dialog.status.text()
    assert dialog.summary.signer_fingerprint[:4].upper() in dialog.status.text()
    assert dialog.recent_label.isVisibleTo(dialog)
    lines = dialog.recent_label.text().splitlines()
    assert lines[0] == "Recent exports:" and "tile-for-history.zip" in lines[1]
    assert "slow-tile" in lines[1]
    assert str(out / "tile-for-history.zip") in dialog.recent_label.toolTip()


def test_exporting_again_under_one_name_asks_and_lists_the_package_once(
    qtbot: QtBot, slow_service: tuple[BuildService, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15 #6: a second export under one name overwrote without asking and was listed
    twice in Recent exports; Open folder did nothing where no file manager is registered."""
    from configurator.ui import export_dialog

    service, _marker = slow_service
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(qtbot, service, {"size": 26}, out)
    dialog.file_name.setText("tile-twice.zip")
    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_WAIT_MS):
        dialog.export_button.click()
    first = (out / "tile-twice.zip").read_bytes()
    asked: list[Path] = []

    def refuse(_parent: object, path: Path) -> bool:
        asked.append(path)
        return False

    monkeypatch.setattr(export_dialog, "confirm_replace", refuse)
    dialog.export_button.click()  # "No": nothing is written, and the dialog says so
    assert asked == [out / "tile-twice.zip"] and not dialog.running
    assert "tile-twice.zip already exists" in dialog.status.text()
    assert (out / "tile-twice.zip").read_bytes() == first
    monkeypatch.setattr(export_dialog, "confirm_replace", lambda _parent, _path: True)
    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_WAIT_MS):
        dialog.export_button.click()
    names = [line for line in dialog.recent_label.text().splitlines() if "tile-twice.zip" in line]
    assert len(names) == 1

    monkeypatch.setattr(export_dialog, "open_url", lambda _url: False)
    dialog.open_folder()
    assert str(out) in dialog.status.text() and "clipboard" in dialog.status.text()
