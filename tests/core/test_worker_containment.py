"""The worker is contained (issue 13, finding 3): its own process group and session, killed with
everything it spawned, dead when its parent dies (even by kill -9, even when started from a
thread), and the limits are Fabwise's: a template that ignores SIGXCPU is still stopped, and a
template's build_timeout can only lower the limit.

Scenarios that orphan processes run under a harness that is a child subreaper, as init is on a
desktop, so an orphan keeps running as it would for a user and the harness can see it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from configurator.core.service import job_timeout
from configurator.core.worker import WorkerLimits, WorkerProcess
from configurator.sdk.errors import BuildFailed

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="process groups, /proc and a child subreaper"
)

HARNESS = textwrap.dedent("""
    import ctypes, json, os, signal, subprocess, sys, threading, time
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans come to us

    def alive(pid):
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass
        try:
            return open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()[0] != "Z"
        except OSError:
            return False

    def settle(pids, seconds):
        end = time.monotonic() + seconds
        while any(alive(p) for p in pids) and time.monotonic() < end:
            time.sleep(0.05)
        return [p for p in pids if alive(p)]

    mode = sys.argv[1]
    if mode in ("close", "crash"):
        from configurator.core.worker import WorkerProcess
        worker = WorkerProcess(warm_imports=())
        sleeper = worker.call("tests.core.worker_jobs:spawn_sleeper", None, 30)
        worker_pid = worker.pid
        if mode == "crash":
            os.kill(worker_pid, signal.SIGSEGV)
            try:
                worker.call("tests.core.worker_jobs:my_pid", None, 30)
            except Exception:
                pass
        else:
            worker.close()
        survivors = settle([sleeper, worker_pid], 3)
        for pid in survivors:
            os.kill(pid, signal.SIGKILL)
        print(json.dumps({"survivors": survivors}))
    else:  # "parent-killed" / "parent-killed-thread": kill -9 the worker's parent mid-job
        code = (
            "import sys, threading, time\\n"
            "from configurator.core.worker import WorkerProcess\\n"
            "def run():\\n"
            "    w = WorkerProcess(warm_imports=())\\n"
            "    w.start()\\n"
            "    print(w.pid, flush=True)\\n"
            "    w.call('tests.core.worker_jobs:sleep_forever', None, 600)\\n"
            "if sys.argv[1] == 'thread':\\n"
            "    t = threading.Thread(target=run, daemon=True); t.start(); time.sleep(600)\\n"
            "else:\\n"
            "    run()\\n"
        )
        how = "thread" if mode.endswith("thread") else "main"
        parent = subprocess.Popen([sys.executable, "-c", code, how], stdout=subprocess.PIPE,
                                  text=True)
        worker_pid = int(parent.stdout.readline())
        time.sleep(0.5)
        parent.kill()
        parent.wait()
        survivors = settle([worker_pid], 3)
        for pid in survivors:
            os.kill(pid, signal.SIGKILL)
        print(json.dumps({"survivors": survivors}))
""")


def _harness(mode: str) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    run = subprocess.run(
        [sys.executable, "-c", HARNESS, mode], env=env, capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert run.returncode == 0, run.stderr
    survivors: list[int] = json.loads(run.stdout.strip().splitlines()[-1])["survivors"]
    return survivors


@pytest.mark.parametrize("mode", ["close", "crash"])
def test_what_a_template_spawned_dies_with_the_worker(mode: str) -> None:
    assert _harness(mode) == [], "a process the template started outlived the worker"


@pytest.mark.parametrize("mode", ["parent-killed", "parent-killed-thread"])
def test_the_worker_dies_with_its_parent_even_by_kill_9(mode: str) -> None:
    assert _harness(mode) == [], "the worker was left running as an orphan"


def test_the_worker_leads_its_own_session_and_group() -> None:
    worker = WorkerProcess(warm_imports=())
    try:
        pid = worker.call("tests.core.worker_jobs:my_pid", None, 30)
        assert os.getsid(pid) == pid and os.getpgid(pid) == pid
        assert os.getpgid(pid) != os.getpgid(0)
    finally:
        worker.close()


def test_a_template_ignoring_sigxcpu_is_still_stopped_at_its_cpu_allowance() -> None:
    worker = WorkerProcess(warm_imports=(), limits=WorkerLimits(cpu_seconds=1.0))
    started = time.monotonic()
    try:
        with pytest.raises(BuildFailed) as caught:
            worker.call("tests.core.worker_jobs:ignore_cpu_limit_and_spin", None, 60)
    finally:
        worker.close()
    assert caught.value.kind == "limit" and "CPU allowance" in caught.value.message
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (10**6, 60.0),
        (float("inf"), 60.0),
        (float("nan"), 60.0),
        (-1, 60.0),
        (0, 60.0),
        (True, 60.0),
        ("30", 60.0),
        (None, 60.0),
        (5, 5.0),
        (59.5, 59.5),
    ],
)
def test_a_template_can_only_lower_the_build_timeout(asked: object, expected: float) -> None:
    assert job_timeout(asked, 60.0) == expected


def test_a_huge_build_timeout_does_not_lift_the_services_limit(tmp_path: Path) -> None:
    from configurator.core.registry import TemplateRegistry
    from configurator.core.service import BuildService
    from configurator.core.trust import TrustAll
    from tests.core.conftest import MISBEHAVING_BODY, template_source

    source = template_source("patient", MISBEHAVING_BODY).replace(
        'category="Test",', 'category="Test", build_timeout=10**6,'
    )
    (tmp_path / "patient.py").write_text(source)
    registry = TemplateRegistry.discover([tmp_path], use_entry_points=False, trust=TrustAll())
    assert registry.get("patient").template.build_timeout == 10**6
    with BuildService(registry, timeout=4.0) as service:
        started = time.monotonic()
        with pytest.raises(BuildFailed) as caught:
            service.build_values("patient", {"mode": "hang"})
        assert caught.value.kind == "timeout"
        assert time.monotonic() - started < 60  # the worker start (CadQuery import) included
        assert "4 s" in caught.value.message
