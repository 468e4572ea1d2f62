"""Sourced factor tables (``resources/data/eco/*.csv``) loaded into typed, traceable records.

Each row becomes a :class:`Factor` that keeps its value, bounds, unit, boundary, source, locator and
status. A row with a missing column, a bad number, bounds out of order, no source or an unknown
status stops loading with the file, line and reason: a factor that cannot be traced is never used.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import translate
from configurator.sdk.materials import Material, load_materials
from configurator.sdk.resources import data_path
from eco_rules.interval import Interval

STATUSES = frozenset({"sourced", "computed", "PROXY", "estimate", "assumption"})
# Values a facility or a user supplies (their machine power, their own electricity figure) keep
# their own status: "example" (a fictional example facility), "user-declared" (typed in by a user
# or a facility, not checked by Fabwise), or "sourced" when the facility record cites a source.
CONTEXT_STATUSES = frozenset({"example", "user-declared", "sourced"})
FLAGGED_STATUSES = frozenset({"PROXY", "estimate", "assumption", "example", "user-declared"})
# From the firmest to the weakest: a figure is as firm as the weakest factor it rests on.
STATUS_ORDER = ("sourced", "computed", "PROXY", "user-declared", "estimate", "assumption", "example")


def weakest_status(statuses: Iterable[str]) -> str:
    """The weakest of ``statuses`` (``sourced`` for none: a figure that uses no factor, e.g. 0 km)."""
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    return max(statuses, key=lambda s: rank.get(s, len(STATUS_ORDER)), default="sourced")


RANGE_BASES = frozenset({"sourced", "computed", "estimate_pm20", "estimate", "none"})
FACTOR_COLUMNS = (
    "id",
    "subject",
    "quantity",
    "value",
    "unit",
    "low",
    "high",
    "range_basis",
    "boundary",
    "source",
    "locator",
    "status",
    "notes",
)
TRANSPORT_ALIASES = {
    "foot": "bicycle",
    "walk": "bicycle",
    "bike": "bicycle",
    "cargo_bike": "bicycle",
    "sea": "ship",
    "lorry": "truck",
    "hgv": "truck",
    "train": "rail",
    "plane": "air",
}
EOL_ROUTES = ("recycling", "incineration", "landfill")


_UNIT_SUFFIXES = ("_kg_h", "_kw", "_w", "_h", "_mm")


def _words(name: str) -> str:
    """A row name in words: mean_power_w -> mean power, setup_time_h -> setup time."""
    for suffix in _UNIT_SUFFIXES:
        if name.endswith(suffix):
            name = name.removesuffix(suffix)
            break
    return name.replace("_", " ")


def grid_words(code: str) -> str:
    """A grid in a sentence ("on the {grid} grid"): "world-average", "EU-average" or its country code."""
    if code == "WORLD":
        return translate("eco-report", "world-average")
    if code == "EU":
        return translate("eco-report", "EU-average")
    return code


def mode_words(mode: str) -> str:
    """A transport mode in a sentence ("{distance} by {mode}"): "van", "lorry", "bicycle"..."""
    words = {
        "van": translate("eco-report", "van"),
        "truck": translate("eco-report", "lorry"),
        "rail": translate("eco-report", "rail"),
        "bicycle": translate("eco-report", "bicycle"),
        "ship": translate("eco-report", "ship"),
        "air": translate("eco-report", "air"),
        "car": translate("eco-report", "car"),
    }
    return words.get(TRANSPORT_ALIASES.get(mode, mode), mode.replace("_", " "))


def _figure_words(name: str) -> str:
    """A row name in the reader's words: mean_power_w -> "mean power", translated where it can be."""
    plain = _words(name)
    words = {
        "angle": translate("eco-factors", "angle"),
        "deposition rate": translate("eco-factors", "deposition rate"),
        "engrave line": translate("eco-factors", "engrave line"),
        "engrave speed": translate("eco-factors", "engrave speed"),
        "flat bar": translate("eco-factors", "flat bar"),
        "incineration": translate("eco-factors", "incineration"),
        "infill fraction": translate("eco-factors", "infill fraction"),
        "landfill": translate("eco-factors", "landfill"),
        "layer height": translate("eco-factors", "layer height"),
        "mean power": translate("eco-factors", "mean power"),
        "nesting waste ratio": translate("eco-factors", "nesting waste ratio"),
        "pierce s": translate("eco-factors", "pierce time"),
        "plate": translate("eco-factors", "plate"),
        "power": translate("eco-factors", "power"),
        "rated power fraction": translate("eco-factors", "rated power fraction"),
        "recycling": translate("eco-factors", "recycling"),
        "round bar": translate("eco-factors", "round bar"),
        "seconds per layer": translate("eco-factors", "seconds per layer"),
        "setup time": translate("eco-factors", "setup time"),
        "sheet": translate("eco-factors", "sheet"),
        "shell thickness": translate("eco-factors", "shell thickness"),
        "spindle load factor": translate("eco-factors", "spindle load factor"),
        "stock margin": translate("eco-factors", "stock margin"),
        "throughput": translate("eco-factors", "throughput"),
        "tool diameter": translate("eco-factors", "tool diameter"),
        "travel speed": translate("eco-factors", "travel speed"),
        "waste ratio": translate("eco-factors", "waste ratio"),
    }
    return words.get(plain, plain)


