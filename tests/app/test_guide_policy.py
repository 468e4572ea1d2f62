"""One policy for the workshops the eco guide compares, shared by the CLI and the GUI."""

from __future__ import annotations

from dataclasses import replace

from configurator.app.making import GUIDE_ALTERNATIVES, GUIDE_RADIUS_KM, guide_alternatives
from configurator.core.facilities.matching import PartRequirement, assess_facility
from configurator.core.facilities.seed import load_seed


def test_capable_near_and_not_the_chosen_one_nearest_first() -> None:
    parts = [
        PartRequirement(
            process="fdm", material="pla", size_mm=(20.0, 20.0, 10.0), thickness_mm=None, name="clip"
        )
    ]
    facilities = [f for f in load_seed().facilities if not assess_facility(f, parts)[0]]
    assert len(facilities) >= 2
    fdm, other = facilities[0], facilities[1]
    laser_only = replace(fdm, id="laser-only", machines=tuple(m for m in fdm.machines if m.process != "fdm"))
    candidates = [
        (other, 40.0),
        (fdm, 12.0),
        (laser_only, 5.0),
        (replace(other, id="far"), GUIDE_RADIUS_KM + 1),
        (replace(fdm, id="nowhere"), None),
    ]
    chosen = guide_alternatives(candidates, parts, chosen_id=None)
    assert [(f.id, km) for f, km in chosen] == [(fdm.id, 12.0), (other.id, 40.0)]
    assert [f.id for f, _ in guide_alternatives(candidates, parts, chosen_id=fdm.id)] == [other.id]
    many = [(replace(fdm, id=f"w{i}"), float(i)) for i in range(GUIDE_ALTERNATIVES + 3)]
    assert len(guide_alternatives(many, parts)) == GUIDE_ALTERNATIVES


def _clip() -> list[PartRequirement]:
    return [
        PartRequirement(
            process="fdm", material="pla", size_mm=(20.0, 20.0, 10.0), thickness_mm=None, name="clip"
        )
    ]


def test_the_guide_never_recommends_a_fictional_example_workshop() -> None:
    """Issue 15 #2: the guide recommended switching to "EXAMPLE - Atelier Canal" at 0 km."""
    parts = _clip()
    seed = load_seed().facilities
    example = next(f for f in seed if f.kind == "example" and not assess_facility(f, parts)[0])
    real = next(f for f in seed if f.kind != "example" and not assess_facility(f, parts)[0])
    chosen = guide_alternatives([(example, 0.0), (real, 30.0)], parts)
    assert [f.id for f, _ in chosen] == [real.id]


def test_example_workshops_are_offered_only_when_asked_for_and_rank_after_real_ones() -> None:
    from configurator.app.making import offered_facilities, real_first
    from configurator.core.facilities.matching import match_facilities

    seed = load_seed().facilities
    examples = [f for f in seed if f.kind == "example"]
    assert examples
    assert not [f for f in offered_facilities(seed) if f.kind == "example"]
    assert len(offered_facilities(seed, show_examples=True)) == len(seed)
    lyon = (45.764, 4.8357)  # Atelier Canal (fictional) is in Lyon, 0 km away
    report = match_facilities(
        offered_facilities(seed, show_examples=True), _clip(), origin=lyon, max_distance_km=200
    )
    ranked = real_first(report.capable)
    kinds = [m.facility.kind == "example" for m in ranked]
    assert kinds[0] is False and True in kinds
    assert kinds == sorted(kinds)  # every real workshop before every example


def test_search_summary_counts_in_words_and_says_what_to_do_when_empty() -> None:
    from configurator.app.making import search_summary

    assert search_summary(1, "Berlin, DE", 200).startswith("1 workshop within 200 km of Berlin")
    assert search_summary(3, "Lyon, FR", 200).startswith("3 workshops within")
    assert "1 workshop nearest to" in search_summary(1, "Berlin, DE", None)
    both = search_summary(4, "Lyon, FR", 200, show_examples=True, examples=1)
    assert both.startswith("3 workshops") and "1 example workshop (fictional" in both
    empty = search_summary(0, "Berlin, DE", 200)
    assert empty.startswith("No workshop within 200 km of Berlin, DE can make this design")
    assert "larger distance" in empty and "add your own workshop" in empty
    assert "Show example workshops" in empty
    assert "Show example workshops" not in search_summary(0, "Berlin", None, show_examples=True)


def test_a_contact_e_mail_names_the_design_and_its_package() -> None:
    from urllib.parse import unquote

    from configurator.app.making import contact_message, mailto_url, website_of

    lab = next(f for f in load_seed().facilities if f.kind == "fablab_okw" and f.url)
    subject, body = contact_message(lab, "My lamp", "/home/me/exports/my-lamp.zip")
    assert "My lamp" in subject and lab.name in body
    assert "attached: my-lamp.zip" in body and "fabwise package verify" in body
    assert "send the production package" in contact_message(lab, "My lamp")[1]
    url = mailto_url(subject, body)
    assert url.startswith("mailto:?subject=") and " " not in url
    assert unquote(url.split("&body=", 1)[1]) == body
    assert website_of(lab) == lab.url


def test_an_order_uses_example_workshops_only_where_the_user_assigned_them() -> None:
    from configurator.app.making import offered_or_chosen

    seed = load_seed().facilities
    example = next(f for f in seed if f.kind == "example")
    assert all(f.kind != "example" for f in offered_or_chosen(seed))
    chosen = offered_or_chosen(seed, [example.id])
    assert [f.id for f in chosen if f.kind == "example"] == [example.id]
