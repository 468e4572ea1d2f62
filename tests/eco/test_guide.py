"""The guide: only valid, actually evaluated alternatives, ranked by a saving we can re-compute."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from configurator.sdk.errors import BuildFailed
from configurator.sdk.params import Length, MaterialSlot, Params, Value
from configurator.sdk.results import BuildResult
from configurator.sdk.schema import Schema, constraint
from eco_rules import EcoContext, EcoEngine, FacilityOption, Guide, build_guide
from eco_rules.guide import tunable_values
from tests.eco.conftest import make_build, make_part

EDGE = 40.0


@constraint("wall", "material", description="PETG walls need 1.5 mm")
def _petg_wall(p: Params) -> str | None:
    if p.text("material") == "petg" and p.num("wall") < 1.5:
        return "PETG walls must be at least 1.5 mm"
    return None


SCHEMA = Schema(
    parameters=(
        MaterialSlot("material", "petg", ("pla", "petg", "rpetg", "abs", "aluminium")),
        Length("wall", 3.0, 1.0, 5.0, step=0.5, eco_tunable=True),
    ),
    constraints=(_petg_wall,),
)


def build_box(params: Mapping[str, Value]) -> BuildResult:
    """A hollow cube whose wall sets its volume; aluminium is milled, the rest printed."""
    wall = float(params["wall"])
    inner = EDGE - 2 * wall
    material = str(params["material"])
    process = "cnc_mill" if material == "aluminium" else "fdm"
    part = make_part(
        "box",
        material,
        process,
        volume_mm3=EDGE**3 - inner**3,
        area_mm2=6 * EDGE**2 + 6 * inner**2,
        bbox_mm=(EDGE, EDGE, EDGE),
    )
    return make_build([part], params=dict(params))


CONTEXT = EcoContext(country="PL", distance_km=8, transport_mode="van", label="Here Lab")
PARAMS = SCHEMA.validate({})


def guide_for(engine: EcoEngine, **kwargs):  # type: ignore[no-untyped-def]
    return build_guide(engine, SCHEMA, "box", PARAMS, build_box(PARAMS), CONTEXT, build_box, **kwargs)


def test_savings_are_recomputed_independently(engine: EcoEngine) -> None:
    guide = guide_for(engine)
    baseline = engine.evaluate(build_box(PARAMS), CONTEXT).total_co2e_kg.value
    assert guide.suggestions
    for suggestion in guide.suggestions:
        params = {**PARAMS, **suggestion.changes}
        again = engine.evaluate(build_box(params), CONTEXT).total_co2e_kg.value
        assert suggestion.saving_kg == pytest.approx(baseline - again, rel=1e-12)
        assert suggestion.saving_pct == pytest.approx(100 * (baseline - again) / baseline)
        assert suggestion.saving_kg > 0


def test_ranked_by_saving_and_worded_with_number(engine: EcoEngine) -> None:
    guide = guide_for(engine)
    savings = [s.saving_kg for s in guide.suggestions]
    assert savings == sorted(savings, reverse=True)
    rpetg = next(s for s in guide.suggestions if s.changes == {"material": "rpetg"})
    assert rpetg.text().startswith("Recycled PETG instead of PETG: \u2212")
    assert rpetg.text().endswith(f"\u2212{rpetg.saving_pct:.0f} %")
    assert any("proxy" in t for t in rpetg.trade_offs)


def test_flagged_data_is_named_in_words_not_row_ids(engine: EcoEngine) -> None:
    """Issue 15: the guide said "relies on proxy/estimated data: density.rpetg,
    material.rpetg.carbon, ..." - the report's row ids in consumer text."""
    guide = guide_for(engine)
    rpetg = next(s for s in guide.suggestions if s.changes == {"material": "rpetg"})
    flagged = next(t for t in rpetg.trade_offs if "proxy" in t)
    assert (
        "Recycled PETG carbon footprint" in flagged and "3D printer mean power for Recycled PETG" in flagged
    )
    assert "material." not in flagged and "process." not in flagged and "rpetg" not in flagged
    assert flagged.endswith("(sources in the eco report)")