class FactorDataError(FabwiseError):
    """A factor file is malformed. The message names the file, the line and the problem."""


@dataclass(frozen=True)
class Factor:
    id: str
    subject: str
    quantity: str
    value: float
    unit: str
    low: float
    high: float
    range_basis: str
    boundary: str
    source: str
    locator: str
    status: str
    notes: str = ""
    file: str = ""

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.value, self.high)

    @property
    def flagged(self) -> bool:
        """True when the figure is a proxy, an estimate or an assumption (shown in every report)."""
        return self.status in FLAGGED_STATUSES or self.range_basis.startswith("estimate")

    @property
    def flag(self) -> str:
        if self.status in FLAGGED_STATUSES:
            return self.status
        if self.range_basis.startswith("estimate"):
            return "range estimated"
        return ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "status": self.status,
            "range_basis": self.range_basis,
            "boundary": self.boundary,
            "source": self.source,
            "locator": self.locator,
            "notes": self.notes,
            "file": self.file,
        }


def _number(row: dict[str, str], column: str, where: str) -> float:
    text = (row.get(column) or "").strip()
    try:
        return float(text)
    except ValueError:
        raise FactorDataError(f"{where}: column '{column}' is not a number: {text!r}") from None


def read_factor_rows(path: Path, extra_columns: Iterable[str] = ()) -> list[tuple[Factor, dict[str, str]]]:
    """Read and validate one factor file; return each Factor with its raw row (for extra columns)."""
    if not path.is_file():
        raise FactorDataError(f"factor file missing: {path}", hint="reinstall or restore resources/data/eco")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = set(reader.fieldnames or ())
        required = {c for c in FACTOR_COLUMNS if c not in ("subject", "quantity", "notes")}
        required |= set(extra_columns)
        missing = sorted(required - header)
        if missing:
            raise FactorDataError(f"{path.name}: missing column(s) {', '.join(missing)}")
        out: list[tuple[Factor, dict[str, str]]] = []
        seen: set[str] = set()
        for line, row in enumerate(reader, start=2):
            where = f"{path.name}:{line}"
            factor = _factor_from_row(row, where, path.name)
            if factor.id in seen:
                raise FactorDataError(f"{where}: duplicate factor id '{factor.id}'")
            seen.add(factor.id)
            out.append((factor, row))
    return out


def _factor_from_row(row: dict[str, str], where: str, file: str) -> Factor:
    ident = (row.get("id") or "").strip()
    if not ident:
        raise FactorDataError(f"{where}: empty id")
    value, low, high = (_number(row, c, where) for c in ("value", "low", "high"))
    if not low <= value <= high:
        raise FactorDataError(f"{where}: '{ident}' needs low <= value <= high, got {low}, {value}, {high}")
    status = (row.get("status") or "").strip()
    if status not in STATUSES:
        raise FactorDataError(
            f"{where}: '{ident}' has status {status!r}", hint=f"use one of {', '.join(sorted(STATUSES))}"
        )
    basis = (row.get("range_basis") or "").strip()
    if basis not in RANGE_BASES:
        raise FactorDataError(f"{where}: '{ident}' has range_basis {basis!r}")
    source = (row.get("source") or "").strip()
    if not source:
        raise FactorDataError(f"{where}: '{ident}' has no source", hint="every factor needs a source")
    unit = (row.get("unit") or "").strip()
    if not unit:
        raise FactorDataError(f"{where}: '{ident}' has no unit")
    return Factor(
        id=ident,
        subject=(row.get("subject") or "").strip(),
        quantity=(row.get("quantity") or "").strip(),
        value=value,
        unit=unit,
        low=low,
        high=high,
        range_basis=basis,
        boundary=(row.get("boundary") or "").strip(),
        source=source,
        locator=(row.get("locator") or "").strip(),
        status=status,
        notes=(row.get("notes") or "").strip(),
        file=file,
    )


