"""Undoable changes to a design. Each command records the values before and after."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from configurator.ui.session import DesignSession


class SetValuesCommand(QUndoCommand):
    """Set one or more parameter values (an edit, a preset, a reset, an eco suggestion)."""

    def __init__(
        self,
        session: DesignSession,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        self.session.commit_values(self.after)

    def undo(self) -> None:
        self.session.commit_values(self.before)


class CallbackCommand(QUndoCommand):
    """A change outside the parameters (e.g. the chosen facility), applied through callbacks."""

    def __init__(self, apply: Callable[[Any], None], before: Any, after: Any, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


def changed_values(
    current: Mapping[str, Any], wanted: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) for the names in ``wanted`` whose value differs from ``current``."""
    after = {k: v for k, v in wanted.items() if current.get(k) != v}
    before = {k: current.get(k) for k in after}
    return before, after
