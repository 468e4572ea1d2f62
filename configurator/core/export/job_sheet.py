"""The job sheet: what a workshop needs to make each part, in the manifest and as ``job-sheet.html``.

Per part: process, machine (and whether the workshop declared it or it is assumed), material,
sheet thickness, quantity, how a printed part sits in its file (measured from the mesh: the flat
area touching the bed), the kerf treatment the outline actually has (declared by the template; see
``Part.kerf_allowance_mm``), engraving layer, then the hardware to add and the assembly steps in
the order the template declares its joints. Every check that is not confirmed shows *unknown*.

Nothing here claims more than the data says: no declared kerf means "not declared", no facility
means "no machine chosen", an assumed inventory means the machine is assumed.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

JOB_SHEET_NAME = "job-sheet.html"
_BED_NORMAL_TOLERANCE = 1e-3
_BED_HEIGHT_TOLERANCE_MM = 0.01


def print_orientation(vertices: npt.NDArray[Any], faces: npt.NDArray[Any]) -> dict[str, Any]:
    """How a printed part sits in its file (z up): the flat area on the lowest plane."""
    points = np.asarray(vertices, dtype=np.float64)
    tri = points[np.asarray(faces, dtype=np.int64)]
    normals = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    lengths = np.linalg.norm(normals, axis=1)
    areas = 0.5 * lengths
    unit_z = np.divide(normals[:, 2], lengths, out=np.zeros(len(tri)), where=lengths > 0)
    bottom = float(points[:, 2].min())
    on_bed = (unit_z < -1 + _BED_NORMAL_TOLERANCE) & (
        np.abs(tri[:, :, 2] - bottom).max(axis=1) < _BED_HEIGHT_TOLERANCE_MM
    )
    contact = float(areas[on_bed].sum())
    if contact > 0:
        note = f"print as oriented in the file (z up): {contact:.0f} mm² of flat face rests on the bed"
    else:
        note = (
            "the file has no flat face on its lowest plane: choose an orientation and supports in your slicer"
        )
    return {"as_in_file": True, "bed_contact_mm2": round(contact, 1), "note": note}


def kerf_treatment(process: str, allowance: float | None) -> dict[str, Any]:
    """What the cut outline does about the kerf, in the words a workshop needs."""
    if allowance is None:
        return {
            "allowance_mm": None,
            "status": "not_declared",
            "note": "the template does not declare whether its outline allows for the kerf; "
            "Fabwise applied no offset. Measure a test cut before compensating",
        }
    if allowance == 0:
        return {
            "allowance_mm": 0.0,
            "status": "nominal",
            "note": "outline drawn at the part's nominal size, no kerf offset: apply your "
            "machine's usual kerf or tool-radius compensation",
        }
    return {
        "allowance_mm": allowance,
        "status": "included",
        "note": f"outline already includes a kerf allowance of {allowance:g} mm (each cut "
        f"line sits {allowance / 2:g} mm outside the part): set kerf compensation to "
        "0 for this file, or the allowance is doubled",
    }


def _machine(part: Mapping[str, Any], facility: Mapping[str, Any] | None) -> dict[str, Any]:
    if facility is None:
        return {"name": None, "declared": False, "note": "no workshop was chosen: no machine"}
    name = part.get("machine")
    if name is None:
        return {"name": None, "declared": False, "note": "no machine chosen"}
    declared = bool(facility.get("inventory_verified", False))
    note = (
        ""
        if declared
        else (f"assumed: {facility.get('name')}'s machines are typical ones, not declared by the workshop")
    )
    return {"name": name, "declared": declared, "note": note}


def job_sheet(
    parts: Sequence[Mapping[str, Any]],
    hardware: Sequence[Mapping[str, Any]],
    joints: Sequence[Mapping[str, Any]],
    checks: Sequence[Mapping[str, Any]],
    facility: Mapping[str, Any] | None,
    orientations: Mapping[str, dict[str, Any]],
    kerfs: Mapping[str, float | None],
    engraved: Sequence[str],
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """The manifest's ``job_sheet`` object (plain data)."""
    sheet_parts = []
    for part in parts:
        name = str(part["name"])
        entry: dict[str, Any] = {
            "part": name,
            "process": part["process"],
            "machine": _machine(part, facility),
            "material": part["material"],
            "quantity": part["quantity"],
            "quantity_per_product": part["quantity_per_product"],
            "files": list(part["files"]),
            "checks": [
                {"check": c["check"], "status": c["status"], "message": c["message"]}
                for c in checks
                if c.get("part") == name
            ],
        }
        if part.get("sheet_thickness_mm") is not None:
            entry["sheet_thickness_mm"] = part["sheet_thickness_mm"]
            entry["kerf"] = kerf_treatment(str(part["process"]), kerfs.get(name))
            entry["engraving_layer"] = "ENGRAVE" if name in engraved else None
        if name in orientations:
            entry["orientation"] = orientations[name]
        sheet_parts.append(entry)
    steps = []
    for number, joint in enumerate(joints, start=1):
        text = f"{joint['count']} × {joint['kind']} joint between {' and '.join(joint['parts'])}"
        if joint.get("hardware"):
            text += f", with {joint['hardware']}"
        if joint.get("tool"):
            text += f" (tool: {joint['tool']})"
        steps.append({"step": number, "text": text})
    return {
        "parts": sheet_parts,
        "hardware": [{"name": h["name"], "spec": h["spec"], "quantity": h["quantity"]} for h in hardware],
        "assembly": steps,
        "assembly_note": "in the order the template declares its joints"
        if steps
        else "the template declares no joints",
        "notes": list(notes),
        "unknown_checks": sum(c["status"] == "unknown" for c in checks),
    }


