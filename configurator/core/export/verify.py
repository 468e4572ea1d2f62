"""``fabwise package verify``: can a workshop trust and open this package?

In order: the archive is safe to unpack (:mod:`safezip`: paths, links, sizes, ratios, names with
control characters); ``manifest.json`` exists, parses and matches the published schema; the
package is signed (``signature.json``) and the signature is valid for exactly this manifest, and
by whom (:mod:`signing`, the workshop's list of known senders); every file the manifest lists is
present with the recorded size and SHA-256, and no unlisted file is present; every file opens with
a reader for its format (STEP with the CAD kernel, meshes closed, DXF outlines closed and in mm,
nested archives such as 3MF held to the same limits); each geometry file agrees with its part's
recorded volume and size; ``bom.csv`` agrees with the manifest's parts and hardware.

Every finding names the file and what is wrong with it. All text taken from the package is made
visible (:func:`visible`) when a finding is recorded, so no finding can carry a terminal escape.
The package passes only with no errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from configurator.core.export import readers
from configurator.core.export.formats import FILE_FORMATS
from configurator.core.export.manifest import MANIFEST_NAME, schema_problems, sha256_hex
from configurator.core.export.readers import UnreadableFile
from configurator.core.export.safezip import Limits, SafeArchive, UnsafeArchive
from configurator.core.export.signing import (
    SIGNATURE_NAME,
    SenderStore,
    SignatureProblem,
    check_signature,
    short_fingerprint,
)
from configurator.core.visible import visible

VOLUME_TOLERANCE = 0.005
# A mesh's size may differ from the exact B-rep box by the tessellation's chord error.
SIZE_TOLERANCE_MM = 0.05
MAX_LISTED_CHANGES = 12


@dataclass
class Finding:
    level: str  # "error", "warning" or "ok"
    subject: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"level": self.level, "subject": self.subject, "message": self.message}


@dataclass
class SignatureVerdict:
    """Who signed the package. ``status``: "valid" (the signature matches this manifest),
    "changed" (valid, but for another manifest), "invalid", or "unsigned"."""

    status: str
    fingerprint: str | None = None
    public_key: str | None = None
    sender: str | None = None  # the name the workshop gave this key, when known
    trusted_utc: str | None = None

    @property
    def known(self) -> bool:
        return self.sender is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "fingerprint": self.fingerprint,
            "short_fingerprint": short_fingerprint(self.fingerprint) if self.fingerprint else None,
            "known_sender": self.known,
            "sender": self.sender,
            "trusted_utc": self.trusted_utc,
        }


@dataclass
class VerifyReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    signature: SignatureVerdict = field(default_factory=lambda: SignatureVerdict("unsigned"))
    rebuild: Any | None = None  # a RebuildReport when --rebuild ran

    @property
    def passed(self) -> bool:
        return not any(f.level == "error" for f in self.findings)

    def _add(self, level: str, subject: str, message: str) -> None:
        self.findings.append(Finding(level, visible(subject, 200), visible(message, 2000)))

    def error(self, subject: str, message: str) -> None:
        self._add("error", subject, message)

    def warning(self, subject: str, message: str) -> None:
        self._add("warning", subject, message)

    def ok(self, subject: str, message: str) -> None:
        self._add("ok", subject, message)

    def to_dict(self) -> dict[str, Any]:
        template = (self.manifest or {}).get("template", {})
        data = {
            "path": visible(self.path),
            "passed": self.passed,
            "template": visible(template.get("id")) if template else None,
            "template_version": visible(template.get("version")) if template else None,
            "signature": self.signature.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.rebuild is not None:
            data["rebuild"] = self.rebuild.to_dict()
        return data


# -- manifest changes after signing ---------------------------------------------------------------


def _short(value: Any) -> str:
    # Raw text: the finding escapes control characters once, as everywhere else.
    text = f'"{value}"' if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _keyed(items: list[Any], key: str) -> dict[str, Any] | None:
    if all(isinstance(i, dict) and isinstance(i.get(key), str) for i in items):
        keyed = {i[key]: i for i in items}
        if len(keyed) == len(items):
            return keyed
    return None


def json_changes(old: Any, new: Any, where: str = "") -> Iterator[str]:
    """Every difference between two JSON values, as ``where: old → new`` (lists of objects with
    a ``path`` or ``name`` are matched by it, so ``files[parts/knob.stl].sha256`` is named)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [k for k in new if k not in old]:
            here = f"{where}.{key}" if where else str(key)
            if key not in new:
                yield f"{here} removed (was {_short(old[key])})"
            elif key not in old:
                yield f"{here} added ({_short(new[key])})"
            else:
                yield from json_changes(old[key], new[key], here)
        return
    if isinstance(old, list) and isinstance(new, list):
        for key in ("path", "name", "part"):
            a, b = _keyed(old, key), _keyed(new, key)
            if a is not None and b is not None:
                yield from json_changes(
                    {f"[{k}]": v for k, v in a.items()}, {f"[{k}]": v for k, v in b.items()}, where
                )
                return
        if len(old) != len(new):
            yield f"{where}: {len(old)} item(s) → {len(new)}"
        for index, (a, b) in enumerate(zip(old, new, strict=False)):
            yield from json_changes(a, b, f"{where}[{index}]")
        return
    if old != new:
        yield f"{where}: {_short(old)} → {_short(new)}"


