"""The progress line: rate and ETA from a clock we control; redrawn on a terminal, throttled in logs."""

from __future__ import annotations

import io

from configurator.sweep.progress import Progress, fmt_duration


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_eta_and_failures() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(10, stream=stream, tty=True, clock=clock)
    for outcome in ("ok", "ok", "failed", "ok", "lost"):
        clock.now += 2.0
        progress.advance(outcome)
    line = progress.line()
    assert "5/10" in line and " 50%" in line
    assert "0.50 variants/s" in line  # one every 2 s
    assert "ETA 0:10" in line  # 5 left at 0.5/s
    assert "1 failed, 1 lost" in line
    assert stream.getvalue().count("\r") == 5  # redrawn in place on a terminal


def test_a_log_gets_a_line_every_interval_and_the_last_one() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(100, stream=stream, tty=False, interval=5.0, clock=clock)
    for _ in range(100):
        clock.now += 0.5
        progress.advance()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert 10 <= len(lines) <= 12  # 50 s at one line per 5 s, plus the final one
    assert lines[-1].startswith("[" + "#" * 24 + "] 100/100")


def test_resumed_sweep_counts_what_was_done_before() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = Progress(10, already=7, stream=stream, tty=False, clock=clock)
    assert "7/10" in progress.line() and "ETA ?" in progress.line()
    progress.close()
    assert "7/10" in stream.getvalue()  # closed before the end: the last state is printed


def test_durations() -> None:
    assert fmt_duration(59.6) == "1:00"
    assert fmt_duration(3725) == "1:02:05"
