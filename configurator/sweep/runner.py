"""Run variant evaluations on Dask distributed: a local cluster of processes, or an existing one.

CadQuery's kernel holds the GIL, so builds scale with processes, not threads: the default cluster is
a :class:`distributed.LocalCluster` of worker processes with one thread each, on the loopback
interface. With a scheduler address, the sweep runs on that cluster as it is (Fabwise must be
installed on its workers, the same version as here; :func:`probe_workers` checks before anything is
sent).

Each worker is warmed once by a worker plugin (the kernel imported, the eco rules compiled, OCCT's
thread pools off). Results stream back as they finish (``as_completed``). A variant whose worker
dies (killed, out of memory, a crash in the kernel) comes back as ``KilledWorker``; it is submitted
once more and, if its worker dies again, reported as ``lost``. The local cluster's scheduler is set
to give up on such a task at the first death (``allowed-failures`` 0), so that retry is ours; an
existing cluster keeps its own setting and may retry a few times itself before we see it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from configurator import __version__
from configurator.sdk.errors import FabwiseError
from configurator.sweep.job import VariantOutcome, VariantTask, evaluate_variant, running, warm_up

MAX_ATTEMPTS = 2  # a variant whose worker died is tried once more, then reported as lost
CONNECT_TIMEOUT_S = 15.0
NO_WORKERS_GRACE_S = 60.0
_ADDRESS = re.compile(r"^(tcp|tls|ws|wss)://[^\s:/]+(:\d+)?$|^(tcp|tls)://\[[0-9a-fA-F:]+\](:\d+)?$")

log = logging.getLogger(__name__)


def _distributed() -> Any:
    """The ``distributed`` package (untyped here: its API is called dynamically)."""
    import distributed

    return distributed


def _plugin_base() -> type:
    base: type = _distributed().WorkerPlugin
    return base


class WarmKernel(_plugin_base()):  # type: ignore[misc]
    """Worker plugin: import CadQuery, compile the eco rules and switch off OCCT's thread pools
    once per worker process, before its first variant."""

    name = "fabwise-warm-kernel"

    def __init__(self, ignore_interrupts: bool = False) -> None:
        self.ignore_interrupts = ignore_interrupts

    async def setup(self, worker: Any) -> None:
        import asyncio

        if self.ignore_interrupts:  # our own local workers: Ctrl+C is the client's to handle
            import signal
            import threading as worker_threading

            if worker_threading.current_thread() is worker_threading.main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)
        await asyncio.get_running_loop().run_in_executor(None, warm_up)


def _probe() -> dict[str, Any]:
    """Runs on every worker before a sweep: can it evaluate variants, and how is it set up?"""
    import os

    from configurator import __version__ as version

    return {"fabwise": version, "pid": os.getpid()}


def check_address(scheduler: str) -> None:
    """Raise a readable error unless ``scheduler`` looks like ``tcp://HOST:PORT``."""
    if not _ADDRESS.match(scheduler):
        raise FabwiseError(
            f"'{scheduler}' is not a scheduler address",
            hint="give it as tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786",
        )


def _probe_template(ref: Any) -> str:
    """Runs on every worker: can it load the sweep's template? '' or the reason it cannot."""
    try:
        from configurator.core.registry import load_ref

        load_ref(ref)
    except Exception as exc:  # reported to the user per worker
        message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        return str(message)
    return ""


@dataclass(frozen=True)
class ClusterInfo:
    description: str  # e.g. "local cluster, 2 worker processes" or the scheduler address
    workers: int
    threads: int


@dataclass
class Attempt:
    task: VariantTask
    attempts: int


