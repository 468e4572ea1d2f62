"""Outside templates are run only in a worker process: the app gets their declarations as data.

Importing an outside template (a template file, or a third-party package) runs its module-level
code, and its constraints run on every edit. Done in the app's own process, a template that
sleeps at import hung ``templates list``, and a constraint that crashed took the app down. So for
outside templates the registry asks a *template host*, a :class:`~configurator.core.worker.WorkerProcess`
with limits, process group and parent-death handling, to import the template (from the exact
bytes that were hashed) and to send back what it declares as plain data: id, name, parameters,
presets, constraint names, build timeout. The app builds a :class:`Template` from that data whose
constraints are :class:`RemoteCheck` objects: each check is one call to the host, which runs the
template's own function there. A check that crashes, hangs or hits a limit becomes a readable
constraint message; the host is restarted for the next call. Builds and exports were already
run in the build worker (from the same pinned bytes); a Template made here cannot build in the
app process at all.

Built-in templates (Fabwise's own code) are imported in-process as before.

This isolates crashes, hangs and resource use; it is not a security boundary: a trusted template
still runs with the user's rights (see docs/security.md).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from configurator.core.template_loading import Source
from configurator.core.worker import WorkerLimits, WorkerProcess
from configurator.sdk import conditions as sdk_conditions
from configurator.sdk.conditions import (
    Axis,
    Box,
    Cylinder,
    Exposure,
    Load,
    LoadCase,
    Magnitude,
    MaterialStatement,
    ServiceTemperature,
    SourceKind,
    UseConditions,
)
from configurator.sdk.errors import BuildFailed, FabwiseError, TemplateError
from configurator.sdk.params import Parameter, ParamKind, Params
from configurator.sdk.product import Product
from configurator.sdk.results import TemplateRef
from configurator.sdk.schema import Constraint, Preset
from configurator.sdk.template import Template

DESCRIBE_JOB = "configurator.core.template_host:describe"
CHECK_JOB = "configurator.core.template_host:check_constraint"
SYNC_JOB = "configurator.core.template_host:sync_path"
LOAD_TIMEOUT_S = 30.0
CHECK_TIMEOUT_S = 10.0
HOST_LIMITS = WorkerLimits(cpu_seconds=20.0, memory_mb=2048)
_PLAIN = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class Declaration:
    """One template's declarations, as plain data (what crosses from the host to the app)."""

    id: str
    version: str
    name: str
    description: str
    category: str
    processes: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    constraints: tuple[tuple[tuple[str, ...], str], ...]  # (params, description) in order
    presets: tuple[Preset, ...]
    author: str
    license: str
    tags: tuple[str, ...]
    build_timeout: float | None
    conditions: UseConditions | None = None  # plain data (rebuilt by _plain_conditions)


# -- in the host (worker) ----------------------------------------------------------------------


def _plain_parameter(param: Parameter) -> Parameter:
    """A fresh :class:`Parameter` from plain field values (no subclass, no custom methods)."""
    values: dict[str, Any] = {}
    for item in fields(Parameter):
        value = getattr(param, item.name)
        if item.name == "kind":
            value = ParamKind(value)
        elif item.name == "options":
            value = tuple(str(v) for v in value)
        elif not isinstance(value, _PLAIN):
            raise TemplateError(f"parameter '{param.name}': {item.name} is not plain data")
        values[item.name] = value
    return Parameter(**values)


def _plain_preset(preset: Preset) -> Preset:
    values = {str(k): v for k, v in dict(preset.values).items()}
    if not all(isinstance(v, _PLAIN) for v in values.values()):
        raise TemplateError(f"preset '{preset.name}' has values that are not plain data")
    return Preset(
        str(preset.name),
        values,
        str(preset.description),
        str(preset.label),
        declared_at=str(preset.declared_at),
    )


_CONDITION_TYPES = (
    UseConditions,
    LoadCase,
    Load,
    Magnitude,
    ServiceTemperature,
    Exposure,
    MaterialStatement,
    sdk_conditions.Source,
    Box,
    Cylinder,
    Axis,
)


def _plain_condition_value(value: Any, where: str) -> Any:
    """``value`` rebuilt from plain data: the SDK's own condition classes (exactly, never a
    template's subclass), tuples, enums of the SDK and plain scalars; anything else is refused."""
    if isinstance(value, SourceKind):
        return SourceKind(str(value))
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, tuple | list):
        return tuple(_plain_condition_value(v, where) for v in value)
    if type(value) in _CONDITION_TYPES:
        return type(value)(
            **{f.name: _plain_condition_value(getattr(value, f.name), where) for f in fields(value) if f.init}
        )
    raise TemplateError(f"{where}: {type(value).__name__} is not plain data")


def _plain_conditions(conditions: Any) -> UseConditions | None:
    if conditions is None:
        return None
    if type(conditions) is not UseConditions:
        raise TemplateError("conditions must be a configurator.sdk.conditions.UseConditions")
    plain = _plain_condition_value(conditions, "conditions of use")
    assert isinstance(plain, UseConditions)
    return plain


def _declaration(template: Template) -> Declaration:
    timeout = template.build_timeout
    return Declaration(
        str(template.id),
        str(template.version),
        str(template.name),
        str(template.description),
        str(template.category),
        tuple(str(p) for p in template.processes),
        tuple(_plain_parameter(p) for p in template.parameters),
        tuple((tuple(str(n) for n in c.params), str(c.description)) for c in template.constraints),
        tuple(_plain_preset(p) for p in template.presets),
        str(template.author),
        str(template.license),
        tuple(str(t) for t in template.tags),
        float(timeout) if isinstance(timeout, int | float) and not isinstance(timeout, bool) else None,
        _plain_conditions(template.conditions),
    )


