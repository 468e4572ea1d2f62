"""A warm worker process that runs jobs (builds, exports) away from the caller.

OCCT can crash or hang, and a template is someone's Python code, so geometry never runs in the
GUI process. The worker imports CadQuery once and stays warm. A job that raises comes back as a
structured error; a job that runs past its timeout, exceeds a resource limit or kills the process
comes back as :class:`~configurator.sdk.errors.BuildFailed`, and the next call gets a fresh worker.
The caller never hangs: every wait has a deadline.

Containment (POSIX): the worker starts its own session and process group, so everything a template
spawns is in that group and is killed with the worker (:meth:`WorkerProcess._discard` kills the
group, not just the worker). The worker dies with the process that started it: on Linux the
kernel sends it SIGKILL when its parent dies (``PR_SET_PDEATHSIG``, when started from the main
thread), and everywhere a small guardian process forked by the worker watches a lifeline pipe
whose only write end the parent holds: when it reads end-of-file (the parent is gone, however it
died) it kills the worker's whole group. The guardian is a separate process because CadQuery's
kernel holds the GIL, so a watchdog thread inside the worker would not run during a long build.
Limits are Fabwise's: the CPU allowance is enforced by the parent from the worker's measured CPU
time as well as by ``RLIMIT_CPU`` (a template that ignores SIGXCPU is still killed), and every job
has a wall-clock deadline.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from configurator.sdk.errors import BuildFailed, FabwiseError, Issue, ValidationError

START_TIMEOUT_S = 120.0
# How far past its CPU allowance a job may go before the parent kills it (RLIMIT_CPU acts first).
CPU_GRACE_S = 2.0


@dataclass(frozen=True)
class WorkerLimits:
    """Resource limits applied inside the worker (POSIX rlimits): CPU seconds per job, address
    space in MiB. None means no limit."""

    cpu_seconds: float | None = None
    memory_mb: int | None = None


@dataclass(frozen=True)
class JobError:
    """An exception raised inside a job, as plain data."""

    type_name: str
    message: str
    hint: str | None
    issues: tuple[tuple[tuple[str, ...], str], ...]
    where: str
    details: str


def _resolve(job: str) -> Callable[[Any], Any]:
    module_name, _, attr = job.partition(":")
    func = getattr(importlib.import_module(module_name), attr)
    if not callable(func):
        raise TypeError(f"job {job} is not callable")
    return func  # type: ignore[no-any-return]


def _user_frame(exc: BaseException) -> str:
    """The innermost frame outside Fabwise's own core, its SDK and the standard library."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        name = frame.filename
        if (
            "/configurator/core/" in name
            or "/configurator/sdk/" in name
            or ("/lib/python" in name and "site-packages" not in name)
        ):
            continue
        return f"{os.path.basename(name)}:{frame.lineno}"
    return ""


def _describe(exc: BaseException) -> JobError:
    if isinstance(exc, OSError):
        from configurator.core.storage.problems import explain

        problem = explain(exc)
        if problem is not None:  # a full disk or read-only folder is not the template's fault
            return JobError(
                "EnvironmentProblem", problem.message, problem.hint, (), "", traceback.format_exc()
            )
    issues: tuple[tuple[tuple[str, ...], str], ...] = ()
    if isinstance(exc, ValidationError):
        issues = tuple((issue.params, issue.message) for issue in exc.issues)
    hint = exc.hint if isinstance(exc, FabwiseError) else None
    message = exc.message if isinstance(exc, FabwiseError) else (str(exc) or type(exc).__name__)
    return JobError(type(exc).__name__, message, hint, issues, _user_frame(exc), traceback.format_exc())


def _apply_memory_limit(memory_mb: int | None) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a killed template leaves no core file
    if memory_mb is None:
        return
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _arm_cpu_limit(cpu_seconds: float | None) -> None:
    if cpu_seconds is None:
        return
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    soft = int(used + cpu_seconds) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


PR_SET_PDEATHSIG = 1


