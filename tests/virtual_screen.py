"""A virtual X screen (Xvfb) for this test process alone.

``tools/test.sh`` runs the tests in several processes (pytest-xdist) and sets ``FABWISE_TEST_XVFB=1``;
each process then starts its own Xvfb, so one process's windows never take the keyboard focus from
another's. The server is this process's child and is sent SIGTERM when the process ends
(``PR_SET_PDEATHSIG``), after Qt and VTK have closed their connections: a server stopped earlier
(at ``atexit``, as pytest-xvfb does) makes Qt report "The X11 connection broke" and exit with
status 1 after a run that passed.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import subprocess

SCREEN = "1280x1024x24"
PR_SET_PDEATHSIG = 1
START_SECONDS = 30.0


_prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here, not in the forked child


def _die_with_parent() -> None:
    _prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start_virtual_screen() -> str:
    """Start Xvfb on a free display, set ``DISPLAY`` for this process and its children; return it."""
    read_end, write_end = os.pipe()
    try:
        subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
    finally:
        os.close(write_end)
    try:
        answer = b""
        while not answer.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], START_SECONDS)
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:
                raise RuntimeError(f"Xvfb did not report a display within {START_SECONDS:.0f} s")
            answer += chunk
    finally:
        os.close(read_end)
    display = f":{int(answer)}"
    os.environ["DISPLAY"] = display
    return display
