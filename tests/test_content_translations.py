"""French and German for the text made below the window (issue 15): templates' labels and rule
messages, parameter errors, the eco guide and report, fit for use, workshops, in this process, in a
fresh process (templates translate when they load) and in the template host."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from configurator.app.making import search_summary
from configurator.core import fit
from configurator.core.registry import TemplateRegistry
from configurator.core.template_host import TemplateHost
from configurator.core.trust import TrustAll
from configurator.sdk import i18n
from configurator.sdk.params import Length, ParamValueError
from eco_rules import EcoEngine, default_engine
from eco_rules.guide import Rejected, _statement_text
from eco_rules.repair import RULE_FILE_TEXTS
from tests.core.conftest import TEMPLATE_HEADER
from tests.eco.conftest import make_build, make_part
from tests.eco.test_guide import CONTEXT, PARAMS, build_box, guide_for

REPO = Path(__file__).resolve().parents[1]


Switch = Callable[[str | None], str]


@pytest.fixture
def language() -> Iterator[Switch]:
    """Switch with ``language("fr")``; English again afterwards, for the tests that follow."""
    yield i18n.set_language
    i18n.set_language("en")


@pytest.fixture(scope="module")
def engine() -> EcoEngine:
    return default_engine()


# The table lamp as a consumer sees it, in each language, read in a fresh process: templates
# translate their text when they load, and the language is fixed per process before they do (here
# the module is loaded again after each switch, as a new process would load it).
LAMP_PROBE = """
import importlib, json, sys
from configurator.sdk import i18n
seen = {}
for code in sys.argv[1:]:
    i18n.set_language(code)
    import parts_library.table_lamp as lamp
    t = importlib.reload(lamp).TEMPLATE
    s = t.schema
    _, issues = s.check({"shade_height": 295, "stem_height": 60})
    try:
        s["shade_height"].parse_input("600")
    except ValueError as exc:
        typed = str(exc)
    seen[code] = {
        "name": t.name, "label": s["shade_height"].title, "group": s["shade_height"].group,
        "help": s["shade_height"].help, "presets": [p.title for p in s.presets],
        "rule": [i.message for i in issues], "typed": typed, "hardware_group": s["material"].group,
    }
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def lamp_as_seen() -> dict[str, dict[str, object]]:
    env = {**os.environ, i18n.ENV_VAR: "en"}
    out = subprocess.run(
        [sys.executable, "-c", LAMP_PROBE, "fr", "de", "en"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seen: dict[str, dict[str, object]] = json.loads(out.stdout)
    return seen


EXPECTED = {
    "en": {
        "name": "Table lamp with replaceable shade",
        "label": "Shade height",
        "group": "Shade",
        "help": "Height of the shade.",
        "presets": ["Desk", "Bedside e14", "Drum"],
        "rule": ["a 295 mm shade would hit the base: the stem must be at least 280 mm (it is 60 mm)"],
        "typed": "Shade height = 600 mm is out of range: allowed 60–300 mm",
        "hardware_group": "Material",
    },
    "fr": {
        "name": "Lampe de table à abat-jour remplaçable",
        "label": "Hauteur de l’abat-jour",
        "group": "Abat-jour",
        "help": "Hauteur de l’abat-jour.",
        "presets": ["Bureau", "Chevet E14", "Tambour"],
        "rule": [
            "un abat-jour de 295 mm toucherait le socle : "
            "la tige doit faire au moins 280 mm (elle fait 60 mm)"
        ],
        "typed": "Hauteur de l’abat-jour = 600 mm est hors limites : autorisé 60–300 mm",
        "hardware_group": "Matériau",
    },
    "de": {
        "name": "Tischlampe mit austauschbarem Schirm",
        "label": "Schirmhöhe",
        "group": "Schirm",
        "help": "Höhe des Schirms.",
        "presets": ["Schreibtisch", "Nachttisch E14", "Trommel"],
        "rule": [
            "ein 295-mm-Schirm würde den Fuß berühren: "
            "der Schaft muss mindestens 280 mm lang sein (er ist 60 mm)"
        ],
        "typed": "Schirmhöhe = 600 mm liegt außerhalb des Bereichs: erlaubt 60–300 mm",
        "hardware_group": "Material",
    },
}


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_a_template_reads_in_the_language_of_its_process(
    code: str, lamp_as_seen: dict[str, dict[str, object]]
) -> None:
    assert lamp_as_seen[code] == EXPECTED[code]


def test_english_is_the_default_here() -> None:
    from parts_library.table_lamp import TEMPLATE

    assert i18n.language() == "en"
    assert TEMPLATE.schema["shade_height"].title == "Shade height"


def test_parameter_errors_name_the_parameter_in_the_language(language: Switch) -> None:
    language("de")
    wall = Length("wall", 2.0, 1.0, 5.0, label=i18n.translate("pipe-clip", "Wall"))
    assert wall.group == "Größe"  # the constructor's default group
    with pytest.raises(ParamValueError) as typed:
        wall.parse_input("8 ft")
    assert str(typed.value) == "Wand: unbekannte Einheit 'ft', 'mm' verwenden (oder cm, m, in)"
    with pytest.raises(ParamValueError) as files:
        wall.coerce(9)  # files and the CLI name the parameter as typed there
    assert str(files.value) == "wall = 9 mm liegt außerhalb des Bereichs: erlaubt 1–5 mm"
    language("fr")
    with pytest.raises(ParamValueError) as comma:
        wall.parse_input("1,500")
    assert str(comma.value).startswith("'1,500' pourrait être 1500 ou 1.500 : tapez-le sans la virgule")


def test_the_eco_guide_and_report_speak_french(engine: EcoEngine, language: Switch) -> None:
    language("fr")
    guide = guide_for(engine)
    rpetg = next(s for s in guide.suggestions if s.changes == {"material": "rpetg"})
    assert rpetg.text().startswith("PETG recyclé au lieu de PETG : \u2212")
    proxy = next(t for t in rpetg.trade_offs if t.startswith("repose sur des données approchées/estimées"))
    assert "empreinte carbone de PETG recyclé" in proxy and proxy.endswith(
        "(sources dans le rapport écologique)"
    )
    thinner = next(s for s in guide.suggestions if "wall" in s.changes)
    assert "modifie le produit : vérifiez qu’il convient toujours à son usage" in thinner.trade_offs
    report = engine.evaluate(build_box({**PARAMS, "material": "rpetg"}), CONTEXT)
    assert report.caveat_text().startswith("Repose sur des données approchées ou estimées : ")
    assert report.dominant.statement.startswith("L’électricité de fabrication domine (")
    assert [p.label for p in report.phases][:2] == ["Matériau (chutes comprises)", "Énergie de fabrication"]
    assert report.repairability.text().endswith(" sur 5")


def test_rejections_and_repair_reasons_speak_german(engine: EcoEngine, language: Switch) -> None:
    language("de")
    rejected = Rejected("PLA statt PETG", {"material": "pla"}, 0.25, 12.0, ("zu weich",))
    assert rejected.text() == "PLA statt PETG würde 0,25 kg CO2e (12 %) sparen, scheitert aber: zu weich"
    report = engine.evaluate(make_build([make_part("box", "pla", "fdm")]), CONTEXT)
    assert report.repairability.label == "Fabwise-Reparierbarkeit (nach EU 2023/1669), kein offizieller Index"
    assert [c.label for c in report.repairability.criteria][:2] == [
        "Demontagetiefe (SDD)",
        "Befestigungen (SF)",
    ]
    reasons = {c.id: c.basis for c in report.repairability.criteria}
    assert reasons["spare_parts"] == "box: nicht als Ersatzteil angegeben"
    assert (
        reasons["repair_information"]
        == "das Paket enthält: Stückliste, Teiledateien (STEP/DXF/STL); keine Reparaturanleitung"
    )


def test_the_guide_finds_a_statement_in_its_translated_condition(language: Switch) -> None:
    """The guide quotes a template's warning from the fit verdict's condition; translated, the
    condition no longer starts with the English "template says: "."""
    language("fr")
    condition = fit.statement_condition("Le PLA ramollit vers 55 °C")
    assert condition == "le modèle indique : « Le PLA ramollit vers 55 °C »"
    assert _statement_text(condition) == "Le PLA ramollit vers 55 °C"


def test_workshop_search_summaries_are_whole_sentences(language: Switch) -> None:
    language("fr")
    assert search_summary(1, "Lyon", 50.0) == "1 atelier à moins de 50 km de Lyon peut le fabriquer."
    assert search_summary(3, "Lyon", 50.0, examples=1) == (
        "2 ateliers à moins de 50 km de Lyon peuvent le fabriquer, "
        "et 1 atelier d’exemple (fictif, listé en dernier)."
    )
    language("de")
    assert search_summary(0, "Berlin", 25.0, show_examples=True).startswith(
        "Keine Werkstatt im Umkreis von 25 km um Berlin kann dieses Design fertigen. Versuchen Sie"
    )


OUTSIDE_LAMP = """
from parts_library import _lamp_shade as shade
from configurator.sdk.i18n import translate
from configurator.sdk.schema import constraint


@constraint("stem_height", "shade_height")
def shade_clears_base(p):
    return shade.clearance_problem(p.num("stem_height"), p.num("shade_height"))


def build(p):
    solid = cq.Workplane("XY").box(10, 10, p.num("stem_height"))
    return Product(parts=(Part("stem", solid, "pla", "fdm"),))


TEMPLATE = Template(
    id="my-lamp", version="1.0.0", name=translate("table-lamp", "Table lamp with replaceable shade"),
    description="d", category="Test", processes=("fdm",),
    parameters=(Length("stem_height", 240, 60, 400), Length("shade_height", 150, 60, 300)),
    constraints=(shade_clears_base,), build=build,
)
"""


def test_the_template_host_answers_in_the_language_it_was_started_with(
    tmp_path: Path, language: Switch
) -> None:
    """An outside template loads and checks its rules in the template host, a child process that
    inherits the language (FABWISE_LANG) from the app."""
    language("fr")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "my_lamp.py").write_text(TEMPLATE_HEADER + OUTSIDE_LAMP)
    host = TemplateHost()
    try:
        registry = TemplateRegistry.discover(
            [tmp_path / "t"], use_entry_points=False, trust=TrustAll(), host=host
        )
        template = registry.get("my-lamp").template
        assert host.worker.pid != os.getpid()
        assert template.name == "Lampe de table à abat-jour remplaçable"
        _, issues = template.schema.check({"stem_height": 60, "shade_height": 295})
        assert [i.message for i in issues] == [
            "un abat-jour de 295 mm toucherait le socle : "
            "la tige doit faire au moins 280 mm (elle fait 60 mm)"
        ]
    finally:
        host.close()


def test_the_repairability_rule_files_texts_are_all_listed_for_translators() -> None:
    """rules/repairability.toml is data, which the extractor does not read: its consumer texts
    are listed in eco_rules.repair.RULE_FILE_TEXTS, and must stay the file's exact words."""
    data = tomllib.loads((REPO / "eco_rules" / "rules" / "repairability.toml").read_text(encoding="utf-8"))
    method = data["method"]
    shown = [method[k] for k in ("label", "structure_source", "mapping_note", "left_out")]
    shown += [criterion["label"] for criterion in data["criterion"]]
    assert sorted(shown) == sorted(RULE_FILE_TEXTS)


def test_processes_are_named_in_the_language(language: Switch) -> None:
    """The gallery, the material choice and the workshop list name processes with process_label."""
    from configurator.sdk.product import PROCESS_LABELS, process_label

    assert process_label("fdm") == PROCESS_LABELS["fdm"] == "FDM 3D printing"
    language("fr")
    assert process_label("laser") == "Découpe laser"
    language("de")
    assert process_label("fdm") == "FDM-3D-Druck"
    assert process_label("unknown-process") == "unknown-process"


def test_every_factor_is_described_in_the_language(language: Switch) -> None:
    """The report's flagged figures ("3D printer mean power for PLA") were half English in French and
    German: the row's own words came from the data file. No English figure word may remain."""
    from configurator.sdk.materials import load_materials
    from eco_rules.factors import FactorBook, describe_factor

    book = FactorBook()
    factors = book.all_factors()
    english = {f.id: describe_factor(f) for f in factors}
    assert english["process.fdm.mean_power_w.pla"] == "3D printer mean power for PLA"
    language("fr")
    french = {f.id: describe_factor(f) for f in factors}
    assert "puissance moyenne" in french["process.fdm.mean_power_w.pla"]
    names = sorted((m.name for m in load_materials().values()), key=len, reverse=True)

    def figure_words(text: str) -> str:  # material names come from the data file and stay as they are
        for name in names:
            text = text.replace(name, "")
        return text

    english_words = re.compile(r"\b(mean power|setup time|waste ratio|recycling|landfill|pierce|sheet|bar)\b")
    leftover = {i: t for i, t in french.items() if english_words.search(figure_words(t))}
    assert not leftover, leftover
    language("de")
    assert "mittlere Leistung" in describe_factor(book.factor("process.fdm.mean_power_w.pla"))


def test_the_dominant_phase_names_the_grid_and_the_mode_in_words(engine: EcoEngine, language: Switch) -> None:
    """The sentence said "on the WORLD grid" and "by van" in French: a code and an English word."""
    from dataclasses import replace

    far = replace(CONTEXT, country="", distance_km=9000, transport_mode="plane")
    box = build_box(PARAMS)
    assert "world-average grid" in engine.evaluate(box, replace(far, distance_km=1)).dominant.statement
    assert "by air" in engine.evaluate(box, far).dominant.statement
    language("fr")
    factory = engine.evaluate(box, replace(far, distance_km=1)).dominant.statement
    assert "réseau mondial moyen" in factory and "WORLD" not in factory
    assert "en avion" in engine.evaluate(box, far).dominant.statement
    assert re.search(r"\(\d+\u202f%\)", factory), factory  # "domine (52 %)", not "(52%)"
    language("de")
    assert "per Flugzeug" in engine.evaluate(box, far).dominant.statement


def test_materials_are_named_in_the_language(language: Switch) -> None:
    """The material drop-down, the guide and the report said "Birch plywood" and "Recycled PETG" in
    the French window; the data file and exports keep the English name."""
    from configurator.sdk.materials import MATERIAL_NAMES, load_materials
    from configurator.ui.formatting import material_name

    materials = load_materials()
    assert sorted(MATERIAL_NAMES) == sorted(m.name for m in materials.values())  # every name listed
    language("fr")
    assert materials["birch_plywood"].label == "Contreplaqué de bouleau"
    assert materials["birch_plywood"].name == "Birch plywood"
    assert material_name("rpetg") == "PETG recyclé"
    language("de")
    assert materials["steel"].label == "Stahl (primär)"


def test_numbers_for_people_follow_the_language(language: Switch) -> None:
    """Number fields took a decimal comma in French, but the panels' figures said "3.9 km", "68.2 g"
    and "0.41 kg". Text for people now writes numbers the language's way; English is unchanged."""
    from configurator.ui.formatting import format_amount, format_mm
    from eco_rules.numbers import km_text, num

    assert (num(2.5, 2), km_text(3.94), format_amount(0.0682, (1000.0, "g")), format_mm(12.5)) == (
        "2.5",
        "3.9 km",
        "68.2 g",
        "12.5",
    )
    language("fr")
    assert (num(2.5, 2), km_text(3.94), format_amount(0.0682, (1000.0, "g")), format_mm(12.5)) == (
        "2,5",
        "3,9 km",
        "68,2 g",
        "12,5",
    )
    text = i18n.translate("guide", "{title}: −{amount} CO2e, −{saving_pct:.0f} %")
    assert text.format(title="PLA", amount=num(0.41, 2), saving_pct=59.4) == "PLA : −0,41 CO2e, −59 %"
    assert i18n.LocalText("{x:.2f} / {n} / {big:,.0f} / {y}").format(x=1.5, n=3, big=12345.0, y=0.25) == (
        "1,50 / 3 / 12\u202f345 / 0,25"
    )
    language("de")
    assert km_text(3.94) == "3,9 km" and i18n.local_number("1,234.5") == "1.234,5"


def test_the_place_note_groups_thousands_the_languages_way(language: Switch) -> None:
    """In French, "520,774 habitants" reads as 520.774."""
    from configurator.core.facilities.geocode import resolve_user_location

    assert "(population 520,774)" in resolve_user_location("Lyon, FR").note
    language("fr")
    assert "520\u202f774" in resolve_user_location("Lyon, FR").note
    language("de")
    assert "520.774" in resolve_user_location("Lyon, FR").note


def test_machine_checks_and_quote_lines_speak_french(engine: EcoEngine, language: Switch) -> None:
    """The French export dialog listed "'bracket' (180.0 × 150.0 × 30.0 mm) fits Desktop FDM 3D
    printer … (machines assumed, …)" and "FDM 3D printer time for 'bracket'" in English."""
    from configurator.core.export.dfm import plan_part
    from configurator.core.export.jobspec import PartFacts
    from configurator.core.facilities.model import Machine
    from tests.core.export.conftest import make_facility
    from tests.core.production.test_quote import PRINTER, _quote

    language("fr")
    arm = PartFacts("arm", "pla", "fdm", (300.0, 20.5, 20.0), None)
    message = plan_part(arm, make_facility()).checks[0].message
    assert message == (
        "« arm » mesure 300,0 × 20,5 × 20,0 mm et ne tient pas dans Prusa MK4 "
        "(250,0 × 210,0 × 220,0 mm, dans n’importe quelle orientation)"
    )
    assumed = make_facility(machines=(Machine("fdm", "Printer", (250, 210, 210), ("pla",)),))
    assumed = dataclasses.replace(assumed, inventory_verified=False)
    check = plan_part(PartFacts("arm", "pla", "fdm", (20.0, 20.0, 20.0), None), assumed).checks[0]
    assert check.message.endswith(
        "(machines supposées, non déclarées par l’atelier : à confirmer avec Test Lab)"
    )
    quote = _quote(
        engine, make_build([make_part(name="knob", material="pla")]), make_facility(machines=(PRINTER,))
    )
    assert "temps imprimante 3D FDM pour 'bouton'" in [t.label for t in quote.terms]


def _cantilever() -> tuple[object, dict[str, object]]:
    """A 100 × 10 × 10 mm bar (x from -50 to 50): its root face held, its tip's top face loaded."""
    import cadquery as cq

    from configurator.sdk.conditions import Box

    beam = cq.Workplane().box(100, 10, 10).val()
    regions: dict[str, object] = {
        "tip": Box((40, -6, 4), (51, 6, 6), normal=(0, 0, 1)),
        "root": Box((-51, -6, -6), (-49, 6, 6), normal=(-1, 0, 0)),
    }
    return beam, regions


def test_a_load_case_verdict_speaks_german(language: Switch) -> None:
    """The fit section's load-case line: its label, duration and stress sentence in German, with
    German numbers; the English frame ("peak ... against ...") was shown in a German window."""

    from configurator.core.fit import PartInfo
    from configurator.core.fit_job import run_case
    from configurator.sdk.conditions import SUSTAINED, Load, LoadCase, assumption

    language("de")
    beam, regions = _cantilever()
    case = LoadCase(
        "tip load",
        part="beam",
        loads=(Load.mass("tip", 0.5, direction=(0, 0, -1), source=assumption("a test load")),),
        fixed=("root",),
        duration=SUSTAINED,
        label="Last an der Spitze",
    )
    verdict, _ = run_case(case, beam, regions, PartInfo("beam", "petg", "fdm"), {}, 2.0)
    assert verdict.status == "holds"
    assert verdict.condition == "Last an der Spitze (Dauerlast, Teil „beam“)"
    assert verdict.reason.startswith("0,5 kg auf tip: höchste Vergleichsspannung (von Mises) ")
    assert re.search(r"\d,\d+ MPa", verdict.reason)
    for english in ("peak", "against", "largest deflection", "needs a safety factor", "load on the"):
        assert english not in verdict.reason + verdict.condition
    language("en")
    english_verdict, _ = run_case(case, beam, regions, PartInfo("beam", "petg", "fdm"), {}, 2.0)
    assert english_verdict.condition == "Last an der Spitze (sustained load on the beam)"
    assert english_verdict.reason.startswith("0.5 kg on tip: peak von Mises ")


def test_part_names_are_read_in_the_language(language: Switch) -> None:
    """A part's name is an id ("bracket"); the window showed it in English among German words."""
    from configurator.core.fit import PartInfo, temperature_verdicts
    from configurator.sdk.conditions import ServiceTemperature, assumption
    from parts_library._part_names import HARDWARE_NAMES, PART_NAMES

    language("de")
    assert i18n.part_name("bracket") == "Winkel" and i18n.part_name("wall plug") == "Dübel"
    assert i18n.part_name("my own part") == "my own part"  # a name nobody translated reads as written
    (verdict,) = temperature_verdicts(
        [ServiceTemperature(35, assumption("ein Raum"))], [PartInfo("bracket", "petg", "fdm")], []
    )
    assert verdict.condition.endswith("(Winkel)") and verdict.part == "bracket"  # the id stays
    for code in ("fr", "de"):
        language(code)
        untranslated = [name for name in PART_NAMES | HARDWARE_NAMES if i18n.part_name(name) == name]
        assert not untranslated, f"{code}: {untranslated}"


def test_percentages_take_a_space_in_french_and_german(language: Switch) -> None:
    """'0%' where French and German write '0 %' (a no-break space, so it never breaks a line)."""
    template = "{share:.0%} / {ratio:.1%}"
    assert i18n.LocalText(template).format(share=0.44, ratio=0.125) == "44% / 12.5%"
    language("fr")
    assert i18n.LocalText(template).format(share=0.44, ratio=0.125) == "44\u202f% / 12,5\u202f%"
    language("de")
    assert i18n.LocalText(template).format(share=0.44, ratio=0.125) == "44\u00a0% / 12,5\u00a0%"


def test_a_load_set_by_a_parameter_is_named_by_its_title(language: Switch) -> None:
    """ "7,5 kg (shelf_load × 0,5)": the window named the parameter by its id, not by its title."""

    from configurator.core.fit import PartInfo
    from configurator.core.fit_job import run_case
    from configurator.sdk.conditions import Load, LoadCase, assumption

    language("de")
    beam, regions = _cantilever()
    load = Load.mass(
        "tip", param="load_kg", share=0.5, direction=(0, 0, -1), source=assumption("a test load")
    )
    case = LoadCase("tip load", part="beam", loads=(load,), fixed=("root",))
    part = PartInfo("beam", "petg", "fdm")
    verdict, _ = run_case(case, beam, regions, part, {"load_kg": 1.0}, 2.0, titles={"load_kg": "Last"})
    assert verdict.reason.startswith("0,5 kg (Last × 0,5) auf tip: ")
    assert verdict.run is not None and verdict.run.loads == (
        "0.5 kg (load_kg × 0.5) on tip",
    )  # evidence: ids
