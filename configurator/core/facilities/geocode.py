"""Turn place names into coordinates, offline.

Two jobs:

* :func:`resolve_user_location` reads what a user types: ``"Lyon"``, ``"Lyon, FR"``,
  ``"Springfield, United States"``, ``"France"`` or ``"45.76, 4.84"``. Ambiguous names pick the
  most populous place and say so; unknown names raise a FabwiseError with close-name suggestions.
* :func:`locate_record` places a facility record from its country / region / city (and source
  coordinates when it has them), falling back from city to region to country centroid and
  recording the precision and how the point was found. Records that cannot be placed keep
  no coordinates (precision ``none``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from configurator.core.facilities.gazetteer import (
    Gazetteer,
    Place,
    country_codes_by_name,
    get_gazetteer,
    haversine_km,
    known_country_codes,
    normalize_name,
    us_state_codes_by_name,
)
from configurator.core.facilities.model import Location, Precision
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import local_number, translate

__all__ = [
    "ResolvedLocation",
    "known_country_codes",
    "locate_record",
    "parse_country",
    "resolve_user_location",
]

_COORDINATES = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d+(?:\.\d+)?)\s*$")
_COMMA_COORDINATES = re.compile(r"^\s*([-+]?\d+(?:,\d+)?)\s*(?:;|,\s+|\s+)\s*([-+]?\d+(?:,\d+)?)\s*$")
_HEMISPHERE_COORDINATES = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*([NSns])\s*[,;]?\s*(\d+(?:[.,]\d+)?)\s*([EWew])\s*$"
)
# A postal code written with the town: ``10115 Berlin``, ``D-80331 München``, ``Berlin 10115``.
_POSTAL_CODE = re.compile(r"(?<!\S)(?:[A-Za-z]{1,2}-)?\d{4,5}(?!\S)")

#: Source coordinates within this distance of a place carrying the record's city name agree
#: with the record.
AGREE_KM = 75.0
#: Source coordinates that disagree with the city name are still kept when a populated place
#: (any name) lies this close: namesakes in the gazetteer are the usual cause of disagreement
#: (San Miguel, Lima vs San Miguel elsewhere). Points far from any populated place are taken to
#: be a geocoder's fallback (a country or state centroid) and replaced. Coordinates of a record
#: whose city is not in the gazetteer at all (a small village) are kept.
NEAR_PLACE_KM = 25.0


@dataclass(frozen=True)
class ResolvedLocation:
    """Where the user is, as understood from their text."""

    lat: float
    lon: float
    label: str
    country: str
    precision: Precision
    note: str


def parse_country(text: str) -> str | None:
    """Alpha-2 code for a country code or English country name, else None."""
    stripped = text.strip()
    if len(stripped) == 2 and stripped.upper() in known_country_codes():
        return stripped.upper()
    return country_codes_by_name().get(normalize_name(stripped))


def _coordinate_pair(text: str) -> tuple[float, float] | None:
    """Latitude and longitude as people write them: ``45.76, 4.84``, with decimal commas
    (``45,76; 4,84``, ``45,76 4,84``, ``45,76, 4,84``) or with hemispheres (``33.9 S 18.4 E``,
    ``48.85°N, 2.35°E``); None for text that is not a pair of coordinates."""
    match = _COORDINATES.match(text)
    if match:
        return float(match.group(1)), float(match.group(2))
    match = _COMMA_COORDINATES.match(text)
    if match:
        return _comma_number(match.group(1)), _comma_number(match.group(2))
    match = _HEMISPHERE_COORDINATES.match(text.replace("°", " "))
    if match:
        lat, lon = _comma_number(match.group(1)), _comma_number(match.group(3))
        lat = -lat if match.group(2).upper() == "S" else lat
        lon = -lon if match.group(4).upper() == "W" else lon
        return lat, lon
    return None


def _comma_number(text: str) -> float:
    return float(text.replace(",", "."))


def _parse_coordinates(text: str) -> ResolvedLocation | None:
    pair = _coordinate_pair(text)
    if pair is None:
        return None
    lat, lon = pair
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise FabwiseError(
            f"coordinates {lat}, {lon} are out of range",
            hint="give 'lat,lon' with latitude in -90..90 and longitude in -180..180",
        )
    return ResolvedLocation(lat, lon, f"{lat:.4f}, {lon:.4f}", "", "exact", "coordinates as given")


def _choose(places: list[Place], asked: str, country_given: bool) -> ResolvedLocation:
    chosen = places[0]
    note = translate("facilities", "GeoNames centroid of {place} (population {population})").format(
        place=chosen.label(), population=local_number(f"{chosen.population:,}")
    )
    if len(places) > 1:
        per_country: dict[str, int] = {}
        for place in places:
            per_country[place.country] = per_country.get(place.country, 0) + 1
        spread = ", ".join(
            translate("facilities", "{count} in {country}").format(count=count, country=cc)
            for cc, count in list(per_country.items())[:6]
        )
        how = (
            translate("facilities", "give 'lat,lon'")
            if country_given
            else translate("facilities", "add ', CC' to pick another country, or give 'lat,lon'")
        )
        note += translate(
            "facilities", "; the most populous of {count} places named '{name}' ({spread}); {how}"
        ).format(count=len(places), name=asked, spread=spread, how=how)
    return ResolvedLocation(chosen.lat, chosen.lon, chosen.label(), chosen.country, "city", note)


def resolve_user_location(
    text: str, gazetteer: Gazetteer | None = None, small_towns: bool = True
) -> ResolvedLocation:
    """Resolve ``"City"``, ``"City, CC"``, ``"City, Country"``, ``"Country"`` or ``"lat,lon"``.

    Places are looked up among GeoNames places above 5,000 inhabitants, then (``small_towns``,
    a few seconds more) above 1,000.
    """
    if not text.strip():
        raise FabwiseError("no location given", hint="give a city ('Lyon, FR') or 'lat,lon'")
    coordinates = _parse_coordinates(text)
    if coordinates is not None:
        return coordinates
    gazetteer = gazetteer or get_gazetteer(5000)
    city, postal_code = _without_postal_code(text.strip())
    if "," not in city:
        return _with_postal_note(_resolve_place(city, None, "", gazetteer, small_towns), postal_code)
    head, tail = (part.strip() for part in city.rsplit(",", 1))
    country = parse_country(tail)
    state = us_state_codes_by_name().get(normalize_name(tail))
    if country is None and state is None:
        raise FabwiseError(
            f"'{tail}' is not a country code or country name",
            hint="write 'City, CC' with an ISO country code, e.g. 'Lyon, FR'",
        )
    if country is not None:
        try:
            found = _resolve_place(head, country, "", gazetteer, small_towns)
        except FabwiseError:
            if state is None:  # "Atlanta, Georgia" and "Los Angeles, CA" are US states too
                raise
        else:
            return _with_postal_note(found, postal_code)
    assert state is not None
    return _with_postal_note(_resolve_place(head, "US", state, gazetteer, small_towns), postal_code)


# A place found by its name in another language replaces the places that bear that name only when
# it is a city this much bigger ("Cologne" is Köln, not the Italian village; "Roma" is Rome).
# Alternate names also hold historic names and local spellings ("Petrovsk" was Makhachkala's),
# which a big margin keeps out.
EXONYM_MIN_POPULATION = 200_000
EXONYM_MIN_RATIO = 50.0


def _in_state(places: list[Place], state: str) -> list[Place]:
    """``places`` in the US state ``state`` (all of them when no state is given)."""
    return [place for place in places if not state or place.admin1 == state]


def _with_big_namesakes(
    places: list[Place], city: str, country: str | None, state: str, gazetteer: Gazetteer
) -> list[Place]:
    """``places`` (named ``city``) with, ahead of them, a much bigger city known by that name in
    another language, if there is one."""
    largest = places[0].population
    if largest * EXONYM_MIN_RATIO > max(gazetteer.largest_population, EXONYM_MIN_POPULATION):
        return places  # no city could be that much bigger: skip the slow scan
    also = [p for p in _in_state(gazetteer.places_also_called(city, country), state) if p not in places]
    big = [p for p in also if p.population >= max(EXONYM_MIN_POPULATION, largest * EXONYM_MIN_RATIO)]
    return [*big, *places]


def _without_postal_code(text: str) -> tuple[str, str]:
    """``text`` without a postal code written with the town, and the code ("" if none)."""
    found = _POSTAL_CODE.search(text)
    if found is None:
        return text, ""
    rest = " ".join((text[: found.start()] + " " + text[found.end() :]).split())
    rest = rest.strip(" ,")
    if not rest or not any(char.isalpha() for char in rest):
        return text, ""
    return rest, found.group(0)


def _with_postal_note(found: ResolvedLocation, postal_code: str) -> ResolvedLocation:
    if not postal_code:
        return found
    said = translate("facilities", "postal code {code} not used: placed at the town's centre").format(
        code=postal_code
    )
    return replace(found, note=f"{found.note}; {said}")


def _resolve_place(
    city: str, country: str | None, state: str, gazetteer: Gazetteer, small_towns: bool
) -> ResolvedLocation:
    """``city`` (in ``country`` and, in the US, ``state`` when given) or a country's name."""
    places = _in_state(gazetteer.places_named(city, country, alternates=False), state)
    if places:
        return _choose(
            _with_big_namesakes(places, city, country, state, gazetteer), city, country is not None
        )
    whole_country = parse_country(city) if country is None else None
    if whole_country is not None:
        centroid = gazetteer.country_centroid(whole_country)
        if centroid is not None:
            return ResolvedLocation(
                centroid.lat, centroid.lon, whole_country, whole_country, "country", centroid.note
            )
    places = _in_state(gazetteer.places_named(city, country), state)
    if places:
        return _choose(places, city, country_given=country is not None)
    if small_towns and gazetteer.min_population > 1000:
        # Smaller towns: GeoNames places above 1,000 inhabitants (primary names only).
        places = _in_state(get_gazetteer(1000, alternates=False).places_named(city, country), state)
        if places:
            return _choose(places, city, country_given=country is not None)
    suggestions = gazetteer.close_names(city, country)
    where = f" in {country}" if country else ""
    hint = "give coordinates as 'lat,lon'"
    if suggestions:
        hint = f"did you mean {' / '.join(repr(s) for s in suggestions)}? Or " + hint
    raise FabwiseError(f"unknown place '{city}'{where}", hint=hint)


