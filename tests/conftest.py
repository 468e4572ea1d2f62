"""Shared test set-up: user data goes to a temporary folder, never the real one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

from tests.durations_by_file import pytest_runtest_logreport, pytest_terminal_summary
from tests.virtual_screen import start_virtual_screen

__all__ = ["pytest_runtest_logreport", "pytest_terminal_summary"]

_DATA_DIR = tempfile.mkdtemp(prefix="fabwise-test-data-")
os.environ["FABWISE_DATA_DIR"] = _DATA_DIR
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests start their own workers; tests/core/test_build_server.py turns the build server on.
os.environ["FABWISE_BUILD_SERVER"] = "0"
# Tests read the source (English) text unless they choose a language themselves.
os.environ["FABWISE_LANG"] = "en"


@pytest.fixture(autouse=True)
def _isolated_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    yield


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--template-variants",
        type=int,
        default=None,
        metavar="N",
        help="random valid parameter sets drawn per template by the property test "
        "(tests/templates/test_catalogue.py; default 15, or FABWISE_HYPOTHESIS_EXAMPLES)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # tools/test.sh: an X screen per test process; the xdist controller runs no tests and needs none
    controller = config.getoption("numprocesses", default=None) and not os.environ.get("PYTEST_XDIST_WORKER")
    if os.environ.get("FABWISE_TEST_XVFB") == "1" and not controller:
        start_virtual_screen()
    count = config.getoption("--template-variants", default=None)
    if count is not None:
        os.environ["FABWISE_HYPOTHESIS_EXAMPLES"] = str(count)
