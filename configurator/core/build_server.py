"""A warm build worker shared by successive ``fabwise`` commands.

Every CLI command used to start its own build worker, which imports CadQuery (about 2 s) before
the first build: a designer running ``fabwise build`` over and over paid that each time for
0.1 s of geometry. The first command that needs a worker now starts a *build server* in the
background: a small process that keeps warm :class:`~configurator.core.worker.WorkerProcess` workers
(one per pool: builds, and the template host that imports outside templates; same limits, same
jobs, same isolation) and runs jobs for any ``fabwise`` command of the same user, Fabwise code
and data folder. It exits after ``IDLE_EXIT_S`` without work.

* Where: a Unix socket in a folder only the user can open (``0700``), named by a key that
  covers the Python executable, Fabwise's version, the modification times of its code, the
  language (``FABWISE_LANG``) and the data folder; the connection also needs a random secret
  kept in a ``0600`` file next to it. Changed code, another language or another data folder means
  another server, so a stale one never builds.
* What crosses: the job name, a picklable payload and a timeout, as for the worker; errors come
  back as plain data and are rebuilt as the same :class:`FabwiseError`\\ s.
* A client that goes away (Ctrl+C) cancels its job; a job that crashes or times out replaces the
  worker, as in the app.
* A server that cannot start (see the ``.log`` next to its socket) is not an error: the command
  builds in a worker of its own, as without the server.
* Off with ``FABWISE_BUILD_SERVER=0`` (the test suite sets it), and in the bundled app (a frozen
  executable cannot be started as ``python -m``).

Run the server: ``python -m configurator.core.build_server SOCKET SECRET``; :func:`server_worker`
does that when needed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from configurator.sdk.errors import BuildFailed, FabwiseError, Issue, ValidationError

IDLE_EXIT_S = 15 * 60.0
START_WAIT_S = 60.0
ENV_SWITCH = "FABWISE_BUILD_SERVER"
_ENV_KEYS = ("FABWISE_DATA_DIR", "FABWISE_RESOURCES", "PYTHONPATH")


def enabled() -> bool:
    if os.environ.get(ENV_SWITCH, "1").strip().lower() in ("0", "no", "off", "false"):
        return False
    return not getattr(sys, "frozen", False) and hasattr(os, "getuid")


def _code_stamp() -> str:
    """Newest modification time of Fabwise's own code (configurator, parts_library, eco_rules)."""
    import configurator

    root = Path(configurator.__file__).resolve().parent.parent
    newest = 0.0
    for package in ("configurator", "parts_library", "eco_rules"):
        for path in (root / package).rglob("*.py"):
            with contextlib.suppress(OSError):
                newest = max(newest, path.stat().st_mtime)
    return f"{newest:.6f}"


def server_key() -> str:
    """What a server must share with its client: code, data folder and language (its workers
    translate templates and results as they load)."""
    from configurator import __version__
    from configurator.sdk import i18n

    parts = [
        sys.executable,
        __version__,
        _code_stamp(),
        f"language={i18n.language()}",
        *(f"{k}={os.environ.get(k, '')}" for k in _ENV_KEYS),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]


_MAX_SOCKET_PATH = 100  # AF_UNIX paths are limited to ~107 bytes


def runtime_folder(base: str | None = None) -> Path:
    base = base or os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    folder = Path(base) / f"fabwise-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.stat()
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise FabwiseError(
            f"{folder} is not private to you, so no build server is used there",
            hint=f"remove it, or set {ENV_SWITCH}=0",
        )
    return folder


def _paths(key: str) -> tuple[Path, Path]:
    folder = runtime_folder()
    if len(str(folder / f"build-{key}.sock")) > _MAX_SOCKET_PATH:  # a deep runtime folder
        folder = runtime_folder(tempfile.gettempdir())
    return folder / f"build-{key}.sock", folder / f"build-{key}.secret"


# -- errors as plain data ----------------------------------------------------------------------


def _error_data(exc: BaseException) -> tuple[Any, ...]:
    if isinstance(exc, ValidationError):
        return ("validation", tuple((i.params, i.message) for i in exc.issues), exc.template_id)
    if isinstance(exc, BuildFailed):
        return ("build", exc.kind, exc.message, exc.hint, exc.details)
    if isinstance(exc, FabwiseError):
        return ("fabwise", exc.message, exc.hint)
    return ("build", "crash", f"the build server failed: {type(exc).__name__}: {exc}", None, "")


def _rebuild(data: tuple[Any, ...]) -> FabwiseError:
    if data[0] == "validation":
        return ValidationError([Issue(tuple(p), m) for p, m in data[1]], data[2])
    if data[0] == "build":
        return BuildFailed(data[1], data[2], data[3], data[4])
    return FabwiseError(data[1], data[2])


# -- the server --------------------------------------------------------------------------------

