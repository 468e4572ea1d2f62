"""One policy for the workshops the eco guide compares, shared by the CLI and the GUI."""

from __future__ import annotations

from dataclasses import replace

from configurator.app.making import GUIDE_ALTERNATIVES, GUIDE_RADIUS_KM, guide_alternatives
from configurator.core.facilities.matching import PartRequirement, assess_facility
from configurator.core.facilities.seed import load_seed


def test_capable_near_and_not_the_chosen_one_nearest_first() -> None:
    parts = [PartRequirement(process="fdm", material="pla", size_mm=(20.0, 20.0, 10.0),
                             thickness_mm=None, name="clip")]
    facilities = [f for f in load_seed().facilities if not assess_facility(f, parts)[0]]
    assert len(facilities) >= 2
    fdm, other = facilities[0], facilities[1]
    laser_only = replace(fdm, id="laser-only", machines=tuple(
        m for m in fdm.machines if m.process != "fdm"))
    candidates = [(other, 40.0), (fdm, 12.0), (laser_only, 5.0),
                  (replace(other, id="far"), GUIDE_RADIUS_KM + 1), (replace(fdm, id="nowhere"), None)]
    chosen = guide_alternatives(candidates, parts, chosen_id=None)
    assert [(f.id, km) for f, km in chosen] == [(fdm.id, 12.0), (other.id, 40.0)]
    assert [f.id for f, _ in guide_alternatives(candidates, parts, chosen_id=fdm.id)] == [other.id]
    many = [(replace(fdm, id=f"w{i}"), float(i)) for i in range(GUIDE_ALTERNATIVES + 3)]
    assert len(guide_alternatives(many, parts)) == GUIDE_ALTERNATIVES
