"""Newest-wins background tasks, without Qt.

Front ends run slow work (a facility search, the eco guide, an export, thumbnails, a warm-up)
off their main thread. :class:`BackgroundTasks` is the one helper for that:

- ``submit(key, fn)`` queues ``fn(task)`` on the helper's thread (tasks run one at a time, in
  order, so a resource opened on that thread, e.g. an SQLite connection, stays on it);
- a newer submission for the same key **supersedes** the older one: a queued older task is dropped
  without running, a running one is asked to stop (``task.stopped``), and its result is never
  delivered;
- the outcome (value, or the exception as data) goes to ``deliver``; ``task.report(value)`` sends
  progress the same way; nothing is delivered for a superseded or cancelled task;
- ``cancel(key)`` supersedes without a successor; ``task.stop()`` only asks the task to stop and
  still delivers how it ended (an export reports "cancelled, nothing written");
- ``shutdown`` cancels everything, waits for a delivery in progress, and joins the thread.

The thread starts on the first submission and ends when nothing is queued (unless ``persistent``,
for an owner whose resources live on the thread). ``deliver`` runs on the helper's thread; a GUI
wraps it in a signal (``configurator/ui/tasks.py``) and re-checks :meth:`is_current` there.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised by :meth:`Task.check` when the task was superseded, cancelled or stopped."""


class Task:
    """One submission: the handle a task function receives, and what outcomes refer to."""

    def __init__(self, key: str, fn: Callable[[Task], Any], owner: BackgroundTasks) -> None:
        self.key = key
        self.fn = fn
        self._owner = owner
        self._stop = threading.Event()
        self.done = False  # ran to its end, or dropped before it started

    @property
    def stop_event(self) -> threading.Event:
        """Set when the task should stop (pass it to calls that watch an event)."""
        return self._stop

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Ask the task to stop; its outcome is still delivered."""
        self._stop.set()

    def check(self) -> None:
        """Raise :class:`TaskCancelled` if the task should stop."""
        if self._stop.is_set():
            raise TaskCancelled(self.key)

    def report(self, value: Any) -> None:
        """Deliver ``value`` as progress (only while this task is current)."""
        self._owner._deliver_if_current(TaskOutcome(self, value=value, progress=True))

    def __repr__(self) -> str:
        return f"Task({self.key!r})"


@dataclass(frozen=True)
class TaskOutcome:
    task: Task
    value: Any = None
    error: BaseException | None = None
    progress: bool = False  # a report on the way, not the end

    @property
    def key(self) -> str:
        return self.task.key


class BackgroundTasks:
    """Newest-wins tasks on one background thread; see the module's docstring."""

    def __init__(
        self, deliver: Callable[[TaskOutcome], None], *, name: str = "fabwise-tasks", persistent: bool = False
    ) -> None:
        self._deliver = deliver
        self._name = name
        self._persistent = persistent
        self._lock = threading.Condition()
        self._delivery = threading.RLock()  # re-entrant: ``deliver`` may call ``shutdown``
        self._queue: deque[Task] = deque()
        self._current: dict[str, Task] = {}
        self._thread: threading.Thread | None = None
        self._closed = False
        self.superseded = 0  # tasks dropped or stopped by a newer one or a cancel
        self.ran = 0  # tasks whose function was called

    # ------------------------------------------------------------------ front side
    def submit(self, key: str, fn: Callable[[Task], Any]) -> Task:
        task = Task(key, fn, self)
        with self._lock:
            if self._closed:
                raise RuntimeError("the background tasks are shut down")
            self._supersede(key)
            self._current[key] = task
            self._queue.append(task)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._lock.notify()
        return task

    def cancel(self, key: str) -> None:
        """Stop the task for ``key`` (queued or running); nothing of it is delivered."""
        with self._lock:
            self._supersede(key)
            self._current.pop(key, None)

    @property
    def closed(self) -> bool:
        """True once :meth:`shutdown` was called."""
        with self._lock:
            return self._closed

    def is_current(self, outcome: TaskOutcome | Task) -> bool:
        """Whether ``outcome`` (or task) belongs to the newest live submission for its key."""
        task = outcome.task if isinstance(outcome, TaskOutcome) else outcome
        with self._lock:
            return not self._closed and self._current.get(task.key) is task

    def running(self, key: str) -> bool:
        """Whether a task for ``key`` is queued or running."""
        with self._lock:
            task = self._current.get(key)
            return task is not None and not task.done

    def shutdown(self, timeout: float | None = 10.0, last: Callable[[], None] | None = None) -> bool:
        """Cancel everything, run ``last`` on the helper's thread (e.g. close what lives there),
        and join the thread; True if it ended within ``timeout``. No outcome is delivered after
        this returns (a delivery in progress finishes first)."""
        with self._lock:
            for key in list(self._current):
                self._supersede(key)
            self._current.clear()
            self._closed = True
            if last is not None:
                self._queue.append(Task("", lambda _task: last(), self))
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                    self._thread.start()
            self._lock.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        with self._delivery:
            pass
        return thread is None or not thread.is_alive()

    # ------------------------------------------------------------------ thread side
    def _supersede(self, key: str) -> None:
        old = self._current.get(key)
        if old is None or old.done:
            return
        old.stop()
        if old in self._queue:
            self._queue.remove(old)
            old.done = True
        self.superseded += 1

    def _deliver_if_current(self, outcome: TaskOutcome) -> bool:
        with self._delivery:
            with self._lock:
                if self._closed or self._current.get(outcome.key) is not outcome.task:
                    return False
            self._deliver(outcome)
            return True

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._queue and not self._closed and self._persistent:
                    self._lock.wait()
                if not self._queue:
                    self._thread = None
                    return
                task = self._queue.popleft()
                self.ran += 1
            try:
                outcome = TaskOutcome(task, value=task.fn(task))
            except BaseException as exc:  # delivered as data; the thread goes on
                outcome = TaskOutcome(task, error=exc)
            with self._lock:
                task.done = True
            try:
                self._deliver_if_current(outcome)
            except Exception:  # a faulty receiver must not stop the tasks behind this one
                log.exception("delivering the outcome of %r failed", task)
