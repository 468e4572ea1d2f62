"""Derive Fabwise's flattened printer profiles from PrusaSlicer vendor bundles.

A vendor bundle (an .ini from the PrusaSlicer-settings repository, AGPL-3.0) holds hundreds of
``[printer:…]``, ``[print:…]`` and ``[filament:…]`` presets that inherit from each other. Fabwise
ships a handful of flat, self-contained files instead (``resources/data/slicer/``), one per printer
class plus one per filament, each loadable with ``prusa-slicer --load``. This script resolves the
inheritance for the presets named in ``PROFILES`` and keeps only the keys the installed PrusaSlicer
knows (those it writes with ``--save``), so the result matches the slicer that will read it.

Usage (needs a checkout of the settings repository and prusa-slicer on PATH)::

    python tools/derive_printer_profiles.py SETTINGS_REPO_DIR [--out resources/data/slicer]

The files are data, not code; their header names the bundle, its version and the preset.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

#: profile id -> (bundle file under live/, printer preset, print preset, class, bed note)
PROFILES: dict[str, tuple[str, str, str, str]] = {
    "prusa-mk3s-0.4": (
        "PrusaResearch/1.5.9.ini",
        "Original Prusa i3 MK3S & MK3S+",
        "0.20mm QUALITY @MK3",
        "Prusa MK3S/MK4-class (250 x 210 x 210 mm, direct drive)",
    ),
    "ender3-0.4": (
        "Creality/0.2.4.ini",
        "Creality Ender-3 (0.4 mm nozzle)",
        "0.20 mm NORMAL (0.4 mm nozzle) @CREALITY",
        "Ender-3-class (220 x 220 x 250 mm, Bowden)",
    ),
    "cr10-s5-0.4": (
        "Creality/0.2.4.ini",
        "Creality CR-10 S5 (0.4 mm nozzle)",
        "0.20 mm NORMAL (0.4 mm nozzle) @CREALITY",
        "large-format (500 x 500 x 500 mm, Bowden)",
    ),
}
#: material id (resources/data/materials.csv) -> filament preset per bundle
FILAMENTS: dict[str, dict[str, str]] = {
    "PrusaResearch/1.5.9.ini": {"pla": "Generic PLA", "petg": "Generic PETG", "abs": "Generic ABS"},
    "Creality/0.2.4.ini": {
        "pla": "Generic PLA @CREALITY",
        "petg": "Generic PETG @CREALITY",
        "abs": "Generic ABS @CREALITY",
    },
}
#: Keys that only select presets or describe the bundle; never written.
SKIP_KEYS = {
    "inherits",
    "renamed_from",
    "compatible_printers",
    "compatible_printers_condition",
    "compatible_prints",
    "compatible_prints_condition",
    "alias",
    "host_type",
    "thumbnails",
}


def parse_bundle(text: str) -> dict[str, dict[str, str]]:
    """``{"printer:Name": {key: value}}`` for every section of a vendor bundle."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        if current is not None and "=" in line:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
    return sections


def resolve(
    sections: dict[str, dict[str, str]], kind: str, name: str, seen: tuple[str, ...] = ()
) -> dict[str, str]:
    """The preset's values with its parents applied first (left to right), then its own."""
    section = f"{kind}:{name}"
    if section not in sections:
        raise SystemExit(f"no [{section}] in the bundle")
    if section in seen:
        raise SystemExit(f"inheritance loop at [{section}]")
    own = sections[section]
    merged: dict[str, str] = {}
    parents = [p.strip().strip('"') for p in own.get("inherits", "").split(";") if p.strip()]
    for parent in parents:
        merged.update(resolve(sections, kind, parent, (*seen, section)))
    merged.update(own)
    return merged


def slicer_keys() -> tuple[str, dict[str, str]]:
    """The installed PrusaSlicer's version line and its default config (key -> value)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "defaults.ini"
        subprocess.run(["prusa-slicer", "--save", str(out)], check=True, capture_output=True)
        first = out.read_text().splitlines()[0]
        match = re.search(r"PrusaSlicer[- ]([0-9][0-9.]*)", first)
        version = f"PrusaSlicer {match.group(1)}" if match else "the installed PrusaSlicer"
        return version, dict(parse_bundle("[x]\n" + out.read_text())["x"])


def write(path: Path, header: list[str], values: dict[str, str]) -> None:
    lines = [f"# {line}" for line in header] + [f"{k} = {values[k]}" for k in sorted(values)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("settings_repo", type=Path)
    parser.add_argument("--commit", default="", help="commit of the settings repository, for the header")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources/data/slicer"
    )
    args = parser.parse_args(argv)
    version, defaults = slicer_keys()
    args.out.mkdir(parents=True, exist_ok=True)
    source = "github prusa3d/PrusaSlicer-settings" + (f" (commit {args.commit})" if args.commit else "")
    for profile_id, (bundle, printer, print_preset, _class) in PROFILES.items():
        sections = parse_bundle((args.settings_repo / "live" / bundle).read_text(encoding="utf-8"))
        values = resolve(sections, "printer", printer) | resolve(sections, "print", print_preset)
        kept = {
            k: v
            for k, v in values.items()
            if k in defaults and k not in SKIP_KEYS and not k.startswith("filament_")
        }
        write(
            args.out / f"{profile_id}.ini",
            [
                f"Fabwise printer profile '{profile_id}', flattened from {source} live/{bundle}:",
                f"[printer:{printer}] + [print:{print_preset}], inheritance resolved;",
                f"only keys known to {version} kept. Licence: AGPL-3.0 (as the bundle).",
            ],
            kept,
        )
        for material, filament in FILAMENTS[bundle].items():
            fvalues = resolve(sections, "filament", filament)
            fkept = {
                k: v
                for k, v in fvalues.items()
                if k in defaults and k not in SKIP_KEYS and k not in kept and k != "filament_settings_id"
            }
            write(
                args.out / f"{profile_id}.{material}.ini",
                [
                    f"Filament for Fabwise profile '{profile_id}', material '{material}', flattened from",
                    f"{source} live/{bundle}: [filament:{filament}], inheritance resolved;",
                    f"only keys known to {version} kept. Licence: AGPL-3.0 (as the bundle).",
                    "filament_density is set by Fabwise from resources/data/materials.csv at slice time.",
                ],
                fkept,
            )
        print(f"{profile_id}: {len(kept)} keys; filaments {', '.join(FILAMENTS[bundle])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