def test_never_suggests_an_invalid_variant(engine: EcoEngine) -> None:
    guide = guide_for(engine)
    for suggestion in guide.suggestions:
        SCHEMA.validate({**PARAMS, **suggestion.changes})  # raises if invalid
    assert not any(s.changes == {"wall": 1.0} for s in guide.suggestions)
    assert any("PETG walls must be at least 1.5 mm" in reason for reason in guide.skipped)


def test_tunable_candidates_stay_in_range() -> None:
    wall = SCHEMA["wall"]
    values = tunable_values(wall, 3.0)
    assert values == [1.0, 2.5, 5.0, 3.5]
    assert tunable_values(wall, 1.0) == [5.0, 1.5]


def test_facilities_are_compared_and_trade_offs_stated(engine: EcoEngine) -> None:
    printable = frozenset({"pla", "petg", "rpetg", "abs"})
    here = FacilityOption("here", "Here Lab", CONTEXT, frozenset({"fdm"}), printable)
    green = FacilityOption(
        "green",
        "Green Lab",
        EcoContext(country="SE", distance_km=30, label="Green Lab"),
        frozenset({"fdm", "cnc_mill"}),
        None,
    )
    lasers = FacilityOption(
        "cut", "Cut Shop", EcoContext(country="NO", distance_km=2), frozenset({"laser"}), frozenset({"mdf"})
    )
    guide = guide_for(engine, facility=here, facilities=[here, green, lasers])
    move = next(s for s in guide.suggestions if s.kind == "facility")
    assert move.facility == "Green Lab"
    assert "22 km further than Here Lab" in move.trade_offs
    assert any("Cut Shop cannot make this variant" in r for r in guide.skipped)
    aluminium = [s for s in guide.suggestions if s.changes == {"material": "aluminium"}]
    for suggestion in aluminium:  # only listed if it saves; then it must say where it is made
        assert suggestion.facility == "Green Lab"


def test_suggestions_name_their_facility_by_id_as_two_can_share_a_label(engine: EcoEngine) -> None:
    here = FacilityOption("here", "Here Lab", CONTEXT, frozenset({"fdm"}))
    near = FacilityOption(
        "twin-near", "Twin Lab", EcoContext(country="SE", distance_km=3), frozenset({"fdm", "cnc_mill"})
    )
    far = FacilityOption(
        "twin-far", "Twin Lab", EcoContext(country="NO", distance_km=40), frozenset({"fdm", "cnc_mill"})
    )
    guide = guide_for(engine, facility=here, facilities=[here, far, near])
    moves = [s for s in guide.suggestions if s.kind == "facility"]
    assert sorted(s.facility_id for s in moves) == ["twin-far", "twin-near"]
    for move in moves:
        assert move.facility == "Twin Lab" and move.to_dict()["facility_id"] == move.facility_id
    aluminium = [s for s in guide.suggestions if s.changes == {"material": "aluminium"}]
    for suggestion in aluminium:  # made elsewhere: the id says which of the twins
        assert suggestion.facility_id in {"twin-near", "twin-far"}
    stay = [s for s in guide.suggestions if s.kind != "facility" and s not in aluminium]
    assert stay and all(s.facility_id == "here" for s in stay)


def test_machine_time_and_cost_trade_offs(engine: EcoEngine) -> None:
    here = FacilityOption("here", "Here Lab", CONTEXT, hourly_rate=4.0, currency="EUR")
    other = FacilityOption(
        "green",
        "Green Lab",
        EcoContext(country="NO", distance_km=8, label="Green Lab"),
        hourly_rate=6.0,
        currency="EUR",
    )
    guide = guide_for(engine, facility=here, facilities=[here, other])
    move = next(s for s in guide.suggestions if s.kind == "facility")
    hours = guide.baseline.machine_hours.value
    assert hours > 0
    assert f"machine-time cost +{2.0 * hours:.2f} EUR (rates 4 and 6 EUR/h)" in move.trade_offs
    thinner = next(s for s in guide.suggestions if s.changes == {"wall": 2.5})
    delta = 4.0 * (thinner.report.machine_hours.value - hours)  # same lab, same rate
    assert delta < 0
    assert f"machine-time cost \u2212{abs(delta):.2f} EUR (rates 4 and 4 EUR/h)" in thinner.trade_offs


