"""The design being customised, on screen: builds of its values and the newest preview.

The design itself (template, values, issues, where it is made, name, file, unsaved changes) is a
Qt-free :class:`~configurator.app.document.DesignDocument`. A :class:`DesignSession` turns its
changes into build requests and publishes what the widgets need as signals. It never builds
geometry: requests go to the build service through a
:class:`~configurator.ui.build_bridge.BuildBridge` (newest request wins), and only the outcome for
the newest revision is shown.

Two kinds of change:

* *committed* values (a released slider, a typed number, a chosen material) are what the design
  is; they build at ``fine`` quality and are what undo, saving and the eco panel see;
* *preview* values (a slider being dragged) sit on top of the committed ones until the drag ends;
  they build at ``drag`` quality (the coarse mesh and exact bounds, no geometry checks or outlines:
  those come with the released value's build) with at most one build in flight: while one runs,
  only the newest dragged value waits, so the preview keeps up without queueing stale work.

While a value is dragged, :class:`~configurator.ui.drag_speculation.DragSpeculation` builds the
values the drag is heading for on the spare worker (they only fill the cache; nothing speculative is
ever delivered); a committed change drops the guesses still queued.

Invalid values (a constraint violated) are reported with ``issues_changed`` and nothing is built:
the preview keeps the last valid design. A build still running for values no longer shown is
never delivered, and when invalid values are committed (a typed value, a drag released on it)
the preview goes back to the last valid *committed* design (``preview_restored``), never a coarse
frame of a value dragged through on the way.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from configurator.app.document import Change, DesignDocument
from configurator.core.designs import Design
from configurator.core.registry import TemplateEntry
from configurator.core.service import BuildOutcome
from configurator.sdk.errors import FabwiseError, Issue
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult, Quality
from configurator.sdk.template import Template
from configurator.ui.build_bridge import BuildBridge
from configurator.ui.drag_speculation import DragSpeculation

FINE = Quality.FINE
DRAG = Quality.DRAG  # a preview frame only: see configurator.core.build.PREVIEW_ONLY


class DesignSession(QObject):
    """The Qt side of a :class:`~configurator.app.document.DesignDocument`: builds what it shows
    and relays its changes as signals."""

    template_changed = Signal(object)  # TemplateEntry
    values_changed = Signal(dict)  # the committed values, after any change to them
    issues_changed = Signal(list)  # list[Issue] for the values on screen (empty: all valid)
    busy_changed = Signal(bool)  # a build for the newest values is running
    result_ready = Signal(object)  # BuildResult of the newest valid values
    build_failed = Signal(object)  # FabwiseError: the newest build produced no result
    document_changed = Signal(str)  # a Change of the document: "where", "name", "dirty"
    opening = Signal()  # another design is about to be opened: views drop what they show
    design_opened = Signal(object)  # the saved Design just opened (from the database or a file)
    preview_restored = Signal(object)  # BuildResult: the last valid committed design, shown again

    def __init__(self, document: DesignDocument, bridge: BuildBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.bridge = bridge
        bridge.outcome.connect(self._on_outcome)
        document.subscribe(self._on_document_change)
        self._result: BuildResult | None = None
        self._error: FabwiseError | None = None
        self._revision = 0
        self._discard_up_to = 0  # outcomes of revisions up to this are for values no longer shown
        self._last_committed: BuildResult | None = None  # the newest fine build
        self._in_flight = False
        self._held_preview = False
        self._busy = False
        self.speculation = DragSpeculation(bridge.service)

    def _on_document_change(self, change: Change) -> None:
        document = self.document
        if change is Change.TEMPLATE:
            self.template_changed.emit(document.entry)
        elif change is Change.VALUES:
            self.values_changed.emit(document.values)
        elif change is Change.ISSUES:
            self.issues_changed.emit(document.issues)
        else:
            self.document_changed.emit(str(change))

    # ----------------------------------------------------------------- state
    @property
    def entry(self) -> TemplateEntry | None:
        return self.document.entry

    @property
    def template(self) -> Template | None:
        return self.document.template

    @property
    def values(self) -> dict[str, Any]:
        """The committed values (what undo, saving and the eco panel see)."""
        return self.document.values

    @property
    def shown_values(self) -> dict[str, Any]:
        """Committed values with any value being dragged on top."""
        return self.document.shown_values

    @property
    def issues(self) -> list[Issue]:
        return self.document.issues

    @property
    def result(self) -> BuildResult | None:
        """The newest successful build (for the last valid values)."""
        return self._result

    @property
    def error(self) -> FabwiseError | None:
        """The error of the newest build, if it failed."""
        return self._error

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def result_is_current(self) -> bool:
        """True when the shown result is the build of exactly the committed values."""
        if self._result is None or self._busy or self.document.preview:
            return False
        canonical = self.document.canonical_values()
        return canonical is not None and canonical == self._result.params

    def canonical_values(self) -> dict[str, Value] | None:
        """The committed values in canonical form, or None while they are invalid."""
        return self.document.canonical_values()

    # --------------------------------------------------------------- changes
    def select_template(self, template_id: str, values: Mapping[str, Any] | None = None) -> None:
        """Start customising ``template_id`` from its defaults (plus ``values``)."""
        self.registry_entry_or_raise(template_id)
        self.opening.emit()
        self._reset_build()
        self.document.open(template_id, values)
        self._build(FINE)

    def registry_entry_or_raise(self, template_id: str) -> TemplateEntry:
        """The template's entry; FabwiseError (naming the id) before anything changes."""
        return self.document.registry.get(template_id)

    def open_design(
        self, design: Design, *, saved_id: str | None = None, path: Path | None = None, unsaved: bool = False
    ) -> list[str]:
        """Open a saved design (see :meth:`DesignDocument.open_design`) and build it."""
        self.registry_entry_or_raise(design.template_id)
        self.opening.emit()
        self._reset_build()
        notes = self.document.open_design(design, saved_id=saved_id, path=path, unsaved=unsaved)
        self._build(FINE)
        self.design_opened.emit(design)
        return notes

    def reload_template(self, entry: TemplateEntry, values: Mapping[str, Any], *, unsaved: bool) -> None:
        """The template changed on disk: rebuild the design on its new version."""
        self._reset_build()
        self.document.reload_template(entry, values, unsaved=unsaved)
        self._build(FINE)

    def _reset_build(self) -> None:
        self._result = None
        self._last_committed = None
        self._error = None
        self.speculation.stop()
        self.speculation.prestart()  # the user will likely drag something soon

    def commit_values(self, changes: Mapping[str, Any]) -> None:
        """Make ``changes`` part of the design and build it at fine quality."""
        if self.document.entry is None:
            return
        self.speculation.stop()
        self.document.commit(changes)
        self._build(FINE)

    def preview_values(self, changes: Mapping[str, Any]) -> None:
        """Show ``changes`` (e.g. a slider being dragged) without committing them."""
        entry = self.document.entry
        if entry is None:
            return
        before = self.document.shown_canonical or {}
        self.document.set_preview(changes)
        self._build(DRAG)
        shown = self.document.shown_canonical
        if len(changes) == 1 and shown is not None:
            (name,) = changes
            schema = entry.template.schema
            if name in schema:
                self.speculation.moved(entry.ref, shown, schema[name], before.get(name), DRAG)

    def end_preview(self) -> None:
        """Drop dragged values that were not committed (the drag ended where it started)."""
        self.speculation.stop()
        if self.document.end_preview():
            self._build(FINE)

    def rebuild(self) -> None:
        """Build the committed values again (e.g. after a failure, to retry)."""
        self._build(FINE)

    # ----------------------------------------------------------------- build
    def _build(self, quality: Quality) -> None:
        entry = self.document.entry
        if entry is None:
            return
        canonical = self.document.shown_canonical  # validated once, when the values changed
        if canonical is None:
            self._held_preview = False
            self._discard_up_to = self._revision  # a build still running is for other values
            self._set_busy(False)
            if quality == FINE:
                self._restore_last_committed()
            return
        if quality == DRAG and self._in_flight:
            self._held_preview = True
            return
        self._held_preview = False
        self._revision += 1
        try:
            request = self.bridge.service.request(
                entry.template.id, canonical, quality=quality, revision=self._revision
            )
        except FabwiseError as exc:
            self._fail(exc)
            return
        self._in_flight = True
        self._set_busy(True)
        self.bridge.submit(request)  # may deliver at once (cache hit)

    def _restore_last_committed(self) -> None:
        """Invalid values were committed: show the last valid committed design again (the shown
        result may be a coarse frame of a value dragged through)."""
        last = self._last_committed
        if last is not None and self._result is not last:
            self._result = last
            self.preview_restored.emit(last)

    def _on_outcome(self, outcome: BuildOutcome) -> None:
        revision = outcome.request.revision
        if revision < self._revision:
            return  # an older request; the newest one is still on its way
        self._in_flight = False
        if revision <= self._discard_up_to:  # built for values no longer on screen
            if outcome.result is not None and outcome.result.quality == FINE:
                self._last_committed = outcome.result  # still the last valid committed design
                if not self.document.preview and self.document.canonical_values() is None:
                    self._restore_last_committed()
            if self._held_preview:
                self._build(DRAG)
            return
        self._set_busy(False)
        if outcome.result is not None:
            self._result = outcome.result
            self._error = None
            if outcome.result.quality == FINE:
                self._last_committed = outcome.result
            self.result_ready.emit(outcome.result)
        elif outcome.error is not None:
            self._fail(outcome.error)
        if self._held_preview:
            self._build(DRAG)

    def _fail(self, error: FabwiseError) -> None:
        self._error = error
        self.build_failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
