"""Work around a reference-counting bug of PySide6 6.12.0 on Python < 3.12.

PySide6 6.12.0 returns ``None``, ``True`` and ``False`` from C++ calls without taking a reference
to them (every void method such as ``QTimer.start()`` or ``processEvents()``, and
``SignalInstance.emit()``/``connect()``/``disconnect()``), as if they were immortal. They are
immortal only from Python 3.12; on 3.11 each such call takes one reference away, and after some
thousands of calls CPython deallocates the object and aborts ("Fatal Python error:
none_dealloc" / "bool_dealloc"). PySide6 6.11.3 does not have the bug.

:func:`apply` detects the bug with a few probe calls and, only if it is present, gives ``None``,
``True`` and ``False`` a reserve of references so large that no session can use it up, which is
what immortality means. The real fix is a PySide6 without the bug (or Python 3.12+).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer, Signal

RESERVE = 1 << 40  # references; far more than a session can ever drop
PROBES = 16
_applied = False


class _Probe(QObject):
    ping = Signal()


def drops_references() -> bool:
    """True when C++ calls from Python take references away from None or True."""
    probe, timer = _Probe(), QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
        timer.stop()
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    return lost_none >= PROBES // 2 or lost_true >= PROBES // 2


def apply() -> bool:
    """Make None/True/False effectively immortal if this PySide6 needs it; True if it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not drops_references():
        return False
    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    _applied = True
    return True