BUILD = "build"


def _build_worker() -> Any:
    from configurator.core.service import DEFAULT_LIMITS
    from configurator.core.worker import WorkerProcess

    return WorkerProcess(limits=DEFAULT_LIMITS)


HOST = "template-host"


def _host_worker() -> Any:
    from configurator.core.template_host import HOST_LIMITS
    from configurator.core.worker import WorkerProcess

    return WorkerProcess(warm_imports=("cadquery",), limits=HOST_LIMITS)


#: The workers a server keeps warm, by pool name: each a factory of a WorkerProcess. ``build``
#: runs builds, exports and checks; ``template-host`` imports outside templates and runs their
#: constraints (:mod:`configurator.core.template_host`).
POOLS: dict[str, Any] = {BUILD: _build_worker, HOST: _host_worker}


class _Server:
    def __init__(self, socket_path: Path, secret: bytes) -> None:
        self.workers: dict[str, Any] = {}
        self.socket_path = socket_path
        self.listener = Listener(str(socket_path), family="AF_UNIX", authkey=secret)
        self.last_work = time.monotonic()
        self.busy = 0
        self.lock = threading.Lock()

    def worker(self, pool: str) -> Any:
        """The warm worker of ``pool`` (see :data:`POOLS`), started on first use."""
        with self.lock:
            if pool not in self.workers:
                self.workers[pool] = POOLS[pool]()
            return self.workers[pool]

    def serve(self) -> None:
        self.worker(BUILD)
        threading.Thread(target=self._exit_when_idle, daemon=True).start()
        while True:
            try:
                conn = self.listener.accept()
            except (OSError, EOFError):
                continue  # a client with the wrong secret, or one that left at once
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _exit_when_idle(self) -> None:
        while True:
            time.sleep(5)
            with self.lock:
                idle = not self.busy and time.monotonic() - self.last_work > IDLE_EXIT_S
            if idle:
                self._exit()

    def _stop(self) -> None:
        self._exit(after=0.2)  # let the reply go out first

    def _exit(self, after: float = 0.0) -> None:
        """Stop taking connections (the socket goes first, so no client finds it), then exit."""
        with contextlib.suppress(OSError):
            self.socket_path.unlink()
        time.sleep(after)
        for worker in list(self.workers.values()):
            worker.close()
        os._exit(0)

    def _handle(self, conn: Connection) -> None:
        with self.lock:
            self.busy += 1
        try:
            while True:
                try:
                    request = conn.recv()
                except (EOFError, OSError):
                    return
                conn.send(self._run(conn, request))
        except (EOFError, OSError):
            return
        finally:
            conn.close()
            with self.lock:
                self.busy -= 1
                self.last_work = time.monotonic()

    def _run(self, conn: Connection, request: tuple[str, str, Any, float]) -> tuple[str, Any]:
        pool, job, payload, timeout = request
        if pool not in POOLS:
            return ("error", ("fabwise", f"no worker pool '{pool}'", None))
        if job == "ping":
            return ("ok", os.getpid())
        if job == "stop":
            with contextlib.suppress(OSError):
                self.socket_path.unlink()  # before answering: nobody finds it after the reply
            threading.Thread(target=self._stop, daemon=True).start()
            return ("ok", os.getpid())
        cancel = threading.Event()
        outcome: list[tuple[str, Any]] = []

        def work() -> None:
            try:
                worker = self.worker(pool)
                worker.start()
                outcome.append(("ok", worker.call(job, payload, timeout, cancel)))
            except BaseException as exc:
                outcome.append(("error", _error_data(exc)))

        runner = threading.Thread(target=work, daemon=True)
        runner.start()
        while runner.is_alive():
            runner.join(0.1)
            if runner.is_alive() and _client_left(conn):
                cancel.set()
        return outcome[0]


def _client_left(conn: Connection) -> bool:
    try:
        return conn.poll(0)  # a client only sends while waiting if it is gone (EOF)
    except (EOFError, OSError):
        return True


def serve(socket_path: Path, secret_path: Path) -> None:
    secret = secret_path.read_bytes()
    with contextlib.suppress(OSError, EOFError, ValueError):
        Client(str(socket_path), family="AF_UNIX", authkey=secret).close()
        return  # another command started one a moment earlier: use that one
    with contextlib.suppress(FileNotFoundError):
        socket_path.unlink()
    _Server(socket_path, secret).serve()


# -- the client --------------------------------------------------------------------------------


