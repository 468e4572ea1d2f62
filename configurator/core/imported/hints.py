"""What an Open Know-How manifest says about how its parts are made, turned into the imported
model's default process and material.

A manifest may say it for the whole product or per part: OKH-LOSH's ``tsdc`` codes (``3DP``,
``CNC``), free-text ``manufacturing-process(es)`` / ``process``, and ``material(s)``. A hint is used
when it names a process Fabwise makes imported models by (FDM, SLA and SLS printing, CNC milling)
or a material of the catalogue (``resources/data/materials.csv``) made by one of them; the import
report says what was chosen and from which hint, and lists every hint it could not use, with the
reason. When the hints disagree (two parts name different processes), the defaults are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from configurator.sdk.materials import load_materials
from configurator.sdk.product import PROCESS_LABELS, Process

# The processes imported models are made by (a laser-cut or routed part needs a flat outline,
# which a mesh or solid brought from elsewhere does not state).
IMPORT_PROCESSES = (Process.FDM.value, Process.SLA.value, Process.SLS.value, Process.CNC_MILL.value)
PROCESS_KEYS = ("tsdc", "manufacturing-process", "manufacturing-processes", "process", "processes")
MATERIAL_KEYS = ("material", "materials")
# Words that name a process, checked in this order (SLS before laser cutting: "selective laser
# sintering" is not laser cutting).
PROCESS_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bsls\b|sinter|powder bed|\bmjf\b|multi ?jet fusion", Process.SLS.value),
    (r"\bm?sla\b|\bdlp\b|resin|stereolitho", Process.SLA.value),
    (r"\b3dp\b|3d[- ]?print|\bfdm\b|\bfff\b|fused (deposition|filament)|filament", Process.FDM.value),
    (r"laser[- ]?cut|\blasercut", Process.LASER.value),
    (r"rout(er|ing)", Process.CNC_ROUTER.value),
    (r"\bcnc\b|mill(ing)?\b|machin(ed|ing)", Process.CNC_MILL.value),
)
MATERIAL_ALIASES = {
    "aluminum": "aluminium",
    "nylon": "pa12",
    "pa 12": "pa12",
    "resin": "sla_resin",
    "stainless steel": "stainless_304",
    "plywood": "birch_plywood",
}


@dataclass
class HintChoice:
    """The defaults chosen from a manifest's hints, and why (in words)."""

    process: str | None = None
    material: str | None = None
    reasons: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "process": self.process,
            "material": self.material,
            "reasons": list(self.reasons),
            "unused": list(self.unused),
        }


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return [str(v) for v in value if isinstance(v, str) and v.strip()]
    return []


def process_of(text: str) -> str | None:
    lowered = text.lower()
    return next((process for pattern, process in PROCESS_WORDS if re.search(pattern, lowered)), None)


def material_of(text: str) -> str | None:
    """The catalogue material a hint names (id, name, or the name before its bracket)."""
    lowered = " ".join(text.lower().replace("_", " ").split())
    lowered = MATERIAL_ALIASES.get(lowered, lowered)
    for material in load_materials().values():
        names = {material.id, material.id.replace("_", " "), material.name.lower()}
        names.add(material.name.lower().split(" (")[0])
        if lowered in names:
            return material.id
    return None


def _where(part: str | None, key: str, text: str) -> str:
    return f"{'the manifest' if part is None else f'part {part!r}'} says {key} = {text!r}"


def choose_defaults(manifest: Mapping[str, Any], parts: Iterable[Mapping[str, Any]]) -> HintChoice:
    """The default process and material the manifest's hints support (see the module doc)."""
    choice = HintChoice()
    processes: dict[str, str] = {}  # process -> where it was said
    materials: dict[str, str] = {}
    sources: list[tuple[str | None, Mapping[str, Any]]] = [(None, manifest)]
    sources += [(str(p.get("name") or f"part {i + 1}"), p) for i, p in enumerate(parts)]
    for part, entry in sources:
        for key in PROCESS_KEYS:
            for text in _texts(entry.get(key)):
                where = _where(part, key, text)
                process = process_of(text)
                if process is None:
                    choice.unused.append(f"{where}: not a process Fabwise knows")
                elif process not in IMPORT_PROCESSES:
                    choice.unused.append(
                        f"{where}: {PROCESS_LABELS[process]} needs a flat outline, which an imported "
                        "model does not give; imported models are printed or CNC-milled"
                    )
                else:
                    processes.setdefault(process, where)
        for key in MATERIAL_KEYS:
            for text in _texts(entry.get(key)):
                where = _where(part, key, text)
                material = material_of(text)
                if material is None:
                    choice.unused.append(f"{where}: not a material in Fabwise's catalogue")
                elif not set(load_materials()[material].processes) & set(IMPORT_PROCESSES):
                    choice.unused.append(f"{where}: {material} is not printed or milled")
                else:
                    materials.setdefault(material, where)
    if len(processes) > 1:
        choice.unused.append(
            "the hints name several processes ("
            + ", ".join(PROCESS_LABELS[p] for p in processes)
            + "): the default process is kept; choose one per order"
        )
    elif processes:
        (process, where), *_ = processes.items()
        choice.process = process
        choice.reasons.append(f"process {PROCESS_LABELS[process]}, because {where}")
    if len(materials) > 1:
        choice.unused.append(
            f"the hints name several materials ({', '.join(materials)}): the default material is kept"
        )
    elif materials:
        (material, where), *_ = materials.items()
        made_by = load_materials()[material].processes
        if choice.process is not None and choice.process not in made_by:
            choice.unused.append(
                f"{where}, but {material} is not used for {PROCESS_LABELS[choice.process]}: "
                "the default material is kept"
            )
        else:
            choice.material = material
            choice.reasons.append(f"material {load_materials()[material].name}, because {where}")
    if choice.process is not None and choice.material is None:
        # the default material must suit the chosen process: the first catalogue material that does
        fitting = next(m.id for m in load_materials().values() if choice.process in m.processes)
        choice.material = fitting
        choice.reasons.append(
            f"material {load_materials()[fitting].name}: the first catalogue material made by "
            f"{PROCESS_LABELS[choice.process]}"
        )
    return choice
