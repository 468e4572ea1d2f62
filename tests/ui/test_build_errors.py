"""A template that raises, a worker that dies, a build that hangs: the window reports it in its
message area and stays usable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.errors import BuildFailed
from configurator.ui.main_window import MainWindow
from tests.ui.helpers import BUILD_WAIT_MS, commit, make_window, on_screen, open_template

pytestmark = pytest.mark.gui


@pytest.fixture
def window(
    qtbot: QtBot, ui_registry: TemplateRegistry, ui_service: BuildService, ui_data_dir: Path
) -> MainWindow:
    window = make_window(qtbot, ui_registry, ui_service, ui_data_dir)
    open_template(qtbot, window, "sample-trouble")
    return window


def _fail_with(qtbot: QtBot, window: MainWindow, mode: str, size: float) -> BuildFailed:
    window.page.panel.editor("size").set_value(size)
    window.session.commit_values({"size": size})  # a size not built before: not cached
    with qtbot.waitSignal(window.session.build_failed, timeout=BUILD_WAIT_MS) as blocker:
        window.page.panel.editor("mode").select(mode)  # type: ignore[attr-defined]
    error = blocker.args[0]
    assert isinstance(error, BuildFailed)
    return error


def _recovers(qtbot: QtBot, window: MainWindow, size: float) -> None:
    good = window.session.result
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.page.panel.editor("mode").select("ok")  # type: ignore[attr-defined]
    commit(qtbot, window, "size", size)
    assert window.session.result is not good
    assert on_screen(window).params["size"] == size
    assert window.page.banner.level == ""


def test_template_exception_is_shown_and_the_app_stays_usable(qtbot: QtBot, window: MainWindow) -> None:
    good = window.session.result
    error = _fail_with(qtbot, window, "raise", 31)
    assert error.kind == "template"
    assert window.page.banner.isVisibleTo(window) and window.page.banner.level == "error"
    assert "failed on purpose" in window.page.banner.text
    assert "sample_trouble.py" in window.page.banner.text  # where in the template it failed
    assert window.page.banner.details_button.isVisibleTo(window)  # the traceback is one click away
    assert window.session.result is good  # the last good preview stays
    assert "Build failed" in window.status_message()
    _recovers(qtbot, window, 32)


def test_worker_crash_is_shown_and_a_fresh_worker_builds_next(qtbot: QtBot, window: MainWindow) -> None:
    error = _fail_with(qtbot, window, "crash", 41)
    assert error.kind == "crash"
    assert "crashed" in window.page.banner.text and "exit code 7" in window.page.banner.text
    _recovers(qtbot, window, 42)


@pytest.mark.slow
def test_hanging_build_times_out_and_is_reported(qtbot: QtBot, window: MainWindow) -> None:
    error = _fail_with(qtbot, window, "hang", 51)
    assert error.kind == "timeout"
    assert "took too long" in window.page.banner.text
    _recovers(qtbot, window, 52)


def test_retry_button_rebuilds(qtbot: QtBot, window: MainWindow) -> None:
    _fail_with(qtbot, window, "raise", 61)
    assert window.page.banner.retry_button.isVisibleTo(window)
    with qtbot.waitSignal(window.session.build_failed, timeout=BUILD_WAIT_MS):
        window.page.banner.retry_button.click()  # still failing: reported again, nothing stuck
    assert not window.session.busy
