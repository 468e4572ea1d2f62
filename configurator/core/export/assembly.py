"""The assembly sheet of an order split across workshops: for the person who puts it together.

It lists which workshop makes which part (with the package each workshop receives and its
SHA-256), the bought hardware, how the parts join (from the template's joints) and the template's
notes. :func:`assembly_record` is the plain data (``assembly.json``); :func:`assembly_html` draws
it as one self-contained page (``assembly.html``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from configurator.sdk.results import BuildResult

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:60em;
color:#222;line-height:1.4;padding:0 1em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0}.note{color:#555;font-size:.9em}code{word-break:break-all}
"""


def assembly_record(
    build: BuildResult,
    legs: Sequence[dict[str, Any]],
    *,
    order_id: str,
    quantity: int,
    packages: Sequence[tuple[str, Sequence[tuple[str, int, str]]]],
) -> dict[str, Any]:
    """``legs`` as from ``app.order.plan_legs``; ``packages`` = (file name, its listed files)."""
    parts = {p.name: p for p in build.parts}
    workshops = []
    for leg, (package, files) in zip(legs, packages, strict=True):
        workshops.append(
            {
                **leg,
                "package": package,
                "part_details": [
                    {
                        "name": n,
                        "quantity": parts[n].quantity * quantity,
                        "material": parts[n].material,
                        "process": parts[n].process,
                    }
                    for n in leg["parts"]
                ],
                "files": len(files),
            }
        )
    return {
        "kind": "fabwise-order-assembly",
        "order": order_id,
        "template": build.template_id,
        "version": build.template_version,
        "params": dict(build.params),
        "quantity": quantity,
        "workshops": workshops,
        "hardware": [
            {"name": h.name, "spec": h.spec, "quantity": h.quantity * quantity, "standard": h.standard}
            for h in build.hardware
        ],
        "joints": [
            {
                "kind": j.kind,
                "parts": list(j.parts),
                "count": j.count * quantity,
                "tool": j.tool,
                "hardware": j.hardware,
            }
            for j in build.joints
        ],
        "notes": list(build.notes),
        "transport_legs": len(workshops),
    }


def _row(cells: Sequence[object]) -> str:
    return "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(map(_row, rows))}</tbody></table>"


def _km(value: float | None) -> str:
    return "unknown" if value is None else f"{value:.1f} km"


def assembly_html(record: dict[str, Any]) -> str:
    workshops = record["workshops"]
    title = f"Assembly sheet: {record['template']} (order {record['order']})"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{record['quantity']} product(s), made by {len(workshops)} workshop(s). "
        "Each workshop receives its own package, checks it with "
        "<code>fabwise package verify</code>, makes its parts and sends them to you; you "
        "put the product together.</p>",
        "<h2>Who makes what</h2>",
    ]
    rows = []
    for w in workshops:
        made = ", ".join(
            f"{d['quantity']} × {d['name']} ({d['material']}, {d['process']})" for d in w["part_details"]
        )
        rows.append([w["name"], w["place"], _km(w["distance_km"]), made, w["package"]])
    parts.append(_table(["Workshop", "Place", "Distance to you", "Parts", "Package"], rows))
    quoted = [w for w in workshops if "quote" in w]
    if quoted:
        parts.append("<h2>Quotes (in each package's quote.json)</h2>")
        parts.append(
            _table(
                ["Workshop", "Total", "Range", "Complete"],
                [
                    [
                        w["name"],
                        f"{w['quote']['total']['value']:.2f} {w['quote']['currency']}",
                        f"{w['quote']['total']['low']:.2f}–{w['quote']['total']['high']:.2f}",
                        "yes" if w["quote"]["complete"] else "no: some items are not priced",
                    ]
                    for w in quoted
                ],
            )
        )
    if any("co2e_kg" in w for w in workshops):
        eco_rows = [[w["name"], f"{w['co2e_kg']:.3f}", f"{w['transport_co2e_kg']:.3f}"] for w in workshops]
        total = sum(w["co2e_kg"] for w in workshops)
        transport = sum(w["transport_co2e_kg"] for w in workshops)
        eco_rows.append(["Order", f"{total:.3f}", f"{transport:.3f}"])
        parts.append("<h2>Footprint per leg (kg CO2e)</h2>")
        parts.append(_table(["Workshop", "Its parts, made and delivered", "of which transport"], eco_rows))
        parts.append(
            '<p class="note">Transport is counted once per leg: each workshop\'s '
            "parcel from the workshop to you (straight-line distance).</p>"
        )
    if record["hardware"]:
        parts.append("<h2>Hardware to buy</h2>")
        parts.append(
            _table(
                ["Item", "Specification", "Quantity"],
                [[h["name"], h["spec"], h["quantity"]] for h in record["hardware"]],
            )
        )
        parts.append(
            f'<p class="note">Also listed in {escape(workshops[0]["package"])}, '
            "if that workshop supplies it.</p>"
        )
    if record["joints"]:
        parts.append("<h2>Putting it together</h2><ol>")
        for joint in record["joints"]:
            tool = f" with a {joint['tool']}" if joint["tool"] else ""
            using = f" ({joint['hardware']})" if joint["hardware"] else ""
            parts.append(
                f"<li>{escape(joint['kind'].replace('_', ' '))}: "
                f"{escape(' + '.join(joint['parts']))}, {joint['count']}×{using}"
                f"{escape(tool)}</li>"
            )
        parts.append("</ol>")
    if record["notes"]:
        parts.append("<h2>Notes</h2><ul>")
        parts.extend(f"<li>{escape(note)}</li>" for note in record["notes"])
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
