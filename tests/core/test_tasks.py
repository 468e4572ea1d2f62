"""The newest-wins background task helper, without Qt: what is delivered, what never is, and that
shutting down leaves no thread behind. Synchronised with events, never with sleeps."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from configurator.core.tasks import BackgroundTasks, Task, TaskCancelled, TaskOutcome

WAIT_S = 30.0  # a guard against a hang, not a timing assertion


class Inbox:
    """Collects outcomes on the helper's thread; ``wait`` blocks until a condition holds."""

    def __init__(self) -> None:
        self.outcomes: list[TaskOutcome] = []
        self._changed = threading.Condition()

    def __call__(self, outcome: TaskOutcome) -> None:
        with self._changed:
            self.outcomes.append(outcome)
            self._changed.notify_all()

    def wait(self, condition: Callable[[list[TaskOutcome]], bool]) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: condition(self.outcomes), WAIT_S), self.outcomes

    def finals(self) -> list[tuple[str, Any]]:
        return [(o.key, o.value) for o in self.outcomes if not o.progress and o.error is None]


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def tasks(inbox: Inbox) -> Iterator[BackgroundTasks]:
    helper = BackgroundTasks(inbox, name="test-tasks")
    yield helper
    helper.shutdown(WAIT_S)


def blocker(started: threading.Event, release: threading.Event, value: Any = None) -> Callable[[Task], Any]:
    def work(_task: Task) -> Any:
        started.set()
        assert release.wait(WAIT_S)
        return value

    return work


def record(ran: list[str], name: str) -> Callable[[Task], str]:
    def work(_task: Task) -> str:
        ran.append(name)
        return name

    return work


def test_a_value_is_delivered_with_its_key(tasks: BackgroundTasks, inbox: Inbox) -> None:
    tasks.submit("sum", lambda _task: 1 + 2)
    inbox.wait(lambda got: len(got) == 1)
    assert inbox.finals() == [("sum", 3)]


def test_a_superseded_running_task_is_asked_to_stop_and_its_result_never_arrives(
    tasks: BackgroundTasks, inbox: Inbox
) -> None:
    started, release = threading.Event(), threading.Event()
    old = tasks.submit("search", blocker(started, release, "old"))
    assert started.wait(WAIT_S)
    tasks.submit("search", lambda _task: "new")
    assert old.stopped  # the running one can stop early (Task.check, Task.stop_event)
    release.set()
    inbox.wait(lambda got: len(got) >= 1)
    tasks.shutdown(WAIT_S)  # nothing can still be on its way
    assert inbox.finals() == [("search", "new")]
    assert tasks.superseded == 1


def test_a_superseded_queued_task_never_runs(tasks: BackgroundTasks, inbox: Inbox) -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    tasks.submit("busy", blocker(started, release, "busy"))
    assert started.wait(WAIT_S)
    tasks.submit("quote", record(ran, "first"))
    tasks.submit("quote", record(ran, "second"))
    release.set()
    inbox.wait(lambda got: len(got) == 2)
    assert ran == ["second"]
    assert inbox.finals() == [("busy", "busy"), ("quote", "second")]


def test_other_keys_are_not_superseded(tasks: BackgroundTasks, inbox: Inbox) -> None:
    tasks.submit("fit", lambda _task: "fit")
    tasks.submit("stress", lambda _task: "stress")
    inbox.wait(lambda got: len(got) == 2)
    assert sorted(inbox.finals()) == [("fit", "fit"), ("stress", "stress")]


def test_an_error_is_delivered_as_a_value_and_the_next_task_still_runs(
    tasks: BackgroundTasks, inbox: Inbox
) -> None:
    def fails(_task: Task) -> None:
        raise ValueError("no such place")

    tasks.submit("search", fails)
    tasks.submit("fetch", lambda _task: "facility")
    inbox.wait(lambda got: len(got) == 2)
    error = inbox.outcomes[0]
    assert error.key == "search" and isinstance(error.error, ValueError)
    assert str(error.error) == "no such place" and error.value is None
    assert inbox.finals() == [("fetch", "facility")]


def test_cancel_stops_a_running_task_and_delivers_nothing_of_it(tasks: BackgroundTasks, inbox: Inbox) -> None:
    started, release = threading.Event(), threading.Event()
    checked: list[bool] = []

    def guide(task: Task) -> str:
        started.set()
        assert release.wait(WAIT_S)
        checked.append(task.stopped)
        task.check()  # raises: the design changed
        return "guide"

    running = tasks.submit("guide", guide)
    assert started.wait(WAIT_S)
    tasks.cancel("guide")
    assert not tasks.is_current(running)
    release.set()
    tasks.submit("after", lambda _task: "after")  # runs once the cancelled one has ended
    inbox.wait(lambda got: len(got) == 1)
    assert checked == [True]
    assert [o.key for o in inbox.outcomes] == ["after"]


def test_a_cancelled_queued_task_never_runs(tasks: BackgroundTasks, inbox: Inbox) -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    tasks.submit("busy", blocker(started, release))
    assert started.wait(WAIT_S)
    tasks.submit("fit", lambda _task: ran.append("fit"))
    assert tasks.running("fit")
    tasks.cancel("fit")
    assert not tasks.running("fit")
    release.set()
    inbox.wait(lambda got: len(got) == 1)
    tasks.shutdown(WAIT_S)
    assert ran == [] and [o.key for o in inbox.outcomes] == ["busy"]


