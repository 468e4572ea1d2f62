"""Printer profiles shipped with Fabwise (``resources/data/slicer/``).

Each profile is one flat PrusaSlicer config (printer + print settings) plus one filament config per
filament family, derived from PrusaSlicer's vendor bundles by ``tools/derive_printer_profiles.py``
(see ``resources/data/slicer/README.md`` for sources and licence). A facility's FDM machine names
its profile by id; the slicer loads ``<id>.ini``, ``<id>.<filament>.ini`` and Fabwise's overrides.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from configurator.sdk.errors import FabwiseError
from configurator.sdk.resources import data_path

SLICER_DIR = ("slicer",)
OVERRIDES_FILE = "fabwise-overrides.ini"


class UnknownProfile(FabwiseError):
    """A facility or command names a printer profile Fabwise does not ship."""


@dataclass(frozen=True)
class PrinterProfile:
    id: str
    name: str
    machine_class: str
    bed_mm: tuple[float, float, float]
    nozzle_mm: float
    bundle: str
    printer_preset: str
    print_preset: str

    @property
    def folder(self) -> Path:
        return data_path(*SLICER_DIR)

    def config_files(self, material: str) -> tuple[Path, ...]:
        """The files to ``--load``, in order: printer+print, filament, Fabwise's overrides."""
        filament = filament_for(material)
        if filament is None:
            raise UnknownProfile(
                f"no filament settings for material '{material}' in printer profile '{self.id}'",
                hint=f"FDM materials with filament settings: {', '.join(sorted(_filaments()))}",
            )
        files = (
            self.folder / f"{self.id}.ini",
            self.folder / f"{self.id}.{filament}.ini",
            self.folder / OVERRIDES_FILE,
        )
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            raise UnknownProfile(
                f"printer profile '{self.id}' is incomplete: missing {', '.join(missing)}",
                hint="reinstall Fabwise; its resources/data/slicer folder is damaged",
            )
        return files

    def describe(self) -> str:
        return f"{self.id} ({self.machine_class}: {self.name})"


@lru_cache(maxsize=1)
def _filaments() -> dict[str, str]:
    with data_path(*SLICER_DIR, "filaments.csv").open(encoding="utf-8", newline="") as handle:
        return {row["material"]: row["filament"] for row in csv.DictReader(handle)}


def filament_for(material: str) -> str | None:
    """The filament family whose settings print ``material`` (e.g. rpla -> pla), if any."""
    return _filaments().get(material)


@lru_cache(maxsize=1)
def load_profiles() -> dict[str, PrinterProfile]:
    """Every shipped profile by id, in file order."""
    profiles: dict[str, PrinterProfile] = {}
    with data_path(*SLICER_DIR, "profiles.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            profiles[row["id"]] = PrinterProfile(
                id=row["id"],
                name=row["name"],
                machine_class=row["machine_class"],
                bed_mm=(float(row["bed_x_mm"]), float(row["bed_y_mm"]), float(row["height_mm"])),
                nozzle_mm=float(row["nozzle_mm"]),
                bundle=row["bundle"],
                printer_preset=row["printer_preset"],
                print_preset=row["print_preset"],
            )
    return profiles


def get_profile(profile_id: str) -> PrinterProfile:
    profiles = load_profiles()
    profile = profiles.get(profile_id)
    if profile is None:
        raise UnknownProfile(
            f"unknown printer profile '{profile_id}'", hint=f"shipped profiles: {', '.join(profiles)}"
        )
    return profile


#: The profile used when a facility's printer names none: the most common class in fab labs
#: (the Fab Foundation's typical inventory lists a Prusa i3-class printer).
DEFAULT_PROFILE = "prusa-mk3s-0.4"