@dataclass(frozen=True)
class CircularityRow:
    """Recycled content of a material, with its status and basis (resources/data/eco/circularity.csv)."""

    material: str
    recycled_content: float
    status: str
    basis: str
    notes: str = ""


@dataclass(frozen=True)
class GridEntry:
    factor: Factor
    country: str
    name: str
    year: int


class FactorBook:
    """All factor tables, indexed for the lookups rules make."""

    def __init__(self, folder: Path | None = None, materials: dict[str, Material] | None = None) -> None:
        self.folder = folder or data_path("eco")
        self.materials: dict[str, Material] = materials if materials is not None else load_materials()
        self.by_id: dict[str, Factor] = {}
        self.material: dict[tuple[str, str], Factor] = {}
        self.eol: dict[tuple[str, str], Factor] = {}
        self.process: dict[str, Factor] = {}
        self.laser_speeds: dict[str, list[tuple[float, Factor]]] = {}
        self.cnc_rates: dict[tuple[str, str], Factor] = {}
        self.grid: dict[str, GridEntry] = {}
        self.transport: dict[tuple[str, str], Factor] = {}
        self.transport_basis: dict[str, str] = {}
        self.density: dict[str, Factor] = {}
        self.circularity: dict[str, CircularityRow] = {}
        # material family -> standard stock rows: (factor, (form, thickness_mm, width_mm or None)).
        # Round bars carry their diameter as thickness_mm.
        self.stock_sizes: dict[str, list[tuple[Factor, tuple[str, float, float | None]]]] = {}
        # material family -> standard sheets: (factor, (length_mm, width_mm))
        self.sheet_sizes: dict[str, list[tuple[Factor, tuple[float, float]]]] = {}
        self._load()

    def _add(self, factor: Factor) -> None:
        if factor.id in self.by_id:
            other = self.by_id[factor.id].file
            raise FactorDataError(f"{factor.file}: factor id '{factor.id}' also in {other}")
        self.by_id[factor.id] = factor

    def _rows(self, name: str, extra: Iterable[str] = ()) -> list[tuple[Factor, dict[str, str]]]:
        rows = read_factor_rows(self.folder / name, extra)
        for factor, _ in rows:
            self._add(factor)
        return rows

    def _load(self) -> None:
        for factor, _ in self._rows("material_factors.csv"):
            self._check_material(factor)
            self.material[(factor.subject, factor.quantity)] = factor
        for factor, _ in self._rows("eol_factors.csv"):
            self._check_material(factor)
            route = factor.id.rsplit(".", 1)[-1]
            if route not in EOL_ROUTES:
                raise FactorDataError(f"eol_factors.csv: '{factor.id}' has unknown route '{route}'")
            self.eol[(factor.subject, route)] = factor
        for factor, _ in self._rows("process_factors.csv"):
            self.process[factor.id] = factor
        for factor, _ in self._rows("laser_job.csv"):  # laser job time (pierce, travel, engraving)
            self.process[factor.id] = factor
        for factor, _ in self._rows("laser_speeds.csv"):
            self._check_material(factor)
            thickness = float(factor.id.split(".", 2)[2])
            self.laser_speeds.setdefault(factor.subject, []).append((thickness, factor))
        for table in self.laser_speeds.values():
            table.sort(key=lambda item: item[0])
        for factor, _ in self._rows("cnc_rates.csv"):
            self._check_material(factor)
            process = factor.id.split(".")[1]
            self.cnc_rates[(process, factor.subject)] = factor
        for factor, row in self._rows("grid.csv", ("country", "name", "year")):
            country = row["country"].strip().upper()
            self.grid[country] = GridEntry(factor, country, row["name"].strip(), int(row["year"]))
        for factor, row in self._rows("transport.csv", ("basis",)):
            self.transport[(factor.subject, factor.quantity)] = factor
            self.transport_basis[factor.subject] = row["basis"].strip()
        for material in self.materials.values():
            self.density[material.id] = self._density_factor(material)
        self._load_circularity()
        for factor, row in self._rows("stock_sizes.csv", ("form", "thickness_mm", "width_mm", "length_mm")):
            form = row["form"].strip()
            where = f"stock_sizes.csv: '{factor.id}'"
            if form == "sheet":
                length, width = _number(row, "length_mm", where), _number(row, "width_mm", where)
                if min(length, width) <= 0:
                    raise FactorDataError(f"{where}: a sheet needs a length and a width > 0")
                self.sheet_sizes.setdefault(factor.subject, []).append((factor, (length, width)))
                continue
            if form not in ("flat_bar", "plate", "round_bar", "angle"):
                raise FactorDataError(
                    f"{where}: form must be flat_bar, plate, round_bar, angle or sheet, got {form!r}"
                )
            thickness = _number(row, "thickness_mm", where)
            bar_width: float | None = (
                _number(row, "width_mm", where) if form in ("flat_bar", "angle") else None
            )
            if thickness <= 0 or (bar_width is not None and bar_width < thickness):
                raise FactorDataError(f"{where}: needs thickness > 0 and width >= thickness")
            self.stock_sizes.setdefault(factor.subject, []).append((factor, (form, thickness, bar_width)))

    def _load_circularity(self) -> None:
        path = self.folder / "circularity.csv"
        if not path.is_file():
            raise FactorDataError(
                f"factor file missing: {path}", hint="reinstall or restore resources/data/eco"
            )
        with path.open(newline="", encoding="utf-8") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                where = f"circularity.csv:{line}"
                material = (row.get("material") or "").strip()
                if material not in self.materials:
                    raise FactorDataError(f"{where}: material '{material}' is not in materials.csv")
                share = _number(row, "recycled_content", where)
                if not 0 <= share <= 1:
                    raise FactorDataError(f"{where}: recycled_content must be 0-1, got {share}")
                status = (row.get("status") or "").strip()
                if status not in STATUSES:
                    known = ", ".join(sorted(STATUSES))
                    raise FactorDataError(f"{where}: status {status!r} is not one of {known}")
                basis = (row.get("basis") or "").strip()
                if not basis:
                    raise FactorDataError(f"{where}: '{material}' needs a basis (source or assumption)")
                self.circularity[material] = CircularityRow(
                    material, share, status, basis, (row.get("notes") or "").strip()
                )
        missing = sorted(set(self.materials) - set(self.circularity))
        if missing:
            raise FactorDataError(f"circularity.csv: no row for {', '.join(missing)}")

    def _check_material(self, factor: Factor) -> None:
        if factor.subject not in self.materials:
            raise FactorDataError(
                f"{factor.file}: '{factor.id}' names material '{factor.subject}', "
                "which is not in resources/data/materials.csv"
            )

    @staticmethod
    def _density_factor(material: Material) -> Factor:
        status = {"sourced": "sourced", "PROXY": "PROXY", "estimate": "estimate"}.get(
            material.density_status, "estimate"
        )
        low = material.density_low if material.density_low is not None else material.density_kg_m3
        high = material.density_high if material.density_high is not None else material.density_kg_m3
        return Factor(
            id=f"density.{material.id}",
            subject=material.id,
            quantity="density",
            value=material.density_kg_m3,
            unit="kg/m3",
            low=min(low, material.density_kg_m3),
            high=max(high, material.density_kg_m3),
            range_basis="sourced" if low != high else "none",
            boundary="solid material",
            source=material.density_source or "materials.csv",
            locator="",
            status=status,
            notes=material.notes,
            file="materials.csv",
        )

    # --- lookups --------------------------------------------------------------------------------
    def factor(self, factor_id: str) -> Factor:
        try:
            if factor_id.startswith("density."):
                return self.density[factor_id.removeprefix("density.")]
            return self.by_id[factor_id]
        except KeyError:
            raise KeyError(f"no factor '{factor_id}'") from None

    def grid_entry(self, country: str) -> GridEntry | None:
        return self.grid.get(country.strip().upper())

    def transport_mode(self, mode: str) -> str | None:
        key = mode.strip().lower()
        key = TRANSPORT_ALIASES.get(key, key)
        return key if key in self.transport_basis else None

    def all_factors(self) -> list[Factor]:
        return [*self.by_id.values(), *self.density.values()]

    def describe(self, factor: Factor) -> str:
        """The figure in words a consumer reads (see :func:`describe_factor`)."""
        return describe_factor(factor, self.materials)