def test_stop_asks_the_task_to_end_and_still_delivers_how_it_ended(
    tasks: BackgroundTasks, inbox: Inbox
) -> None:
    started = threading.Event()

    def export(task: Task) -> str:
        started.set()
        assert task.stop_event.wait(WAIT_S)  # e.g. export_package(cancel=task.stop_event)
        return "cancelled, nothing written"

    running = tasks.submit("export", export)
    assert started.wait(WAIT_S)
    running.stop()
    inbox.wait(lambda got: len(got) == 1)
    assert inbox.finals() == [("export", "cancelled, nothing written")]


def test_progress_arrives_in_order_before_the_end(tasks: BackgroundTasks, inbox: Inbox) -> None:
    def draw(task: Task) -> str:
        for name in ("box", "hook"):
            task.report(name)
        return "all drawn"

    tasks.submit("thumbnails", draw)
    inbox.wait(lambda got: len(got) == 3)
    assert [(o.progress, o.value) for o in inbox.outcomes] == [
        (True, "box"),
        (True, "hook"),
        (False, "all drawn"),
    ]


def test_a_superseded_task_reports_nothing(tasks: BackgroundTasks, inbox: Inbox) -> None:
    started, release = threading.Event(), threading.Event()

    def old(task: Task) -> str:
        started.set()
        assert release.wait(WAIT_S)
        task.report("old list")
        return "old quotes"

    tasks.submit("search", old)
    assert started.wait(WAIT_S)

    def new(task: Task) -> str:
        task.report("new list")
        return "new quotes"

    tasks.submit("search", new)
    release.set()
    inbox.wait(lambda got: len(got) == 2)
    tasks.shutdown(WAIT_S)
    assert [o.value for o in inbox.outcomes] == ["new list", "new quotes"]


def test_shutdown_joins_the_thread_runs_last_there_and_delivers_nothing_after(inbox: Inbox) -> None:
    tasks = BackgroundTasks(inbox, name="test-store", persistent=True)
    threads: list[str] = []
    tasks.submit("open", lambda _task: threads.append(threading.current_thread().name))
    inbox.wait(lambda got: len(got) == 1)
    started = threading.Event()

    def search(task: Task) -> str:
        started.set()
        assert task.stop_event.wait(WAIT_S)  # set by shutdown
        return "late"

    tasks.submit("search", search)
    assert started.wait(WAIT_S)
    assert tasks.shutdown(WAIT_S, last=lambda: threads.append(threading.current_thread().name))
    assert threads == ["test-store", "test-store"]  # a resource opened there is closed there
    assert [o.key for o in inbox.outcomes] == ["open"]  # "late" was not delivered
    assert not any(t.name == "test-store" for t in threading.enumerate())
    with pytest.raises(RuntimeError, match="shut down"):
        tasks.submit("search", lambda _task: None)


def test_a_persistent_helper_keeps_one_thread(inbox: Inbox) -> None:
    tasks = BackgroundTasks(inbox, name="test-persistent", persistent=True)
    local = threading.local()

    def use_connection(_task: Task) -> int:
        local.uses = getattr(local, "uses", 0) + 1  # a thread-bound resource, e.g. SQLite
        return int(local.uses)

    for number in range(1, 4):
        tasks.submit(f"use-{number}", use_connection)
        inbox.wait(lambda got, n=number: len(got) == n)  # type: ignore[misc]
    assert [o.value for o in inbox.outcomes] == [1, 2, 3]
    assert tasks.shutdown(WAIT_S)


def test_an_idle_helper_ends_its_thread_and_starts_again(tasks: BackgroundTasks, inbox: Inbox) -> None:
    tasks.submit("one", lambda _task: threading.current_thread().ident)
    inbox.wait(lambda got: len(got) == 1)
    first = inbox.outcomes[0].value
    for thread in threading.enumerate():
        if thread.ident == first:
            thread.join(WAIT_S)
            assert not thread.is_alive()  # nothing queued: the thread ended
    tasks.submit("two", lambda _task: "again")
    inbox.wait(lambda got: len(got) == 2)
    assert inbox.finals()[-1] == ("two", "again")


def test_a_failing_receiver_does_not_stop_the_tasks_behind(caplog: pytest.LogCaptureFixture) -> None:
    got: list[Any] = []
    done = threading.Event()

    def deliver(outcome: TaskOutcome) -> None:
        if outcome.value == "bad":
            raise RuntimeError("receiver broke")
        got.append(outcome.value)
        done.set()

    tasks = BackgroundTasks(deliver, name="test-receiver")
    tasks.submit("a", lambda _task: "bad")
    tasks.submit("b", lambda _task: "good")
    assert done.wait(WAIT_S)
    assert tasks.shutdown(WAIT_S)
    assert got == ["good"]
    assert "receiver broke" in caplog.text


def test_check_raises_task_cancelled_only_once_stopped(tasks: BackgroundTasks) -> None:
    task = Task("x", lambda _task: None, tasks)
    task.check()
    task.stop()
    with pytest.raises(TaskCancelled):
        task.check()
