"""Offline place lookup: user locations and placing facility records."""

from __future__ import annotations

import pytest

from configurator.core.facilities.gazetteer import (
    Gazetteer,
    Place,
    haversine_km,
    normalize_name,
    weighted_centroid,
)
from configurator.core.facilities.geocode import locate_record, resolve_user_location
from configurator.sdk.errors import FabwiseError


def test_normalize_folds_case_accents_punctuation_and_saint() -> None:
    assert normalize_name("Saint-Céré") == normalize_name("st cere") == "saint cere"
    assert normalize_name("  KØBENHAVN  ") == normalize_name("københavn")


def test_haversine_paris_lyon() -> None:
    assert haversine_km(48.8566, 2.3522, 45.7640, 4.8357) == pytest.approx(392, abs=3)


def test_weighted_centroid_across_the_antimeridian() -> None:
    places = [Place(1, "a", "FJ", "", -17.0, 179.0, 100), Place(2, "b", "FJ", "", -17.0, -179.0, 100)]
    point = weighted_centroid(places)
    assert point is not None
    assert point[0] == pytest.approx(-17.0, abs=0.01)
    assert abs(point[1]) == pytest.approx(180.0, abs=0.01)


def test_city_name_resolves_to_the_most_populous_and_says_so(gazetteer: Gazetteer) -> None:
    paris = resolve_user_location("Paris", gazetteer)
    assert paris.country == "FR"
    assert paris.precision == "city"
    assert "most populous" in paris.note
    assert "add ', CC'" in paris.note
    texas = resolve_user_location("Paris, US", gazetteer)
    assert texas.country == "US"
    assert haversine_km(paris.lat, paris.lon, texas.lat, texas.lon) > 5000


def test_country_name_and_alternate_names(gazetteer: Gazetteer) -> None:
    assert resolve_user_location("Lyon, France", gazetteer).country == "FR"
    munich = resolve_user_location("München", gazetteer)
    assert munich.label == "Munich, DE"


def test_coordinates_are_taken_as_given() -> None:
    here = resolve_user_location(" 47.2184, -1.5536 ")
    assert (here.lat, here.lon, here.precision) == (47.2184, -1.5536, "exact")
    with pytest.raises(FabwiseError, match="out of range"):
        resolve_user_location("91, 0")


def test_country_alone_gives_its_population_centroid(gazetteer: Gazetteer) -> None:
    france = resolve_user_location("France", gazetteer)
    assert france.precision == "country"
    assert 43 < france.lat < 49.5 and -2 < france.lon < 7


def test_unknown_place_suggests_close_names(gazetteer: Gazetteer) -> None:
    with pytest.raises(FabwiseError) as caught:
        resolve_user_location("Pariss", gazetteer, small_towns=False)
    assert caught.value.message == "unknown place 'Pariss'"
    assert caught.value.hint is not None and "'Paris'" in caught.value.hint


def test_bad_country_suffix_is_an_error(gazetteer: Gazetteer) -> None:
    with pytest.raises(FabwiseError, match="'Narnia' is not a country"):
        resolve_user_location("Lyon, Narnia", gazetteer, small_towns=False)


def test_small_town_falls_back_to_the_larger_gazetteer(gazetteer: Gazetteer) -> None:
    # Saint-Céré (about 3,500 inhabitants) is in GeoNames cities1000 but not cities5000.
    assert not gazetteer.places_named("Saint-Céré", "FR")
    found = resolve_user_location("Saint-Céré, FR", gazetteer)
    assert found.label == "Saint-Céré, FR"


# -- placing records ---------------------------------------------------------------------------


def test_source_point_that_agrees_with_the_city_is_kept(gazetteer: Gazetteer) -> None:
    placed = locate_record("FR", "Pays de la Loire", "Nantes", gazetteer, 47.2184, -1.5536)
    assert (placed.lat, placed.lon, placed.precision) == (47.2184, -1.5536, "exact")


def test_source_point_far_from_any_populated_place_is_replaced(gazetteer: Gazetteer) -> None:
    # A geocoder's fallback: the middle of Siberia for a lab in Nevinnomyssk.
    placed = locate_record("RU", "", "Невинномысск", gazetteer, 63.3144, 105.4182)
    assert placed.precision == "city"
    assert "ignored" in placed.note and "Nevinnomyssk" in placed.note
    assert 44 < (placed.lat or 0) < 45


def test_source_point_near_a_town_but_far_from_a_namesake_is_kept(gazetteer: Gazetteer) -> None:
    # Fab Lab PUCP, San Miguel district of Lima; GeoNames' San Miguel is another place.
    placed = locate_record("PE", "", "San Miguel", gazetteer, -12.0685, -77.0788)
    assert placed.precision == "exact"
    assert "namesake" in placed.note


