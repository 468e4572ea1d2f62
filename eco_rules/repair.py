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

from configurator.sdk import i18n
from configurator.sdk.i18n import QT_TRANSLATE_NOOP, part_name, translate
from configurator.sdk.results import BuildResult, JointInfo, PartResult
from eco_rules.report import Repairability, RepairCriterion
from eco_rules.rules import RuleFileError

CRITERIA = ("disassembly_depth", "fasteners", "tools", "spare_parts", "repair_information")
PERMANENT_KINDS = frozenset({"glue", "weld"})
DOCUMENT_KINDS = frozenset({"repair_sheet", "bom", "cad"})
# What a Fabwise production package contains today: a bill of materials (bom.csv) and the part
# files (STEP, DXF, STL/3MF). It carries no disassembly or repair sheet.
PACKAGE_DOCUMENTS = frozenset({"bom", "cad"})
# The consumer texts of rules/repairability.toml, listed for the translators (the file stays
# English; a test checks this list against it). Shown through _rule_text.
RULE_FILE_TEXTS = (
    QT_TRANSLATE_NOOP("repairability", "Fabwise repairability (after EU 2023/1669), not an official index"),
    QT_TRANSLATE_NOOP(
        "repairability",
        "Commission Delegated Regulation (EU) 2023/1669, Annex IV point 5 (parameters, weights "
        "0.25/0.15/0.15/0.15/0.15/0.15, 1-5 scale), via shared eco_data/repairability.csv",
    ),
    QT_TRANSLATE_NOOP(
        "repairability",
        "Fabwise's own mappings (not an official grid): joint kinds to fastener levels below 'reusable', "
        "tool levels, spare-part and information levels, equal weight per priority part; glued or welded "
        "parts count as not separable.",
    ),
    QT_TRANSLATE_NOOP(
        "repairability",
        "SSU (software updates, weight 0.15) does not apply to a made object and is left out; the score "
        "is renormalised over the other weights.",
    ),
    QT_TRANSLATE_NOOP("repairability", "Disassembly depth (SDD)"),
    QT_TRANSLATE_NOOP("repairability", "Fasteners (SF)"),
    QT_TRANSLATE_NOOP("repairability", "Tools (ST)"),
    QT_TRANSLATE_NOOP("repairability", "Spare parts (SSP)"),
    QT_TRANSLATE_NOOP("repairability", "Repair information (SRI)"),
)


def _rule_text(text: str) -> str:
    """A text of the rule file in the current language (itself when the catalogue lacks it)."""
    return i18n.translate("repairability", text)


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
        return method.tool_levels["none"], translate("repairability", "no tool")
    lowered = tool.lower()
    if any(word in lowered for word in method.proprietary_words):
        return method.tool_levels["proprietary"], translate(
            "repairability", "proprietary tool ({tool})"
        ).format(tool=tool)
    if any(word in lowered for word in method.basic_words):
        return method.tool_levels["basic"], translate("repairability", "basic tool ({tool})").format(
            tool=tool
        )
    return method.tool_levels["specific"], translate("repairability", "specific tool ({tool})").format(
        tool=tool
    )


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
        others = ", ".join(sorted(part_name(name) for name in group - {part.name}))
        how = "/".join(sorted({j.kind for j in joints if j.kind in PERMANENT_KINDS or not j.reversible}))
        levels["disassembly_depth"] = method.depth_not_separable
        if how:
            depth_reason = translate(
                "repairability", "{part}: {how} joined to {others}, cannot be removed without damage"
            )
            fastener_reason = translate(
                "repairability", "{part}: {how} joint, neither removable nor reusable"
            )
        else:
            depth_reason = translate(
                "repairability", "{part}: permanently joined to {others}, cannot be removed without damage"
            )
            fastener_reason = translate(
                "repairability", "{part}: permanent joint, neither removable nor reusable"
            )
        reasons["disassembly_depth"] = depth_reason.format(part=part_name(part.name), how=how, others=others)
        levels["fasteners"] = method.fastener_levels.get("glue", 1)
        reasons["fasteners"] = fastener_reason.format(part=part_name(part.name), how=how)
        levels["tools"] = method.tool_levels["destructive"]
        reasons["tools"] = translate("repairability", "{name}: separation would be destructive").format(
            name=part_name(part.name)
        )
    else:
        steps = len(joints)
        depth = next((lvl for limit, lvl in method.depth_bands if steps <= limit), method.depth_above)
        levels["disassembly_depth"] = depth
        reasons["disassembly_depth"] = translate("repairability", "{name}: {steps} joint(s) to undo").format(
            name=part_name(part.name), steps=steps
        )
        if joints:
            worst = min(joints, key=lambda j: _fastener_level(j, method))
            levels["fasteners"] = _fastener_level(worst, method)
            reasons["fasteners"] = translate("repairability", "{name}: weakest fastener {value}").format(
                name=part_name(part.name), value=worst.kind.replace("_", " ")
            )
            tool = min((_tool_level(j.tool, method) for j in joints), key=lambda t: t[0])
            levels["tools"], reasons["tools"] = tool[0], f"{part_name(part.name)}: {tool[1]}"
        else:
            levels["fasteners"], reasons["fasteners"] = (
                5,
                translate("repairability", "{name}: nothing fastens it").format(name=part_name(part.name)),
            )
            levels["tools"], reasons["tools"] = (
                method.tool_levels["none"],
                translate("repairability", "{name}: no tool").format(name=part_name(part.name)),
            )
    if part.spare:
        by_name = {h.name: h for h in build.hardware}
        odd = [
            j.hardware
            for j in joints
            if j.hardware and j.hardware in by_name and not by_name[j.hardware].standard
        ]
        if odd:
            levels["spare_parts"] = method.spare_levels["declared_nonstandard_hardware"]
            reasons["spare_parts"] = translate(
                "repairability", "{name}: declared spare, held by non-standard hardware ({odd})"
            ).format(name=part_name(part.name), odd=", ".join(sorted(set(odd))))
        else:
            levels["spare_parts"] = method.spare_levels["declared"]
            reasons["spare_parts"] = translate(
                "repairability", "{name}: declared spare, exported on its own"
            ).format(name=part_name(part.name))
    else:
        levels["spare_parts"] = method.spare_levels["not_declared"]
        reasons["spare_parts"] = translate("repairability", "{name}: not declared as a spare part").format(
            name=part_name(part.name)
        )
    return _PartScore(part.name, levels, reasons)


