"""The export takes the machine checks already run on the design (the export dialog's) instead of
running them again, and only when they are for the same template, values and workshop record."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from configurator.core.export import EstablishedChecks, ExportOptions, export_package
from configurator.core.facilities.model import Facility
from configurator.core.service import BuildService
from configurator.sdk.results import Quality
from tests.core.export.conftest import CREATED, make_facility

MARK = "as shown in the export dialog"
OPTIONS = ExportOptions(created_utc=CREATED, mesh_quality="coarse", preview="software")
B_REP_CHECKS = ("min_wall", "min_feature", "flat")  # need the export build's B-rep: always run


def _machine_checks(checks: object) -> list[object]:
    return [c for c in checks if c.check not in B_REP_CHECKS]  # type: ignore[attr-defined]


def _marked(established: EstablishedChecks) -> EstablishedChecks:
    """The same checks with a message the job could not have written itself: seeing it in the
    package proves the job took these checks rather than running its own."""
    plans = tuple(
        replace(plan, checks=tuple(replace(c, message=f"{c.message} ({MARK})") for c in plan.checks))
        for plan in established.plans
    )
    return replace(established, plans=plans)


def test_checks_of_a_build_are_reusable_only_for_its_request_and_facility(
    service: BuildService, facility: Facility
) -> None:
    request = service.request("export-knob", {})
    result = service.build(request)
    established = EstablishedChecks.of(request, result, facility)
    assert established is not None
    assert [p.part for p in established.plans] == [p.name for p in result.parts]
    assert established.checks and all(c.status != "fail" for c in established.checks)
    assert established.reusable_for(request, facility)
    assert established.reusable_for(replace(request, quality=Quality.EXPORT), facility)  # any quality
    assert not established.reusable_for(request, None)
    assert not established.reusable_for(request, make_facility(id="other-lab", name="Other"))
    # the same workshop with other machines (the person edited it meanwhile) is not the same
    assert not established.reusable_for(request, make_facility(machines=facility.machines[:1]))
    other = service.request("export-knob", {"diameter": 40})
    assert not established.reusable_for(other, facility)
    assert EstablishedChecks.of(other, result, facility) is None  # not this request's build


def test_the_export_carries_the_established_checks(
    service: BuildService, facility: Facility, tmp_path: Path
) -> None:
    request = service.request("export-knob", {})
    established = EstablishedChecks.of(request, service.build(request), facility)
    assert established is not None
    summary = export_package(
        service,
        request,
        tmp_path / "knob.zip",
        facility=facility,
        options=OPTIONS,
        established=_marked(established),
    )
    assert summary.machine_checks_reused
    machine = _machine_checks(summary.checks)
    assert machine and all(MARK in c.message for c in machine)  # type: ignore[attr-defined]
    assert any(c.check in B_REP_CHECKS for c in summary.checks)  # these ran in the job


def test_checks_for_another_workshop_are_run_again(
    service: BuildService, facility: Facility, tmp_path: Path
) -> None:
    request = service.request("export-knob", {})
    elsewhere = make_facility(id="other-lab", name="Other Lab")
    established = EstablishedChecks.of(request, service.build(request), elsewhere)
    assert established is not None
    summary = export_package(
        service,
        request,
        tmp_path / "knob.zip",
        facility=facility,
        options=OPTIONS,
        established=_marked(established),
    )
    assert not summary.machine_checks_reused
    assert summary.checks and not any(MARK in c.message for c in summary.checks)


def test_checks_for_other_values_are_run_again(
    service: BuildService, facility: Facility, tmp_path: Path
) -> None:
    shown = service.request("export-knob", {})
    established = EstablishedChecks.of(shown, service.build(shown), facility)
    assert established is not None
    exported = service.request("export-knob", {"diameter": 40})
    summary = export_package(
        service,
        exported,
        tmp_path / "knob.zip",
        facility=facility,
        options=OPTIONS,
        established=_marked(established),
    )
    assert not summary.machine_checks_reused
    assert not any(MARK in c.message for c in summary.checks)


@pytest.mark.parametrize("plans", [(), None])
def test_without_established_plans_the_job_runs_its_own(
    service: BuildService, facility: Facility, tmp_path: Path, plans: tuple[()] | None
) -> None:
    request = service.request("export-knob", {})
    established = EstablishedChecks.of(request, service.build(request), facility)
    assert established is not None
    given = replace(established, plans=plans) if plans is not None else None
    summary = export_package(
        service, request, tmp_path / "knob.zip", facility=facility, options=OPTIONS, established=given
    )
    assert not summary.machine_checks_reused
    # the job's own machine checks on the export build are the dialog's on the fine build
    assert _machine_checks(summary.checks) == established.checks