def _die_with_parent_signal() -> None:
    """Linux: ask the kernel to SIGKILL this process when its parent (thread) exits."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _start_guardian(lifeline: Connection, conn: Connection) -> None:
    """Fork a tiny process that kills this worker's process group once the parent is gone.

    It waits on ``lifeline`` (the parent holds the only write end: end-of-file means the parent
    died or let the worker go) and also stops when the worker itself has exited."""
    if os.name != "posix":
        return
    worker_pid = os.getpid()
    pid = os.fork()
    if pid != 0:
        lifeline.close()  # the worker itself does not need it
        return
    try:  # the guardian: no Python-level clean-up, no inherited handlers
        import select

        with contextlib.suppress(OSError):
            os.close(conn.fileno())  # so the parent sees the worker's pipe close when it dies

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        fd = lifeline.fileno()
        while True:
            readable, _, _ = select.select([fd], [], [], 0.5)
            if os.getppid() != worker_pid:  # the worker has exited: nothing to guard
                os._exit(0)
            if readable:
                try:
                    if os.read(fd, 1) != b"":
                        continue  # never written to; ignore
                except OSError:
                    pass
                break
        with contextlib.suppress(OSError):
            os.killpg(worker_pid, signal.SIGKILL)
    finally:
        os._exit(0)


def _worker_main(
    conn: Connection,
    warm_imports: Sequence[str],
    limits: WorkerLimits,
    niceness: int = 0,
    lifeline: Connection | None = None,
    parent_pid: int = 0,
    pdeathsig: bool = False,
) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.setsid()  # own session and process group: whatever a template spawns is in it
    if pdeathsig:
        _die_with_parent_signal()
    if parent_pid and os.getppid() != parent_pid:
        return  # the parent died while we started
    if lifeline is not None:
        _start_guardian(lifeline, conn)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the parent's business
    if niceness:
        os.nice(niceness)  # e.g. speculative builds yield the CPU to the builds a user waits for
    for module in warm_imports:
        importlib.import_module(module)
    _apply_memory_limit(limits.memory_mb)
    try:
        conn.send(("ready", os.getpid()))
    except (OSError, EOFError):
        return
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job_id, job, payload = message
        _arm_cpu_limit(limits.cpu_seconds)
        out_of_memory = False
        try:
            reply: tuple[Any, ...] = (job_id, "ok", _resolve(job)(payload))
        except MemoryError:
            out_of_memory = True  # answered below, once the traceback (and its memory) is gone
        except BaseException as exc:
            reply = (job_id, "error", _describe(exc))
        if out_of_memory:
            gc.collect()
            reply = (
                job_id,
                "error",
                JobError("MemoryError", "the template ran out of its memory allowance", None, (), "", ""),
            )
        try:
            conn.send(reply)
        except (BrokenPipeError, EOFError, ConnectionError):
            return  # the app has gone away: nobody to answer, exit quietly
        except Exception as exc:  # e.g. a result that cannot be pickled
            try:
                conn.send((job_id, "error", _describe(exc)))
            except (OSError, EOFError):
                return


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) the process ``pid`` has used, from /proc; None if unknown."""
    if pid is None:
        return None
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = text.rpartition(")")[2].split()
    try:
        ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    except (IndexError, ValueError):
        return None
    return ticks / os.sysconf("SC_CLK_TCK")