def _document_name(kind: str) -> str:
    """:data:`DOCUMENT_NAMES` in the current language."""
    names = {
        "repair_sheet": translate("repairability", "repair/disassembly sheet"),
        "bom": translate("repairability", "bill of materials"),
        "cad": translate("repairability", "part files (STEP/DXF/STL)"),
    }
    return names.get(kind, DOCUMENT_NAMES.get(kind, kind))


def _information(documents: frozenset[str], method: RepairMethod) -> tuple[int, str]:
    unknown = documents - DOCUMENT_KINDS
    if unknown:
        raise ValueError(f"unknown document kind(s) {', '.join(sorted(unknown))}")
    present = ", ".join(_document_name(d) for d in sorted(documents)) or translate(
        "repairability", "no documents"
    )
    if {"repair_sheet", "bom", "cad"} <= documents:
        return method.info_levels["repair_sheet_bom_cad"], translate(
            "repairability", "package contains {present}"
        ).format(present=present)
    if {"bom", "cad"} <= documents:
        return method.info_levels["bom_cad"], translate(
            "repairability", "package contains {present}; no repair sheet"
        ).format(present=present)
    if documents:
        return method.info_levels["one_of_them"], translate(
            "repairability", "package contains only {present}"
        ).format(present=present)
    return method.info_levels["none"], translate("repairability", "no documentation supplied")


def score_repairability(
    build: BuildResult,
    method: RepairMethod,
    documents: Iterable[str] = PACKAGE_DOCUMENTS,
) -> Repairability:
    declared = tuple(p for p in build.parts if p.spare)
    priority = declared or build.parts
    which = (
        translate("repairability", "the declared spare part(s)")
        if declared
        else translate("repairability", "every part (the template declares no spare part)")
    )
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
                basis = translate("repairability", "mean over {which}: {basis}").format(
                    which=which, basis=basis
                )
        else:
            level, basis = 5.0, translate("repairability", "no parts")
        criteria.append(RepairCriterion(ident, _rule_text(label), weight, level, basis, source))
    total_weight = sum(c.coefficient for c in criteria)
    score = sum(c.coefficient * c.score for c in criteria) / total_weight
    notes = (
        f"{_rule_text(method.label)}.",
        translate("repairability", "Structure and weights: {structure_source}.").format(
            structure_source=_rule_text(method.structure_source)
        ),
        _rule_text(method.left_out),
        _rule_text(method.mapping_note),
        translate("repairability", "Priority parts: {which}.").format(which=which),
    )
    return Repairability(
        round(score, 4),
        tuple(criteria),
        method.file,
        notes,
        scale_max=method.scale_max,
        label=_rule_text(method.label),
    )
