"""The app starts like `fabwise` does: templates from a trusted folder, the window painted before
VTK loads, and no CadQuery/OCP in the GUI process even after a preview was built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from configurator.core.trust import TrustStore, file_candidate
from tests.ui.conftest import SAMPLE_TEMPLATES

pytestmark = pytest.mark.gui
PROBE = Path(__file__).with_name("startup_probe.py")
REPO = Path(__file__).resolve().parents[2]


def test_gui_process_never_imports_the_cad_kernel(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = TrustStore(data / "trust.json")
    store.trust(file_candidate(SAMPLE_TEMPLATES / "sample_box.py"))  # only this one
    env = {**os.environ, "FABWISE_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run(
        [sys.executable, str(PROBE), str(SAMPLE_TEMPLATES), "sample-box"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    facts = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "sample-box" in facts["templates"]
    assert "sample-trouble" not in facts["templates"]  # not trusted: never imported
    assert facts["error"] is None
    assert facts["parts"] == ["body", "lid"]
    assert facts["vtk_before_first_paint"] is False
    assert facts["view_created"] is True
    assert facts["cadquery_loaded"] is False
    assert facts["ocp_loaded"] is False


def test_many_qt_calls_do_not_exhaust_none_or_true(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None/True on every void call or emit;
    without configurator.ui.qt_workarounds this loop aborts the interpreter."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class Pinger(QObject):
        ping = Signal()

    pinger, timer = Pinger(), QTimer()
    for _ in range(200_000):
        timer.stop()
        pinger.ping.emit()
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
