"""Fault injection: an export whose CLI is killed (kill -9), terminated or interrupted (Ctrl+C)
while the worker is writing the package never replaces the package already at the target,
leaves no worker running, and a completed export is always in the history (issue 13, finding 4).

The CLI runs under a small harness that is a child subreaper (as init is on a desktop), so an
orphaned worker keeps running as it would for a user and the harness can see it. A
``sitecustomize`` on the CLI's path pauses the first zip entry the worker writes, so the signal
arrives while the package is being written, the moment the old code got wrong."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from configurator.core.export_history import export_history
from tests.core.conftest import template_source

REPO = Path(__file__).resolve().parents[3]
OLD_PACKAGE = b"PK the package the user chose to keep"

SITECUSTOMIZE = """
import os, time, zipfile
_marker = os.environ.get("FABWISE_TEST_MARKER")
_original = zipfile.ZipFile.writestr
def _paused_writestr(self, *args, **kwargs):
    if _marker and not os.path.exists(_marker):
        with open(_marker, "w") as out:
            out.write(str(os.getpid()))
        time.sleep(1.0)
    return _original(self, *args, **kwargs)
zipfile.ZipFile.writestr = _paused_writestr
"""

HARNESS = textwrap.dedent("""
    import ctypes, json, os, signal, subprocess, sys, time
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans come to us
    command, how, marker = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    # A shell starts background jobs with SIGINT ignored, and an ignored SIGINT is inherited:
    # the CLI must see Ctrl+C as a user at a terminal would.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    cli = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while not os.path.exists(marker) or not open(marker).read():
        if cli.poll() is not None or time.monotonic() > deadline:
            print(json.dumps({"error": "no worker wrote a package", "err": cli.communicate()[1]}))
            sys.exit(0)
        time.sleep(0.02)
    worker = int(open(marker).read())
    time.sleep(0.1)
    cli.send_signal(how)
    _, err = cli.communicate(timeout=60)

    def alive(pid):
        try:
            os.waitpid(-1, os.WNOHANG)  # reap whatever was handed to us
        except ChildProcessError:
            pass
        try:
            state = open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()[0]
        except OSError:
            return False
        return state != "Z"

    end = time.monotonic() + 5
    while alive(worker) and time.monotonic() < end:
        time.sleep(0.05)
    outlived = alive(worker)
    end = time.monotonic() + 60
    while alive(worker) and time.monotonic() < end:  # let an orphan do its worst
        time.sleep(0.1)
    if alive(worker):
        os.kill(worker, signal.SIGKILL)
    print(json.dumps({"returncode": cli.returncode, "err": err, "worker_outlived": outlived}))
""")


@pytest.fixture
def setup(tmp_path: Path) -> tuple[list[str], dict[str, str], Path]:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "block.py").write_text(template_source("plain-block"))
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = dict(os.environ)
    env["FABWISE_DATA_DIR"] = str(tmp_path / "data")
    env["FABWISE_TEST_MARKER"] = str(tmp_path / "writing")
    env["PYTHONPATH"] = os.pathsep.join([str(hooks), str(REPO)])
    target = tmp_path / "out.zip"
    target.write_bytes(OLD_PACKAGE)
    command = [
        sys.executable,
        "-m",
        "configurator.cli.main",
        "--templates",
        str(folder),
        "--trust",
        "export",
        "plain-block",
        "--facility",
        "example-atelier-canal",
        "--no-eco",
        "--preview",
        "software",
        "-o",
        str(target),
    ]
    return command, env, target


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux child subreaper")
@pytest.mark.parametrize(
    "how", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["kill-9", "sigterm", "ctrl-c"]
)
def test_an_interrupted_export_never_replaces_the_package(
    setup: tuple[list[str], dict[str, str], Path], tmp_path: Path, how: signal.Signals
) -> None:
    command, env, target = setup
    run = subprocess.run(
        [sys.executable, "-c", HARNESS, json.dumps(command), str(int(how)), env["FABWISE_TEST_MARKER"]],
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
    )
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert "error" not in report, report
    if how == signal.SIGKILL:
        assert report["returncode"] == -signal.SIGKILL
    else:
        assert report["returncode"] == 130 and "interrupted" in report["err"], report
    assert not report["worker_outlived"], "the worker outlived the CLI"
    assert target.read_bytes() == OLD_PACKAGE, "the interrupted export replaced the package"
    if how != signal.SIGKILL:
        assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.zip")]
    assert export_history(tmp_path / "data" / "fabwise.db") == []


def test_a_completed_export_lands_and_is_in_the_history(
    setup: tuple[list[str], dict[str, str], Path], tmp_path: Path
) -> None:
    command, env, target = setup
    del env["FABWISE_TEST_MARKER"]
    stale = tmp_path / ".out.zip.999999.partial"  # left by a long-gone process
    stale.write_bytes(b"stale")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes()[:2] == b"PK" and target.read_bytes() != OLD_PACKAGE
    (row,) = export_history(tmp_path / "data" / "fabwise.db")
    assert row["path"] == str(target.resolve()) and row["template_id"] == "plain-block"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.zip")]
