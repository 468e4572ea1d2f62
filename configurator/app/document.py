"""The design being customised, without Qt: the one owner of "the design".

A :class:`DesignDocument` holds everything that makes up a design and that saving needs: the
template, the committed values, the values being dragged on top of them, their validation issues
(checked once per change), where it is made (place and workshop), its name, the saved copy and file
it belongs to, whether it has unsaved changes, and the user's presets for its template. The GUI's
controllers and the CLI read and change the design only through it; it never builds geometry.

Listeners (:meth:`DesignDocument.subscribe`) hear which aspect changed (:class:`Change`); the GUI's
session relays them as Qt signals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from configurator.app.presets import UserPresets
from configurator.core.designs import Design, fit_to_template, read_design
from configurator.core.registry import TemplateEntry, TemplateRegistry
from configurator.sdk.errors import FabwiseError, Issue
from configurator.sdk.params import Value
from configurator.sdk.template import Template


class Change(StrEnum):
    TEMPLATE = "template"  # another template (or design) was opened
    VALUES = "values"  # the committed values changed
    ISSUES = "issues"  # the issues of the values on screen changed
    WHERE = "where"  # place or workshop changed
    NAME = "name"  # name, saved copy or file changed
    DIRTY = "dirty"  # unsaved changes appeared or went


Listener = Callable[[Change], None]


class DesignDocument:
    """One design being customised. Start one with :meth:`open` or :meth:`open_design`."""

    def __init__(self, registry: TemplateRegistry, presets: UserPresets | None = None) -> None:
        self.registry = registry
        self.presets = presets if presets is not None else UserPresets()
        self._entry: TemplateEntry | None = None
        self._values: dict[str, Any] = {}
        self._preview: dict[str, Any] = {}
        self._issues: list[Issue] = []
        self._canonical: dict[str, Value] | None = None  # of the shown values, None if invalid
        self._committed: dict[str, Value] | None = None  # of the committed values
        self._name = ""
        self._saved_id: str | None = None
        self._path: Path | None = None
        self._place = ""
        self._facility_id: str | None = None
        self._clean: tuple[Any, ...] | None = None
        self._restored_unsaved = False
        self._was_dirty = False
        self._listeners: list[Listener] = []

    # ------------------------------------------------------------ listening
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, *changes: Change) -> None:
        for change in changes:
            for listener in list(self._listeners):
                listener(change)

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
    def preview(self) -> dict[str, Any]:
        """Values being dragged, on top of the committed ones (empty when nothing is dragged)."""
        return dict(self._preview)

    @property
    def shown_values(self) -> dict[str, Any]:
        """Committed values with any value being dragged on top."""
        return {**self._values, **self._preview}

    @property
    def issues(self) -> list[Issue]:
        """What is wrong with the values on screen (empty: they are valid)."""
        return list(self._issues)

    @property
    def shown_canonical(self) -> dict[str, Value] | None:
        """The values on screen in canonical form, or None while they are invalid."""
        return dict(self._canonical) if self._canonical is not None else None

    def canonical_values(self) -> dict[str, Value] | None:
        """The committed values in canonical form, or None while they are invalid."""
        return dict(self._committed) if self._committed is not None else None

    def valid_values(self) -> dict[str, Value]:
        """The committed values in canonical form; ValidationError naming every issue if they
        are invalid (for front ends without a panel to show the issues in)."""
        template = self.template
        if template is None:
            raise FabwiseError("no design is open")
        if self._committed is not None:
            return dict(self._committed)
        return template.schema.validate(self._values, template_id=template.id)

    # ----------------------------------------------------------- where made
    @property
    def place(self) -> str:
        return self._place

    @property
    def facility_id(self) -> str | None:
        return self._facility_id

    def set_place(self, place: str) -> None:
        """The place the user looks for workshops from (not a change that needs saving)."""
        if place.strip() != self._place:
            self._place = place.strip()
            self._emit(Change.WHERE)

    def set_facility(self, facility_id: str | None) -> None:
        """The workshop chosen to make the design (None: none chosen)."""
        if facility_id != self._facility_id:
            self._facility_id = facility_id
            self._emit(Change.WHERE)
            self._check_dirty()

    # ------------------------------------------------------------- identity
    @property
    def name(self) -> str:
        """The design's own name ("" until it is saved or opened under one)."""
        return self._name

    @property
    def title(self) -> str:
        """The name to show: the design's, else its template's."""
        template = self.template
        return self._name or (template.name if template is not None else "")

    @property
    def saved_id(self) -> str | None:
        """The saved design (in the app database) this is, if any."""
        return self._saved_id

    @property
    def path(self) -> Path | None:
        """The ``.fabwise`` file this design came from or was last written to, if any."""
        return self._path

    def forget_saved(self, design_id: str) -> None:
        """The saved design ``design_id`` was deleted: this design is no longer it."""
        if self._saved_id == design_id:
            self._saved_id = None
            self._emit(Change.NAME)

    # ---------------------------------------------------------- unsaved work
    def _snapshot(self) -> tuple[Any, ...]:
        template = self.template
        return (template.id if template else None, dict(self._values), self._facility_id)

    @property
    def is_dirty(self) -> bool:
        """True when the design has changes not saved (to the database or a file)."""
        if self._entry is None:
            return False
        return self._restored_unsaved or self._snapshot() != self._clean

    def mark_saved(self, name: str, *, saved_id: str | None = None, path: Path | None = None) -> None:
        """The design was saved as ``name`` (into the database and/or to ``path``)."""
        self._name = name
        if saved_id is not None:
            self._saved_id = saved_id
        if path is not None:
            self._path = path
        self._restored_unsaved = False
        self._clean = self._snapshot()
        self._emit(Change.NAME)
        self._check_dirty()

    def _check_dirty(self) -> None:
        dirty = self.is_dirty
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self._emit(Change.DIRTY)

    # --------------------------------------------------------------- changes
    def open(self, template_id: str, values: Mapping[str, Any] | None = None) -> TemplateEntry:
        """Start a new design of ``template_id`` from its defaults (plus ``values``): no name, no
        saved copy, no file, nothing unsaved."""
        entry = self.registry.get(template_id)
        self._entry = entry
        self._values = {**entry.template.schema.defaults(), **dict(values or {})}
        self._preview = {}
        self._name, self._saved_id, self._path = "", None, None
        self._restored_unsaved = False
        issues_changed = self._revalidate()
        self._clean = self._snapshot()
        self._emit(Change.TEMPLATE, Change.NAME, Change.VALUES)
        if issues_changed:
            self._emit(Change.ISSUES)
        self._check_dirty()
        return entry

    def open_design(
        self, design: Design, *, saved_id: str | None = None, path: Path | None = None, unsaved: bool = False
    ) -> list[str]:
        """Open a saved design (from the database, a file or the autosave); returns notes on what
        did not carry over to the installed template. ``unsaved``: a restored autosave, unsaved
        work until it is saved."""
        entry = self.registry.get(design.template_id)
        values, notes = fit_to_template(design, entry.template.schema, entry.template.version)
        self.open(design.template_id, values)
        self._place = design.place.strip()
        self._facility_id = design.facility_id
        self._name, self._saved_id, self._path = design.name, saved_id, path
        self._clean = self._snapshot()
        self._restored_unsaved = unsaved
        self._emit(Change.WHERE, Change.NAME)
        self._check_dirty()
        return notes

    def reload_template(self, entry: TemplateEntry, values: Mapping[str, Any], *, unsaved: bool) -> None:
        """The template's file changed: keep the design (name, file, where) on the new version
        with ``values`` carried over. ``unsaved``: the design now differs from what was saved (it
        did already, or values were reset or dropped); otherwise the reloaded design counts as
        saved."""
        was_unsaved = self.is_dirty
        self._entry = entry
        self._values = {**entry.template.schema.defaults(), **dict(values)}
        self._preview = {}
        if unsaved or was_unsaved:
            self._restored_unsaved = True
        else:
            self._clean = self._snapshot()
        issues_changed = self._revalidate()
        self._emit(Change.TEMPLATE, Change.VALUES)
        if issues_changed:
            self._emit(Change.ISSUES)
        self._check_dirty()

    def commit(self, changes: Mapping[str, Any]) -> None:
        """Make ``changes`` part of the design (any dragged values are dropped)."""
        if self._entry is None:
            return
        self._values.update(changes)
        self._preview = {}
        issues_changed = self._revalidate()
        self._emit(Change.VALUES)
        if issues_changed:
            self._emit(Change.ISSUES)
        self._check_dirty()

    def set_preview(self, changes: Mapping[str, Any]) -> None:
        """Show ``changes`` (e.g. a slider being dragged) on top of the committed values."""
        if self._entry is None:
            return
        self._preview.update(changes)
        if self._revalidate():
            self._emit(Change.ISSUES)

    def end_preview(self) -> bool:
        """Drop dragged values that were not committed; True if there were any."""
        if not self._preview:
            return False
        self._preview = {}
        if self._revalidate():
            self._emit(Change.ISSUES)
        return True

    def _revalidate(self) -> bool:
        """Check the values once per change (the shown values, and the committed ones); True if
        the issues changed (the caller tells the listeners, in order)."""
        assert self._entry is not None
        schema = self._entry.template.schema
        canonical, issues = schema.check(self.shown_values)
        self._canonical = None if issues else canonical
        if self._preview:
            committed, committed_issues = schema.check(self._values)
            self._committed = None if committed_issues else committed
        else:
            self._committed = self._canonical
        if issues == self._issues:
            return False
        self._issues = issues
        return True

    # ---------------------------------------------------------------- saving
    def to_design(self, name: str = "") -> Design | None:
        """The design as it is saved (None when no template is open)."""
        template = self.template
        if template is None:
            return None
        return Design(
            template_id=template.id,
            template_version=template.version,
            params=self.values,
            name=name or self.title,
            facility_id=self._facility_id,
            place=self._place,
        )

    # --------------------------------------------------------------- presets
    def user_preset_names(self) -> list[str]:
        template = self.template
        return list(self.presets.load(template.id)) if template is not None else []

    def preset_values(self, name: str) -> dict[str, Any]:
        """All values of preset ``name`` (the template's own, else the user's) over the defaults,
        except that materials the preset does not name stay as chosen (a preset is a shape, not
        a reason to lose a material choice); FabwiseError if there is none."""
        template = self.template
        if template is None:
            raise FabwiseError("no design is open")
        schema = template.schema
        if name in {p.name for p in schema.presets}:
            values: dict[str, Any] | None = dict(schema.preset(name).values)
        else:
            values = self.presets.load(template.id).get(name)
        if values is None:
            raise FabwiseError(
                f"no preset '{name}'", hint=f"presets: {', '.join(self.preset_names()) or 'none'}"
            )
        known = {k: v for k, v in values.items() if k in schema}
        materials = {p.name: self._values[p.name] for p in schema.material_params() if p.name in self._values}
        return {**schema.defaults(), **materials, **known}

    def preset_names(self) -> list[str]:
        template = self.template
        if template is None:
            return []
        return [p.name for p in template.schema.presets] + self.user_preset_names()

    def save_preset(self, name: str) -> None:
        """Save the committed values as the user's preset ``name`` for this template."""
        template = self.template
        if template is None:
            raise FabwiseError("no design is open")
        self.presets.save(template.id, name, self.values)


def open_variant(
    registry: TemplateRegistry,
    template_id: str | None = None,
    *,
    design_file: Path | None = None,
    preset: str | None = None,
    values: Mapping[str, Any] | None = None,
    presets: UserPresets | None = None,
) -> DesignDocument:
    """A design for a front end without a window: a ``.fabwise`` file's design or ``template_id``'s
    defaults, then a preset (the template's own, else the user's), then ``values`` on top."""
    document = DesignDocument(registry, presets)
    if design_file is not None:
        design = read_design(design_file)
        if template_id and template_id != design.template_id:
            raise FabwiseError(
                f"{design_file} is a design of '{design.template_id}', not of '{template_id}'",
                hint="leave out the template id",
            )
        document.open_design(design, path=Path(design_file).expanduser().resolve())
    elif template_id:
        document.open(template_id)
    else:
        raise FabwiseError("which template?", hint="give a template id or --design FILE")
    if preset is not None:
        document.commit(document.preset_values(preset))
    if values:
        document.commit(values)
    return document
