"""Per-file test durations, printed at the end of every run (CI reads them to keep the suite fast).

pytest's own ``--durations`` lists single tests; what grows a suite is usually a file whose fixtures
or builds are slow, so this sums set-up, call and tear-down time of every test by file.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

_SECONDS_BY_FILE: defaultdict[str, float] = defaultdict(float)
_TESTS_BY_FILE: defaultdict[str, int] = defaultdict(int)
_SHOWN = 15


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    path = report.nodeid.split("::", 1)[0]
    _SECONDS_BY_FILE[path] += report.duration
    if report.when == "call":
        _TESTS_BY_FILE[path] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _SECONDS_BY_FILE:
        return
    total = sum(_SECONDS_BY_FILE.values())
    ranked = sorted(_SECONDS_BY_FILE.items(), key=lambda item: item[1], reverse=True)
    terminalreporter.write_sep("=", f"slowest test files ({len(ranked)} files, {total:.0f} s in tests)")
    for path, seconds in ranked[:_SHOWN]:
        share = 100.0 * seconds / total if total else 0.0
        terminalreporter.write_line(
            f"{seconds:8.1f} s {share:5.1f} %  {_TESTS_BY_FILE[path]:4d} tests  {path}"
        )
