"""The sweep report: one self-contained HTML file (inline SVG plots, inline CSS, no scripts, no
network), plus ``variants.csv`` for spreadsheets.

Plots (matplotlib, rendered to SVG): where failures fall in each parameter's range, footprint
against the template's main dimensions, the Pareto front of footprint against size, the build-time
distribution, and a grade map over the two parameters that move the footprint most. A comparison
with an earlier sweep of the same template follows when there is one.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from configurator import __version__
from configurator.core.facilities.fileio import write_text_atomically
from configurator.core.params import NUMERIC_KINDS, Parameter, ParamKind
from configurator.core.schema import Schema
from configurator.sweep.progress import fmt_duration
from configurator.sweep.store import Summary, SweepStore, fmt_kg

GRADE_COLOURS = {"A": "#1a9850", "B": "#91cf60", "C": "#fee08b", "D": "#fc8d59", "E": "#d73027"}
OUTCOME_COLOURS = {"ok": "#4c9a6a", "failed": "#d1495b", "lost": "#8d8d8d"}
MAX_PANELS = 8
TABLE_ROWS = 15

Row = dict[str, Any]


def _figure(width: float, height: float) -> Any:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    return figure


def _svg(figure: Any) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog and doctype: inline in HTML


def _grid(count: int) -> tuple[int, int]:
    cols = min(4, max(1, count))
    return math.ceil(count / cols), cols


def _panels(schema: Schema | None, rows: Sequence[Row]) -> list[str]:
    """Parameter names worth a panel: those that vary in the sweep, numeric first."""
    if not rows:
        return []
    names = list(rows[0]["params"])
    varying = [n for n in names if len({json.dumps(r["params"].get(n)) for r in rows}) > 1]
    if schema is not None:
        varying.sort(key=lambda n: (n not in schema or schema[n].kind not in NUMERIC_KINDS,
                                    names.index(n)))
    return varying[:MAX_PANELS]


def _is_numeric(schema: Schema | None, name: str, rows: Sequence[Row]) -> bool:
    if schema is not None and name in schema:
        return schema[name].kind in NUMERIC_KINDS
    return all(isinstance(r["params"].get(name), int | float)
               and not isinstance(r["params"].get(name), bool) for r in rows)


def _label(schema: Schema | None, name: str) -> str:
    if schema is not None and name in schema:
        param: Parameter = schema[name]
        return f"{param.title} ({param.unit})" if param.unit else param.title
    return name


def plot_failures(schema: Schema | None, rows: Sequence[Row]) -> str:
    names = _panels(schema, rows)
    if not names:
        return ""
    nrows, ncols = _grid(len(names))
    figure = _figure(3.2 * ncols, 2.4 * nrows)
    axes = figure.subplots(nrows, ncols, squeeze=False).ravel()
    for ax, name in zip(axes, names, strict=False):
        groups = {o: [r["params"][name] for r in rows if r["outcome"] == o] for o in OUTCOME_COLOURS}
        if _is_numeric(schema, name, rows):
            values = [float(v) for g in groups.values() for v in g]
            low, high = min(values), max(values)
            bins = min(12, max(3, len(set(values))))
            data = [[float(v) for v in groups[o]] for o in OUTCOME_COLOURS]
            ax.hist(data, bins=bins, range=(low, high if high > low else low + 1), stacked=True,
                    color=list(OUTCOME_COLOURS.values()), label=list(OUTCOME_COLOURS))
        else:
            options = sorted({str(r["params"][name]) for r in rows})
            bottom = [0] * len(options)
            for outcome, colour in OUTCOME_COLOURS.items():
                counts = [sum(1 for v in groups[outcome] if str(v) == o) for o in options]
                ax.bar(options, counts, bottom=bottom, color=colour, label=outcome)
                bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
            ax.tick_params(axis="x", labelrotation=30)
        ax.set_xlabel(_label(schema, name), fontsize=8)
        ax.set_ylabel("variants", fontsize=8)
        ax.tick_params(labelsize=7)
    for ax in axes[len(names):]:
        ax.set_visible(False)
    axes[0].legend(fontsize=7)
    return _svg(figure)


def failure_axes(schema: Schema | None, rows: Sequence[Row]) -> list[str]:
    """The (up to two) numeric parameters whose values differ most between failed and built
    variants (difference of means, in units of the parameter's spread)."""
    bad = [r for r in rows if r["outcome"] in ("failed", "lost")]
    good = [r for r in rows if r["outcome"] == "ok"]
    if not bad or not good:
        return []
    scored = []
    for name in _panels(schema, rows):
        if not _is_numeric(schema, name, rows):
            continue
        values = [float(r["params"][name]) for r in rows]
        spread = (max(values) - min(values)) or 1.0
        mean_bad = sum(float(r["params"][name]) for r in bad) / len(bad)
        mean_good = sum(float(r["params"][name]) for r in good) / len(good)
        scored.append((abs(mean_bad - mean_good) / spread, name))
    scored.sort(reverse=True)
    return [name for _, name in scored[:2]]


def plot_failure_map(schema: Schema | None, rows: Sequence[Row]) -> str:
    names = failure_axes(schema, rows)
    if len(names) < 2:
        return ""
    x_name, y_name = names
    figure = _figure(6.4, 3.8)
    ax = figure.subplots()
    for outcome, colour in OUTCOME_COLOURS.items():
        chosen = [r for r in rows if r["outcome"] == outcome]
        if chosen:
            ax.scatter([float(r["params"][x_name]) for r in chosen],
                       [float(r["params"][y_name]) for r in chosen], s=22 if outcome != "ok" else 12,
                       c=colour, marker="x" if outcome != "ok" else "o", label=f"{outcome} "
                       f"({len(chosen)})")
    ax.set_xlabel(_label(schema, x_name), fontsize=9)
    ax.set_ylabel(_label(schema, y_name), fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    return _svg(figure)


FIT_COLOURS = {"holds": "#1a9850", "fails": "#d73027", "unknown": "#999999"}


def min_safety_factor(row: Row) -> float | None:
    text = row.get("fit_json")
    if not text:
        return None
    value = json.loads(text).get("min_safety_factor")
    return float(value) if isinstance(value, int | float) else None


def plot_fit(schema: Schema | None, rows: Sequence[Row]) -> str:
    """Smallest safety factor of each checked variant against the parameter that moves the
    footprint most, coloured by verdict."""
    checked = [r for r in rows if r.get("fit_status") in FIT_COLOURS]
    drivers = footprint_drivers(schema, rows)
    if not checked or not drivers:
        return ""
    name = drivers[0][0]
    figure = _figure(6.4, 3.4)
    ax = figure.subplots()
    for status, colour in FIT_COLOURS.items():
        chosen = [(float(r["params"][name]), min_safety_factor(r)) for r in checked
                  if r["fit_status"] == status]
        chosen = [(x, y) for x, y in chosen if y is not None]
        if chosen:
            ax.scatter([x for x, _ in chosen], [y for _, y in chosen], s=14, c=colour,
                       label=f"{status} ({len(chosen)})")
    ax.set_xlabel(_label(schema, name), fontsize=9)
    ax.set_ylabel("smallest safety factor", fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    return _svg(figure)


def _fit_section(schema: Schema | None, rows: Sequence[Row], names: Sequence[str]) -> str:
    checked = [r for r in rows if r.get("fit_status") in FIT_COLOURS]
    if not checked:
        reasons = sorted({json.loads(r["fit_json"]).get("reason", "") for r in rows
                          if r.get("fit_json")} - {""})
        return "<p>" + ("; ".join(_esc(r) for r in reasons) or "No variant was checked.") + "</p>"
    out = [f"<p>{len(checked)} variant(s) checked against the template's conditions of use: "
           + ", ".join(f"{sum(1 for r in checked if r['fit_status'] == s)} {s}"
                       for s in FIT_COLOURS) + ".</p>"]
    picture = plot_fit(schema, rows)
    if picture:
        out.append(f"<div class=\"plot\">{picture}</div>")
    unfit = [r for r in checked if r["fit_status"] != "holds"]
    if unfit:
        out.append(_table(["variant", "verdict", "why", "parameters"], [
            (r["idx"], r["fit_status"], json.loads(r["fit_json"]).get("reason", ""),
             _params_text(r["params"], names)) for r in unfit[:TABLE_ROWS]]))
    return "".join(out)


def _ok(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r["outcome"] == "ok" and r.get("co2e_kg") is not None]


def plot_footprint_vs_dimensions(schema: Schema | None, rows: Sequence[Row]) -> str:
    ok = _ok(rows)
    names = [n for n in _panels(schema, rows) if _is_numeric(schema, n, rows)
             and (schema is None or n not in schema or schema[n].kind is ParamKind.LENGTH)]
    names = names or [n for n in _panels(schema, rows) if _is_numeric(schema, n, rows)]
    if not ok or not names:
        return ""
    names = names[:6]
    nrows, ncols = _grid(len(names))
    figure = _figure(3.2 * ncols, 2.5 * nrows)
    axes = figure.subplots(nrows, ncols, squeeze=False, sharey=True).ravel()
    colours = [GRADE_COLOURS.get(str(r.get("grade")), "#666666") for r in ok]
    for ax, name in zip(axes, names, strict=False):
        ax.scatter([float(r["params"][name]) for r in ok], [r["co2e_kg"] for r in ok], s=10,
                   c=colours, edgecolors="#333333", linewidths=0.2)
        ax.set_xlabel(_label(schema, name), fontsize=8)
        ax.tick_params(labelsize=7)
    for ax in axes[::ncols]:
        ax.set_ylabel("kg CO2e (central)", fontsize=8)
    for ax in axes[len(names):]:
        ax.set_visible(False)
    from matplotlib.lines import Line2D

    present = sorted({str(r.get("grade")) for r in ok} & set(GRADE_COLOURS))
    axes[0].legend(handles=[Line2D([], [], marker="o", linestyle="", markersize=5,
                                   markerfacecolor=GRADE_COLOURS[g], markeredgecolor="#333333",
                                   label=f"grade {g}") for g in present], fontsize=7)
    return _svg(figure)


def envelope_litres(row: Row) -> float | None:
    sizes = [row.get("size_x"), row.get("size_y"), row.get("size_z")]
    if any(s is None for s in sizes):
        return None
    return float(sizes[0]) * float(sizes[1]) * float(sizes[2]) / 1e6  # type: ignore[arg-type]


def pareto_front(points: Sequence[tuple[float, float, int]]) -> list[int]:
    """Indices of (size, footprint, index) points no other point beats: at least as large with
    no more footprint, and better in one of the two. Sorted by size."""
    ordered = sorted(points, key=lambda p: (-p[0], p[1]))
    front: list[int] = []
    best = math.inf
    for _size, footprint, index in ordered:
        if footprint < best:
            front.append(index)
            best = footprint
    front.reverse()
    return front


def plot_pareto(rows: Sequence[Row]) -> tuple[str, list[Row]]:
    ok = [r for r in _ok(rows) if envelope_litres(r) is not None]
    if not ok:
        return "", []
    points = [(envelope_litres(r) or 0.0, float(r["co2e_kg"]), i) for i, r in enumerate(ok)]
    front = pareto_front(points)
    figure = _figure(6.4, 3.6)
    ax = figure.subplots()
    ax.scatter([p[0] for p in points], [p[1] for p in points], s=10, c="#9bb7d4",
               label="variants")
    ax.plot([points[i][0] for i in front], [points[i][1] for i in front], "o-", color="#c0392b",
            markersize=4, linewidth=1.2, label="Pareto front")
    ax.set_xlabel("size: assembled bounding box (litres)", fontsize=9)
    ax.set_ylabel("kg CO2e (central)", fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    return _svg(figure), [ok[i] for i in front]


def plot_build_times(rows: Sequence[Row]) -> str:
    times = [float(r["build_s"]) + float(r.get("measure_s") or 0.0) for r in rows
             if r.get("build_s") is not None]
    if not times:
        return ""
    figure = _figure(6.4, 3.0)
    ax = figure.subplots()
    ax.hist(times, bins=min(30, max(5, len(times) // 4)), color="#6c8ebf")
    ordered = sorted(times)
    median = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    ax.axvline(median, color="#333333", linestyle="--", linewidth=1, label=f"median {median:.3f} s")
    ax.axvline(p95, color="#c0392b", linestyle=":", linewidth=1, label=f"95th percentile {p95:.3f} s")
    corners = [float(r["build_s"]) + float(r.get("measure_s") or 0.0) for r in rows
               if r.get("build_s") is not None and r["origin"] in ("corner", "default")]
    if corners:
        ax.plot(corners, [0] * len(corners), "|", color="#e67e22", markersize=14,
                label="default and corners")
    ax.set_xlabel("build + measuring time per variant (s, on its worker)", fontsize=9)
    ax.set_ylabel("variants", fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    return _svg(figure)


def _rank(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2.0
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Rank correlation (0 when either side is constant)."""
    if len(xs) < 3:
        return 0.0
    rx, ry = _rank(xs), _rank(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / math.sqrt(vx * vy) if vx > 0 and vy > 0 else 0.0


def footprint_drivers(schema: Schema | None, rows: Sequence[Row]) -> list[tuple[str, float]]:
    """Numeric parameters by how strongly they move the footprint (|Spearman rho|)."""
    ok = _ok(rows)
    out = []
    for name in _panels(schema, rows):
        if _is_numeric(schema, name, rows) and ok:
            rho = spearman([float(r["params"][name]) for r in ok], [r["co2e_kg"] for r in ok])
            out.append((name, rho))
    out.sort(key=lambda item: -abs(item[1]))
    return out


def plot_grade_map(schema: Schema | None, rows: Sequence[Row]) -> str:
    ok = [r for r in _ok(rows) if r.get("grade")]
    drivers = footprint_drivers(schema, rows)
    if not ok or not drivers:
        return ""
    figure = _figure(6.4, 4.0)
    ax = figure.subplots()
    x_name = drivers[0][0]
    y_name = drivers[1][0] if len(drivers) > 1 else None
    for letter, colour in GRADE_COLOURS.items():
        chosen = [r for r in ok if r["grade"] == letter]
        if not chosen:
            continue
        xs = [float(r["params"][x_name]) for r in chosen]
        ys = ([float(r["params"][y_name]) for r in chosen] if y_name else
              [r["co2e_kg"] for r in chosen])
        ax.scatter(xs, ys, s=18, c=colour, edgecolors="#333333", linewidths=0.3,
                   label=f"grade {letter} ({len(chosen)})")
    others = sorted({str(r["grade"]) for r in ok} - set(GRADE_COLOURS))
    for letter in others:
        chosen = [r for r in ok if str(r["grade"]) == letter]
        ax.scatter([float(r["params"][x_name]) for r in chosen],
                   [float(r["params"][y_name]) if y_name else r["co2e_kg"] for r in chosen],
                   s=18, c="#666666", label=f"grade {letter} ({len(chosen)})")
    ax.set_xlabel(_label(schema, x_name), fontsize=9)
    ax.set_ylabel(_label(schema, y_name) if y_name else "kg CO2e (central)", fontsize=9)
    ax.legend(fontsize=8, loc="best")
    ax.tick_params(labelsize=8)
    return _svg(figure)


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
            f"<td class=\"num\">{_esc(c)}</td>" if i in numeric else f"<td>{_esc(c)}</td>"
            for i, c in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _params_text(params: Mapping[str, Any], names: Sequence[str]) -> str:
    return ", ".join(f"{n}={params[n]}" for n in names if n in params)


def _comparison(store: SweepStore, summary: Summary, rows: Sequence[Row],
                other_id: int | None) -> str:
    other = store.sweep(other_id) if other_id is not None else store.previous(summary.sweep)
    if other is None:
        return "<p class=\"muted\">No earlier sweep of this template to compare with.</p>"
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
        return (f"{fmt_kg(s.co2e_min)}–{fmt_kg(s.co2e_max)}" if s.co2e_min is not None
                and s.co2e_max is not None else "–")

    table = _table(["", f"sweep {other.id} ({other.created})",
                    f"sweep {summary.sweep.id} ({summary.sweep.created})"], [
        ("template version", other.template_version, summary.sweep.template_version),
        ("variants checked", before.done, summary.done),
        ("failures", before.failed, summary.failed),
        ("lost", before.lost, summary.lost),
        ("footprint range, kg CO2e", rng(before), rng(summary)),
    ])
    text = [f"<p>Compared with sweep {other.id}: {common} variant(s) are in both.</p>", table]
    if deltas:
        deltas.sort()
        text.append(f"<p>Footprint change on the variants in both: median "
                    f"{deltas[len(deltas) // 2]:+.3f} kg CO2e, from {deltas[0]:+.3f} to "
                    f"{deltas[-1]:+.3f}.</p>")
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


def _workshops(rows: Sequence[Row], workshops: Sequence[Any], chosen: str) -> str:
    from configurator.sweep.workshops import shares

    if not workshops:
        return ("<p class=\"muted\">Run the sweep with --facility or --country to see which "
                "workshops can make which share of the variants.</p>")
    found = shares(rows, workshops)
    makes_all = sum(1 for s in found if s.of and s.can_make == s.of)
    makes_none = sum(1 for s in found if s.can_make == 0)
    out = [f"<p>Considered: {_esc(chosen)}. {makes_all} can make every built variant, "
           f"{makes_none} none of them. Machines of workshops marked “assumed” are not verified "
           "(e.g. a fab lab's standard inventory).</p>"]
    out.append(_table(["workshop", "country", "can make", "share", "machines", "main reason"], [
        (f"{s.name} ({s.facility_id})", s.country, f"{s.can_make} of {s.of}", f"{s.share:.0%}",
         "verified" if s.verified else "assumed", s.main_reason)
        for s in found[:TABLE_ROWS]], numeric=(2, 3)))
    if len(found) > TABLE_ROWS:
        out.append(f"<p class=\"muted\">…and {len(found) - TABLE_ROWS} more workshops.</p>")
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


def render_html(store: SweepStore, sweep_id: int, schema: Schema | None,
                compare_with: int | None = None, workshops: Sequence[Any] = (),
                workshops_chosen: str = "") -> str:
    summary = store.summary(sweep_id)
    info = summary.sweep
    rows = store.rows(sweep_id)
    names = list(rows[0]["params"]) if rows else []
    failures = [r for r in rows if r["outcome"] in ("failed", "lost")]
    pareto_svg, front = plot_pareto(rows)
    drivers = footprint_drivers(schema, rows)
    fit_reasons = sorted({json.loads(r["fit_json"]).get("reason", "") for r in rows
                          if r.get("fit_json")} - {""})
    spec = info.spec
    how = (f"grid {' '.join(spec['grid'])}" if "grid" in spec else
           f"{spec.get('samples')} {spec.get('method', 'lhs').upper()} samples, seed "
           f"{spec.get('seed')}{' plus corners' if spec.get('corners') else ''}")
    where = _place(info.context)
    out = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>Sweep {info.id}: {_esc(info.template_id)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Sweep {info.id}: {_esc(info.template_id)} v{_esc(info.template_version)}</h1>",
        f"<p class=\"headline\">{_esc(summary.headline())}</p>",
        "<table>",
        f"<tr><th>variants</th><td>{_esc(how)}; {info.planned} planned, {info.rejected} "
        f"candidate(s) broke a constraint and were not built, {info.duplicates} duplicate(s) "
        "skipped</td></tr>",
        f"<tr><th>made at</th><td>{_esc(where)}</td></tr>",
        f"<tr><th>fit for use</th><td>{_esc(_fit_text(summary))}"
        + "".join(f"<br><span class=\"muted\">{_esc(r)}</span>" for r in fit_reasons) + "</td></tr>",
    ]
    if summary.facility_ok is not None:
        share = summary.facility_ok / summary.ok if summary.ok else 0.0
        out.append(f"<tr><th>{_esc(info.context.get('facility'))} can make</th><td>"
                   f"{summary.facility_ok} of {summary.ok} built variants ({share:.0%})</td></tr>")
    out.append(f"<tr><th>run</th><td>{info.runs} run(s), {fmt_duration(info.wall_s)} on "
               f"{_esc(info.cluster)}; median build {summary.median_build_s or 0:.3f} s</td></tr>")
    out.append(f"<tr><th>stored in</th><td>{_esc(store.path)} (sweep {info.id}); Fabwise "
               f"{_esc(__version__)}</td></tr></table>")
    for note in info.notes:
        out.append(f"<p class=\"warn\">{_esc(note)}</p>")
    if summary.pending or summary.lost:
        out.append(f"<p class=\"warn\">{summary.pending} variant(s) not run yet and {summary.lost} "
                   "lost: run the same sweep command again to resume.</p>")
    out.append("<p class=\"muted\">Footprints are the central estimate of kg CO2e over the life "
               "cycle with the eco rules' assumptions (each variant's low–high bounds are in "
               "variants.csv). Sizes are the assembled product's bounding box.</p>")

    out.append("<h2>Failures by parameter region</h2>")
    if failures:
        stages: dict[str, int] = {}
        for r in failures:
            stages[r.get("stage") or "?"] = stages.get(r.get("stage") or "?", 0) + 1
        out.append("<p>" + ", ".join(f"{n} at the {s} stage" for s, n in sorted(stages.items()))
                   + ".</p>")
    else:
        out.append("<p>No variant failed. The bars show how the sweep covered each range.</p>")
    out.append(f"<div class=\"plot\">{plot_failures(schema, rows)}</div>")
    failure_map = plot_failure_map(schema, rows) if failures else ""
    if failure_map:
        x_name, y_name = failure_axes(schema, rows)
        out.append(f"<p>The two parameters that separate failures from built variants most: "
                   f"{_esc(x_name)} and {_esc(y_name)}.</p>")
        out.append(f"<div class=\"plot\">{failure_map}</div>")
    if failures:
        out.append(_table(["variant", "outcome", "stage", "message", "where", "parameters"], [
            (r["idx"], r["outcome"], r.get("stage") or "", r.get("message") or "",
             r.get("location") or "", _params_text(r["params"], names))
            for r in failures[:TABLE_ROWS]]))
        if len(failures) > TABLE_ROWS:
            out.append(f"<p class=\"muted\">…and {len(failures) - TABLE_ROWS} more in variants.csv</p>")

    out.append("<h2>Footprint against the main dimensions</h2>")
    out.append(f"<div class=\"plot\">{plot_footprint_vs_dimensions(schema, rows)}</div>")
    if drivers:
        out.append("<p>What moves the footprint (rank correlation with kg CO2e): " + ", ".join(
            f"{_esc(n)} {rho:+.2f}" for n, rho in drivers[:6]) + ".</p>")

    out.append("<h2>Footprint against size: the Pareto front</h2>")
    if pareto_svg:
        out.append("<p>Variants on the front have the lowest footprint for their size: no other "
                   "variant is at least as large with a smaller footprint.</p>")
        out.append(f"<div class=\"plot\">{pareto_svg}</div>")
        out.append(_table(["variant", "size (L)", "kg CO2e", "grade", "parameters"], [
            (r["idx"], f"{envelope_litres(r) or 0:.3f}", f"{r['co2e_kg']:.3f}", r.get("grade") or "",
             _params_text(r["params"], names)) for r in front[:TABLE_ROWS]], numeric=(0, 1, 2)))
    else:
        out.append("<p>No variant was built.</p>")

    out.append("<h2>Build time</h2>")
    out.append(f"<div class=\"plot\">{plot_build_times(rows)}</div>")
    slow = sorted((r for r in rows if r.get("build_s") is not None),
                  key=lambda r: -(r["build_s"] + (r.get("measure_s") or 0)))[:5]
    if slow:
        out.append("<p>Slowest variants:</p>")
        out.append(_table(["variant", "origin", "build s", "measure s", "worker", "parameters"], [
            (r["idx"], r["origin"], f"{r['build_s']:.3f}", f"{r.get('measure_s') or 0:.3f}",
             r.get("worker") or "", _params_text(r["params"], names)) for r in slow],
            numeric=(0, 2, 3)))

    out.append("<h2>Grade map</h2>")
    grade_svg = plot_grade_map(schema, rows)
    out.append(f"<div class=\"plot\">{grade_svg}</div>" if grade_svg else "<p>No grades.</p>")

    out.append("<h2>Fit for use</h2>")
    out.append(_fit_section(schema, rows, names))

    out.append("<h2>Which workshops can make it</h2>")
    out.append(_workshops(rows, workshops, workshops_chosen))

    out.append("<h2>Compared with an earlier sweep</h2>")
    out.append(_comparison(store, summary, rows, compare_with))
    out.append("<p class=\"muted\">Every variant, with its parameters, outcome, timings, footprint "
               "bounds and verdicts: variants.csv next to this file.</p></body></html>")
    return "\n".join(out)


CSV_COLUMNS = ("idx", "origin", "outcome", "stage", "message", "location", "attempts", "worker",
               "build_s", "measure_s", "eco_s", "fit_s", "total_s", "co2e_low", "co2e_kg",
               "co2e_high", "energy_mj", "mass_kg", "grade", "repairability", "size_x", "size_y", "size_z",
               "volume_mm3", "parts", "fit_status", "facility_ok", "facility_reasons")


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
        writer.writerow([_csv_cell(row.get(c)) for c in CSV_COLUMNS]
                        + [_csv_cell(row["params"].get(n)) for n in names])
    return buffer.getvalue()


def write_report(store: SweepStore, sweep_id: int, folder: Path, schema: Schema | None,
                 compare_with: int | None = None, workshops: Sequence[Any] | None = None,
                 workshops_chosen: str = "") -> Path:
    """Write ``report.html`` and ``variants.csv`` into ``folder``; returns the HTML's path.

    ``workshops`` None: the ones the sweep's context names (its facility, or its country's)."""
    if workshops is None:
        from configurator.sweep.workshops import workshops_for

        workshops, workshops_chosen = workshops_for(store.sweep(sweep_id).context)
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "report.html"
    write_text_atomically(folder / "variants.csv", render_csv(store, sweep_id))
    write_text_atomically(page, render_html(store, sweep_id, schema, compare_with, workshops,
                                            workshops_chosen))
    return page
