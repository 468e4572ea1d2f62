"""The one Qt bridge for background tasks: outcomes arrive on the GUI thread, and only while they
are the newest for their key, checked again on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from configurator.core.tasks import Task, TaskOutcome
from configurator.ui.tasks import TaskBridge

pytestmark = pytest.mark.gui
WAIT_S = 30.0


def test_outcomes_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    bridge = TaskBridge("test-bridge")
    received: list[tuple[TaskOutcome, QThread]] = []
    bridge.finished.connect(lambda outcome: received.append((outcome, QThread.currentThread())))
    worker_threads: list[str] = []

    def answer(_task: Task) -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    with qtbot.waitSignal(bridge.finished, timeout=int(WAIT_S * 1000)):
        bridge.submit("answer", answer)
    assert worker_threads == ["test-bridge"]  # the work ran off the GUI thread
    outcome, thread = received[0]
    assert outcome.value == 42 and thread == bridge.thread()
    assert bridge.shutdown(WAIT_S)


def test_a_cancel_on_the_gui_thread_wins_over_an_outcome_already_on_its_way(qtbot: QtBot) -> None:
    bridge = TaskBridge("test-bridge")
    received: list[str] = []
    bridge.finished.connect(lambda outcome: received.append(outcome.key))
    second_started, release = threading.Event(), threading.Event()

    def second(_task: Task) -> str:
        second_started.set()  # tasks run in order: the first one's outcome was already sent
        assert release.wait(WAIT_S)
        return "second"

    bridge.submit("first", lambda _task: "first")
    bridge.submit("second", second)
    assert second_started.wait(WAIT_S)
    bridge.cancel("first")  # e.g. the design changed before the queued signal was handled
    with qtbot.waitSignal(bridge.finished, timeout=int(WAIT_S * 1000)):
        release.set()
    assert received == ["second"]
    assert bridge.shutdown(WAIT_S)


def test_nothing_arrives_after_shutdown(qtbot: QtBot) -> None:
    bridge = TaskBridge("test-bridge")
    received: list[str] = []
    bridge.finished.connect(lambda outcome: received.append(outcome.key))
    done = threading.Event()
    bridge.submit("late", lambda _task: done.set())
    assert done.wait(WAIT_S)
    assert bridge.shutdown(WAIT_S)  # its outcome may be queued for the GUI thread already
    qtbot.wait(50)  # let the event loop handle whatever was queued
    assert received == []


def test_a_submission_after_shutdown_runs_nothing(qtbot: QtBot) -> None:
    bridge = TaskBridge("test-bridge")
    assert bridge.shutdown(WAIT_S)
    ran: list[str] = []
    task = bridge.submit("late", lambda _task: ran.append("late"))  # e.g. a result while closing
    assert task.stopped and not bridge.tasks.running("late")
    assert ran == []
