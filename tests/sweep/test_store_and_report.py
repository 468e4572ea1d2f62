"""The sweep database (resume, summary, gallery headline) and the report drawn from it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from configurator.sdk.errors import FabwiseError
from configurator.sweep.plots import failure_axes, pareto_front, spearman
from configurator.sweep.report import render_csv, write_report
from configurator.sweep.store import SweepStore, fmt_kg, gallery_summaries

from .helpers import stored_sweep


def test_summary_and_headline(tmp_path: Path) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=5, failing=(3,), co2e=0.31)
    summary = store.summary(sweep_id)
    assert (summary.done, summary.ok, summary.failed, summary.pending) == (5, 4, 1, 0)
    assert summary.co2e_min == pytest.approx(0.31)
    assert summary.co2e_max == pytest.approx(0.71)
    assert summary.headline() == "5 variants checked, 1 failure, footprint 0.31–0.71 kg CO2e"
    assert summary.complete and store.sweep(sweep_id).finished is not None


def test_unfinished_sweep_lists_what_is_left_and_is_not_finished(tmp_path: Path) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=4, finish=False)
    store.record(sweep_id, {"idx": 1, "outcome": "ok", "co2e_kg": 1.0, "attempts": 1})
    store.record(sweep_id, {"idx": 2, "outcome": "lost", "stage": "worker", "attempts": 2})
    store.mark_run(sweep_id, cluster="test", workers=1, wall_s=2.0)
    assert [idx for idx, _ in store.todo(sweep_id)] == [0, 2, 3]  # lost ones run again
    summary = store.summary(sweep_id)
    assert not summary.complete and summary.pending == 2 and summary.lost == 1
    assert "(2 not run yet)" in summary.headline()
    assert store.sweep(sweep_id).finished is None
    assert gallery_summaries([("sweep-block", "1.0.0")], store.path) == {}  # not finished


def test_gallery_shows_the_newest_finished_sweep_of_the_same_version(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    stored_sweep(path, count=3)[0].close()
    stored_sweep(path, count=6, failing=(0, 1))[0].close()
    stored_sweep(path, template_id="other", version="2.0.0", count=2)[0].close()
    found = gallery_summaries([("sweep-block", "1.0.0"), ("other", "1.0.0"), ("none", "1.0.0")], path)
    assert found == {"sweep-block": "6 variants checked, 2 failures, footprint 1.2–1.5 kg CO2e"}
    assert gallery_summaries([("sweep-block", "1.0.0")], tmp_path / "missing.sqlite") == {}


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(FabwiseError, match="cannot use the sweep database"):
        SweepStore(bad)
    assert gallery_summaries([("x", "1.0.0")], bad) == {}


def test_a_database_where_none_can_be_written_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(FabwiseError, match="cannot use the sweep database"):
        SweepStore(blocker / "sub" / "sweeps.sqlite")


def test_database_from_a_newer_fabwise_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    SweepStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(FabwiseError, match="newer Fabwise"):
        SweepStore(path)


@pytest.mark.parametrize(
    "value, text", [(0.312, "0.31"), (1.94, "1.9"), (12.04, "12.0"), (0.0451, "0.045"), (0, "0")]
)
def test_kg_figures(value: float, text: str) -> None:
    assert fmt_kg(value) == text


def test_pareto_front_keeps_only_unbeaten_points() -> None:
    points = [(1.0, 1.0, 0), (2.0, 1.5, 1), (2.0, 3.0, 2), (3.0, 1.2, 3), (0.5, 2.0, 4)]
    # 3 (size 3, 1.2 kg) beats 1 and 2; 0 is smaller but lighter; 4 is beaten by 0.
    assert pareto_front(points) == [0, 3]


def test_spearman() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) == 0.0


def test_report_is_self_contained_and_names_failures(tmp_path: Path) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=8, failing=(2, 5))
    page = write_report(store, sweep_id, tmp_path / "report", None)
    text = page.read_text(encoding="utf-8")
    # failures by range, failure map, footprint/dimensions, Pareto, build time, grades
    assert text.count("<svg") == 6
    assert "<script" not in text and "src=" not in text and "@import" not in text
    assert "2 at the build stage" in text and "it broke" in text
    assert "No earlier sweep" in text
    assert (tmp_path / "report" / "variants.csv").exists()
    assert page.stat().st_mode & 0o044  # readable by others, like any report


def test_csv_never_starts_a_cell_with_a_formula(tmp_path: Path) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=2, failing=(0,))
    store.record(sweep_id, {"idx": 0, "message": '=HYPERLINK("x")'})
    text = render_csv(store, sweep_id)
    assert "'=HYPERLINK" in text


def test_failure_axes_pick_the_parameters_that_separate_failures() -> None:
    rows = [
        {
            "outcome": "failed" if h > 80 and s == 4 else "ok",
            "params": {"height": float(h), "slots": s, "width": float(w)},
        }
        for h in (20, 50, 90, 100)
        for s in (0, 2, 4)
        for w in (30, 60)
    ]
    assert sorted(failure_axes(None, rows)) == ["height", "slots"]


def test_fit_verdicts_get_their_section_and_reach_the_headline(tmp_path: Path) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=4)
    for i, (status, factor) in enumerate([("holds", 3.1), ("holds", 2.2), ("fails", 0.8), ("unknown", None)]):
        reason = "shelf load: safety factor 0.8" if status == "fails" else ""
        store.record(
            sweep_id,
            {
                "idx": i,
                "fit_status": status,
                "fit_json": json.dumps(
                    {"status": status, "reason": reason, "min_safety_factor": factor, "verdicts": []}
                ),
            },
        )
    assert (
        store.summary(sweep_id).headline()
        == "4 variants checked, 0 failures, 1 unfit for use, footprint 1.0–1.3 kg CO2e"
    )
    page = write_report(store, sweep_id, tmp_path / "r", None).read_text(encoding="utf-8")
    assert (
        "4 variant(s) checked against the template's conditions of use: 2 holds, 1 fails, 1 unknown" in page
    )
    assert "shelf load: safety factor 0.8" in page
    assert page.count("<svg") == 6  # the safety-factor picture joins the five


def test_unchecked_fit_says_why(tmp_path: Path) -> None:
    store, sweep_id = stored_sweep(tmp_path / "s.sqlite", count=2)
    for i in range(2):
        store.record(
            sweep_id,
            {
                "idx": i,
                "fit_json": json.dumps(
                    {
                        "status": "not checked",
                        "reason": "not checked: the template declares no conditions of use",
                        "min_safety_factor": None,
                        "verdicts": [],
                    }
                ),
            },
        )
    page = write_report(store, sweep_id, tmp_path / "r", None).read_text(encoding="utf-8")
    assert "<h2>Fit for use</h2>\n<p>not checked: the template declares no conditions" in page