def test_fallback_from_city_to_region_to_country(gazetteer: Gazetteer) -> None:
    by_city = locate_record("FR", "", "la roche sur yon", gazetteer)
    assert by_city.precision == "city" and "La Roche-sur-Yon" in by_city.note
    by_region = locate_record("AE", "Sharjah", "", gazetteer)
    assert by_region.precision == "region"
    by_state = locate_record("US", "Oregon", "Nowhere Creek", gazetteer, allow_fuzzy=False)
    assert by_state.precision == "region" and "US-OR" in by_state.note
    by_country = locate_record("BT", "", "", gazetteer)
    assert by_country.precision == "country"
    unplaced = locate_record("", "", "Atlantis", gazetteer)
    assert unplaced.precision == "none" and unplaced.lat is None


def test_the_place_note_reads_in_the_language(gazetteer: Gazetteer) -> None:
    from configurator.sdk import i18n

    try:
        i18n.set_language("de")
        paris = resolve_user_location("Paris", gazetteer)
        assert paris.note.startswith("GeoNames-Mittelpunkt von Paris")
        assert "einwohnerstärkste" in paris.note and "„, CC“" in paris.note
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Cologne", "Köln, DE"),  # the English name of a big city beats a village called so
        ("Roma", "Rome, IT"),
        ("Cologne, IT", "Cologne, IT"),  # unless the country says otherwise
        ("Paris", "Paris, FR"),
        ("Lyon", "Lyon, FR"),
    ],
)
def test_other_languages_names_of_big_cities_are_not_lost_to_small_namesakes(
    gazetteer: Gazetteer, typed: str, place: str
) -> None:
    assert resolve_user_location(typed, gazetteer, small_towns=False).label == place


def test_a_village_named_like_a_big_city_elsewhere_is_named_in_the_note(gazetteer: Gazetteer) -> None:
    cologne = resolve_user_location("Cologne", gazetteer, small_towns=False)
    assert "1 in IT" in cologne.note and "add ', CC'" in cologne.note


@pytest.mark.parametrize(
    ("typed", "place", "said"),
    [
        ("10115 Berlin", "Berlin, DE", "postal code 10115 not used"),
        ("Berlin 10115", "Berlin, DE", "postal code 10115 not used"),
        ("69002 Lyon, France", "Lyon, FR", "postal code 69002 not used"),
        ("D-80331 München", "Munich, DE", "postal code D-80331 not used"),
    ],
)
def test_a_postal_code_with_the_town_places_the_town_and_says_so(
    gazetteer: Gazetteer, typed: str, place: str, said: str
) -> None:
    found = resolve_user_location(typed, gazetteer, small_towns=False)
    assert found.label == place
    assert said in found.note


@pytest.mark.parametrize(
    ("typed", "lat", "lon"),
    [
        ("48,85; 2,35", 48.85, 2.35),  # decimal commas, as French and German write them
        ("48,85 2,35", 48.85, 2.35),
        ("48,85, 2,35", 48.85, 2.35),
        ("48.85 N, 2.35 E", 48.85, 2.35),
        ("33.9 S 18.4 E", -33.9, 18.4),
        ("40.7N 74.0W", 40.7, -74.0),
        ("48.85°N, 2.35°E", 48.85, 2.35),
    ],
)
def test_coordinates_as_people_write_them(typed: str, lat: float, lon: float) -> None:
    here = resolve_user_location(typed)
    assert (here.lat, here.lon) == pytest.approx((lat, lon))
    assert here.precision == "exact"


def test_us_state_after_the_city(gazetteer: Gazetteer) -> None:
    assert resolve_user_location("New York, NY", gazetteer, small_towns=False).label == "New York City, US"
    portland = resolve_user_location("Portland, Maine", gazetteer, small_towns=False)
    assert (portland.label, portland.country) == ("Portland, US", "US")
    assert portland.lat > 43  # Maine, not Oregon


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("Lyon, Frankreich", "FR"),
        ("Schweiz", "CH"),
        ("Suisse", "CH"),
        ("Österreich", "AT"),
        ("Zürich, Schweiz", "CH"),
        ("Bruxelles, Belgique", "BE"),
        ("Espagne", "ES"),
        ("Italia", "IT"),
    ],
)
def test_country_names_in_french_german_and_the_country_own_language(
    gazetteer: Gazetteer, typed: str, country: str
) -> None:
    assert resolve_user_location(typed, gazetteer, small_towns=False).country == country
