"""The sweep report's plots (matplotlib, rendered to inline SVG) and the numbers behind them:
failures by parameter region, footprint against the main dimensions, the Pareto front of footprint
against size, build times, the grade map and safety factors."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from typing import Any

from configurator.sdk.params import NUMERIC_KINDS, Parameter, ParamKind
from configurator.sdk.schema import Schema

GRADE_COLOURS = {"A": "#1a9850", "B": "#91cf60", "C": "#fee08b", "D": "#fc8d59", "E": "#d73027"}
OUTCOME_COLOURS = {"ok": "#4c9a6a", "failed": "#d1495b", "lost": "#8d8d8d"}
MAX_PANELS = 8

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
    return text[text.index("<svg") :]  # drop the XML prolog and doctype: inline in HTML


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
        varying.sort(key=lambda n: (n not in schema or schema[n].kind not in NUMERIC_KINDS, names.index(n)))
    return varying[:MAX_PANELS]


def _is_numeric(schema: Schema | None, name: str, rows: Sequence[Row]) -> bool:
    if schema is not None and name in schema:
        return schema[name].kind in NUMERIC_KINDS
    return all(
        isinstance(r["params"].get(name), int | float) and not isinstance(r["params"].get(name), bool)
        for r in rows
    )


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
            ax.hist(
                data,
                bins=bins,
                range=(low, high if high > low else low + 1),
                stacked=True,
                color=list(OUTCOME_COLOURS.values()),
                label=list(OUTCOME_COLOURS),
            )
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
    for ax in axes[len(names) :]:
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
            ax.scatter(
                [float(r["params"][x_name]) for r in chosen],
                [float(r["params"][y_name]) for r in chosen],
                s=22 if outcome != "ok" else 12,
                c=colour,
                marker="x" if outcome != "ok" else "o",
                label=f"{outcome} ({len(chosen)})",
            )
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
        chosen = [
            (float(r["params"][name]), min_safety_factor(r)) for r in checked if r["fit_status"] == status
        ]
        chosen = [(x, y) for x, y in chosen if y is not None]
        if chosen:
            ax.scatter(
                [x for x, _ in chosen],
                [y for _, y in chosen],
                s=14,
                c=colour,
                label=f"{status} ({len(chosen)})",
            )
    ax.set_xlabel(_label(schema, name), fontsize=9)
    ax.set_ylabel("smallest safety factor", fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    return _svg(figure)


def _ok(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r["outcome"] == "ok" and r.get("co2e_kg") is not None]


def plot_footprint_vs_dimensions(schema: Schema | None, rows: Sequence[Row]) -> str:
    ok = _ok(rows)
    names = [
        n
        for n in _panels(schema, rows)
        if _is_numeric(schema, n, rows)
        and (schema is None or n not in schema or schema[n].kind is ParamKind.LENGTH)
    ]
    names = names or [n for n in _panels(schema, rows) if _is_numeric(schema, n, rows)]
    if not ok or not names:
        return ""
    names = names[:6]
    nrows, ncols = _grid(len(names))
    figure = _figure(3.2 * ncols, 2.5 * nrows)
    axes = figure.subplots(nrows, ncols, squeeze=False, sharey=True).ravel()
    colours = [GRADE_COLOURS.get(str(r.get("grade")), "#666666") for r in ok]
    for ax, name in zip(axes, names, strict=False):
        ax.scatter(
            [float(r["params"][name]) for r in ok],
            [r["co2e_kg"] for r in ok],
            s=10,
            c=colours,
            edgecolors="#333333",
            linewidths=0.2,
        )
        ax.set_xlabel(_label(schema, name), fontsize=8)
        ax.tick_params(labelsize=7)
    for ax in axes[::ncols]:
        ax.set_ylabel("kg CO2e (central)", fontsize=8)
    for ax in axes[len(names) :]:
        ax.set_visible(False)
    from matplotlib.lines import Line2D

    present = sorted({str(r.get("grade")) for r in ok} & set(GRADE_COLOURS))
    axes[0].legend(
        handles=[
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=5,
                markerfacecolor=GRADE_COLOURS[g],
                markeredgecolor="#333333",
                label=f"grade {g}",
            )
            for g in present
        ],
        fontsize=7,
    )
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
    ax.scatter([p[0] for p in points], [p[1] for p in points], s=10, c="#9bb7d4", label="variants")
    ax.plot(
        [points[i][0] for i in front],
        [points[i][1] for i in front],
        "o-",
        color="#c0392b",
        markersize=4,
        linewidth=1.2,
        label="Pareto front",
    )
    ax.set_xlabel("size: assembled bounding box (litres)", fontsize=9)
    ax.set_ylabel("kg CO2e (central)", fontsize=9)
    ax.legend(fontsize=8)
    ax.tick_params(labelsize=8)
    return _svg(figure), [ok[i] for i in front]


def plot_build_times(rows: Sequence[Row]) -> str:
    times = [
        float(r["build_s"]) + float(r.get("measure_s") or 0.0) for r in rows if r.get("build_s") is not None
    ]
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
    corners = [
        float(r["build_s"]) + float(r.get("measure_s") or 0.0)
        for r in rows
        if r.get("build_s") is not None and r["origin"] in ("corner", "default")
    ]
    if corners:
        ax.plot(corners, [0] * len(corners), "|", color="#e67e22", markersize=14, label="default and corners")
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
        ys = [float(r["params"][y_name]) for r in chosen] if y_name else [r["co2e_kg"] for r in chosen]
        ax.scatter(
            xs,
            ys,
            s=18,
            c=colour,
            edgecolors="#333333",
            linewidths=0.3,
            label=f"grade {letter} ({len(chosen)})",
        )
    others = sorted({str(r["grade"]) for r in ok} - set(GRADE_COLOURS))
    for letter in others:
        chosen = [r for r in ok if str(r["grade"]) == letter]
        ax.scatter(
            [float(r["params"][x_name]) for r in chosen],
            [float(r["params"][y_name]) if y_name else r["co2e_kg"] for r in chosen],
            s=18,
            c="#666666",
            label=f"grade {letter} ({len(chosen)})",
        )
    ax.set_xlabel(_label(schema, x_name), fontsize=9)
    ax.set_ylabel(_label(schema, y_name) if y_name else "kg CO2e (central)", fontsize=9)
    ax.legend(fontsize=8, loc="best")
    ax.tick_params(labelsize=8)
    return _svg(figure)
