"""Export a production package from any front end (CLI, GUI, tests).

:func:`export_package` runs the export job in the build worker: it rebuilds the variant, checks
it (machine, envelope, material, sheet stock, flatness, wall/feature thickness) and only then
writes the files. A failed check raises :class:`ExportBlocked`, naming each part, the
measured value and the limit, with the fixes that exist; nothing is written.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from configurator import __version__
from configurator.core.atomic import (
    check_writable_destination,
    partial_path,
    remove_stale_partials,
    replace_atomically,
)
from configurator.core.export import signing
from configurator.core.export.dfm import (
    Check,
    EstablishedChecks,
    FacilityLike,
    add_suggestions,
    failures,
)
from configurator.core.export.jobspec import EXPORT_JOB, ExportJob, ExportOptions, ExportSummary
from configurator.core.service import BuildService
from configurator.sdk.errors import BuildFailed, FabwiseError, ValidationError
from configurator.sdk.results import BuildRequest, Quality

EXPORT_TIMEOUT_S = 180.0


class ExportBlocked(FabwiseError):
    """One or more manufacturing checks failed; ``checks`` holds every check made."""

    def __init__(self, checks: Sequence[Check]) -> None:
        self.checks = tuple(checks)
        failed = failures(checks)
        lines = [f"  - {c.describe()}" for c in failed]
        plural = "s" if len(failed) != 1 else ""
        message = f"export blocked: {len(failed)} manufacturing check{plural} failed\n" + ("\n".join(lines))
        fixes = [s for c in failed for s in c.suggestions]
        hint = None if fixes else "change the parameters, the material or the facility"
        super().__init__(message, hint)


def _land(staging: Path, output: Path) -> None:
    """Move the finished package onto ``output`` (one atomic rename, then the folder synced)."""
    if not staging.is_file():
        raise BuildFailed(
            "crash", f"the export worker did not leave the package for {output}", hint="try again"
        )
    replace_atomically(staging, output)


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
    quote: dict[str, Any] | None = None,
    established: EstablishedChecks | None = None,
    record: bool = True,
) -> ExportSummary:
    """Check and write the package for ``request`` to ``output`` (a .zip path).

    Setting ``cancel`` (from any thread) abandons the export: the worker is stopped, nothing is
    left at ``output`` and ``BuildFailed`` with kind ``"cancelled"`` is raised. ``quote`` is
    ``Quote.to_dict()`` of what the person was shown: it goes into the package as quote.json.
    ``established``: the machine checks already run on this design at this facility (the export
    dialog's); the job uses them instead of running them again when they are for the same
    template, values and facility record, else it runs its own. Wall thickness and flatness need
    the export build's B-rep and always run in the job.
    ``record=False`` leaves the export history to the caller (an order records its packages
    where they land).

    The worker writes the zip to a staging file named after this process; only this function,
    after the job came back and was not cancelled, renames it onto ``output`` and records it in
    the export history. So a cancelled, interrupted or killed export never replaces the package
    at ``output``: the worker dies with this process, and even a worker that outlived it would
    only have written the staging file (removed by the next export to that folder)."""
    output = Path(output).expanduser().resolve()
    check_writable_destination(output)
    remove_stale_partials(output)
    options = options or ExportOptions()
    if options.quantity < 1:
        raise FabwiseError("the quantity must be at least 1")
    candidates = list(other_facilities)
    # The sender's key is made here, on the first export, not in the worker: the worker only
    # reads it to sign.
    key = options.signing_key or signing.key_path()
    signer = signing.fingerprint(signing.public_bytes(signing.load_or_create_key(key)))
    staging = partial_path(output)  # named after this process: stale once it is gone
    job = ExportJob(
        replace(request, quality=Quality.EXPORT),
        str(output),
        facility,
        eco,
        eco_reason,
        options,
        __version__,
        staging=str(staging),
        signing_key=str(key),
        quote=quote,
        plans=(
            established.plans
            if established is not None and established.reusable_for(request, facility)
            else None
        ),
    )
    try:
        try:
            summary: ExportSummary = service.run_job(EXPORT_JOB, job, timeout, cancel)
        except BuildFailed as exc:
            if exc.kind != "crash" or options.preview == "software":
                raise
            # VTK can take the whole process down where OpenGL is broken: retry without it.
            staging.unlink(missing_ok=True)
            job = replace(job, options=replace(options, preview="software"))
            summary = service.run_job(EXPORT_JOB, job, timeout, cancel)
        if not summary.ok:
            raise ExportBlocked(
                add_suggestions(summary.checks, summary.parts, facility=facility, other_facilities=candidates)
            )
        if cancel is not None and cancel.is_set():
            raise BuildFailed(
                "cancelled", "the export was cancelled; the previous package, if any, was left as it was"
            )
        if summary.path is not None:
            _land(staging, output)
            summary = replace(summary, path=str(output))
    except BaseException:
        # Cancelled, interrupted (Ctrl+C, SIGTERM), failed: stop the worker before it could
        # finish the staging file, and remove it. The package at ``output`` is untouched.
        if not isinstance(sys.exc_info()[1], ExportBlocked | ValidationError):
            service.worker.kill()
        staging.unlink(missing_ok=True)
        remove_stale_partials(output)
        raise
    summary = replace(summary, signer_fingerprint=signer)
    if record and summary.path is not None:
        from configurator.core.export_history import record_export

        record_export(Path(summary.path), request, getattr(facility, "id", None))
    return summary
