"""The eco guide's split advice as the app wires it: the chosen workshop and the workshops the
search found (MakingChoice) against the guide's own baseline, with no build (hand-made parts)."""

from __future__ import annotations

import pytest

from configurator.app.order import order_footprint
from configurator.sdk.results import BuildResult
from configurator.ui.eco_controller import _advice
from configurator.ui.making import MakingChoice
from eco_rules import default_engine
from tests.app.test_split_order import FAB_LAB, HOME, LASER_SHOP, PRINT_SHOP
from tests.eco.conftest import make_build, make_part


def _lamp_like() -> BuildResult:
    return make_build(
        [
            make_part(
                "base",
                "birch_plywood",
                "laser",
                180 * 180 * 6.0,
                2 * 180 * 180.0,
                (180, 180, 6),
                1,
                False,
                6.0,
                720.0,
            ),
            make_part("shade", "petg", "fdm", 60_000.0, 40_000.0, (150, 150, 120)),
        ]
    )


def test_the_guide_task_advises_a_split_of_the_searched_workshops() -> None:
    build = _lamp_like()
    making = MakingChoice(
        facility=FAB_LAB,
        distance_km=10.0,
        place_label="Lyon",
        origin=HOME,
        nearby=(PRINT_SHOP, LASER_SHOP, FAB_LAB),
    )
    current = making.current_plan(build)
    assert current is not None and current.single and current.legs[0].parts == ("base", "shade")
    baseline = default_engine().evaluate(build, making.eco_context())  # the guide's baseline
    advice = _advice(build, making, current, baseline)
    assert advice is not None and advice.kind == "split"
    split = order_footprint(build, advice.plan).total_kg.value
    assert advice.saving_kg == pytest.approx(baseline.total_co2e_kg.value - split)
    # nothing chosen, or no place searched: no advice
    assert _advice(build, MakingChoice(), None, baseline) is None
    unplaced = MakingChoice(facility=FAB_LAB, distance_km=10.0, nearby=(PRINT_SHOP, LASER_SHOP))
    assert _advice(build, unplaced, unplaced.current_plan(build), baseline) is None
