"""Running an outside or built-in template's module: from the exact bytes that were hashed.

Used in the worker processes (the build worker and the template host) and, for built-in
templates, by the registry. :func:`load_file_module` compiles a template file from the bytes it
hashed (no bytecode cache); :func:`load_source` loads a file or a pinned package;
:func:`load_ref` finds the template a :class:`~configurator.sdk.results.TemplateRef` names.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import sys
import traceback
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType

from configurator.core.trust import package_candidate, pinned_imports
from configurator.sdk.errors import TemplateError, TemplateNotFound
from configurator.sdk.results import TemplateRef
from configurator.sdk.template import Template

ENTRY_POINT_GROUP = "fabwise.templates"


@dataclass(frozen=True)
class Source:
    """Where outside templates come from: ``kind`` "file" (path) or "entry_point" (value), and
    the fingerprint they were trusted and loaded under."""

    kind: str
    location: str
    fingerprint: str


def _templates_in(obj: object, where: str) -> list[Template]:
    if isinstance(obj, Template):
        return [obj]
    if isinstance(obj, ModuleType):
        found = [v for v in vars(obj).values() if isinstance(v, Template)]
        if found:
            return found
        raise TemplateError(f"{where} defines no Template object (expected e.g. TEMPLATE = ...)")
    raise TemplateError(f"{where} is a {type(obj).__name__}, not a Template")


def _short_reason(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        return f"syntax error at line {exc.lineno}: {exc.msg}"
    text = str(exc).strip() or type(exc).__name__
    return text if isinstance(exc, TemplateError | ValueError) else f"{type(exc).__name__}: {text}"


def _error_file(exc: BaseException, fallback: str | None) -> str | None:
    """``file:line`` in the designer's code: where the failing declaration was made (see
    :mod:`configurator.sdk.declared`), else the innermost frame that is neither Fabwise's nor
    generated (a dataclass ``__init__`` is ``<string>``)."""
    location = getattr(exc, "location", "")
    if isinstance(location, str) and location:
        return location
    if isinstance(exc, SyntaxError) and exc.filename:
        return f"{exc.filename}:{exc.lineno}" if exc.lineno else exc.filename
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        if frame.filename.startswith("<"):
            continue
        if not any(own in frame.filename for own in ("importlib", "configurator/core", "configurator/sdk")):
            return f"{frame.filename}:{frame.lineno}"
    return fallback


def file_fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_file_modules: dict[tuple[str, str], ModuleType] = {}


def load_file_module(path: Path, fingerprint: str | None = None, data: bytes | None = None) -> ModuleType:
    """Run a template file under a private module name; the same content runs once.

    The file is read once (or ``data``, the bytes already hashed, is used), its hash is checked
    against ``fingerprint`` (what the user trusted), and exactly those bytes are compiled and
    executed. Python's import system is not used, so no ``__pycache__`` bytecode is read (a
    ``.pyc`` shipped beside a clean ``.py`` never runs) or written."""
    path = path.resolve()
    if data is None:
        data = path.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if fingerprint is not None and actual != fingerprint:
        raise TemplateError(
            f"template file {path} changed since it was loaded",
            hint="reload the template (and trust it again if it is yours)",
        )
    key = (str(path), actual)
    if key in _file_modules:
        return _file_modules[key]
    name = f"fabwise_user_templates.{path.stem}_{actual[:12]}"
    code = compile(data, str(path), "exec", dont_inherit=True)
    module = ModuleType(name)
    module.__file__ = str(path)
    module.__spec__ = importlib.machinery.ModuleSpec(name, None, origin=str(path))
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)  # the trusted template's own code, exactly as hashed
    except BaseException:
        sys.modules.pop(name, None)
        raise
    _file_modules[key] = module
    return module


def _entry_point_for(location: str) -> EntryPoint | None:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.value == location:
            return ep
    return None


_package_templates: dict[tuple[str, str], list[Template]] = {}


def load_source(source: Source) -> list[Template]:
    """The templates an outside source provides, run from its pinned bytes (in a worker)."""
    if source.kind == "file":
        path = Path(source.location)
        return _templates_in(load_file_module(path, source.fingerprint), str(path))
    key = (source.location, source.fingerprint)
    if key in _package_templates:
        return _package_templates[key]
    ep = _entry_point_for(source.location)
    if ep is None or ep.dist is None:
        raise TemplateNotFound(f"the package providing {source.location} is gone")
    candidate = package_candidate(ep.dist)
    if candidate.sha256 != source.fingerprint:
        raise TemplateError(
            f"the package {candidate.label} changed since it was loaded",
            hint="reload templates (and trust the package again)",
        )
    with pinned_imports(candidate):
        loaded = ep.load()
    templates = _templates_in(loaded, source.location)
    _package_templates[key] = templates
    return templates


def load_ref(ref: TemplateRef) -> Template:
    """Load the template a ref points at (used by the build worker and the template host)."""
    if ref.origin == "imported":  # a model folder: data, rebuilt as a template here
        from configurator.core.imported.store import read_model
        from configurator.core.imported.template import model_template

        model = read_model(Path(ref.location))
        if model.fingerprint != ref.fingerprint:
            raise TemplateError(
                f"imported model {model.name} changed since it was loaded", hint="reload the templates"
            )
        candidates = [model_template(model)]
    elif ref.origin in ("file", "entry_point"):
        candidates = load_source(Source(ref.origin, ref.location, ref.fingerprint))
    else:
        module_name, _, attr = ref.location.partition(":")
        obj: object = importlib.import_module(module_name)
        for part in filter(None, attr.split(".")):
            obj = getattr(obj, part)
        candidates = _templates_in(obj, ref.location)
    for template in candidates:
        if template.id == ref.id:
            if template.version != ref.version:
                raise TemplateError(
                    f"template '{ref.id}' is now version {template.version}, not {ref.version}",
                    hint="reload templates",
                )
            return template
    raise TemplateNotFound(f"{ref.location} no longer provides template '{ref.id}'")
