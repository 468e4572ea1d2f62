"""Shared test set-up: user data goes to a temporary folder, never the real one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

from tests.durations_by_file import pytest_runtest_logreport, pytest_terminal_summary

__all__ = ["pytest_runtest_logreport", "pytest_terminal_summary"]

_DATA_DIR = tempfile.mkdtemp(prefix="fabwise-test-data-")
os.environ["FABWISE_DATA_DIR"] = _DATA_DIR
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FABWISE_BUILD_SERVER"] = "0"  # tests start their own workers (tests/core/test_build_server.py starts servers)


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    yield