_TRAILING_WORDS = frozenset(
    {
        "city",
        "cedex",
        "town",
        "ville",
        "metropolitan",
        "province",
        "region",
        "state",
        "county",
        "prefecture",
        "district",
        "municipality",
        "department",
        "governorate",
        "oblast",
        "krai",
    }
)
_LEADING_WORDS = frozenset(
    {"city", "of", "departamento", "department", "de", "del", "provincia", "province", "region"}
)


def _name_variants(text: str) -> list[str]:
    """Candidate place names in a free-text field, most literal first.

    ``"Aseeb / Muscat"`` -> aseeb muscat, aseeb, muscat; ``"Colleferro (RM)"`` -> colleferro;
    ``"Daegu Metropolitan City"`` -> ..., daegu; ``"København V"`` -> kobenhavn v, kobenhavn.
    """
    cleaned = re.sub(r"\([^)]*\)", " ", text)
    pieces = [cleaned, *re.split(r"[,/;|]", cleaned)]
    variants: list[str] = []
    for piece in pieces:
        words = normalize_name(piece).split()
        forms = [list(words)]
        while len(words) > 1 and words[0] in _LEADING_WORDS:
            words.pop(0)
            forms.append(list(words))
        while len(words) > 1 and (words[-1] in _TRAILING_WORDS or words[-1].isdigit() or len(words[-1]) == 1):
            words.pop()
            forms.append(list(words))
        for form in forms:
            name = " ".join(form)
            if name and name not in variants:
                variants.append(name)
    return variants