class Cluster:
    """A Dask client on a local cluster (owned, closed at the end) or an existing scheduler."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        import dask

        dist = _distributed()
        self._cluster: Any = None
        self.scheduler = scheduler
        if scheduler is not None:
            check_address(scheduler)
            try:
                self.client: Any = dist.Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise FabwiseError(
                    f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                    hint="start one with `dask scheduler` and workers with "
                    "`dask worker ADDRESS --nthreads 1` (see docs/sweeps.md)",
                ) from None
        else:
            count = workers or _default_workers()
            if count < 1:
                raise FabwiseError("--workers must be 1 or more")
            with dask.config.set(
                {
                    "distributed.scheduler.allowed-failures": 0,
                    # One variant at a time per one-thread worker: a worker that dies then takes
                    # only the variant it was building with it, never one merely queued behind it.
                    "distributed.scheduler.worker-saturation": 1.0,
                    "distributed.worker.daemon": False,
                    "distributed.admin.system-monitor.gil.enabled": False,
                }
            ):
                self._cluster = dist.LocalCluster(
                    n_workers=count,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    scheduler_port=0,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            self.client = dist.Client(self._cluster, set_as_default=False)
        self._registered = False

    def info(self) -> ClusterInfo:
        workers = self.client.scheduler_info(n_workers=-1)["workers"]
        threads = sum(int(w.get("nthreads", 1)) for w in workers.values())
        where = f"Dask scheduler {self.scheduler}" if self.scheduler else "local Dask cluster on 127.0.0.1"
        return ClusterInfo(f"{where}, {len(workers)} worker(s), {threads} thread(s)", len(workers), threads)

    def prepare(self, wait_for: int = 1, timeout: float = 120.0) -> list[str]:
        """Wait for workers, check they run this Fabwise, warm them. Returns notes to show."""
        notes: list[str] = []
        try:
            self.client.wait_for_workers(wait_for, timeout=timeout)
        except TimeoutError:
            raise FabwiseError(
                f"no Dask worker joined within {timeout:g} s",
                hint="start workers with `dask worker SCHEDULER --nthreads 1`",
            ) from None
        try:
            answers = self.client.run(_probe, on_error="return")
        except Exception as exc:  # the probe cannot even be unpickled there
            raise FabwiseError(
                f"the Dask workers cannot run Fabwise: {exc}",
                hint=f"install fabwise {__version__} on every worker",
            ) from None
        wrong = {
            addr: a
            for addr, a in answers.items()
            if isinstance(a, BaseException) or a.get("fabwise") != __version__
        }
        if wrong:
            listed = "; ".join(
                f"{addr}: {a if isinstance(a, BaseException) else 'fabwise ' + str(a['fabwise'])}"
                for addr, a in sorted(wrong.items())
            )
            raise FabwiseError(
                f"{len(wrong)} worker(s) cannot run this Fabwise ({listed})",
                hint=f"install fabwise {__version__} on every worker",
            )
        threads = self.client.nthreads()
        multi = sorted(addr for addr, n in threads.items() if n > 1)
        if multi:
            notes.append(
                f"{len(multi)} worker(s) run several threads: CadQuery holds the GIL, so "
                "one thread per worker process (`--nthreads 1`) gives more variants/s"
            )
        self.client.register_plugin(WarmKernel(ignore_interrupts=self.scheduler is None))
        self._registered = True
        return notes

    def check_template(self, ref: Any) -> None:
        """Raise a readable error if a worker cannot load the template (not installed there, a
        template file missing or different on that machine)."""
        answers = self.client.run(_probe_template, ref, on_error="return")
        wrong = {
            addr: (a if isinstance(a, str) else f"{type(a).__name__}: {a}")
            for addr, a in answers.items()
            if not isinstance(a, str) or a
        }
        if wrong:
            listed = "; ".join(f"{addr}: {why}" for addr, why in sorted(wrong.items()))
            raise FabwiseError(
                f"{len(wrong)} worker(s) cannot load template '{ref.id}' ({listed})",
                hint="install the template on every worker (a template file must "
                "be at the same path, with the same content)",
            )

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self._registered and self.scheduler is not None:
                self.client.unregister_worker_plugin(WarmKernel.name)
        with contextlib.suppress(Exception):
            self.client.close()
        if self._cluster is not None:
            with contextlib.suppress(Exception):
                self._cluster.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def worker_pids(self) -> dict[str, int]:
        """Process id of each worker (tests kill one)."""
        return {addr: int(info["pid"]) for addr, info in self.client.run(_probe).items()}


def _default_workers() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def lost_outcome(task: VariantTask, attempts: int, error: BaseException) -> VariantOutcome:
    return VariantOutcome(
        task.index,
        "lost",
        "worker",
        f"its worker died {attempts} time(s) while evaluating it ({type(error).__name__}); "
        "a crash in the CAD kernel or running out of memory does this",
        "",
    )


def timeout_outcome(task: VariantTask, seconds: float, restarted: bool) -> VariantOutcome:
    after = (
        "its worker was restarted"
        if restarted
        else "its worker has no nanny to restart it and stays busy with it until it is restarted"
    )
    return VariantOutcome(
        task.index,
        "failed",
        "timeout",
        f"still running after {seconds:.0f} s, over the sweep's time limit; {after}",
        "",
    )


class _Watchdog(threading.Thread):
    """Every few seconds: stop if the cluster has had no worker for a while (its futures would
    wait forever), and cancel variants running past the time limit, restarting their worker
    when it has a nanny (Dask cannot stop a running task any other way)."""

    def __init__(
        self,
        cluster: Cluster,
        stream: Any,
        stop: threading.Event,
        futures: dict[int, Any],
        timeout: float | None,
        period: float = 2.0,
    ) -> None:
        super().__init__(name="fabwise-sweep-watchdog", daemon=True)
        self.cluster, self.stream, self.stop, self.futures = cluster, stream, stop, futures
        self.timeout, self.period = timeout, period
        self.timed_out: dict[int, tuple[float, bool]] = {}  # index -> (seconds, restarted)
        self._missing_since: float | None = None

    def run(self) -> None:
        while not self.stop.wait(self.period):
            with contextlib.suppress(Exception):
                if not self._workers_present():
                    return
                if self.timeout is not None:
                    self._stop_overdue(self.timeout)

    def _workers_present(self) -> bool:
        try:
            count = len(self.cluster.client.scheduler_info(n_workers=-1)["workers"])
        except Exception:
            count = 0
        if count:
            self._missing_since = None
            return True
        self._missing_since = self._missing_since or time.monotonic()
        if time.monotonic() - self._missing_since > NO_WORKERS_GRACE_S:
            log.warning("no Dask worker for %.0f s: stopping the sweep", NO_WORKERS_GRACE_S)
            self.stop.set()
            with contextlib.suppress(Exception):
                self.stream.clear()
            return False
        return True

    def _stop_overdue(self, timeout: float) -> None:
        client = self.cluster.client
        answers = _bounded(lambda: client.run(running, on_error="return"), self.period * 5)
        if not answers:
            return
        workers = client.scheduler_info(n_workers=-1)["workers"]
        for addr, answer in answers.items():
            if not isinstance(answer, tuple):
                continue
            index, seconds = answer
            future = self.futures.get(index)
            if seconds <= timeout or future is None or index in self.timed_out:
                continue
            has_nanny = bool(workers.get(addr, {}).get("nanny"))
            self.timed_out[index] = (seconds, has_nanny)
            client.cancel([future], force=True)  # never rescheduled
            if has_nanny:
                client.restart_workers([addr], raise_for_error=False)
            else:
                log.warning("variant %s hangs on %s, which has no nanny", index, addr)


def _bounded(call: Callable[[], Any], seconds: float) -> Any:
    """``call()`` on a helper thread; None if it has not answered within ``seconds``."""
    box: list[Any] = []
    helper = threading.Thread(target=lambda: box.append(call()), daemon=True)
    helper.start()
    helper.join(seconds)
    return box[0] if box else None


def run_tasks(
    cluster: Cluster,
    tasks: Sequence[VariantTask],
    deliver: Callable[[VariantOutcome, int], None],
    stop: threading.Event | None = None,
    timeout: float | None = None,
) -> int:
    """Evaluate ``tasks`` on the cluster; ``deliver(outcome, attempts)`` is called on this thread
    as each finishes. A variant still running after ``timeout`` seconds is stopped and reported.
    Returns how many were delivered (fewer if ``stop`` was set)."""
    dist = _distributed()
    killed_worker: type[BaseException] = dist.scheduler.KilledWorker
    client = cluster.client
    pending: dict[str, Attempt] = {}
    live: dict[str, Any] = {}
    by_index: dict[int, Any] = {}
    stop = stop or threading.Event()
    token = f"{time.time_ns():x}"

    def submit(task: VariantTask, attempt: int) -> Any:
        key = f"fabwise-variant-{token}-{task.index}-{attempt}"
        future = client.submit(evaluate_variant, task, key=key, pure=False, retries=0)
        pending[key] = Attempt(task, attempt)
        live[key] = by_index[task.index] = future
        return future

    stream: Any = dist.as_completed([submit(task, 1) for task in tasks], with_results=False, loop=client.loop)
    watchdog = _Watchdog(cluster, stream, stop, by_index, timeout)
    watchdog.start()
    delivered = 0
    try:
        for future in stream:
            key = str(future.key)
            attempt = pending.pop(key)
            live.pop(key, None)
            if stop.is_set():
                future.release()
                continue
            index = attempt.task.index
            if index in watchdog.timed_out:
                seconds, restarted = watchdog.timed_out[index]
                outcome = timeout_outcome(attempt.task, seconds, restarted)
            elif future.status == "finished":
                outcome = future.result()
            elif future.status == "cancelled":
                continue
            else:
                error = future.exception()
                if isinstance(error, killed_worker) and attempt.attempts < MAX_ATTEMPTS:
                    stream.add(submit(attempt.task, attempt.attempts + 1))
                    future.release()
                    continue
                if isinstance(error, killed_worker):
                    outcome = lost_outcome(attempt.task, attempt.attempts, error)
                else:
                    outcome = VariantOutcome(index, "failed", "worker", f"{type(error).__name__}: {error}")
            future.release()
            deliver(outcome, attempt.attempts)
            delivered += 1
    finally:
        stop.set()
        if live:
            with contextlib.suppress(Exception):
                client.cancel(list(live.values()), force=True)
    return delivered


@contextlib.contextmanager
def quiet_dask_logs() -> Iterator[None]:
    """Keep Dask's own warnings (e.g. a worker lost) out of the progress line."""
    names = (
        "distributed",
        "distributed.scheduler",
        "distributed.worker",
        "distributed.nanny",
        "distributed.core",
        "distributed.client",
        "distributed.batched",
    )
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)
