"""Production packages: checks before export, the files, the manifest, and verification.

Public API (CadQuery is imported only by the worker-side job and the STEP/DXF writers/readers)::

    export_package(service, request, output, facility=..., eco=...)   # -> ExportSummary
    verify_package(path)                                               # -> VerifyReport
    params_from_manifest(path)                                         # -> ManifestVariant
"""

from configurator.core.export.dfm import Check, EstablishedChecks, plan_parts
from configurator.core.export.jobspec import ExportOptions, ExportSummary
from configurator.core.export.manifest import (
    ManifestVariant,
    compare_geometry,
    params_from_manifest,
)
from configurator.core.export.package import ExportBlocked, export_package
from configurator.core.export.verify import VerifyReport, verify_package

__all__ = [
    "Check",
    "EstablishedChecks",
    "ExportBlocked",
    "ExportOptions",
    "ExportSummary",
    "ManifestVariant",
    "VerifyReport",
    "compare_geometry",
    "export_package",
    "params_from_manifest",
    "plan_parts",
    "verify_package",
]