@dataclass(frozen=True)
class LoadFailure:
    """The source failed to load: the reason, the file (and line) to look at, the traceback."""

    reason: str
    file: str | None
    details: str = ""


class TemplateLoadError(TemplateError):
    """An outside template failed to load in the host; ``failure`` says why and where."""

    def __init__(self, failure: LoadFailure) -> None:
        super().__init__(failure.reason)
        self.failure = failure


def describe(source: Source) -> list[Declaration] | LoadFailure:
    """Load the templates of ``source`` (pinned bytes) and return their declarations, or why
    loading failed (as data, worded as the registry always words it)."""
    import traceback

    from configurator.core.template_loading import _error_file, _short_reason, load_source

    try:
        return [_declaration(template) for template in load_source(source)]
    except Exception as exc:
        fallback = source.location if source.kind == "file" else None
        return LoadFailure(_short_reason(exc), _error_file(exc, fallback), traceback.format_exc())


def sync_path(entries: list[str]) -> None:
    """Add the app's import path entries the host lacks (e.g. a package installed since the
    host started), so a package's entry point imports here as it would in the app."""
    import importlib
    import sys

    missing = [entry for entry in entries if entry not in sys.path]
    if missing:
        sys.path.extend(missing)
        importlib.invalidate_caches()


def check_constraint(payload: tuple[TemplateRef, int, dict[str, Any]]) -> str | None:
    """Run constraint number ``index`` of the template ``ref`` on ``values``."""
    from configurator.core.template_loading import load_ref

    ref, index, values = payload
    message = load_ref(ref).constraints[index].check(Params(values))
    return None if not message else str(message)


# -- in the app ------------------------------------------------------------------------------


class TemplateHost:
    """The worker that imports outside templates and runs their constraints."""

    def __init__(self, worker: WorkerProcess | None = None) -> None:
        self.worker = worker or WorkerProcess(warm_imports=("cadquery",), limits=HOST_LIMITS)
        self._synced: tuple[int | None, tuple[str, ...]] = (None, ())

    def _sync(self) -> None:
        """Give the host this process's import path (once per host process and path)."""
        self.worker.warm_up()
        state = (self.worker.pid, tuple(sys.path))
        if state != self._synced:
            self.worker.call(SYNC_JOB, list(sys.path), CHECK_TIMEOUT_S)
            self._synced = state

    def describe(self, source: Source) -> list[Declaration]:
        """The declarations of ``source``; LoadFailure or TemplateError when it does not load."""
        try:
            self._sync()
            declared: list[Declaration] | LoadFailure = self.worker.call(DESCRIBE_JOB, source, LOAD_TIMEOUT_S)
        except BuildFailed as exc:
            if exc.kind == "timeout":
                raise TemplateError(
                    f"loading it took longer than {LOAD_TIMEOUT_S:g} s (its module-level code "
                    "never finished), so it was stopped",
                    hint="ask the template's author",
                ) from None
            if exc.kind in ("crash", "limit"):
                raise TemplateError(
                    f"loading it stopped the template host: {exc.message}", hint="ask the template's author"
                ) from None
            raise TemplateError(exc.message, exc.hint) from None
        if isinstance(declared, LoadFailure):
            raise TemplateLoadError(declared)
        return declared

    def check(self, ref: TemplateRef, index: int, values: Mapping[str, Any]) -> str | None:
        self._sync()
        result: str | None = self.worker.call(CHECK_JOB, (ref, index, dict(values)), CHECK_TIMEOUT_S)
        return result

    def close(self) -> None:
        self.worker.close()


_shared: TemplateHost | None = None
_shared_lock = threading.Lock()


def shared_host() -> TemplateHost:
    """The process-wide template host (started on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = TemplateHost()
        return _shared


class RemoteCheck:
    """A constraint function that runs in the template host."""

    def __init__(self, host: TemplateHost, ref: TemplateRef, index: int, description: str) -> None:
        self.host, self.ref, self.index = host, ref, index
        self.__doc__ = description

    def __call__(self, params: Params) -> str | None:
        try:
            return self.host.check(self.ref, self.index, dict(params))
        except BuildFailed as exc:
            if exc.kind == "template":  # the function raised: Schema reports it as its bug
                raise TemplateError(exc.message) from None
            raise TemplateError(f"it stopped the template host ({exc.message})") from None


def _not_here(params: Params) -> Product:
    raise FabwiseError(
        "an outside template builds only in the build worker", hint="build through the build service"
    )


def isolated_template(declaration: Declaration, ref: TemplateRef, host: TemplateHost) -> Template:
    """A Template for the app made from ``declaration``: constraints run in ``host``."""
    d = declaration
    constraints = tuple(
        Constraint(params, RemoteCheck(host, ref, index, description), description)
        for index, (params, description) in enumerate(d.constraints)
    )
    return Template(
        id=d.id,
        version=d.version,
        name=d.name,
        description=d.description,
        category=d.category,
        processes=d.processes,
        parameters=d.parameters,
        build=_not_here,
        constraints=constraints,
        presets=d.presets,
        author=d.author,
        license=d.license,
        tags=d.tags,
        build_timeout=d.build_timeout,
        conditions=d.conditions,
    )
