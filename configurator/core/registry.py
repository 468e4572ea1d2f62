"""Finding templates: entry points (built-in and third-party alike) and template folders.

Built-in templates register through the ``fabwise.templates`` entry-point group, exactly like a
third-party package would. A folder of ``.py`` files (the user's template folder, or one given on the
command line) is scanned too. A template that fails to import or declares nonsense is listed as
:class:`BrokenTemplate` with its file and the reason; it never stops discovery.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.machinery
import importlib.util
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

from configurator.core.template_host import (
    TemplateHost,
    TemplateLoadError,
    isolated_template,
    shared_host,
)
from configurator.core.template_loading import (
    ENTRY_POINT_GROUP,
    Source,
    _error_file,
    _short_reason,
    _templates_in,
    file_fingerprint,
    load_file_module,
    load_ref,
    load_source,
)
from configurator.core.trust import (
    Candidate,
    TrustPolicy,
    TrustStore,
    package_candidate,
    read_file_candidate,
)
from configurator.sdk.errors import FabwiseError, TemplateNotFound
from configurator.sdk.results import TemplateRef
from configurator.sdk.template import Template

BUILTIN_DISTRIBUTION = "fabwise"
IMPORTED_ORIGIN = "imported"  # a model the user imported (location = its model folder)
__all__ = ["ENTRY_POINT_GROUP", "file_fingerprint", "load_file_module", "load_ref", "load_source"]


@dataclass(frozen=True)
class TemplateEntry:
    ref: TemplateRef
    template: Template

    @property
    def trusted_by_default(self) -> bool:
        return self.ref.origin == "builtin"


@dataclass(frozen=True)
class Shadowed:
    """A template in a folder given for this run replaced an installed one with the same id."""

    template_id: str
    used: str  # where the template that is used comes from
    hidden: str  # where the installed one it replaced comes from

    def message(self) -> str:
        return (
            f"template '{self.template_id}' from {self.used} is used instead of the "
            f"installed one from {self.hidden} (same id)"
        )


@dataclass(frozen=True)
class BrokenTemplate:
    name: str
    origin: str
    location: str
    file: str | None
    reason: str
    details: str = ""


class TemplateRegistry:
    """All templates found, by id; the broken ones with reasons; the untrusted ones unopened.

    ``trust`` decides which outside templates (files, third-party packages) may be imported; by
    default the user's :class:`~configurator.core.trust.TrustStore`. An outside template it does
    not trust is listed in ``untrusted`` and never imported. Built-in templates are trusted.
    Pass :class:`~configurator.core.trust.TrustAll` only for code you already know (tests).
    """

    def __init__(self, trust: TrustPolicy | None = None, host: TemplateHost | None = None) -> None:
        self._entries: dict[str, TemplateEntry] = {}
        self.broken: list[BrokenTemplate] = []
        self.untrusted: list[Candidate] = []
        self.shadowed: list[Shadowed] = []
        self.trust: TrustPolicy = trust if trust is not None else TrustStore()
        self._overriding = False
        self._given: set[str] = set()  # ids from folders given for this run (two clash)
        self._host = host

    @property
    def host(self) -> TemplateHost:
        """Where outside templates are imported and their constraints run (a worker process)."""
        if self._host is None:
            self._host = shared_host()
        return self._host

    def _add_isolated(self, source: Source, origin: str, file: str | None) -> list[Template]:
        """Outside templates: imported in the template host; the app gets data (see
        :mod:`configurator.core.template_host`)."""
        added = []
        for declaration in self.host.describe(source):
            ref = TemplateRef(
                declaration.id, declaration.version, origin, source.location, source.fingerprint
            )
            template = isolated_template(declaration, ref, self.host)
            self.add(template, ref, file=file)
            added.append(template)
        return added

    @classmethod
    def discover(
        cls,
        folders: Iterable[Path] = (),
        *,
        use_entry_points: bool = True,
        user_folder: Path | None = None,
        trust: TrustPolicy | None = None,
        host: TemplateHost | None = None,
        models_folder: Path | None = None,
    ) -> TemplateRegistry:
        registry = cls(trust, host)
        if use_entry_points:
            for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
                registry.add_entry_point(ep)
        if user_folder:
            registry.add_folder(user_folder)
        for folder in folders:  # a designer's working copies win over installed templates
            registry.add_folder(folder, overrides=True)
        if models_folder is not None:
            registry.add_models(models_folder)
        return registry

    def add_models(self, models_folder: Path) -> None:
        """Every model imported into ``models_folder`` (data, not code: no trust needed)."""
        from configurator.core.imported.store import list_models

        for folder in list_models(models_folder):
            self.add_model(folder)

    def add_model(self, folder: Path) -> Template | None:
        """The template of the imported model in ``folder`` (a damaged one is listed as broken)."""
        from configurator.core.imported.store import read_model
        from configurator.core.imported.template import model_template

        folder = folder.resolve()
        self.remove_file(folder)
        try:
            model = read_model(folder)
            template = model_template(model)
        except Exception as exc:
            self.broken.append(
                BrokenTemplate(
                    folder.name,
                    IMPORTED_ORIGIN,
                    str(folder),
                    str(folder),
                    _short_reason(exc),
                    traceback.format_exc(),
                )
            )
            return None
        self.add(
            template,
            TemplateRef(template.id, template.version, IMPORTED_ORIGIN, str(folder), model.fingerprint),
        )
        return template

    @property
    def entries(self) -> list[TemplateEntry]:
        return sorted(self._entries.values(), key=lambda e: (e.template.category, e.template.name))

    def ids(self) -> list[str]:
        return sorted(self._entries)

    def get(self, template_id: str) -> TemplateEntry:
        try:
            return self._entries[template_id]
        except KeyError:
            close = difflib.get_close_matches(template_id, list(self._entries), n=3)
            broken = [b for b in self.broken if b.name == template_id]
            if broken:
                raise TemplateNotFound(
                    f"template '{template_id}' is broken: {broken[0].reason}",
                    hint=f"see {broken[0].file or broken[0].location}",
                ) from None
            hint = (
                f"did you mean {', '.join(close)}?"
                if close
                else "run `fabwise templates list` to see the available ids"
            )
            if self.untrusted and not close:
                names = ", ".join(c.label for c in self.untrusted)
                hint = (
                    f"it may be in a template you have not trusted yet ({names}); "
                    "see `fabwise templates trust --help`"
                )
            raise TemplateNotFound(f"no template '{template_id}'", hint=hint) from None

    def add(self, template: Template, ref: TemplateRef, file: str | None = None) -> None:
        existing = self._entries.get(template.id)
        if (
            existing is not None
            and self._overriding
            and template.id not in self._given
            and existing.ref.location != ref.location
        ):
            self.shadowed.append(Shadowed(template.id, file or ref.location, existing.ref.location))
            self._entries[template.id] = TemplateEntry(ref, template)
            self._given.add(template.id)
            return
        if existing is not None:
            self.broken.append(
                BrokenTemplate(
                    template.id,
                    ref.origin,
                    ref.location,
                    file,
                    f"duplicate id '{template.id}': already provided by {existing.ref.location}",
                )
            )
            return
        self._entries[template.id] = TemplateEntry(ref, template)
        if self._overriding:
            self._given.add(template.id)

    def _admit(self, candidate: Candidate) -> bool:
        if _is_builtin_file(candidate) or self.trust.is_trusted(candidate):
            return True
        if candidate not in self.untrusted:
            self.untrusted.append(candidate)
        return False

    @property
    def trust_problem(self) -> FabwiseError | None:
        """Why the user's trust list could not be read (built-in templates work regardless)."""
        problem = getattr(self.trust, "problem", None)
        return problem if isinstance(problem, FabwiseError) else None

    def add_entry_point(self, ep: EntryPoint) -> None:
        dist = ep.dist.name if ep.dist is not None else ""
        origin = "builtin" if dist == BUILTIN_DISTRIBUTION else "entry_point"
        if origin != "builtin":
            if ep.dist is None:
                self.broken.append(
                    BrokenTemplate(
                        ep.name,
                        origin,
                        ep.value,
                        None,
                        "its package cannot be found, so its code cannot be pinned",
                    )
                )
                return
            try:
                candidate = package_candidate(ep.dist)
            except FabwiseError as exc:
                self.broken.append(
                    BrokenTemplate(ep.name, origin, ep.value, None, f"{exc.message} ({exc.hint})")
                )
                return
            if not self._admit(candidate):
                return
            try:
                self._add_isolated(Source("entry_point", ep.value, candidate.sha256), origin, None)
            except TemplateLoadError as exc:
                failure = exc.failure
                self.broken.append(
                    BrokenTemplate(ep.name, origin, ep.value, failure.file, failure.reason, failure.details)
                )
            except FabwiseError as exc:
                self.broken.append(
                    BrokenTemplate(ep.name, origin, ep.value, None, exc.message, exc.hint or "")
                )
            return
        try:
            templates = _templates_in(ep.load(), ep.value)
        except Exception as exc:
            module_file = None
            spec = importlib.util.find_spec(ep.module) if _importable(ep.module) else None
            if spec is not None and spec.origin:
                module_file = spec.origin
            self.broken.append(
                BrokenTemplate(
                    ep.name,
                    origin,
                    ep.value,
                    _error_file(exc, module_file),
                    _short_reason(exc),
                    traceback.format_exc(),
                )
            )
            return
        for template in templates:
            ref = TemplateRef(template.id, template.version, origin, ep.value, template.version)
            self.add(template, ref)

    def add_folder(self, folder: Path, *, overrides: bool = False) -> None:
        """Add every template file in ``folder``. With ``overrides`` (a folder given for this
        run, e.g. ``--templates``), a template whose id is already installed replaces it and the
        replacement is recorded in ``shadowed``."""
        if not folder.is_dir():
            return
        self._overriding = overrides
        try:
            for path in sorted(folder.glob("*.py")):
                if path.name.startswith(("_", "test_")):
                    continue
                self.add_file(path)
        finally:
            self._overriding = False

    def remove_file(self, path: Path) -> None:
        """Forget everything ``path`` provided (its templates, or its broken/untrusted entry)."""
        location = str(path.resolve())
        self._entries = {
            tid: e
            for tid, e in self._entries.items()
            if not (e.ref.origin in ("file", IMPORTED_ORIGIN) and e.ref.location == location)
        }
        self.broken = [b for b in self.broken if b.location != location]
        self.untrusted = [c for c in self.untrusted if c.location != location]

    def remove_folder(self, folder: Path) -> None:
        """Forget every template file directly in ``folder`` (e.g. a folder the user removed)."""
        root = folder.resolve()
        locations = {e.ref.location for e in self._entries.values() if e.ref.origin == "file"}
        locations |= {b.location for b in self.broken} | {c.location for c in self.untrusted}
        for location in locations:
            if Path(location).parent == root:
                self.remove_file(Path(location))

    def reload_file(self, path: Path) -> list[Template]:
        """Forget what ``path`` provided and load it again (after the designer saved it).

        Returns the templates it now provides. A file that now fails to load is listed in
        ``broken``; a changed outside file must be trusted again (it lands in ``untrusted``).
        """
        self.remove_file(path)
        return self.add_file(path) if path.exists() else []

    def add_file(self, path: Path) -> list[Template]:
        path = path.resolve()
        try:
            candidate, data = read_file_candidate(path)
            if not self._admit(candidate):
                return []
            source = Source("file", str(path), candidate.sha256)
            if _is_builtin_file(candidate):  # Fabwise's own code: imported here, from the bytes
                templates = _templates_in(load_file_module(path, candidate.sha256, data), str(path))
                for template in templates:
                    self.add(
                        template,
                        TemplateRef(template.id, template.version, "file", str(path), candidate.sha256),
                        file=str(path),
                    )
                return templates
            return self._add_isolated(source, "file", str(path))
        except TemplateLoadError as exc:
            failure = exc.failure
            self.broken.append(
                BrokenTemplate(path.stem, "file", str(path), failure.file, failure.reason, failure.details)
            )
            return []
        except FabwiseError as exc:
            reason = exc.message if not exc.hint else f"{exc.message} ({exc.hint})"
            self.broken.append(BrokenTemplate(path.stem, "file", str(path), str(path), reason))
            return []
        except Exception as exc:
            self.broken.append(
                BrokenTemplate(
                    path.stem,
                    "file",
                    str(path),
                    _error_file(exc, str(path)),
                    _short_reason(exc),
                    traceback.format_exc(),
                )
            )
            return []


def _is_builtin_file(candidate: Candidate) -> bool:
    """A file of Fabwise's own template packages (e.g. checked by path) is as trusted as their
    entry points."""
    if candidate.kind != "file":
        return False
    location = Path(candidate.location).resolve()
    return any(location.is_relative_to(root) for root in _builtin_package_roots())


@functools.cache
def _builtin_package_roots() -> tuple[Path, ...]:
    """The folders of the packages Fabwise's own distribution registers templates from, found
    through its entry points (the registry names no template package)."""
    roots: list[Path] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.dist is None or ep.dist.name != BUILTIN_DISTRIBUTION:
            continue
        package = ep.module.partition(".")[0]
        spec = importlib.util.find_spec(package) if _importable(package) else None
        for folder in (spec.submodule_search_locations or []) if spec is not None else []:
            root = Path(folder).resolve()
            if root not in roots:
                roots.append(root)
    return tuple(roots)


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False