def describe_factor(factor: Factor, materials: dict[str, Material] | None = None) -> str:
    """The figure in words a consumer reads ("Recycled PETG carbon footprint", "3D printer mean
    power for PETG"), never the row id; the id stays in the report's sources table."""
    known = materials if materials is not None else load_materials()

    def subject(name: str) -> str:
        if name in known:
            return known[name].label
        return _process_words(name)

    parts = factor.id.split(".")
    head, last = parts[0], parts[-1]
    if head == "grid":
        if last == "WORLD":
            return translate("eco-factors", "world-average electricity mix")
        if last == "EU":
            return translate("eco-factors", "EU-average electricity mix")
        return translate("eco-factors", "electricity mix ({grid})").format(grid=last)
    if head == "eol":
        return translate("eco-factors", "{subject} end of life ({route})").format(
            subject=subject(factor.subject), route=_figure_words(last)
        )
    if head == "stock" and len(parts) >= 3:
        return translate("eco-factors", "standard {stock} size {size} mm").format(
            stock=_figure_words(parts[1]), size=last.replace("x", " × ")
        )
    if head == "laser_speed" and len(parts) == 3:
        return translate("eco-factors", "laser cutting speed in {thickness} mm {material}").format(
            thickness=last, material=subject(parts[1])
        )
    if head == "cnc_rate" and len(parts) == 3:
        return translate("eco-factors", "{machine} cutting rate in {material}").format(
            machine=subject(parts[1]), material=subject(last)
        )
    if head == "transport":
        if factor.quantity == "carbon":
            return translate("eco-factors", "{mode} emissions").format(mode=subject(factor.subject))
        return translate("eco-factors", "{mode} energy use").format(mode=subject(factor.subject))
    if head == "process" and len(parts) >= 3:
        if last in known and len(parts) >= 4:
            return translate("eco-factors", "{machine} {figure} for {material}").format(
                machine=subject(parts[1]), figure=_figure_words(parts[2]), material=known[last].label
            )
        return translate("eco-factors", "{machine} {figure}").format(
            machine=subject(parts[1]), figure=_figure_words(last)
        )
    what = _quantity_words(factor.quantity)
    return (
        translate("eco-factors", "{subject} {figure}")
        .format(subject=subject(factor.subject), figure=what)
        .strip()
    )


