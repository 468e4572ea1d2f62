"""Export a production package from any front end (CLI, GUI, tests).

:func:`export_package` runs the export job in the build worker: it rebuilds the variant, checks
it (machine, envelope, material, sheet stock, flatness, wall/feature thickness) and only then
writes the files. A failed check raises :class:`ExportBlocked`, naming each part, the
measured value and the limit, with the fixes that exist; nothing is written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from configurator import __version__
from configurator.core.atomic import check_writable_destination, remove_stale_partials
from configurator.core.export.dfm import Check, FacilityLike, add_suggestions, failures
from configurator.core.export.jobspec import EXPORT_JOB, ExportJob, ExportOptions, ExportSummary
from configurator.core.service import BuildService
from configurator.sdk.errors import BuildFailed, FabwiseError
from configurator.sdk.results import BuildRequest, Quality

EXPORT_TIMEOUT_S = 180.0


class ExportBlocked(FabwiseError):
    """One or more manufacturing checks failed; ``checks`` holds every check made."""

    def __init__(self, checks: Sequence[Check]) -> None:
        self.checks = tuple(checks)
        failed = failures(checks)
        lines = [f"  - {c.describe()}" for c in failed]
        plural = "s" if len(failed) != 1 else ""
        message = f"export blocked: {len(failed)} manufacturing check{plural} failed\n" + (
            "\n".join(lines))
        fixes = [s for c in failed for s in c.suggestions]
        hint = None if fixes else "change the parameters, the material or the facility"
        super().__init__(message, hint)


def export_package(
    service: BuildService,
    request: BuildRequest,
    output: Path,
    *,
    facility: FacilityLike | None,
    eco: dict[str, Any] | None = None,
    eco_reason: str = "",
    options: ExportOptions | None = None,
    other_facilities: Iterable[FacilityLike] = (),
    timeout: float = EXPORT_TIMEOUT_S,
    cancel: threading.Event | None = None,
    record: bool = True,
) -> ExportSummary:
    """Check and write the package for ``request`` to ``output`` (a .zip path).

    Setting ``cancel`` (from any thread) abandons the export: the worker is stopped, nothing is
    left at ``output`` and ``BuildFailed`` with kind ``"cancelled"`` is raised. ``record=False``
    leaves the export history to the caller (an order records its packages where they land)."""
    output = Path(output).expanduser().resolve()
    check_writable_destination(output)
    remove_stale_partials(output)
    options = options or ExportOptions()
    if options.quantity < 1:
        raise FabwiseError("the quantity must be at least 1")
    candidates = list(other_facilities)
    job = ExportJob(replace(request, quality=Quality.EXPORT), str(output), facility, eco, eco_reason,
                    options, __version__)
    try:
        summary: ExportSummary = service.run_job(EXPORT_JOB, job, timeout, cancel)
    except BuildFailed as exc:
        remove_stale_partials(output)
        if exc.kind != "crash" or options.preview == "software":
            raise
        # VTK can take the whole process down where OpenGL is broken: retry without it.
        job = replace(job, options=replace(options, preview="software"))
        summary = service.run_job(EXPORT_JOB, job, timeout, cancel)
    if not summary.ok:
        raise ExportBlocked(add_suggestions(summary.checks, summary.parts, facility=facility,
                                            other_facilities=candidates))
    if record and summary.path is not None:
        from configurator.core.export_history import record_export

        record_export(Path(summary.path), request, getattr(facility, "id", None))
    return summary