def _describe_changes(signed: bytes, current: bytes) -> str:
    try:
        changes = list(json_changes(json.loads(signed), json.loads(current)))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return "its bytes differ from the signed manifest"
    changes = [c.replace(".[", "[") for c in changes]
    if not changes:
        return "only its formatting differs from the signed manifest"
    shown = "; ".join(changes[:MAX_LISTED_CHANGES])
    more = len(changes) - MAX_LISTED_CHANGES
    return shown + (f"; and {more} more change(s)" if more > 0 else "")


def _check_signature(
    report: VerifyReport,
    archive: SafeArchive,
    manifest_bytes: bytes,
    senders: SenderStore | None,
    require_known: bool,
) -> None:
    if SIGNATURE_NAME not in archive.files:
        report.error(
            SIGNATURE_NAME,
            "missing: the package is not signed, so nothing shows who "
            "made it or that the manifest is the one they made; ask the sender to "
            "export it again with Fabwise",
        )
        return
    try:
        signer = check_signature(archive.read(SIGNATURE_NAME))
    except (SignatureProblem, UnsafeArchive) as exc:
        report.signature = SignatureVerdict("invalid")
        report.error(SIGNATURE_NAME, f"invalid signature: {exc}")
        return
    known = senders.get(signer.fingerprint) if senders is not None else None
    report.signature = SignatureVerdict(
        "valid",
        signer.fingerprint,
        signer.public_key_b64,
        known.name if known else None,
        known.trusted_utc if known else None,
    )
    if signer.signed != manifest_bytes:
        report.signature.status = "changed"
        report.error(
            MANIFEST_NAME,
            "changed after it was signed by key "
            f"{signer.short}: {_describe_changes(signer.signed, manifest_bytes)}",
        )
    else:
        report.ok(SIGNATURE_NAME, f"valid Ed25519 signature over manifest.json by key {signer.short}")
    if known is not None:
        report.ok("sender", f"known sender '{known.name}' (key {signer.short}, trusted {known.trusted_utc})")
        return
    message = (
        f"unknown sender: key {signer.short} is not in your list of known senders. "
        "Check the fingerprint with the sender (phone, in person), then: fabwise package "
        "senders trust PACKAGE --name NAME"
    )
    if require_known:
        report.error("sender", message)
    else:
        report.warning("sender", message)


# -- file content ---------------------------------------------------------------------------------

# Linear deflection (mm) of each mesh quality (configurator.core.build.QUALITY, without the
# kernel import): a mesh lies within it of the exact surface.
_DEFLECTION_MM = {"export": 0.01, "fine": 0.05, "coarse": 0.4, "drag": 0.4}


