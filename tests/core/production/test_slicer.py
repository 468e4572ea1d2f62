"""PrusaSlicer in the loop: the numbers we report are PrusaSlicer's own, for the profile we ship."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from configurator.core.facilities.printer_profiles import get_profile, load_profiles
from configurator.core.production.slicer import (
    SliceCache,
    SliceFailed,
    cached_slice,
    parse_duration,
    read_gcode_stats,
    slice_mesh,
)
from tests.core.production.conftest import box, merge, requires_slicer

PLA_DENSITY = 1240.0  # kg/m3, resources/data/materials.csv


def _header(gcode: Path) -> dict[str, str]:
    """PrusaSlicer's statistics lines, read straight from the file (independently of our parser)."""
    text = gcode.read_text(encoding="utf-8")
    pattern = r"^; (estimated printing time \(normal mode\)|filament used \[(?:mm|g|cm3)\]) = (.+)$"
    return dict(re.findall(pattern, text, flags=re.MULTILINE))


def _seconds(text: str) -> float:
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    return float(sum(int(n) * units[u] for n, u in re.findall(r"(\d+)([dhms])", text)))


def test_every_shipped_profile_has_its_files_and_filaments() -> None:
    profiles = load_profiles()
    assert {"prusa-mk3s-0.4", "ender3-0.4", "cr10-s5-0.4"} <= set(profiles)
    for profile in profiles.values():
        for material in ("pla", "rpla", "petg", "rpetg", "abs"):
            files = profile.config_files(material)
            assert all(f.is_file() for f in files)
            assert "PrusaSlicer-settings" in files[0].read_text(encoding="utf-8").splitlines()[0]


@requires_slicer
@pytest.mark.parametrize("profile_id", ["prusa-mk3s-0.4", "ender3-0.4"])
def test_time_and_filament_are_prusaslicers_own_header(tmp_path: Path, profile_id: str) -> None:
    vertices, faces = box(0, 0, 0, 20, 20, 10)
    gcode = tmp_path / "part.gcode"
    result = slice_mesh(vertices, faces, get_profile(profile_id), "pla", PLA_DENSITY, gcode_out=gcode)
    header = _header(gcode)
    assert result.print_seconds == _seconds(header["estimated printing time (normal mode)"])
    assert result.filament_mm == pytest.approx(float(header["filament used [mm]"]))
    assert result.filament_g == pytest.approx(float(header["filament used [g]"]))
    assert result.filament_g > 0, "grams need the filament density: it must be set per material"
    assert re.search(r"^; filament_density = 1\.24$", gcode.read_text(), re.MULTILINE)
    assert result.slicer.startswith("PrusaSlicer ")
    assert result.label() == f"from {result.slicer}, profile {profile_id}"
    assert result.layers == 50  # 10 mm at 0.2 mm
    # the part itself is what is left after the skirt: less than the total, more than zero
    assert 0 < result.part_g < result.filament_g


@requires_slicer
def test_supports_are_counted_for_an_overhang() -> None:
    pillar = box(15, 15, 0, 25, 25, 10)
    roof = box(0, 0, 10, 40, 40, 12)
    vertices, faces = merge(pillar, roof)
    result = slice_mesh(vertices, faces, get_profile("prusa-mk3s-0.4"), "petg", 1270.0)
    assert result.support_g > 0.2
    assert result.part_g < result.filament_g - result.support_g + 1e-9


@requires_slicer
def test_a_part_larger_than_the_bed_fails_with_prusaslicers_reason() -> None:
    vertices, faces = box(0, 0, 0, 300, 300, 5)
    with pytest.raises(SliceFailed, match="could not fit on the bed"):
        slice_mesh(vertices, faces, get_profile("ender3-0.4"), "pla", PLA_DENSITY)


@requires_slicer
def test_cache_is_per_geometry_and_profile(tmp_path: Path) -> None:
    cache = SliceCache(tmp_path / "slices")
    vertices, faces = box(0, 0, 0, 10, 10, 4)
    profile = get_profile("prusa-mk3s-0.4")
    first = cached_slice(vertices, faces, profile, "pla", PLA_DENSITY, cache)
    assert (cache.hits, cache.misses) == (0, 1)
    again = cached_slice(vertices, faces, profile, "pla", PLA_DENSITY, cache)
    assert again == first and cache.hits == 1
    # a fresh process (empty memory) reads the disk copy
    fresh = SliceCache(tmp_path / "slices")
    assert cached_slice(vertices, faces, profile, "pla", PLA_DENSITY, fresh) == first
    assert fresh.hits == 1
    taller = vertices.copy()
    taller[taller[:, 2] > 0, 2] = 6
    cached_slice(taller, faces, profile, "pla", PLA_DENSITY, cache)
    cached_slice(vertices, faces, get_profile("ender3-0.4"), "pla", PLA_DENSITY, cache)
    assert cache.misses == 3


def test_durations_parse_like_prusaslicer_writes_them() -> None:
    assert parse_duration("28m 57s") == 1737
    assert parse_duration("1d 2h 3m 4s") == 93784
    assert parse_duration("45s") == 45
    with pytest.raises(SliceFailed):
        parse_duration("soon")


def test_gcode_without_statistics_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.gcode"
    path.write_text("G1 X0 Y0 E1\n")
    with pytest.raises(SliceFailed, match="estimated printing time"):
        read_gcode_stats(path)


def test_extrusion_is_split_by_feature_type(tmp_path: Path) -> None:
    path = tmp_path / "x.gcode"
    path.write_text(
        "M83\n;TYPE:Skirt/Brim\nG1 X1 E1.5\n;TYPE:Perimeter\nG1 X2 E2\nG1 E-0.8\nG1 E0.8\n"
        ";TYPE:Support material\nG1 X3 E0.5\nM82\nG92 E0\n;TYPE:Perimeter\nG1 X4 E3\nG1 X5 E4\n"
        "; estimated printing time (normal mode) = 1m 5s\n; filament used [mm] = 10.3\n"
        "; filament used [cm3] = 0.02\n; filament used [g] = 0.03\n"
    )
    stats = read_gcode_stats(path)
    assert stats["by_type"] == pytest.approx({"Skirt/Brim": 1.5, "Perimeter": 6.0, "Support material": 0.5})
    assert stats["print_seconds"] == 65
