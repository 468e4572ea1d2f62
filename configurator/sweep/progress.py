"""A progress line for long sweeps: done/total, rate, ETA and failures.

On a terminal the line is redrawn in place; otherwise (a log file, CI) a full line is printed at
most every ``interval`` seconds and at the end, so logs stay readable.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 24
RATE_WINDOW_S = 30.0


def fmt_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Call :meth:`advance` for each finished variant; :meth:`close` at the end."""

    def __init__(
        self,
        total: int,
        *,
        already: int = 0,
        stream: TextIO | None = None,
        interval: float = 5.0,
        tty: bool | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.total = total
        self.done = already
        self.failed = 0
        self.lost = 0
        self._stream = stream if stream is not None else sys.stderr
        self._tty = self._stream.isatty() if tty is None else tty
        self._interval = interval
        self._clock = clock or time.monotonic
        self._start = self._clock()
        self._times: deque[float] = deque()
        self._last_print = -1e9
        self._lock = threading.Lock()
        self._closed = False
        self._width = 0

    def rate(self) -> float | None:
        """Variants per second over the last half minute (or since the start)."""
        now = self._clock()
        while self._times and now - self._times[0] > RATE_WINDOW_S:
            self._times.popleft()
        if len(self._times) >= 2:
            span = now - self._times[0]
            return (len(self._times) - 1) / span if span > 0 else None
        elapsed = now - self._start
        return len(self._times) / elapsed if self._times and elapsed > 0 else None

    def line(self) -> str:
        share = self.done / self.total if self.total else 1.0
        filled = round(BAR_WIDTH * share)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        rate = self.rate()
        left = self.total - self.done
        eta = fmt_duration(left / rate) if rate and left else ("0:00" if not left else "?")
        rate_text = f"{rate:.2f} variants/s" if rate else "… variants/s"
        trouble = f", {self.failed} failed" if self.failed else ""
        trouble += f", {self.lost} lost" if self.lost else ""
        return (
            f"[{bar}] {self.done}/{self.total} {share:4.0%}  {rate_text}  ETA {eta}  "
            f"elapsed {fmt_duration(self._clock() - self._start)}{trouble}"
        )

    def advance(self, outcome: str = "ok") -> None:
        with self._lock:
            self.done += 1
            self.failed += outcome == "failed"
            self.lost += outcome == "lost"
            self._times.append(self._clock())
            self._draw(final=self.done >= self.total)

    def _draw(self, final: bool = False) -> None:
        now = self._clock()
        if self._tty:
            line = self.line()
            padding = " " * max(0, self._width - len(line))  # wipe a longer previous line
            self._width = len(line)
            self._stream.write("\r" + line + padding + ("\n" if final else ""))
            self._stream.flush()
        elif final or now - self._last_print >= self._interval:
            self._stream.write(self.line() + "\n")
            self._stream.flush()
            self._last_print = now

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self.done < self.total:
                if self._tty:
                    self._stream.write("\r" + self.line() + "\n")
                else:
                    self._stream.write(self.line() + "\n")
                self._stream.flush()
