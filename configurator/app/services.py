"""Set-up shared by the GUI and the CLI: the user's template folder, trust, registry and service.

Templates come from the built-in entry points, the user's template folder and the given folders.
Outside templates are checked against the user's trust list
(:class:`~configurator.core.trust.TrustStore`); with ``trust_all_found`` everything found is also
trusted for this run (``--trust``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.template_host import TemplateHost
from configurator.core.trust import TrustStore
from configurator.sdk.resources import user_data_dir


def user_template_folder() -> Path:
    """Where the user's own template files live (scanned at every start)."""
    return user_data_dir() / "templates"


def user_models_folder() -> Path:
    """Where imported models live (one folder each; see ``core/imported/store.py``)."""
    return user_data_dir() / "models"


def shared_host(shared_worker: bool) -> TemplateHost | None:
    """With ``shared_worker`` (and the build server enabled): a template host whose worker lives in
    the build server, so successive commands find outside templates already imported; else None
    (the process-wide host of :mod:`configurator.core.template_host`)."""
    from configurator.core import build_server

    if not (shared_worker and build_server.enabled()):
        return None
    from configurator.core.template_host import TemplateHost

    return TemplateHost(build_server.ServerWorker(pool=build_server.HOST))  # type: ignore[arg-type]


def trust_store(
    folders: Iterable[Path] = (), *, trust_all_found: bool = False, host: TemplateHost | None = None
) -> TrustStore:
    """The user's trust list; with ``trust_all_found``, every outside template found in the
    entry points, the user folder and ``folders`` is also trusted for this session."""
    store = TrustStore()
    if trust_all_found:
        probe = TemplateRegistry.discover(
            list(folders), user_folder=user_template_folder(), trust=store, host=host
        )
        for candidate in probe.untrusted:
            store.trust_for_session(candidate)
    return store


def discover_templates(
    folders: Iterable[Path] = (), *, trust_all_found: bool = False, shared_worker: bool = False
) -> TemplateRegistry:
    """Every template found (entry points, the user's folder, ``folders``), under the user's trust.
    ``shared_worker``: outside templates are imported in the build server's template host."""
    folders = list(folders)
    host = shared_host(shared_worker)
    return TemplateRegistry.discover(
        folders,
        user_folder=user_template_folder(),
        trust=trust_store(folders, trust_all_found=trust_all_found, host=host),
        host=host,
        models_folder=user_models_folder(),
    )


def open_build_service(
    folders: Iterable[Path] = (), *, trust_all_found: bool = False, shared_worker: bool = False
) -> BuildService:
    """A build service over :func:`discover_templates`; close it (or use ``with``) when done.

    ``shared_worker``: build in the warm build server that successive commands share
    (:mod:`configurator.core.build_server`), where it is enabled; else in a worker of our own."""
    registry = discover_templates(folders, trust_all_found=trust_all_found, shared_worker=shared_worker)
    from configurator.core import build_server

    if shared_worker and build_server.enabled():
        return BuildService(registry, worker=build_server.ServerWorker())  # type: ignore[arg-type]
    return BuildService(registry)