def _geometry_against_part(fmt_id: str, facts: dict[str, Any], part: dict[str, Any]) -> list[str]:
    """How a geometry file's own volume and size disagree with its part's manifest entry."""
    problems: list[str] = []
    expected_volume = float(part["volume_mm3"])
    volume = facts.get("volume_mm3")
    if fmt_id == "step":  # exact B-rep volumes
        volume_tolerance, size_tolerance = VOLUME_TOLERANCE * expected_volume, SIZE_TOLERANCE_MM
    else:  # a mesh's chords cut at most area x deflection off the solid
        deflection = _DEFLECTION_MM.get(str(part.get("mesh_quality", "export")), 0.4)
        volume_tolerance = max(0.02 * expected_volume, float(part["area_mm2"]) * deflection)
        size_tolerance = max(SIZE_TOLERANCE_MM, 2 * deflection)
    if isinstance(volume, int | float) and abs(volume - expected_volume) > volume_tolerance:
        change = (volume - expected_volume) / expected_volume * 100.0
        problems.append(
            f"solid volume {volume:.1f} mm³, the manifest's part '{part['name']}' "
            f"has {expected_volume:.1f} mm³ ({change:+.1f} %)"
        )
    size = facts.get("size_mm")
    expected = part.get("bbox_mm")
    if (
        isinstance(size, list)
        and isinstance(expected, list)
        and len(size) == len(expected) == 3
        and any(abs(a - b) > size_tolerance for a, b in zip(size, expected, strict=True))
    ):
        scale = max(abs(a / b - 1.0) for a, b in zip(size, expected, strict=True) if b)
        problems.append(
            "size " + " × ".join(f"{v:.2f}" for v in size) + " mm, the manifest's part "
            f"'{part['name']}' is "
            + " × ".join(f"{v:.2f}" for v in expected)
            + f" mm (up to {scale * 100:.1f} % off)"
        )
    return problems


def _drawing_against_part(facts: dict[str, Any], part: dict[str, Any]) -> list[str]:
    """A DXF's cut outline against its part: footprint (x, y) and total cut length."""
    problems = []
    size, expected = facts.get("cut_size_mm"), part.get("bbox_mm")
    if (
        isinstance(size, list)
        and isinstance(expected, list)
        and len(expected) == 3
        and any(abs(a - b) > SIZE_TOLERANCE_MM for a, b in zip(size, expected[:2], strict=True))
    ):
        problems.append(
            "cut outline " + " × ".join(f"{v:.2f}" for v in size) + " mm, the "
            f"manifest's part '{part['name']}' is " + " × ".join(f"{v:.2f}" for v in expected[:2]) + " mm"
        )
    length, recorded = facts.get("cut_length_mm"), part.get("cut_length_mm")
    if (
        isinstance(length, int | float)
        and isinstance(recorded, int | float)
        and abs(length - recorded) > 0.005 * recorded + 0.1
    ):
        problems.append(
            f"cut length {length:.1f} mm, the manifest's part '{part['name']}' has {recorded:.1f} mm"
        )
    return problems


def _content_checks(
    report: VerifyReport,
    path: str,
    fmt_id: str,
    data: bytes,
    part: dict[str, Any] | None,
    prefix: str = "",
    role: str = "",
) -> None:
    fmt = FILE_FORMATS.get(fmt_id)
    if fmt is None:
        report.error(path, f"unknown format '{fmt_id}'")
        return
    if not path.lower().endswith(fmt.extension):
        report.error(path, f"listed as {fmt_id} but named {path}")
        return
    # A print-ready 3MF is a PrusaSlicer project: its settings parts are expected there (the
    # signature covers them); in a neutral part file they would change what is printed.
    read = readers.read_3mf_project if fmt_id == "3mf" and role == "print-ready" else fmt.read
    try:
        facts = read(data)
    except UnreadableFile as exc:
        report.error(path, prefix + f"cannot be read as {fmt_id.upper()}: {exc}")
        return
    problems = []
    if fmt_id in ("stl", "3mf") and not facts.get("closed"):
        problems.append("the mesh is not closed (not watertight)")
    if fmt_id == "3mf" and facts.get("unit") != "millimeter":
        problems.append(f"unit is {facts.get('unit')}, expected millimeter")
    if fmt_id == "dxf":
        if facts.get("units") != 4:
            problems.append(f"$INSUNITS is {facts.get('units')}, expected 4 (mm)")
        if facts.get("open_cut_outlines"):
            problems.append(f"{facts['open_cut_outlines']} cut outline(s) are not closed")
        if not facts.get("layers", {}).get("CUT"):
            problems.append("no outline on the CUT layer")
    if fmt_id in ("step", "stl", "3mf") and part is not None:
        problems.extend(_geometry_against_part(fmt_id, facts, part))
    if fmt_id == "dxf" and part is not None:
        problems.extend(_drawing_against_part(facts, part))
    if problems or prefix:
        report.error(path, prefix + "; ".join(problems or [f"its content reads as a valid {fmt_id.upper()}"]))
    else:
        report.ok(path, f"readable {fmt_id.upper()} ({_facts_text(facts)})")


def _facts_text(facts: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in facts.items() if not isinstance(v, dict | list))


