"""``okh.toml``: the package described in Open Know-How form (OKH-LOSH v1.0 field names).

Only fields that apply and that we actually know are written: no placeholder repo, licence or
readiness levels. Parts list their source (STEP) and exports, outer dimensions and mass.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

OKH_VERSION = "OKH-LOSHv1.0"
# OKH-LOSH "technology-specific documentation criteria" that apply to our processes.
TSDC = {"fdm": "3DP", "sla": "3DP", "sls": "3DP"}

TomlValue = str | int | float | bool | list[str]


def _string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return '"' + "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in escaped) + '"'


def _value(value: TomlValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("TOML cannot hold a non-finite number here")
        return repr(round(value, 6))
    if isinstance(value, list):
        return "[" + ", ".join(_string(v) for v in value) + "]"
    return _string(value)


def _key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() else _string(key)


def _lines(table: Mapping[str, TomlValue]) -> list[str]:
    return [f"{_key(k)} = {_value(v)}" for k, v in table.items()]


def _cube(size: Sequence[float]) -> dict[str, TomlValue]:
    dims = ",".join(f"{v:.2f}".rstrip("0").rstrip(".") for v in size)
    return {"openSCAD": f"cube(size = [{dims}])", "unit": "mm"}


def okh_toml(
    *,
    name: str,
    version: str,
    function: str,
    licensor: str,
    license_id: str,
    assembled_size_mm: Sequence[float],
    total_mass_g: float | None,
    parts: Sequence[Mapping[str, Any]],
    bom: str,
    image: str,
    manufacturing_note: str,
) -> str:
    """The okh.toml text. ``parts`` items: name, process, source, export, bbox_mm, mass_g."""
    head: dict[str, TomlValue] = {"okhv": OKH_VERSION, "name": name, "version": version}
    if license_id:
        head["license"] = license_id
    if licensor:
        head["licensor"] = licensor
    head.update(
        {
            "image": image,
            "documentation-language": "en",
            "function": function,
            "bom": bom,
            "manufacturing-instructions": manufacturing_note,
        }
    )
    lines = [
        "# Open Know-How manifest written by fabwise; field names from OKH-LOSH v1.0.",
        *_lines(head),
        "",
        "[outer-dimensions]",
        *_lines(_cube(assembled_size_mm)),
    ]
    if total_mass_g is not None:
        lines += ["", "[mass]", *_lines({"value": round(total_mass_g, 2), "unit": "g"})]
    for part in parts:
        entry: dict[str, TomlValue] = {"name": part["name"]}
        tsdc = TSDC.get(part["process"])
        if tsdc:
            entry["tsdc"] = tsdc
        entry["source"] = part["source"]
        entry["export"] = list(part["export"])
        lines += [
            "",
            "[[part]]",
            *_lines(entry),
            "",
            "[part.outer-dimensions]",
            *_lines(_cube(part["bbox_mm"])),
        ]
        if part.get("mass_g") is not None:
            lines += ["", "[part.mass]", *_lines({"value": round(part["mass_g"], 2), "unit": "g"})]
    return "\n".join(lines) + "\n"
