"""``bom.csv``: every manufactured part and every bought item, with quantities for the order."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from configurator.core.csv_cells import neutralise_cell
from configurator.sdk.product import PRINT_PROCESSES

COLUMNS = (
    "item",
    "kind",
    "name",
    "quantity_per_product",
    "quantity",
    "material",
    "process",
    "spec",
    "standard",
    "mass_g_each",
    "files",
    "notes",
)


class _SafeWriter:
    """A csv writer whose text cells cannot run as spreadsheet formulas (names come from
    templates, which may be someone else's)."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow([neutralise_cell(cell) for cell in row])


def bom_csv(parts: Sequence[Mapping[str, Any]], hardware: Sequence[Mapping[str, Any]]) -> str:
    """CSV text; ``parts`` and ``hardware`` are the manifest's entries."""
    buffer = io.StringIO()
    writer = _SafeWriter(csv.writer(buffer, lineterminator="\n"))
    writer.writerow(COLUMNS)
    item = 0
    for part in parts:
        item += 1
        notes = "spare/wear part" if part.get("spare") else ""
        if part.get("sheet_thickness_mm"):
            notes = "; ".join(filter(None, [notes, f"cut from {part['sheet_thickness_mm']:g} mm sheet"]))
        # Solid mass is the real mass of a cut or milled part; a printed part's depends on infill.
        mass = None if part["process"] in PRINT_PROCESSES else part.get("solid_mass_g")
        writer.writerow(
            [
                item,
                "part",
                part["name"],
                part["quantity_per_product"],
                part["quantity"],
                part["material"],
                part["process"],
                "",
                "",
                "" if mass is None else f"{mass:.2f}",
                " ".join(part["files"]),
                notes,
            ]
        )
    for entry in hardware:
        item += 1
        mass = entry.get("mass_g")
        writer.writerow(
            [
                item,
                "hardware",
                entry["name"],
                entry["quantity_per_product"],
                entry["quantity"],
                entry.get("material") or "",
                "",
                entry["spec"],
                entry.get("standard") or "",
                "" if mass is None else f"{mass:.2f}",
                "",
                "buy",
            ]
        )
    return buffer.getvalue()
