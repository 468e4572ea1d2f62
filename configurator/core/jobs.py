"""The jobs the build worker runs, by name: one table, so a job is never a string literal elsewhere.

The worker imports ``module:function`` and calls it with one picklable argument
(:meth:`configurator.core.worker.WorkerProcess.call`).
"""

from __future__ import annotations

from enum import StrEnum


class Job(StrEnum):
    BUILD = "configurator.core.build:run_build"  # BuildRequest -> BuildResult
    EXPORT = "configurator.core.export.job:run_export"  # ExportJob -> ExportSummary
    IMPORT_MODEL = "configurator.core.imported.importer:run_import"  # ImportRequest -> ImportReport
    DECLARE_LOAD = "configurator.core.imported.declare:run_declare"  # DeclareRequest -> Declaration
    # templates check: VariantPayload -> VariantChecks
    CHECK_VARIANT = "configurator.core.checks.geometry:run_variant_checks"
