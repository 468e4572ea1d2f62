"""The material catalogue (``resources/data/materials.csv``): names, densities, processes, colours.

Densities come with their source and status so a mass shown to a user can be traced. Eco factors
live apart, with the eco rules.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from configurator.sdk import i18n
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import QT_TRANSLATE_NOOP
from configurator.sdk.resources import data_path

# The names in materials.csv, listed for the translators (the file stays English, and `name` is
# what data files and exports carry; a test checks this list against the file). A person reads
# `Material.label`.
MATERIAL_NAMES = (
    QT_TRANSLATE_NOOP("materials", "PLA"),
    QT_TRANSLATE_NOOP("materials", "Recycled PLA"),
    QT_TRANSLATE_NOOP("materials", "PETG"),
    QT_TRANSLATE_NOOP("materials", "Recycled PETG"),
    QT_TRANSLATE_NOOP("materials", "ABS"),
    QT_TRANSLATE_NOOP("materials", "PA12 (SLS)"),
    QT_TRANSLATE_NOOP("materials", "SLA resin (standard photopolymer)"),
    QT_TRANSLATE_NOOP("materials", "Birch plywood"),
    QT_TRANSLATE_NOOP("materials", "MDF"),
    QT_TRANSLATE_NOOP("materials", "Acrylic (PMMA) sheet"),
    QT_TRANSLATE_NOOP("materials", "Aluminium (primary)"),
    QT_TRANSLATE_NOOP("materials", "Aluminium (recycled)"),
    QT_TRANSLATE_NOOP("materials", "Steel (primary)"),
    QT_TRANSLATE_NOOP("materials", "Steel (recycled)"),
    QT_TRANSLATE_NOOP("materials", "Stainless steel 304"),
    QT_TRANSLATE_NOOP("materials", "Pine (Scots pine board)"),
)


@dataclass(frozen=True)
class Material:
    id: str
    name: str
    family: str
    processes: tuple[str, ...]
    form: str
    density_kg_m3: float
    density_low: float | None
    density_high: float | None
    density_source: str
    density_status: str
    recycled_content: float
    bio_based: bool
    recyclable: str
    color: str
    notes: str

    @property
    def label(self) -> str:
        """The name a person reads, in the current language ("Contreplaqué de bouleau")."""
        return i18n.translate("materials", self.name)

    def mass_g(self, volume_mm3: float) -> float:
        """Mass in grams of ``volume_mm3`` of solid material."""
        return volume_mm3 * 1e-9 * self.density_kg_m3 * 1000.0


def _optional_float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _parse_row(row: dict[str, str], path: Path, line: int) -> Material:
    try:
        return Material(
            id=row["id"].strip(),
            name=row["name"].strip(),
            family=row["family"].strip(),
            processes=tuple(row["processes"].split()),
            form=row["form"].strip(),
            density_kg_m3=float(row["density_kg_m3"]),
            density_low=_optional_float(row.get("density_low", "")),
            density_high=_optional_float(row.get("density_high", "")),
            density_source=row.get("density_source", "").strip(),
            density_status=row.get("density_status", "").strip(),
            recycled_content=float(row.get("recycled_content") or 0.0),
            bio_based=row.get("bio_based", "").strip().lower() == "yes",
            recyclable=row.get("recyclable", "").strip(),
            color=row.get("color", "").strip() or "#b0b0b0",
            notes=row.get("notes", "").strip(),
        )
    except (KeyError, ValueError) as exc:
        raise FabwiseError(f"{path}:{line}: bad material row ({exc})") from exc


@lru_cache(maxsize=4)
def load_materials(path: Path | None = None) -> dict[str, Material]:
    """All materials by id. Raises FabwiseError naming the file and line of a bad row."""
    source = path or data_path("materials.csv")
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        materials = {}
        for line, row in enumerate(reader, start=2):
            material = _parse_row(row, source, line)
            materials[material.id] = material
    return materials


def get_material(material_id: str) -> Material:
    materials = load_materials()
    try:
        return materials[material_id]
    except KeyError:
        raise FabwiseError(
            f"unknown material '{material_id}'", hint=f"known: {', '.join(sorted(materials))}"
        ) from None
