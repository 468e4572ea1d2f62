"""Where a designer declared something: the line in their file, for error messages.

Parameters and presets remember the line that created them (:func:`declaration_site`), a
constraint's line is its function's ``def``; errors found when a template loads name that line
and the parameter, preset or function (:class:`DeclarationError`), so a designer is pointed into
their own file, never into Fabwise or a ``<string>`` frame of a generated ``__init__``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from configurator.sdk.errors import TemplateError

_SDK_DIR = os.path.dirname(os.path.abspath(__file__))


def _ours(filename: str) -> bool:
    return filename.startswith("<") or os.path.dirname(os.path.abspath(filename)) == _SDK_DIR


def declaration_site() -> str:
    """``file:line`` of the innermost caller outside the SDK (and generated code), or ""."""
    frame = sys._getframe(1)
    while frame is not None:
        if not _ours(frame.f_code.co_filename):
            return f"{frame.f_code.co_filename}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return ""


def function_site(function: Callable[..., object]) -> tuple[str, str]:
    """(name, ``file:line`` of its ``def``) of a constraint function; ("", "") if unknown."""
    code = getattr(function, "__code__", None)
    name = getattr(function, "__name__", "") or ""
    if code is None:
        return name, ""
    return name, f"{code.co_filename}:{code.co_firstlineno}"


class DeclarationError(TemplateError, ValueError):
    """A declaration is wrong; ``location`` is the designer's ``file:line`` that declared it."""

    def __init__(self, message: str, location: str = "", hint: str | None = None) -> None:
        super().__init__(message, hint)
        self.location = location