def _kill_group(pid: int, leads_group: bool) -> None:
    """SIGKILL the worker's process group (the worker and everything a template spawned).

    ``leads_group``: the worker said it is ready, so it has made its own group (whose id is its
    pid; the kernel does not hand out a pid still in use as a group id, so this is safe even
    after the worker itself was reaped). Otherwise the group is checked first, so our own group
    is never signalled."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if leads_group or os.getpgid(pid) == pid:
            os.killpg(pid, signal.SIGKILL)


def _exit_reason(exitcode: int | None, limits: WorkerLimits) -> tuple[str, str]:
    if exitcode is None:
        return "crash", "the build worker stopped responding"
    if exitcode < 0:
        sig = -exitcode
        if sig == signal.SIGXCPU and limits.cpu_seconds is not None:
            return "limit", f"the build used more than its {limits.cpu_seconds:g} s CPU allowance"
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return "crash", f"the build worker crashed ({name})"
    return "crash", f"the build worker exited unexpectedly (exit code {exitcode})"


class WorkerProcess:
    """One warm worker. ``call`` runs a job (``"module:function"``) on a picklable payload.

    Thread-safe: calls are serialised; :meth:`kill` may be called from another thread to abandon
    the running job (the pending ``call`` then raises ``BuildFailed(kind="cancelled")``).
    """

    def __init__(
        self,
        warm_imports: Sequence[str] = ("cadquery",),
        limits: WorkerLimits | None = None,
        niceness: int = 0,
    ) -> None:
        self._warm_imports = tuple(warm_imports)
        self._niceness = niceness
        self.limits = limits or WorkerLimits()
        self._ctx = mp.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None
        self._lifeline: Connection | None = None
        self._leads_group = False
        self._lock = threading.Lock()
        self._next_id = 0
        self._cancelled = False
        self.starts = 0

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def start(self) -> None:
        """Start the worker and wait until it has imported the kernel (idempotent)."""
        if self.alive:
            return
        self._discard()
        parent, child = self._ctx.Pipe()
        lifeline_read, lifeline_write = self._ctx.Pipe(duplex=False)
        pdeathsig = threading.current_thread() is threading.main_thread()
        process = self._ctx.Process(
            target=_worker_main,
            args=(
                child,
                self._warm_imports,
                self.limits,
                self._niceness,
                lifeline_read,
                os.getpid(),
                pdeathsig,
            ),
            name="fabwise-build-worker",
            daemon=True,
        )
        process.start()
        child.close()
        lifeline_read.close()
        self._process, self._conn, self._lifeline = process, parent, lifeline_write
        self._leads_group = False
        self.starts += 1
        if not parent.poll(START_TIMEOUT_S):
            self._discard()
            raise BuildFailed("crash", "the build worker did not start in time")
        try:
            parent.recv()
            self._leads_group = os.name == "posix"
        except (EOFError, OSError):
            kind, message = _exit_reason(process.exitcode, self.limits)
            self._discard()
            raise BuildFailed(kind, f"the build worker failed to start: {message}") from None

    def warm_up(self) -> None:
        """Start the worker now (thread-safe: a call arriving meanwhile waits for it)."""
        with self._lock:
            self.start()

    def call(
        self,
        job: str,
        payload: Any,
        timeout: float,
        cancel: threading.Event | None = None,
        unless: threading.Event | None = None,
    ) -> Any:
        """Run ``job`` on ``payload``. Setting ``cancel`` (before or during the job) abandons it:
        the worker is killed and ``BuildFailed(kind="cancelled")`` raised. ``unless`` only ever
        skips: if it is set when the worker gets to the job, the job does not run (and
        ``BuildFailed(kind="cancelled")`` is raised); once running, the job runs to its end."""
        with self._lock:
            self._cancelled = False
            if (cancel is not None and cancel.is_set()) or (unless is not None and unless.is_set()):
                raise BuildFailed("cancelled", "cancelled before it started")
            self.start()
            conn = self._conn
            assert conn is not None
            self._next_id += 1
            job_id = self._next_id
            try:
                conn.send((job_id, job, payload))
            except (OSError, EOFError):
                self._discard()
                raise BuildFailed("crash", "the build worker is gone; retry the build") from None
            deadline = time.monotonic() + timeout
            cpu_budget = self.limits.cpu_seconds
            cpu_start = _cpu_seconds(self.pid) if cpu_budget is not None else None
            while True:
                remaining = deadline - time.monotonic()
                if cpu_budget is not None and cpu_start is not None:
                    used = _cpu_seconds(self.pid)
                    if used is not None and used - cpu_start > cpu_budget + CPU_GRACE_S:
                        self._discard()  # it outlived RLIMIT_CPU (e.g. ignored SIGXCPU)
                        raise BuildFailed(
                            "limit",
                            f"the build used more than its {cpu_budget:g} s CPU allowance",
                            hint="try smaller values, or ask the template's author",
                        )
                if cancel is not None and cancel.is_set():
                    self._cancelled = True
                    self._discard()
                    raise BuildFailed("cancelled", "cancelled")
                if remaining <= 0:
                    self._discard()
                    raise BuildFailed(
                        "timeout",
                        f"the build took longer than {timeout:g} s and was stopped",
                        hint="try smaller values, or ask the template's author",
                    )
                try:
                    ready = conn.poll(min(remaining, 0.05 if cancel is not None else 0.25))
                except (OSError, EOFError):
                    ready = True
                if ready:
                    try:
                        reply = conn.recv()
                    except (EOFError, OSError):
                        reply = None
                    if reply is None:
                        return self._died()
                    reply_id, status, value = reply
                    if reply_id != job_id:
                        continue  # a late reply for an abandoned job
                    if status == "ok":
                        return value
                    raise _rebuild_error(value)
                if not self.alive:
                    return self._died()

    def _died(self) -> Any:
        if self._cancelled:
            self._discard()
            raise BuildFailed("cancelled", "the build was cancelled")
        process = self._process
        if process is not None:
            process.join(timeout=5)
        kind, message = _exit_reason(process.exitcode if process else None, self.limits)
        self._discard()
        raise BuildFailed(kind, message, hint="a fresh worker will be used for the next build")

    def kill(self) -> None:
        """Abandon whatever runs now; the next call starts a fresh worker."""
        self._cancelled = True
        process = self._process
        if process is not None and process.is_alive():
            _kill_group(process.pid, self._leads_group)
            process.kill()

    def _discard(self) -> None:
        process, conn, lifeline = self._process, self._conn, self._lifeline
        self._process = self._conn = self._lifeline = None
        if conn is not None:
            conn.close()
        if process is not None:
            _kill_group(process.pid, self._leads_group)  # what the template spawned goes too
            if process.is_alive():
                process.kill()
            process.join(timeout=5)
        if lifeline is not None:
            lifeline.close()

    def close(self) -> None:
        """Ask the worker to exit, then make sure it did."""
        conn, process = self._conn, self._process
        if conn is not None and process is not None and process.is_alive():
            try:
                conn.send(None)
                process.join(timeout=2)
            except (OSError, EOFError):
                pass
        self._discard()


def _rebuild_error(error: JobError) -> FabwiseError:
    if error.type_name == "ValidationError":
        return ValidationError([Issue(params, message) for params, message in error.issues])
    if error.type_name in ("TemplateError", "TemplateNotFound", "FabwiseError"):
        return BuildFailed("template", error.message, error.hint, error.details)
    if error.type_name == "EnvironmentProblem":
        from configurator.core.storage.problems import EnvironmentProblem

        return EnvironmentProblem(error.message, error.hint)
    if error.type_name == "MemoryError":
        return BuildFailed("limit", error.message, "try smaller values", error.details)
    where = f" at {error.where}" if error.where else ""
    return BuildFailed(
        "template",
        f"the template failed{where}: {error.type_name}: {error.message}",
        hint="this is a bug in the template; run with --debug for the traceback",
        details=error.details,
    )
