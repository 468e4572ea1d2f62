"""What a controller may ask of the window showing the design: the small status interface the
controllers receive instead of the main window itself."""

from __future__ import annotations

from typing import Protocol


class StatusView(Protocol):
    def report(self, level: str, text: str, hint: str = "", details: str = "") -> None:
        """Show a message ("info", "warning", "error") on the page the user is looking at."""

    def show_status(self, text: str) -> None:
        """Show a short note in the status bar."""

    def commit_pending_edits(self) -> None:
        """Commit a value still being typed (it belongs to the design) before it is read."""