def _quantity_words(quantity: str) -> str:
    words = {
        "carbon": translate("eco-factors", "carbon footprint"),
        "energy": translate("eco-factors", "production energy"),
        "density": translate("eco-factors", "density"),
        "rate": translate("eco-factors", "throughput"),
    }
    return words.get(quantity, _words(quantity))


def _process_words(name: str) -> str:
    """A machine or transport mode in words (a consumer reads "3D printer", not "fdm")."""
    words = {
        "fdm": translate("eco-factors", "3D printer"),
        "sla": translate("eco-factors", "resin printer"),
        "sls": translate("eco-factors", "powder-bed printer"),
        "laser": translate("eco-factors", "laser cutter"),
        "cnc_router": translate("eco-factors", "CNC router"),
        "cnc_mill": translate("eco-factors", "CNC mill"),
        "cnc": translate("eco-factors", "CNC machine"),
        "van": translate("eco-factors", "van delivery"),
        "truck": translate("eco-factors", "lorry delivery"),
        "rail": translate("eco-factors", "rail freight"),
        "bicycle": translate("eco-factors", "bicycle delivery"),
        "ship": translate("eco-factors", "sea freight"),
        "air": translate("eco-factors", "air freight"),
        "car": translate("eco-factors", "car delivery"),
    }
    return words.get(name, name.replace("_", " "))
