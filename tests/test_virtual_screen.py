"""The per-process Xvfb of tools/test.sh: a Qt program on it exits cleanly, and the server goes
with the process (pytest-xvfb stopped it at exit while Qt was connected: exit status 1)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

PROGRAM = """
import os, sys
from tests.virtual_screen import start_virtual_screen
display = start_virtual_screen()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("on a virtual screen")
label.show()
app.processEvents()
print(display, app.platformName(), os.environ["DISPLAY"], flush=True)
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_a_qt_program_on_its_own_screen_exits_cleanly_and_the_screen_goes_with_it() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "X11 connection broke" not in done.stderr
    display, platform, seen = done.stdout.split()
    assert display.startswith(":") and seen == display and platform == "xcb"
    lock = Path(f"/tmp/.X{display[1:]}-lock")
    for _ in range(100):  # the server ends on its own once its parent has gone
        if not lock.exists():
            break
        time.sleep(0.05)
    assert not lock.exists(), f"Xvfb {display} outlived its test process"
