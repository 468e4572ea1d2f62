"""Jobs that misbehave the way a hostile or careless template could (run in the build worker)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import time
from typing import Any


def spawn_sleeper(payload: Any) -> int:
    """Start a long-lived child that holds the worker's stdout, and return its pid."""
    child = subprocess.Popen(["sleep", "120"])
    return child.pid


def ignore_cpu_limit_and_spin(payload: Any) -> None:
    """Ignore SIGXCPU, lift the soft CPU limit as far as allowed, then burn CPU for ever."""
    signal.signal(signal.SIGXCPU, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
    while True:
        pass


def sleep_forever(payload: Any) -> None:
    time.sleep(600)


def my_pid(payload: Any) -> int:
    return os.getpid()
