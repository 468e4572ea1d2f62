"""docs/manufacturing-limits.md is generated from the data the checks use and stays equal to it
(issue 21: the limits appeared only in a blocked export's messages)."""

from __future__ import annotations

from pathlib import Path

from configurator.core.checks.limits import process_table, render_markdown, shipped_facilities

PAGE = Path(__file__).resolve().parents[1] / "docs" / "manufacturing-limits.md"


def test_the_limits_page_is_current() -> None:
    expected = render_markdown(shipped_facilities(), "the facilities Fabwise ships")
    assert PAGE.read_text(encoding="utf-8") == expected, (
        "regenerate it: fabwise templates limits --shipped > docs/manufacturing-limits.md"
    )


def test_the_page_names_what_the_issue_found_missing() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert "thinnest wall 0.8 mm" in text  # FDM minimum wall
    assert "narrowest strip between two cuts 1.5 mm" in text  # laser minimum feature
    assert "| 3, 6, 9, 12 |" in text  # stocked sheet thicknesses
    assert "250 × 210 × 200" in text  # the typical printer's envelope
    assert "no kerf offset" in text


def test_every_process_has_a_row() -> None:
    rows = {row.process for row in process_table(shipped_facilities())}
    assert rows == {"fdm", "sla", "sls", "laser", "cnc_router", "cnc_mill"}
