"""A fit report as text, for the CLI and the export package (``fit-report.txt``)."""

from __future__ import annotations

from configurator.core.fit import FitReport, Verdict

MARK = {"holds": "HOLDS", "fails": "FAILS", "unknown": "UNKNOWN"}


def _verdict_lines(v: Verdict) -> list[str]:
    head = f"[{MARK.get(v.status, v.status)}] {v.condition}"
    if v.safety_factor is not None:
        head += f"  safety factor {v.safety_factor:.2f}"
        if v.required is not None:
            head += f" (needs {v.required:g})"
    elif v.margin:
        head += f"  margin {v.margin}"
    lines = [head, f"    {v.reason}"]
    for source in v.sources:
        lines.append(f"    condition from {source}")
    for row in v.rows:
        lines.append(f"    row: {row}")
    if v.run is not None:
        r = v.run
        lines.append(
            f"    solver: {r.element}; {r.elements} elements, {r.nodes} nodes, {r.dofs} "
            f"unknowns, element size {r.mesh_size_mm:.2g} mm; {r.solver}, "
            f"{r.iterations} iterations, residual {r.residual:.1e}"
            f"{'' if r.converged else ' (NOT converged)'}"
        )
        lines.append(
            f"    time: mesh {r.mesh_seconds:.2f} s, assembly {r.assemble_seconds:.2f} s, "
            f"solve {r.solve_seconds:.2f} s"
        )
        lines.append(f"    fixed: {', '.join(r.fixed)}")
    return lines


def render_fit(report: FitReport) -> str:
    lines = [f"Fit for use: {report.template_id}: {MARK.get(report.status, report.status)}"]
    if report.min_safety_factor is not None:
        lines[0] += f" (lowest safety factor {report.min_safety_factor:.2f})"
    if not report.declared:
        lines.append("  The template declares no conditions of use: nothing was checked.")
    for verdict in report.verdicts:
        lines.extend("  " + line for line in _verdict_lines(verdict))
    for note in report.notes:
        lines.append(f"  note: {note}")
    lines.append(
        "  Not covered: fatigue, impact, print or cutting defects, joints and fasteners "
        "(see docs/fit-for-use.md)."
    )
    return "\n".join(lines)