def test_build_budget_and_failing_builds(engine: EcoEngine) -> None:
    calls: list[dict[str, Value]] = []

    def flaky(params: Mapping[str, Value]) -> BuildResult:
        calls.append(dict(params))
        if params["material"] == "pla":
            raise BuildFailed("template", "the PLA variant broke")
        return build_box(params)

    guide = build_guide(engine, SCHEMA, "box", PARAMS, build_box(PARAMS), CONTEXT, flaky, max_builds=3)
    assert guide.builds == len(calls) == 3
    assert any("did not build" in r for r in guide.skipped)
    assert any("build budget" in r for r in guide.skipped)


def test_dominant_phase_is_stated(engine: EcoEngine) -> None:
    guide = guide_for(engine)
    assert guide.dominant.phase in {"material", "manufacturing", "end_of_life", "transport"}
    assert "Transport is" in guide.dominant.statement or guide.dominant.phase == "transport"


class _Verdict:
    def __init__(self, status: str, sf: float) -> None:
        self.condition, self.kind, self.status = "load", "load", status
        self.reason, self.material = f"safety factor {sf}", ""
        self.safety_factor, self.required = sf, 2.0


class _Fit:
    """A fit report whose safety factor is the wall in mm (thin walls fail), with a delay so
    that parallel calls really overlap."""

    def __init__(self, wall: float) -> None:
        self.declared = True
        self.verdicts = [_Verdict("holds" if wall >= 2.6 else "fails", wall)]
        self.status = self.verdicts[0].status
        self.min_safety_factor = wall

    def failures(self) -> list[_Verdict]:
        return [v for v in self.verdicts if v.status == "fails"]


def _fit(params: Mapping[str, Value]) -> _Fit:
    import time

    time.sleep(0.01)
    return _Fit(float(params["wall"]))


def _summary(guide: Guide) -> tuple[object, ...]:
    return (
        [(s.title, s.saving_kg, s.trade_offs, s.fit_status) for s in guide.suggestions],
        [(r.title, r.reasons) for r in guide.rejected],
        guide.builds,
        guide.evaluated,
        sorted(guide.skipped),
    )


def test_a_parallel_guide_is_the_same_guide(engine: EcoEngine) -> None:
    import threading
    import time

    threads: set[str] = set()

    def builder(params: Mapping[str, Value]) -> BuildResult:
        threads.add(threading.current_thread().name)
        time.sleep(0.02)  # a build takes time: the second alternative starts meanwhile
        return build_box(params)

    one = guide_for(engine, fitness=_fit)
    two = build_guide(
        engine, SCHEMA, "box", PARAMS, build_box(PARAMS), CONTEXT, builder, fitness=_fit, parallel=2
    )
    assert _summary(two) == _summary(one)
    assert two.rejected, "thinner walls fail the stand-in check"
    assert len(threads) >= 2 and all(t.startswith("fabwise-guide") for t in threads)


def test_a_parallel_guide_keeps_the_build_budget(engine: EcoEngine) -> None:
    calls: list[dict[str, Value]] = []

    def flaky(params: Mapping[str, Value]) -> BuildResult:
        calls.append(dict(params))
        if params["material"] == "pla":
            raise BuildFailed("template", "the PLA variant broke")
        return build_box(params)

    one = build_guide(engine, SCHEMA, "box", PARAMS, build_box(PARAMS), CONTEXT, flaky, max_builds=3)
    first = list(calls)
    calls.clear()
    two = build_guide(
        engine, SCHEMA, "box", PARAMS, build_box(PARAMS), CONTEXT, flaky, max_builds=3, parallel=2
    )
    assert sorted(map(str, calls)) == sorted(map(str, first))
    assert _summary(two) == _summary(one)
    assert two.builds == 3 and any("build budget" in r for r in two.skipped)


def test_the_eco_panels_caveat_names_figures_in_words(engine: EcoEngine) -> None:
    """Issue 15: the panel said "material.petg.carbon (PROXY)"."""
    report = engine.evaluate(build_box({**PARAMS, "material": "rpetg"}), CONTEXT)
    text = report.caveat_text()
    assert text.startswith("Relies on proxy or estimated data: ")
    assert "Recycled PETG carbon footprint (proxy)" in text
    assert "material." not in text and "PROXY" not in text
    flagged = len(report.flagged_factors)
    assert flagged > 4 and text.endswith(f" and {flagged - 4} more.")