def _check_bom(report: VerifyReport, archive: SafeArchive, manifest: dict[str, Any]) -> None:
    """``bom.csv`` must say what the manifest says (parts, materials, quantities, hardware)."""
    import csv
    import io

    from configurator.core.export.bom import bom_csv

    if "bom.csv" not in archive.files:
        return
    try:
        expected = bom_csv(manifest["parts"], manifest.get("hardware", []))
        actual = archive.read("bom.csv").decode("utf-8")
    except (KeyError, TypeError, ValueError, UnsafeArchive):
        return  # reported by the file checks
    if expected == actual:
        return
    want = list(csv.reader(io.StringIO(expected)))
    have = list(csv.reader(io.StringIO(actual)))
    header = want[0] if want else []
    differences = []
    for row_want, row_have in zip(want[1:], have[1:], strict=False):
        cells = [
            f"{col} {have_v!r} in bom.csv, {want_v!r} in the manifest"
            for col, want_v, have_v in zip(header, row_want, row_have, strict=False)
            if want_v != have_v
        ]
        if cells:
            differences.append(f"{row_want[2] if len(row_want) > 2 else '?'}: " + ", ".join(cells))
    if len(want) != len(have):
        differences.append(f"{len(have) - 1} row(s) in bom.csv, {len(want) - 1} in the manifest")
    report.error(
        "bom.csv", "does not agree with manifest.json: " + "; ".join(differences[:MAX_LISTED_CHANGES])
    )


def _check_files(
    report: VerifyReport, archive: SafeArchive, manifest: dict[str, Any], read_contents: bool
) -> None:
    listed = {entry["path"]: entry for entry in manifest["files"]}
    parts = {p["name"]: p for p in manifest.get("parts", [])}
    present = set(archive.names())
    for extra in sorted(present - set(listed) - {MANIFEST_NAME, SIGNATURE_NAME}):
        report.error(extra, "present in the archive but not listed in the manifest")
    for path, entry in listed.items():
        if path in (MANIFEST_NAME, SIGNATURE_NAME):
            report.error(path, "the manifest lists itself or the signature as a file")
            continue
        if path not in present:
            report.error(path, "listed in the manifest but missing from the archive")
            continue
        try:
            data = archive.read(path)
        except UnsafeArchive as exc:
            report.error(path, str(exc))
            continue
        prefix = ""
        if len(data) != entry["bytes"]:
            prefix = f"size {len(data)} bytes, the manifest says {entry['bytes']} (file changed or damaged); "
        elif sha256_hex(data) != entry["sha256"]:
            prefix = "SHA-256 does not match the manifest (file changed or damaged); "
        if read_contents:
            _content_checks(
                report,
                path,
                entry["format"],
                data,
                parts.get(entry.get("part", "")),
                prefix,
                str(entry.get("role", "")),
            )
        elif prefix:
            report.error(path, prefix.rstrip("; "))
        else:
            report.ok(path, "checksum matches")
    for name, part in parts.items():
        for path in part.get("files", []):
            if path not in listed:
                report.error(name, f"part file {path} is not in the manifest's file list")
    _check_bom(report, archive, manifest)


def verify_package(
    path: Path,
    *,
    read_contents: bool = True,
    limits: Limits | None = None,
    senders: SenderStore | None = None,
    require_known_sender: bool = False,
) -> VerifyReport:
    """Verify the package at ``path``; never raises for a bad package, reports instead.

    ``senders``: the workshop's known senders (its own list when None)."""
    report = VerifyReport(str(path))
    if not Path(path).is_file():
        report.error(str(path), "no such file")
        return report
    if senders is None:
        senders = SenderStore()
    try:
        with SafeArchive.open(Path(path), limits) as archive:
            report.ok("archive", f"safe to unpack ({len(archive.names())} files)")
            if MANIFEST_NAME not in archive.files:
                report.error(MANIFEST_NAME, "missing: this is not a Fabwise package")
                return report
            manifest_data = archive.read(MANIFEST_NAME)
            _check_signature(report, archive, manifest_data, senders, require_known_sender)
            try:
                manifest = json.loads(manifest_data.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                report.error(MANIFEST_NAME, f"not valid JSON ({exc})")
                return report
            problems = schema_problems(manifest)
            if problems:
                for problem in problems[:20]:
                    report.error(MANIFEST_NAME, f"schema: {problem}")
                return report
            report.manifest = manifest
            report.ok(MANIFEST_NAME, f"matches schema version {manifest['manifest_version']}")
            _check_files(report, archive, manifest, read_contents)
    except UnsafeArchive as exc:
        report.error("archive", f"refused: {exc}")
    return report