class ServerWorker:
    """Stands in for a :class:`~configurator.core.worker.WorkerProcess`: jobs run in the build
    server (started on first use). Same ``call`` contract; ``close`` leaves the server running."""

    def __init__(self, key: str | None = None, pool: str = BUILD) -> None:
        self.key = key or server_key()
        self.pool = pool
        self.socket_path, self.secret_path = _paths(self.key)
        self._conn: Connection | None = None
        self._fallback: Any = None  # a worker of our own, when the server cannot be used
        self.fallback_reason = ""
        self._lock = threading.Lock()
        self.starts = 0

    @property
    def alive(self) -> bool:
        return self._conn is not None

    @property
    def pid(self) -> int | None:
        return None

    def _connect(self) -> Connection | None:
        if not (self.socket_path.exists() and self.secret_path.exists()):
            return None
        try:
            return Client(str(self.socket_path), family="AF_UNIX", authkey=self.secret_path.read_bytes())
        except (OSError, EOFError, ValueError):
            return None

    def start(self) -> None:
        if self._conn is not None or self._fallback is not None:
            return
        conn = self._connect()
        if conn is None:
            self._launch()
            deadline = time.monotonic() + START_WAIT_S
            while conn is None and time.monotonic() < deadline:
                time.sleep(0.05)
                conn = self._connect()
            if conn is None:  # build anyway, in a worker of our own (as without the server)
                self.fallback_reason = (
                    f"the build server did not start (see {self.socket_path.with_suffix('.log')})"
                )
                self._fallback = POOLS[self.pool]()
                return
        self._conn = conn

    def _launch(self) -> None:
        with contextlib.suppress(FileExistsError):  # two commands at once: one secret
            descriptor = os.open(self.secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(secrets.token_bytes(32))
        self.starts += 1
        log = self.socket_path.with_suffix(".log")  # why a server failed, for --debug and bugs
        with open(log, "ab") as errors:
            subprocess.Popen(  # detached: it outlives this command and serves the next ones
                [
                    sys.executable,
                    "-m",
                    "configurator.core.build_server",
                    str(self.socket_path),
                    str(self.secret_path),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                start_new_session=True,
                close_fds=True,
            )

    def warm_up(self) -> None:
        with self._lock:
            self.start()
            if self._fallback is not None:
                self._fallback.warm_up()
                return
            self._request("ping", None, START_WAIT_S)

    def call(
        self,
        job: str,
        payload: Any,
        timeout: float,
        cancel: threading.Event | None = None,
        unless: threading.Event | None = None,
    ) -> Any:
        with self._lock:
            if (cancel is not None and cancel.is_set()) or (unless is not None and unless.is_set()):
                raise BuildFailed("cancelled", "cancelled before it started")
            self.start()
            if self._fallback is not None:
                return self._fallback.call(job, payload, timeout, cancel, unless)
            return self._request(job, payload, timeout, cancel)

    def _request(self, job: str, payload: Any, timeout: float, cancel: threading.Event | None = None) -> Any:
        conn = self._conn
        assert conn is not None
        try:
            conn.send((self.pool, job, payload, timeout))
            while not conn.poll(0.1):
                if cancel is not None and cancel.is_set():
                    self._drop()
                    raise BuildFailed("cancelled", "cancelled")
            status, value = conn.recv()
        except (EOFError, OSError):
            self._drop()
            raise BuildFailed(
                "crash",
                "the build server went away; retry the command",
                hint=f"set {ENV_SWITCH}=0 to build without it",
            ) from None
        if status == "ok":
            return value
        raise _rebuild(value)

    def _drop(self) -> None:
        if self._fallback is not None:
            self._fallback.close()
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()

    def kill(self) -> None:
        if self._fallback is not None:
            self._fallback.kill()
            return
        self._drop()  # the server sees the client leave and cancels the job

    def close(self) -> None:
        self._drop()


def running_servers() -> Iterator[Path]:
    """Sockets of build servers of this user (any code version or data folder)."""
    folders = []
    with contextlib.suppress(FabwiseError, OSError):
        folders.append(runtime_folder())
    with contextlib.suppress(FabwiseError, OSError):
        folders.append(runtime_folder(tempfile.gettempdir()))  # where deep folders fall back
    for folder in dict.fromkeys(folders):
        yield from sorted(folder.glob("build-*.sock"))


def stop_servers() -> list[int]:
    """Ask every build server of this user to exit; returns the process ids that answered."""
    stopped = []
    for sock in list(running_servers()):
        secret = sock.with_suffix(".secret")
        try:
            conn = Client(str(sock), family="AF_UNIX", authkey=secret.read_bytes())
        except (OSError, EOFError, ValueError):
            with contextlib.suppress(OSError):
                sock.unlink()  # nobody listens there any more
            continue
        with contextlib.closing(conn):
            conn.send((BUILD, "stop", None, 0.0))
            status, pid = conn.recv()
            if status == "ok":
                stopped.append(int(pid))
    return stopped


if __name__ == "__main__":  # pragma: no cover - started by ServerWorker._launch
    serve(Path(sys.argv[1]), Path(sys.argv[2]))
