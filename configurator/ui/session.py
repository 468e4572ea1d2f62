"""The design being customised: its template, its values, their issues, and the newest preview.

A :class:`DesignSession` turns value changes into validated build requests and publishes what the
widgets need as signals. It never builds geometry: requests go to the build service through a
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
the preview keeps the last valid design.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.core.service import BuildOutcome
from configurator.sdk.errors import FabwiseError, Issue
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult
from configurator.sdk.template import Template
from configurator.ui.build_bridge import BuildBridge
from configurator.ui.drag_speculation import DragSpeculation

FINE = "fine"
DRAG = "drag"  # a preview frame only: see configurator.core.build.PREVIEW_ONLY


class DesignSession(QObject):
    template_changed = Signal(object)  # TemplateEntry
    values_changed = Signal(dict)  # the committed values, after any change to them
    issues_changed = Signal(list)  # list[Issue] for the values on screen (empty: all valid)
    busy_changed = Signal(bool)  # a build for the newest values is running
    result_ready = Signal(object)  # BuildResult of the newest valid values
    build_failed = Signal(object)  # FabwiseError: the newest build produced no result

    def __init__(
        self, registry: TemplateRegistry, bridge: BuildBridge, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.bridge = bridge
        bridge.outcome.connect(self._on_outcome)
        self._entry: TemplateEntry | None = None
        self._values: dict[str, Any] = {}
        self._preview: dict[str, Any] = {}
        self._issues: list[Issue] = []
        self._result: BuildResult | None = None
        self._error: FabwiseError | None = None
        self._revision = 0
        self._in_flight = False
        self._held_preview = False
        self._busy = False
        self._shown_canonical: dict[str, Value] = {}  # the newest valid values sent to build
        self.speculation = DragSpeculation(bridge.service)

    # ----------------------------------------------------------------- state
    @property
    def entry(self) -> TemplateEntry | None:
        return self._entry

    @property
    def template(self) -> Template | None:
        return self._entry.template if self._entry is not None else None

    @property
    def values(self) -> dict[str, Any]:
        """The committed values (what undo, saving and the eco panel see)."""
        return dict(self._values)

    @property
    def shown_values(self) -> dict[str, Any]:
        """Committed values with any value being dragged on top."""
        return {**self._values, **self._preview}

    @property
    def issues(self) -> list[Issue]:
        return list(self._issues)

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
        if self._result is None or self._issues or self._busy or self._preview:
            return False
        canonical, issues = self._check(self._values)
        return not issues and canonical == self._result.params

    def canonical_values(self) -> dict[str, Value] | None:
        """The committed values in canonical form, or None while they are invalid."""
        if self._entry is None:
            return None
        canonical, issues = self._check(self._values)
        return None if issues else canonical

    # --------------------------------------------------------------- changes
    def select_template(self, template_id: str, values: Mapping[str, Any] | None = None) -> None:
        """Start customising ``template_id`` from its defaults (plus ``values``)."""
        entry = self.registry.get(template_id)
        self._entry = entry
        self._values = {**entry.template.schema.defaults(), **dict(values or {})}
        self._preview = {}
        self._result = None
        self._error = None
        self._shown_canonical = {}
        self.speculation.stop()
        self.speculation.prestart()  # the user will likely drag something soon
        self.template_changed.emit(entry)
        self.values_changed.emit(dict(self._values))
        self._build(FINE)

    def commit_values(self, changes: Mapping[str, Any]) -> None:
        """Make ``changes`` part of the design and build it at fine quality."""
        if self._entry is None:
            return
        self._values.update(changes)
        self._preview = {}
        self.speculation.stop()
        self.values_changed.emit(dict(self._values))
        self._build(FINE)

    def preview_values(self, changes: Mapping[str, Any]) -> None:
        """Show ``changes`` (e.g. a slider being dragged) without committing them."""
        if self._entry is None:
            return
        before = dict(self._shown_canonical)
        self._preview.update(changes)
        self._build(DRAG)
        if len(changes) == 1 and not self._issues:
            (name,) = changes
            schema = self._entry.template.schema
            if name in schema:
                self.speculation.moved(self._entry.ref, self._shown_canonical, schema[name],
                                       before.get(name), DRAG)

    def end_preview(self) -> None:
        """Drop dragged values that were not committed (the drag ended where it started)."""
        self.speculation.stop()
        if self._preview:
            self._preview = {}
            self._build(FINE)

    def rebuild(self) -> None:
        """Build the committed values again (e.g. after a failure, to retry)."""
        self._build(FINE)

    # ----------------------------------------------------------------- build
    def _check(self, values: Mapping[str, Any]) -> tuple[dict[str, Value], list[Issue]]:
        assert self._entry is not None
        return self._entry.template.schema.check(values)

    def _build(self, quality: str) -> None:
        if self._entry is None:
            return
        canonical, issues = self._check(self.shown_values)
        if issues != self._issues:
            self._issues = issues
            self.issues_changed.emit(list(issues))
        if issues:
            self._held_preview = False
            return
        self._shown_canonical = canonical
        if quality == DRAG and self._in_flight:
            self._held_preview = True
            return
        self._held_preview = False
        self._revision += 1
        try:
            request = self.bridge.service.request(
                self._entry.template.id, canonical, quality=quality, revision=self._revision
            )
        except FabwiseError as exc:
            self._fail(exc)
            return
        self._in_flight = True
        self._set_busy(True)
        self.bridge.submit(request)  # may deliver at once (cache hit)

    def _on_outcome(self, outcome: BuildOutcome) -> None:
        if outcome.request.revision < self._revision:
            return  # an older request; the newest one is still on its way
        self._in_flight = False
        self._set_busy(False)
        if outcome.result is not None:
            self._result = outcome.result
            self._error = None
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
