"""Valid knob variants that failed to build (issue 13, finding 6): a 12 mm knurled knob hit
Standard_DomainError from its index mark (a box of negative length). Each small knob builds to
one closed solid."""

from __future__ import annotations

from typing import Any

import pytest

from tests.templates.checks import TEMPLATES, build_and_check


@pytest.mark.parametrize(
    "values",
    [
        {"knob_diameter": 12, "grip": "knurled"},
        {"knob_diameter": 12, "grip": "knurled", "hollow": False, "knob_height": 16},
        {"knob_diameter": 10, "grip": "knurled", "shaft_diameter": 3, "flat_depth": 0.5, "shaft_length": 6},
        {"knob_diameter": 10, "grip": "ribs", "shaft_diameter": 3, "flat_depth": 0.5, "shaft_length": 6},
        {"knob_diameter": 10, "grip": "smooth", "shaft_diameter": 3, "flat_depth": 0.5, "shaft_length": 6},
    ],
    ids=["12-knurled", "12-knurled-solid", "10-knurled", "10-ribs", "10-smooth"],
)
def test_small_knobs_with_an_index_mark_build_to_one_solid(values: dict[str, Any]) -> None:
    template = TEMPLATES["dshaft-knob"]
    _, issues = template.schema.check(values)
    assert not issues, issues
    _, parts = build_and_check(template, {**values, "index_mark": True})
    assert len(parts) == 1
