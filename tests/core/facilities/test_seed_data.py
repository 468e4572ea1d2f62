"""The shipped facility data in resources/data/facilities."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from configurator.core.facilities.seed import load_seed, seed_fingerprint, typical_inventory

from .conftest import REAL_SEED_DIR, write_mini_seed


def test_all_shipped_facilities_load_and_validate() -> None:
    seed = load_seed(REAL_SEED_DIR)  # validates every record
    kinds = Counter(f.kind for f in seed.facilities)
    document = json.loads((REAL_SEED_DIR / "okw_fablabs.json").read_text(encoding="utf-8"))
    assert kinds["fablab_okw"] == len(document["labs"]) == document["stats"]["labs"] > 2000
    assert kinds["example"] >= 3


def test_fab_labs_carry_the_typical_inventory_marked_unverified() -> None:
    machines, other = typical_inventory(REAL_SEED_DIR)
    assert {m.process for m in machines} == {"laser", "cnc_router", "fdm", "cnc_mill"}
    assert other
    labs = [f for f in load_seed(REAL_SEED_DIR).facilities if f.kind == "fablab_okw"]
    assert all(not lab.inventory_verified and lab.machines == machines for lab in labs)
    assert all("not verified" in machine.notes.lower() for machine in machines)
    assert all(lab.source and lab.source.licence == "CC BY 4.0" for lab in labs)


def test_examples_are_clearly_marked() -> None:
    examples = [f for f in load_seed(REAL_SEED_DIR).facilities if f.kind == "example"]
    for example in examples:
        assert example.name.startswith("EXAMPLE")
        assert "fictional" in example.name.lower()
        assert example.machines and all(m.envelope_mm and m.power_w for m in example.machines)
        assert example.hourly_rate and example.accepted_formats


def test_recorded_statistics_match_the_labs() -> None:
    document = json.loads((REAL_SEED_DIR / "okw_fablabs.json").read_text(encoding="utf-8"))
    precision = document["columns"].index("precision")
    counted = Counter(row[precision] for row in document["labs"])
    assert dict(counted) == document["stats"]["by_precision"]
    unplaced = [row[1] for row in document["labs"] if row[precision] == "none"]
    assert unplaced == document["stats"]["unplaced"]


def test_attribution_is_shipped() -> None:
    text = (REAL_SEED_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for needed in (
        "Open Know-Where",
        "Internet of Production Alliance",
        "CC BY 4.0",
        "GeoNames",
        "CC BY-SA 4.0",
        "inventory.fabcloud.io",
    ):
        assert needed in text


def test_fingerprint_follows_the_files(tmp_path: Path) -> None:
    seed_dir = write_mini_seed(tmp_path / "seed")
    before = seed_fingerprint(seed_dir)
    path = seed_dir / "example_workshops.json"
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert seed_fingerprint(seed_dir) != before
