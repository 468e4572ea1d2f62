"""Fabwise repairability (after EU 2023/1669), not an official index.

Scored from the product's own joints, hardware, declared spare parts and the documents its package
really contains. The structure and weights are those of Commission Delegated Regulation (EU)
2023/1669, Annex IV (R = 0.25 SDD + 0.15 SF + 0.15 ST + 0.15 SSP + 0.15 SSU + 0.15 SRI, each 1-5),
with SSU (software updates) left out and the weights renormalised. The per-level mappings are ours
and data (``rules/repairability.toml``); every report says so.

Rules that matter for honesty:
- glued or welded parts are one piece for disassembly: a priority part joined that way to another
  part cannot be removed without damage (depth, fasteners and tools all score 1);
- a spare part is "available" only when the template declares the part a spare (it is then exported
  on its own and any capable workshop can remake it); nothing else is assumed available;
- repair information scores only what the package contains (a repair sheet, a bill of materials,
  part files);
- there is no price criterion and no mass proxy for one.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from configurator.sdk.results import BuildResult, JointInfo, PartResult
from eco_rules.report import Repairability, RepairCriterion
from eco_rules.rules import RuleFileError

CRITERIA = ("disassembly_depth", "fasteners", "tools", "spare_parts", "repair_information")
PERMANENT_KINDS = frozenset({"glue", "weld"})
DOCUMENT_KINDS = frozenset({"repair_sheet", "bom", "cad"})
# What a Fabwise production package contains today: a bill of materials (bom.csv) and the part
# files (STEP, DXF, STL/3MF). It carries no disassembly or repair sheet.
PACKAGE_DOCUMENTS = frozenset({"bom", "cad"})
DOCUMENT_NAMES = {
    "repair_sheet": "repair/disassembly sheet",
    "bom": "bill of materials",
    "cad": "part files (STEP/DXF/STL)",
}


@dataclass(frozen=True)
class RepairMethod:
    file: str
    label: str
    scale_max: float
    structure_source: str
    mapping_note: str
    left_out: str
    criteria: tuple[tuple[str, str, float, str], ...]  # id, label, weight, source
    depth_bands: tuple[tuple[int, int], ...]
    depth_above: int
    depth_not_separable: int
    fastener_levels: dict[str, int]
    tool_levels: dict[str, int]
    basic_words: tuple[str, ...]
    proprietary_words: tuple[str, ...]
    spare_levels: dict[str, int]
    info_levels: dict[str, int]


def _level(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise RuleFileError(f"{where}: a level must be a whole number 1-5, got {value!r}")
    return value


def _levels(table: dict[str, Any], keys: Iterable[str], where: str) -> dict[str, int]:
    return {k: _level(table[k], f"{where} '{k}'") for k in keys}


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
            weight = entry["weight"]
            if not isinstance(weight, int | float) or isinstance(weight, bool) or weight <= 0:
                raise RuleFileError(f"{name}: criterion '{ident}': weight must be > 0")
            criteria.append((ident, str(entry["label"]), float(weight), str(entry["source"])))
        missing = set(CRITERIA) - {c[0] for c in criteria}
        if missing:
            raise RuleFileError(f"{name}: missing criterion/criteria {', '.join(sorted(missing))}")
        depth = data["depth"]
        bands = tuple(
            (int(limit), _level(level, f"{name}: depth band {limit}")) for limit, level in depth["bands"]
        )
        fasteners = {k: _level(v, f"{name}: fastener '{k}'") for k, v in data["fasteners"].items()}
        if "unknown" not in fasteners:
            raise RuleFileError(f"{name}: [fasteners] needs 'unknown'")
        tools = data["tools"]
        return RepairMethod(
            file=name,
            label=str(method["label"]),
            scale_max=float(method["scale_max"]),
            structure_source=str(method["structure_source"]),
            mapping_note=str(method["mapping_note"]),
            left_out=str(method["left_out"]),
            criteria=tuple(criteria),
            depth_bands=bands,
            depth_above=_level(depth["above"], f"{name}: depth above"),
            depth_not_separable=_level(depth["not_separable"], f"{name}: depth not_separable"),
            fastener_levels=fasteners,
            tool_levels=_levels(
                tools, ("none", "basic", "specific", "proprietary", "destructive"), f"{name}: tool"
            ),
            basic_words=tuple(str(w).lower() for w in tools["basic_words"]),
            proprietary_words=tuple(str(w).lower() for w in tools["proprietary_words"]),
            spare_levels=_levels(
                data["spare_parts"],
                ("declared", "declared_nonstandard_hardware", "not_declared"),
                f"{name}: spare parts",
            ),
            info_levels=_levels(
                data["repair_information"],
                ("repair_sheet_bom_cad", "bom_cad", "one_of_them", "none"),
                f"{name}: repair information",
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleFileError(f"{name}: malformed repairability rules ({exc!r})") from None


def permanent_groups(build: BuildResult) -> dict[str, frozenset[str]]:
    """Each part name -> the set of parts it is glued or welded to (itself included)."""
    parent = {p.name: p.name for p in build.parts}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for joint in build.joints:
        if joint.kind in PERMANENT_KINDS or not joint.reversible:
            names = [n for n in joint.parts if n in parent]
            for other in names[1:]:
                parent[find(other)] = find(names[0])
    groups: dict[str, set[str]] = {}
    for name in parent:
        groups.setdefault(find(name), set()).add(name)
    return {name: frozenset(groups[find(name)]) for name in parent}


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
    return method.fastener_levels.get(joint.kind, method.fastener_levels["unknown"])


@dataclass(frozen=True)
class _PartScore:
    part: str
    levels: dict[str, int]
    reasons: dict[str, str]


def _score_part(
    part: PartResult, build: BuildResult, groups: dict[str, frozenset[str]], method: RepairMethod
) -> _PartScore:
    levels: dict[str, int] = {}
    reasons: dict[str, str] = {}
    group = groups.get(part.name, frozenset({part.name}))
    joints = [j for j in build.joints if part.name in j.parts]
    if len(group) > 1:
        others = ", ".join(sorted(group - {part.name}))
        how = "/".join(sorted({j.kind for j in joints if j.kind in PERMANENT_KINDS or not j.reversible}))
        levels["disassembly_depth"] = method.depth_not_separable
        reasons["disassembly_depth"] = (
            f"{part.name}: {how or 'permanently'} joined to {others}, cannot be removed without damage"
        )
        levels["fasteners"] = method.fastener_levels.get("glue", 1)
        reasons["fasteners"] = f"{part.name}: {how or 'permanent'} joint, neither removable nor reusable"
        levels["tools"] = method.tool_levels["destructive"]
        reasons["tools"] = f"{part.name}: separation would be destructive"
    else:
        steps = len(joints)
        depth = next((lvl for limit, lvl in method.depth_bands if steps <= limit), method.depth_above)
        levels["disassembly_depth"] = depth
        reasons["disassembly_depth"] = f"{part.name}: {steps} joint(s) to undo"
        if joints:
            worst = min(joints, key=lambda j: _fastener_level(j, method))
            levels["fasteners"] = _fastener_level(worst, method)
            reasons["fasteners"] = f"{part.name}: weakest fastener {worst.kind.replace('_', ' ')}"
            tool = min((_tool_level(j.tool, method) for j in joints), key=lambda t: t[0])
            levels["tools"], reasons["tools"] = tool[0], f"{part.name}: {tool[1]}"
        else:
            levels["fasteners"], reasons["fasteners"] = 5, f"{part.name}: nothing fastens it"
            levels["tools"], reasons["tools"] = method.tool_levels["none"], f"{part.name}: no tool"
    if part.spare:
        by_name = {h.name: h for h in build.hardware}
        odd = [
            j.hardware
            for j in joints
            if j.hardware and j.hardware in by_name and not by_name[j.hardware].standard
        ]
        if odd:
            levels["spare_parts"] = method.spare_levels["declared_nonstandard_hardware"]
            reasons["spare_parts"] = (
                f"{part.name}: declared spare, held by non-standard hardware ({', '.join(sorted(set(odd)))})"
            )
        else:
            levels["spare_parts"] = method.spare_levels["declared"]
            reasons["spare_parts"] = f"{part.name}: declared spare, exported on its own"
    else:
        levels["spare_parts"] = method.spare_levels["not_declared"]
        reasons["spare_parts"] = f"{part.name}: not declared as a spare part"
    return _PartScore(part.name, levels, reasons)


def _information(documents: frozenset[str], method: RepairMethod) -> tuple[int, str]:
    unknown = documents - DOCUMENT_KINDS
    if unknown:
        raise ValueError(f"unknown document kind(s) {', '.join(sorted(unknown))}")
    present = ", ".join(DOCUMENT_NAMES[d] for d in sorted(documents)) or "no documents"
    if {"repair_sheet", "bom", "cad"} <= documents:
        return method.info_levels["repair_sheet_bom_cad"], f"package contains {present}"
    if {"bom", "cad"} <= documents:
        return method.info_levels["bom_cad"], f"package contains {present}; no repair sheet"
    if documents:
        return method.info_levels["one_of_them"], f"package contains only {present}"
    return method.info_levels["none"], "no documentation supplied"


def score_repairability(
    build: BuildResult,
    method: RepairMethod,
    documents: Iterable[str] = PACKAGE_DOCUMENTS,
) -> Repairability:
    declared = tuple(p for p in build.parts if p.spare)
    priority = declared or build.parts
    which = "the declared spare part(s)" if declared else "every part (the template declares no spare part)"
    groups = permanent_groups(build)
    scores = [_score_part(p, build, groups, method) for p in priority]
    info_level, info_reason = _information(frozenset(documents), method)
    criteria = []
    for ident, label, weight, source in method.criteria:
        if ident == "repair_information":
            level, basis = float(info_level), info_reason
        elif scores:
            level = sum(s.levels[ident] for s in scores) / len(scores)
            basis = "; ".join(s.reasons[ident] for s in scores)
            if len(scores) > 1:
                basis = f"mean over {which}: {basis}"
        else:
            level, basis = 5.0, "no parts"
        criteria.append(RepairCriterion(ident, label, weight, level, basis, source))
    total_weight = sum(c.coefficient for c in criteria)
    score = sum(c.coefficient * c.score for c in criteria) / total_weight
    notes = (
        f"{method.label}.",
        f"Structure and weights: {method.structure_source}.",
        method.left_out,
        method.mapping_note,
        f"Priority parts: {which}.",
    )
    return Repairability(
        round(score, 4), tuple(criteria), method.file, notes, scale_max=method.scale_max, label=method.label
    )
