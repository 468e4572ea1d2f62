"""Fit verdicts in a sweep come only from a real check (else "not checked", with the reason), and
the workshop shares come from the facility matcher on each variant's parts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from configurator.core.facilities.store import FacilityStore
from configurator.sweep import fit
from configurator.sweep.report import write_report
from configurator.sweep.workshops import shares

from .helpers import stored_sweep


@pytest.fixture(scope="module")
def canal(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with FacilityStore(tmp_path_factory.mktemp("facilities") / "f.db") as store:
        return store.get("example-atelier-canal")


@pytest.fixture(autouse=True)
def _no_engine_override() -> Iterator[None]:
    yield
    fit.reset_fit_engine()


def test_template_without_conditions_is_not_checked() -> None:
    summary = fit.check_fit(SimpleNamespace(id="t"), built=None)
    assert (summary.status, summary.reason) == (fit.NOT_CHECKED, fit.NO_CONDITIONS)
    declared_nothing = SimpleNamespace(id="t", conditions=SimpleNamespace(declared=False))
    assert fit.check_fit(declared_nothing, built=None).reason == fit.NO_CONDITIONS


def test_conditions_without_an_engine_are_not_checked() -> None:
    fit.set_fit_engine(None)
    template = SimpleNamespace(id="t", conditions=SimpleNamespace(declared=True))
    summary = fit.check_fit(template, built=None)
    assert (summary.status, summary.reason) == (fit.NOT_CHECKED, fit.NO_ENGINE)
    assert fit.check_fit(template, built=None, skip=True).reason == fit.SKIPPED


@dataclass(frozen=True)
class _Verdict:
    condition: str
    status: str
    reason: str
    safety_factor: float | None = None


def test_engine_report_becomes_the_variant_verdict() -> None:
    calls: list[Any] = []

    def check_conditions(conditions: Any, template_id: str, params: Any, product: Any, shapes: Any) -> Any:
        calls.append((template_id, params))
        verdicts = (
            _Verdict("shelf load 15 kg", "holds", "stress below strength", 2.6),
            _Verdict("70 °C lamp", "fails", "PLA softens at 55 °C"),
        )
        return SimpleNamespace(verdicts=verdicts, status="fails", min_safety_factor=2.6)

    fit.set_fit_engine(fit._adapter(check_conditions))
    template = SimpleNamespace(id="lamp", conditions=SimpleNamespace(declared=True))
    built = SimpleNamespace(params={"h": 1}, product=None, shapes={})
    summary = fit.check_fit(template, built)
    assert calls == [("lamp", {"h": 1})]
    assert summary.status == fit.FAILS
    assert "PLA softens at 55 °C" in summary.reason
    assert summary.verdicts[0].detail.startswith("safety factor 2.6")
    assert summary.min_safety_factor == 2.6
    assert json.loads(json.dumps(summary.to_dict()))["verdicts"][1]["verdict"] == "fails"


def test_summary_rules() -> None:
    holds = fit.FitVerdict("a", fit.HOLDS)
    unknown = fit.FitVerdict("b", fit.UNKNOWN, "no property row")
    assert fit.summarise([holds]).status == fit.HOLDS
    assert fit.summarise([holds, unknown]).status == fit.UNKNOWN
    assert fit.summarise([]).status == fit.UNKNOWN  # declared but nothing checked: never "holds"


def _rows_needing(process: str, material: str, sizes: list[float]) -> list[dict[str, Any]]:
    return [
        {"outcome": "ok", "parts_json": json.dumps([["part", process, material, [size, size, 10.0], None]])}
        for size in sizes
    ]


def test_workshop_shares_follow_the_matcher(canal: Any) -> None:
    printers = [m for m in canal.machines if m.process == "fdm"]
    assert printers and printers[0].envelope_mm is not None
    bed = min(printers[0].envelope_mm[:2])
    rows = _rows_needing("fdm", "pla", [bed / 2, bed / 3, bed * 2])
    rows.append({"outcome": "failed", "parts_json": None})
    [share] = shares(rows, [canal])
    assert (share.can_make, share.of) == (2, 3)
    assert share.main_reason  # what stops the third variant, in the matcher's words


def test_report_lists_workshops_of_the_sweep_country(tmp_path: Path, canal: Any) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=3)
    for i in range(3):
        store.record(
            sweep_id,
            {"idx": i, "parts_json": json.dumps([["block", "fdm", "pla", [40.0, 40.0, 20.0], None]])},
        )
    page = write_report(
        store, sweep_id, tmp_path / "r", None, workshops=[canal], workshops_chosen="one workshop"
    ).read_text(encoding="utf-8")
    assert "Which workshops can make it" in page
    assert "example-atelier-canal" in page and "3 of 3" in page
    plain = write_report(store, sweep_id, tmp_path / "r2", None).read_text(encoding="utf-8")
    assert "Run the sweep with --facility or --country" in plain
