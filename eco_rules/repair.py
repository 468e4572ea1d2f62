"""Repairability on 0-10, computed from the product's joints, hardware, spare parts and documentation.

The weights and levels are data (``rules/repairability.toml``), loaded and checked once. The score
follows the structure of the French repairability index (criteria x coefficients, renormalised) with
EU 2023/1669 levels 1-5 mapped to 0-10.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from configurator.sdk.results import BuildResult, JointInfo, PartResult
from eco_rules.report import Repairability, RepairCriterion
from eco_rules.rules import RuleFileError

CRITERIA = (
    "documentation", "disassembly_depth", "tools", "fasteners", "spare_availability", "spare_price",
)


def level_to_score(level: float) -> float:
    """EU level 1..5 to 0..10."""
    return (level - 1.0) * 2.5


@dataclass(frozen=True)
class RepairMethod:
    file: str
    structure_source: str
    level_source: str
    mapping_note: str
    criteria: tuple[tuple[str, str, float, str], ...]  # id, label, coefficient, source
    depth_bands: tuple[tuple[int, int], ...]
    depth_above: int
    fastener_levels: dict[str, int]
    tool_levels: dict[str, int]
    basic_words: tuple[str, ...]
    proprietary_words: tuple[str, ...]
    doc_with_package: int
    doc_without: int


def _level(value: Any, where: str) -> int:
    if not isinstance(value, int) or not 1 <= value <= 5:
        raise RuleFileError(f"{where}: a level must be a whole number 1-5, got {value!r}")
    return value


def load_repair_method(path: Path) -> RepairMethod:
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(f"{name}: cannot read repairability rules: {exc}") from None
    try:
        method = data["method"]
        criteria = []
        for entry in data["criterion"]:
            ident = entry["id"]
            if ident not in CRITERIA:
                raise RuleFileError(f"{name}: criterion '{ident}': unknown (known: {', '.join(CRITERIA)})")
            coefficient = entry["coefficient"]
            if not isinstance(coefficient, int | float) or coefficient <= 0:
                raise RuleFileError(f"{name}: criterion '{ident}': coefficient must be > 0")
            criteria.append((ident, str(entry["label"]), float(coefficient), str(entry["source"])))
        missing = set(CRITERIA) - {c[0] for c in criteria}
        if missing:
            raise RuleFileError(f"{name}: missing criterion/criteria {', '.join(sorted(missing))}")
        bands = tuple(
            (int(limit), _level(level, f"{name}: depth band {limit}"))
            for limit, level in data["depth"]["bands"]
        )
        fasteners = {k: _level(v, f"{name}: fastener '{k}'") for k, v in data["fasteners"].items()}
        for required in ("not_reversible", "unknown"):
            if required not in fasteners:
                raise RuleFileError(f"{name}: [fasteners] needs '{required}'")
        tools = data["tools"]
        tool_levels = {k: _level(tools[k], f"{name}: tool '{k}'")
                       for k in ("none", "basic", "specific", "proprietary")}
        return RepairMethod(
            file=name,
            structure_source=str(method["structure_source"]),
            level_source=str(method["level_source"]),
            mapping_note=str(method["mapping_note"]),
            criteria=tuple(criteria),
            depth_bands=bands,
            depth_above=_level(data["depth"]["above"], f"{name}: depth above"),
            fastener_levels=fasteners,
            tool_levels=tool_levels,
            basic_words=tuple(str(w).lower() for w in tools["basic_words"]),
            proprietary_words=tuple(str(w).lower() for w in tools["proprietary_words"]),
            doc_with_package=_level(data["documentation"]["with_package"], f"{name}: documentation"),
            doc_without=_level(data["documentation"]["without"], f"{name}: documentation"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleFileError(f"{name}: malformed repairability rules ({exc!r})") from None


def _relevant_parts(build: BuildResult) -> tuple[tuple[PartResult, ...], str]:
    spares = tuple(p for p in build.parts if p.spare)
    if spares:
        return spares, "the wear/spare parts"
    return build.parts, "all parts (no part is marked as a wear/spare part)"


def _joints_of(part: str, joints: tuple[JointInfo, ...]) -> list[JointInfo]:
    return [j for j in joints if part in j.parts]


def _tool_level(tool: str | None, method: RepairMethod) -> tuple[int, str]:
    if not tool:
        return method.tool_levels["none"], "no tool"
    lowered = tool.lower()
    if any(word in lowered for word in method.proprietary_words):
        return method.tool_levels["proprietary"], f"proprietary tool ({tool})"
    if any(word in lowered for word in method.basic_words):
        return method.tool_levels["basic"], f"basic tool ({tool})"
    return method.tool_levels["specific"], f"specific tool ({tool})"


def _fastener_level(joint: JointInfo, method: RepairMethod) -> int:
    """A joint the template marks as not reversible cannot be undone without damage: level 1."""
    if not joint.reversible:
        return method.fastener_levels["not_reversible"]
    return method.fastener_levels.get(joint.kind, method.fastener_levels["unknown"])


def score_repairability(
    build: BuildResult, part_mass_kg: dict[str, float], method: RepairMethod, documentation: bool = True
) -> Repairability:
    relevant, which = _relevant_parts(build)
    subscores: dict[str, tuple[float, str]] = {}

    level = method.doc_with_package if documentation else method.doc_without
    subscores["documentation"] = (
        level_to_score(level),
        "production package with bill of materials, STEP/DXF files and joint list"
        if documentation else "no documentation supplied",
    )

    depth = max((len(_joints_of(p.name, build.joints)) for p in relevant), default=0)
    depth_level = next((lvl for limit, lvl in method.depth_bands if depth <= limit), method.depth_above)
    subscores["disassembly_depth"] = (
        level_to_score(depth_level),
        f"{depth} joint step(s) to free {which} (EU level {depth_level})",
    )

    tool_levels = [
        _tool_level(j.tool, method)
        for p in relevant for j in _joints_of(p.name, build.joints) if j.reversible
    ]
    worst_tool = min(tool_levels, default=(method.tool_levels["none"], "no tool"))
    subscores["tools"] = (
        level_to_score(worst_tool[0]), f"worst case: {worst_tool[1]} (EU level {worst_tool[0]})"
    )

    total_count = sum(max(j.count, 1) for j in build.joints)
    if total_count:
        weighted = sum(_fastener_level(j, method) * max(j.count, 1) for j in build.joints)
        mean_level = weighted / total_count
        kinds = ", ".join(sorted(
            {j.kind if j.reversible else f"{j.kind} (not reversible)" for j in build.joints}
        ))
        basis = f"count-weighted over {total_count} joint(s): {kinds} (mean EU level {mean_level:.2f})"
    else:
        mean_level, basis = 5.0, "single piece: no fasteners to undo (EU level 5)"
    subscores["fasteners"] = (level_to_score(mean_level), basis)

    standard_hw = [h for h in build.hardware if h.standard]
    makeable = len(relevant)
    available = makeable + len(standard_hw)
    total = makeable + len(build.hardware)
    share = available / total if total else 1.0
    printable = sum(1 for p in relevant if p.spare)
    subscores["spare_availability"] = (
        10.0 * share,
        f"{makeable} part(s) can be re-made from the package at any capable facility "
        f"({printable} marked as spare), {len(standard_hw)} of {len(build.hardware)} hardware item(s) "
        "are standard parts",
    )

    total_mass = sum(part_mass_kg.get(p.name, 0.0) * p.quantity for p in build.parts)
    largest = max((part_mass_kg.get(p.name, 0.0) for p in relevant), default=0.0)
    ratio = largest / total_mass if total_mass > 0 else 1.0
    single_piece = len(build.parts) == 1 and build.parts[0].quantity == 1
    subscores["spare_price"] = (
        10.0 * (1.0 - min(ratio, 1.0)),
        "not applicable: a one-part product is its own spare part" if single_piece
        else f"largest repair-relevant part is {ratio:.0%} of the product's mass (price proxy)",
    )

    criteria = tuple(
        RepairCriterion(ident, label, coefficient, subscores[ident][0], subscores[ident][1], source,
                        applicable=not (ident == "spare_price" and single_piece))
        for ident, label, coefficient, source in method.criteria
    )
    counted = [c for c in criteria if c.applicable]
    weight = sum(c.coefficient for c in counted)
    score = sum(c.coefficient * c.score for c in counted) / weight
    notes = (
        f"Structure: {method.structure_source}.",
        f"Levels: {method.level_source}.",
        method.mapping_note,
        "Criterion 5 (product-specific) of the French index does not apply and is left out.",
    )
    return Repairability(round(score, 4), criteria, f"{method.file}", notes)