def _cell(value: Any) -> str:
    return html.escape("—" if value in (None, "") else str(value))


def render_job_sheet(sheet: Mapping[str, Any], title: str, facility: str) -> str:
    """``job-sheet.html``: one printable page, every text escaped."""
    rows = []
    for part in sheet["parts"]:
        machine = part["machine"]
        machine_text = machine["name"] or "—"
        if machine.get("note"):
            machine_text += f" ({machine['note']})"
        how = []
        if "sheet_thickness_mm" in part:
            how.append(f"{part['sheet_thickness_mm']:g} mm sheet")
            how.append(f"kerf: {part['kerf']['note']}")
            if part.get("engraving_layer"):
                how.append(f"engrave layer {part['engraving_layer']} (blue), cut layer CUT (red)")
        if "orientation" in part:
            how.append(part["orientation"]["note"])
        checks = (
            "; ".join(
                f"{c['check']}: {c['status'].upper() if c['status'] != 'pass' else 'pass'}"
                for c in part["checks"]
            )
            or "none made (no workshop chosen)"
        )
        rows.append(
            f"<tr><td>{_cell(part['part'])}</td><td>{_cell(part['quantity'])}</td>"
            f"<td>{_cell(part['process'])}</td><td>{_cell(machine_text)}</td>"
            f"<td>{_cell(part['material'])}</td><td>{_cell('; '.join(how))}</td>"
            f"<td>{_cell(checks)}</td><td>{_cell(' '.join(part['files']))}</td></tr>"
        )
    hardware = (
        "".join(
            f"<li>{_cell(h['quantity'])} × {_cell(h['name'])} ({_cell(h['spec'])})</li>"
            for h in sheet["hardware"]
        )
        or "<li>none</li>"
    )
    steps = "".join(f"<li>{_cell(s['text'])}</li>" for s in sheet["assembly"]) or "<li>—</li>"
    notes = "".join(f"<li>{_cell(n)}</li>" for n in sheet["notes"])
    unknown = sheet["unknown_checks"]
    warning = (
        (
            f"<p><strong>{unknown} check(s) UNKNOWN</strong>: the workshop's data did not "
            "confirm them; check them yourself before cutting.</p>"
        )
        if unknown
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        f"Job sheet: {_cell(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;"
        "vertical-align:top}</style></head><body>"
        f"<h1>Job sheet: {_cell(title)}</h1><p>Workshop: {_cell(facility)}</p>{warning}"
        "<table><tr><th>Part</th><th>Qty</th><th>Process</th><th>Machine</th><th>Material</th>"
        "<th>How</th><th>Checks</th><th>Files</th></tr>" + "".join(rows) + "</table>"
        f"<h2>Hardware to add</h2><ul>{hardware}</ul>"
        f"<h2>Assembly ({_cell(sheet['assembly_note'])})</h2><ol>{steps}</ol>"
        + (f"<h2>Notes from the template</h2><ul>{notes}</ul>" if notes else "")
        + "</body></html>\n"
    )