def _city_places(gazetteer: Gazetteer, city: str, country: str) -> tuple[list[Place], str]:
    for variant in _name_variants(city):
        found = gazetteer.places_named(variant, country)
        if found:
            return found, variant
    return [], ""


def _region_point(gazetteer: Gazetteer, region: str, country: str) -> Location | None:
    if country == "US":
        code = us_state_codes_by_name().get(normalize_name(region))
        if code is not None:
            centroid = gazetteer.admin1_centroid("US", code)
            if centroid is not None:
                return Location(lat=centroid.lat, lon=centroid.lon, precision="region", note=centroid.note)
    for variant in _name_variants(region):
        found = gazetteer.places_named(variant, country)
        if found:
            place = found[0]
            return Location(
                lat=place.lat,
                lon=place.lon,
                precision="region",
                note=f"region '{region}' matched GeoNames place {place.label()} "
                f"(population {place.population:,})",
            )
    return None


def _valid_point(lat: float | None, lon: float | None) -> bool:
    if lat is None or lon is None:
        return False
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return False
    return not (abs(lat) < 1e-6 and abs(lon) < 1e-6)


def locate_record(
    country: str,
    region: str,
    city: str,
    gazetteer: Gazetteer,
    source_lat: float | None = None,
    source_lon: float | None = None,
    allow_fuzzy: bool = True,
) -> Location:
    """Coordinates, precision and a note for a record; see the module docstring.

    Returns a Location with only lat, lon, precision and note set; the caller merges the
    record's own country, region, city and address.
    """
    places: list[Place] = []
    matched = ""
    fuzzy = False
    if country and city.strip():
        places, matched = _city_places(gazetteer, city, country)
        if not places and allow_fuzzy:
            for variant in _name_variants(city):
                places = gazetteer.fuzzy_places(variant, country)
                if places:
                    matched, fuzzy = variant, True
                    break
    rejected = ""
    if _valid_point(source_lat, source_lon):
        assert source_lat is not None and source_lon is not None
        note = "coordinates from the source record"
        nearest = min((haversine_km(source_lat, source_lon, p.lat, p.lon) for p in places), default=None)
        if nearest is not None and nearest <= AGREE_KM:
            return Location(lat=source_lat, lon=source_lon, precision="exact", note=note)
        unknown_city = nearest is None and bool(city.strip())
        if unknown_city or gazetteer.has_place_near(source_lat, source_lon, NEAR_PLACE_KM):
            if nearest is not None:
                note += f" ({nearest:,.0f} km from the GeoNames place called '{matched}', a namesake)"
            return Location(lat=source_lat, lon=source_lon, precision="exact", note=note)
        rejected = (
            f"source coordinates ({source_lat:.4f}, {source_lon:.4f}) are not within "
            f"{NEAR_PLACE_KM:g} km of any populated place; ignored"
        )
    prefix = f"{rejected}; " if rejected else ""
    if places:
        place = places[0]
        note = f"GeoNames centroid of {place.label()} (population {place.population:,})"
        if fuzzy:
            note += f", closest spelling to '{city.strip()}'"
        if len(places) > 1:
            note += f"; the most populous of {len(places)} places named '{matched}'"
        return Location(lat=place.lat, lon=place.lon, precision="city", note=prefix + note)
    if country and region.strip():
        located = _region_point(gazetteer, region, country)
        if located is not None:
            return Location(lat=located.lat, lon=located.lon, precision="region", note=prefix + located.note)
    if country:
        centroid = gazetteer.country_centroid(country)
        if centroid is not None:
            return Location(
                lat=centroid.lat, lon=centroid.lon, precision="country", note=prefix + centroid.note
            )
    return Location(precision="none", note=prefix + "could not be placed")
