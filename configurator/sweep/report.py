"""The sweep report: one self-contained HTML file (inline SVG plots, inline CSS, no scripts, no
network), plus ``variants.csv`` for spreadsheets.

The plots come from :mod:`configurator.sweep.plots`: where failures fall in each parameter's range,
footprint against the template's main dimensions, the Pareto front of footprint against size, the
build-time distribution, a grade map over the two parameters that move the footprint most, and
safety factors. Then which workshops can make what share, and a comparison with an earlier sweep
of the same template when there is one.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from configurator import __version__
from configurator.core.facilities.fileio import write_text_atomically
from configurator.sdk.schema import Schema
from configurator.sweep.plots import (
    FIT_COLOURS,
    envelope_litres,
    failure_axes,
    footprint_drivers,
    plot_build_times,
    plot_failure_map,
    plot_failures,
    plot_fit,
    plot_footprint_vs_dimensions,
    plot_grade_map,
    plot_pareto,
)
from configurator.sweep.progress import fmt_duration
from configurator.sweep.store import Summary, SweepStore, fmt_kg

TABLE_ROWS = 15
Row = dict[str, Any]


# --- HTML ---------------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1100px;
color:#222;line-height:1.45;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em} h2{margin-top:1.8em;border-bottom:1px solid #ddd}
.headline{font-size:1.2em;background:#eef6f0;border-left:4px solid #4c9a6a;padding:.6em 1em}
.warn{background:#fff4d6;border-left:4px solid #e6c770;padding:.5em 1em}
table{border-collapse:collapse;font-size:.9em;margin:.6em 0}
td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f4f5f7} td.num{text-align:right;font-variant-numeric:tabular-nums}
.plot svg{max-width:100%;height:auto} .muted{color:#666;font-size:.9em}
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{_esc(c)}</td>' if i in numeric else f"<td>{_esc(c)}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _params_text(params: Mapping[str, Any], names: Sequence[str]) -> str:
    return ", ".join(f"{n}={params[n]}" for n in names if n in params)


def _comparison(store: SweepStore, summary: Summary, rows: Sequence[Row], other_id: int | None) -> str:
    other = store.sweep(other_id) if other_id is not None else store.previous(summary.sweep)
    if other is None:
        return '<p class="muted">No earlier sweep of this template to compare with.</p>'
    before = store.summary(other.id)
    before_rows = {r["key"]: r for r in store.rows(other.id)}
    changed, deltas = [], []
    for row in rows:
        old = before_rows.get(row["key"])
        if old is None or row["outcome"] is None or old["outcome"] is None:
            continue
        if old["outcome"] != row["outcome"]:
            changed.append((row["idx"], old["outcome"], row["outcome"], row.get("message") or ""))
        if row.get("co2e_kg") is not None and old.get("co2e_kg") is not None:
            deltas.append(row["co2e_kg"] - old["co2e_kg"])
    common = sum(1 for r in rows if r["key"] in before_rows)

    def rng(s: Summary) -> str:
        return (
            f"{fmt_kg(s.co2e_min)}–{fmt_kg(s.co2e_max)}"
            if s.co2e_min is not None and s.co2e_max is not None
            else "–"
        )

    table = _table(
        ["", f"sweep {other.id} ({other.created})", f"sweep {summary.sweep.id} ({summary.sweep.created})"],
        [
            ("template version", other.template_version, summary.sweep.template_version),
            ("variants checked", before.done, summary.done),
            ("failures", before.failed, summary.failed),
            ("lost", before.lost, summary.lost),
            ("footprint range, kg CO2e", rng(before), rng(summary)),
        ],
    )
    text = [f"<p>Compared with sweep {other.id}: {common} variant(s) are in both.</p>", table]
    if deltas:
        deltas.sort()
        text.append(
            f"<p>Footprint change on the variants in both: median "
            f"{deltas[len(deltas) // 2]:+.3f} kg CO2e, from {deltas[0]:+.3f} to "
            f"{deltas[-1]:+.3f}.</p>"
        )
    if changed:
        text.append("<p>Variants whose outcome changed:</p>")
        text.append(_table(["variant", "before", "now", "message"], changed[:TABLE_ROWS]))
    elif common:
        text.append("<p>No variant in both sweeps changed outcome.</p>")
    return "".join(text)


def _fit_text(summary: Summary) -> str:
    counts = summary.fit_counts
    if not counts:
        return "no variant was built, so none was checked"
    parts = [f"{n} {status}" for status, n in sorted(counts.items(), key=lambda kv: str(kv[0]))]
    return ", ".join(parts)


def _fit_section(schema: Schema | None, rows: Sequence[Row], names: Sequence[str]) -> str:
    checked = [r for r in rows if r.get("fit_status") in FIT_COLOURS]
    if not checked:
        reasons = sorted(
            {json.loads(r["fit_json"]).get("reason", "") for r in rows if r.get("fit_json")} - {""}
        )
        return "<p>" + ("; ".join(_esc(r) for r in reasons) or "No variant was checked.") + "</p>"
    out = [
        f"<p>{len(checked)} variant(s) checked against the template's conditions of use: "
        + ", ".join(f"{sum(1 for r in checked if r['fit_status'] == s)} {s}" for s in FIT_COLOURS)
        + ".</p>"
    ]
    picture = plot_fit(schema, rows)
    if picture:
        out.append(f'<div class="plot">{picture}</div>')
    unfit = [r for r in checked if r["fit_status"] != "holds"]
    if unfit:
        out.append(
            _table(
                ["variant", "verdict", "why", "parameters"],
                [
                    (
                        r["idx"],
                        r["fit_status"],
                        json.loads(r["fit_json"]).get("reason", ""),
                        _params_text(r["params"], names),
                    )
                    for r in unfit[:TABLE_ROWS]
                ],
            )
        )
    return "".join(out)


def _workshops(rows: Sequence[Row], workshops: Sequence[Any], chosen: str) -> str:
    from configurator.sweep.workshops import shares

    if not workshops:
        return (
            '<p class="muted">Run the sweep with --facility or --country to see which '
            "workshops can make which share of the variants.</p>"
        )
    found = shares(rows, workshops)
    makes_all = sum(1 for s in found if s.of and s.can_make == s.of)
    makes_none = sum(1 for s in found if s.can_make == 0)
    out = [
        f"<p>Considered: {_esc(chosen)}. {makes_all} can make every built variant, "
        f"{makes_none} none of them. Machines of workshops marked “assumed” are not verified "
        "(e.g. a fab lab's standard inventory).</p>"
    ]
    out.append(
        _table(
            ["workshop", "country", "can make", "share", "machines", "main reason"],
            [
                (
                    f"{s.name} ({s.facility_id})",
                    s.country,
                    f"{s.can_make} of {s.of}",
                    f"{s.share:.0%}",
                    "verified" if s.verified else "assumed",
                    s.main_reason,
                )
                for s in found[:TABLE_ROWS]
            ],
            numeric=(2, 3),
        )
    )
    if len(found) > TABLE_ROWS:
        out.append(f'<p class="muted">…and {len(found) - TABLE_ROWS} more workshops.</p>')
    return "".join(out)


def _place(context: Mapping[str, Any]) -> str:
    """Where the variants were scored as made, in words."""
    eco = context.get("eco") or {}
    if context.get("facility"):
        where = f"{eco.get('label') or context['facility']} ({context['facility']})"
    elif eco.get("country"):
        where = f"a workshop in {eco['country']} on its country's average electricity"
    else:
        where = "an unknown place: world-average electricity"
    if eco.get("grid_g_per_kwh") is not None:
        where += f", its own electricity at {eco['grid_g_per_kwh']:g} g CO2e/kWh"
    return where + "; delivery not counted"


def render_html(
    store: SweepStore,
    sweep_id: int,
    schema: Schema | None,
    compare_with: int | None = None,
    workshops: Sequence[Any] = (),
    workshops_chosen: str = "",
) -> str:
    summary = store.summary(sweep_id)
    info = summary.sweep
    rows = store.rows(sweep_id)
    names = list(rows[0]["params"]) if rows else []
    failures = [r for r in rows if r["outcome"] in ("failed", "lost")]
    pareto_svg, front = plot_pareto(rows)
    drivers = footprint_drivers(schema, rows)
    fit_reasons = sorted(
        {json.loads(r["fit_json"]).get("reason", "") for r in rows if r.get("fit_json")} - {""}
    )
    spec = info.spec
    how = (
        f"grid {' '.join(spec['grid'])}"
        if "grid" in spec
        else f"{spec.get('samples')} {spec.get('method', 'lhs').upper()} samples, seed "
        f"{spec.get('seed')}{' plus corners' if spec.get('corners') else ''}"
    )
    where = _place(info.context)
    out = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>Sweep {info.id}: {_esc(info.template_id)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Sweep {info.id}: {_esc(info.template_id)} v{_esc(info.template_version)}</h1>",
        f'<p class="headline">{_esc(summary.headline())}</p>',
        "<table>",
        f"<tr><th>variants</th><td>{_esc(how)}; {info.planned} planned, {info.rejected} "
        f"candidate(s) broke a constraint and were not built, {info.duplicates} duplicate(s) "
        "skipped</td></tr>",
        f"<tr><th>made at</th><td>{_esc(where)}</td></tr>",
        f"<tr><th>fit for use</th><td>{_esc(_fit_text(summary))}"
        + "".join(f'<br><span class="muted">{_esc(r)}</span>' for r in fit_reasons)
        + "</td></tr>",
    ]
    if summary.facility_ok is not None:
        share = summary.facility_ok / summary.ok if summary.ok else 0.0
        out.append(
            f"<tr><th>{_esc(info.context.get('facility'))} can make</th><td>"
            f"{summary.facility_ok} of {summary.ok} built variants ({share:.0%})</td></tr>"
        )
    out.append(
        f"<tr><th>run</th><td>{info.runs} run(s), {fmt_duration(info.wall_s)} on "
        f"{_esc(info.cluster)}; median build {summary.median_build_s or 0:.3f} s</td></tr>"
    )
    out.append(
        f"<tr><th>stored in</th><td>{_esc(store.path)} (sweep {info.id}); Fabwise "
        f"{_esc(__version__)}</td></tr></table>"
    )
    for note in info.notes:
        out.append(f'<p class="warn">{_esc(note)}</p>')
    if summary.pending or summary.lost:
        out.append(
            f'<p class="warn">{summary.pending} variant(s) not run yet and {summary.lost} '
            "lost: run the same sweep command again to resume.</p>"
        )
    out.append(
        '<p class="muted">Footprints are the central estimate of kg CO2e over the life '
        "cycle with the eco rules' assumptions (each variant's low–high bounds are in "
        "variants.csv). Sizes are the assembled product's bounding box.</p>"
    )

    out.append("<h2>Failures by parameter region</h2>")
    if failures:
        stages: dict[str, int] = {}
        for r in failures:
            stages[r.get("stage") or "?"] = stages.get(r.get("stage") or "?", 0) + 1
        out.append("<p>" + ", ".join(f"{n} at the {s} stage" for s, n in sorted(stages.items())) + ".</p>")
    else:
        out.append("<p>No variant failed. The bars show how the sweep covered each range.</p>")
    out.append(f'<div class="plot">{plot_failures(schema, rows)}</div>')
    failure_map = plot_failure_map(schema, rows) if failures else ""
    if failure_map:
        x_name, y_name = failure_axes(schema, rows)
        out.append(
            f"<p>The two parameters that separate failures from built variants most: "
            f"{_esc(x_name)} and {_esc(y_name)}.</p>"
        )
        out.append(f'<div class="plot">{failure_map}</div>')
    if failures:
        out.append(
            _table(
                ["variant", "outcome", "stage", "message", "where", "parameters"],
                [
                    (
                        r["idx"],
                        r["outcome"],
                        r.get("stage") or "",
                        r.get("message") or "",
                        r.get("location") or "",
                        _params_text(r["params"], names),
                    )
                    for r in failures[:TABLE_ROWS]
                ],
            )
        )
        if len(failures) > TABLE_ROWS:
            out.append(f'<p class="muted">…and {len(failures) - TABLE_ROWS} more in variants.csv</p>')

    out.append("<h2>Footprint against the main dimensions</h2>")
    out.append(f'<div class="plot">{plot_footprint_vs_dimensions(schema, rows)}</div>')
    if drivers:
        out.append(
            "<p>What moves the footprint (rank correlation with kg CO2e): "
            + ", ".join(f"{_esc(n)} {rho:+.2f}" for n, rho in drivers[:6])
            + ".</p>"
        )

    out.append("<h2>Footprint against size: the Pareto front</h2>")
    if pareto_svg:
        out.append(
            "<p>Variants on the front have the lowest footprint for their size: no other "
            "variant is at least as large with a smaller footprint.</p>"
        )
        out.append(f'<div class="plot">{pareto_svg}</div>')
        out.append(
            _table(
                ["variant", "size (L)", "kg CO2e", "grade", "parameters"],
                [
                    (
                        r["idx"],
                        f"{envelope_litres(r) or 0:.3f}",
                        f"{r['co2e_kg']:.3f}",
                        r.get("grade") or "",
                        _params_text(r["params"], names),
                    )
                    for r in front[:TABLE_ROWS]
                ],
                numeric=(0, 1, 2),
            )
        )
    else:
        out.append("<p>No variant was built.</p>")

    out.append("<h2>Build time</h2>")
    out.append(f'<div class="plot">{plot_build_times(rows)}</div>')
    slow = sorted(
        (r for r in rows if r.get("build_s") is not None),
        key=lambda r: -(r["build_s"] + (r.get("measure_s") or 0)),
    )[:5]
    if slow:
        out.append("<p>Slowest variants:</p>")
        out.append(
            _table(
                ["variant", "origin", "build s", "measure s", "worker", "parameters"],
                [
                    (
                        r["idx"],
                        r["origin"],
                        f"{r['build_s']:.3f}",
                        f"{r.get('measure_s') or 0:.3f}",
                        r.get("worker") or "",
                        _params_text(r["params"], names),
                    )
                    for r in slow
                ],
                numeric=(0, 2, 3),
            )
        )

    out.append("<h2>Grade map</h2>")
    grade_svg = plot_grade_map(schema, rows)
    out.append(f'<div class="plot">{grade_svg}</div>' if grade_svg else "<p>No grades.</p>")

    out.append("<h2>Fit for use</h2>")
    out.append(_fit_section(schema, rows, names))

    out.append("<h2>Which workshops can make it</h2>")
    out.append(_workshops(rows, workshops, workshops_chosen))

    out.append("<h2>Compared with an earlier sweep</h2>")
    out.append(_comparison(store, summary, rows, compare_with))
    out.append(
        '<p class="muted">Every variant, with its parameters, outcome, timings, footprint '
        "bounds and verdicts: variants.csv next to this file.</p></body></html>"
    )
    return "\n".join(out)


CSV_COLUMNS = (
    "idx",
    "origin",
    "outcome",
    "stage",
    "message",
    "location",
    "attempts",
    "worker",
    "build_s",
    "measure_s",
    "eco_s",
    "fit_s",
    "total_s",
    "co2e_low",
    "co2e_kg",
    "co2e_high",
    "energy_mj",
    "mass_kg",
    "grade",
    "repairability",
    "size_x",
    "size_y",
    "size_z",
    "volume_mm3",
    "parts",
    "fit_status",
    "facility_ok",
    "facility_reasons",
)


def _csv_cell(value: object) -> object:
    """Text a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render_csv(store: SweepStore, sweep_id: int) -> str:
    rows = store.rows(sweep_id)
    names = list(rows[0]["params"]) if rows else []
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*CSV_COLUMNS, *names])
    for row in rows:
        writer.writerow(
            [_csv_cell(row.get(c)) for c in CSV_COLUMNS] + [_csv_cell(row["params"].get(n)) for n in names]
        )
    return buffer.getvalue()


def write_report(
    store: SweepStore,
    sweep_id: int,
    folder: Path,
    schema: Schema | None,
    compare_with: int | None = None,
    workshops: Sequence[Any] | None = None,
    workshops_chosen: str = "",
) -> Path:
    """Write ``report.html`` and ``variants.csv`` into ``folder``; returns the HTML's path.

    ``workshops`` None: the ones the sweep's context names (its facility, or its country's)."""
    if workshops is None:
        from configurator.sweep.workshops import workshops_for

        workshops, workshops_chosen = workshops_for(store.sweep(sweep_id).context)
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "report.html"
    write_text_atomically(folder / "variants.csv", render_csv(store, sweep_id))
    write_text_atomically(
        page, render_html(store, sweep_id, schema, compare_with, workshops, workshops_chosen)
    )
    return page
