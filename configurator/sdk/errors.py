"""Errors a user or designer can act on.

Every error raised for bad input is a :class:`FabwiseError`: it carries a one-line message that names
the problem and, where there is one, a hint that says what to do. Front ends (CLI, GUI) print these
without a traceback; anything else is a bug and is reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass


class FabwiseError(Exception):
    """An error with a readable message and an optional hint on how to fix it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


@dataclass(frozen=True)
class Issue:
    """One problem with a parameter set: which parameters it concerns and what is wrong."""

    params: tuple[str, ...]
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationError(FabwiseError):
    """A parameter set was rejected before any geometry was built."""

    def __init__(self, issues: list[Issue] | tuple[Issue, ...], template_id: str = "") -> None:
        self.issues = tuple(issues)
        self.template_id = template_id
        where = f" for template '{template_id}'" if template_id else ""
        if len(self.issues) == 1:
            message = f"invalid parameters{where}: {self.issues[0].message}"
        else:
            listed = "; ".join(issue.message for issue in self.issues)
            message = f"{len(self.issues)} invalid parameters{where}: {listed}"
        super().__init__(message, hint="see `fabwise templates show ID` for allowed values")


class TemplateError(FabwiseError):
    """A template is broken: it failed to load, declares nonsense, or its build misbehaved."""


class TemplateNotFound(FabwiseError):
    """No template with the requested id is registered."""


class BuildFailed(FabwiseError):
    """A build did not produce a result.

    ``kind`` is one of ``"template"`` (the template raised), ``"timeout"`` (it ran past the time
    limit and the worker was replaced), ``"crash"`` (the worker process died) or ``"limit"``
    (it exceeded a resource limit). ``details`` holds the traceback text when there is one.
    """

    def __init__(self, kind: str, message: str, hint: str | None = None, details: str = "") -> None:
        super().__init__(message, hint)
        self.kind = kind
        self.details = details
