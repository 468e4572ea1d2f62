"""Replacement knob for a D-shaft (cooker, appliance, potentiometer), printed in FDM.

The fit-critical sizes are parameters the user measures on the shaft: its diameter, the depth of the
flat (diameter minus the across-flat size), how far it goes into the knob, and a print clearance.
The knob can be hollow underneath (less plastic, same fit), carry an engraved index mark and a short
engraved label, and take an M3 set screw that bears on the flat.

Frame: upright, bore opening on z = 0 (the bed side), top face at z = height. The flat of the shaft
faces +y, and the index mark points the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cadquery as cq

from configurator.sdk.conditions import (
    SHORT_TERM,
    Axis,
    Box,
    Cylinder,
    Load,
    LoadCase,
    MaterialStatement,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.i18n import translate
from configurator.sdk.params import (
    Choice,
    Length,
    MaterialSlot,
    Params,
    Text,
    Toggle,
)
from configurator.sdk.product import Hardware, Joint, JointKind, Part, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library._hardware import (
    SET_SCREW_LENGTHS,
    SET_SCREWS,
    estimated,
    fmt_mm,
    set_screw_mass_g,
)


class DshaftKnobParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    shaft_diameter: float
    flat_depth: float
    shaft_length: float
    clearance: float
    knob_diameter: float
    knob_height: float
    grip: str
    hollow: bool
    wall: float
    set_screw: bool
    index_mark: bool
    label: str
    label_size: float
    material: str


MIN_WALL = 2.0  # plastic around the bore
ENGRAVE_DEPTH = 0.6
BORE_EXTRA = 0.5  # bore is this much deeper than the shaft goes in
MIN_SET_SCREW_INSERTION = 6.0
SET_SCREW = SET_SCREWS["M3"]
KNURL_DEPTH = 0.8
KNURL_PITCH = 2.0
RIB_PITCH = 8.0
MIN_CAVITY = 1.5  # narrowest useful hollow
TOP_INSET = 0.3  # the smooth top disc sits this far inside the grip valleys
TOP_STEP = 1.5  # height of the smooth top disc above the grip
MIN_MARK_LENGTH = 1.5  # shortest index mark that still reads as a pointer
MATERIALS = ("petg", "rpetg", "abs", "pla", "rpla")


@dataclass(frozen=True)
class Fit:
    bore_r: float  # radius of the round part of the bore
    flat_y: float  # the bore's flat, as distance from the axis
    bore_depth: float


def fit(p: DshaftKnobParams) -> Fit:
    c = p.clearance
    d = p.shaft_diameter
    return Fit(d / 2 + c, d / 2 - p.flat_depth + c, p.shaft_length + BORE_EXTRA)


def grip_depth(p: DshaftKnobParams) -> float:
    grip = p.grip
    if grip == "knurled":
        return KNURL_DEPTH
    if grip == "ribs":
        return 0.6 * _rib_radius(p.knob_diameter / 2)
    return 0.0


def _rib_radius(radius: float) -> float:
    return min(2.5, 0.15 * radius)


def engraved(p: DshaftKnobParams) -> bool:
    return p.index_mark or bool(p.label.strip())


def top_thickness(p: DshaftKnobParams) -> float:
    return p.wall + (ENGRAVE_DEPTH if engraved(p) else 0.0)


def set_screw_length(p: DshaftKnobParams) -> float | None:
    reach = p.knob_diameter / 2 - fit(p).flat_y - 0.5
    return geo.round_down_to(reach, SET_SCREW_LENGTHS)


def top_radius(p: DshaftKnobParams) -> float:
    """Radius of the smooth top disc (inside the grip's valleys)."""
    radius = p.knob_diameter / 2
    return radius if p.grip == "smooth" else radius - grip_depth(p) - TOP_INSET


def top_chamfer(p: DshaftKnobParams) -> float:
    return min(1.5, 0.1 * p.knob_height)


def index_mark_span(p: DshaftKnobParams) -> tuple[float, float]:
    """Where the index mark runs along +y on the top: from about half the radius to just inside
    the chamfer, and never shorter than MIN_MARK_LENGTH (on a small knob it starts nearer the
    centre instead; before, a 12 mm knurled knob got a mark of negative length and OCCT failed
    with Standard_DomainError)."""
    end = top_radius(p) - top_chamfer(p) - 0.8
    start = max(0.0, min(0.45 * p.knob_diameter / 2, end - MIN_MARK_LENGTH))
    return start, end


def label_box(p: DshaftKnobParams) -> tuple[float, float, float]:
    """(max width, max height, centre y) available for the label on the top face."""
    r = top_radius(p) - top_chamfer(p)
    if p.index_mark:
        return 1.3 * r, 0.35 * r, -0.3 * r
    return 1.6 * r, 0.5 * r, 0.0


@constraint()
def flat_within_shaft(p: DshaftKnobParams) -> str | None:
    """The flat must leave a D: its depth is less than the shaft radius."""
    limit = p.shaft_diameter / 2 - 0.25
    if p.flat_depth > limit + 1e-9:
        return translate(
            "dshaft-knob",
            "flat depth {flat_depth} mm is too deep for a {shaft_diameter} mm "
            "shaft: it must stay below the shaft radius (at most {limit:.2f} mm). "
            "Flat depth = shaft diameter − across-flat size",
        ).format(flat_depth=fmt_mm(p.flat_depth), shaft_diameter=fmt_mm(p.shaft_diameter), limit=limit)
    return None


@constraint("knob_diameter", "shaft_diameter", "clearance", "grip")
def knob_wide_enough(p: DshaftKnobParams) -> str | None:
    """There is at least MIN_WALL of plastic around the bore, inside the grip."""
    need = 2 * (fit(p).bore_r + MIN_WALL + grip_depth(p))
    if p.knob_diameter < need - 1e-9:
        return translate(
            "dshaft-knob",
            "knob diameter {knob_diameter} mm is too small for a {shaft_diameter} "
            "mm shaft: it must be at least {need:.1f} mm ({MIN_WALL} mm of wall "
            "around the bore)",
        ).format(
            knob_diameter=fmt_mm(p.knob_diameter),
            shaft_diameter=fmt_mm(p.shaft_diameter),
            need=need,
            MIN_WALL=fmt_mm(MIN_WALL),
        )
    return None


@constraint("knob_height", "shaft_length", "wall", "index_mark", "label")
def knob_tall_enough(p: DshaftKnobParams) -> str | None:
    """The bore plus a closed top fit in the knob height."""
    need = fit(p).bore_depth + top_thickness(p)
    if p.knob_height < need - 1e-9:
        return translate(
            "dshaft-knob",
            "knob height {knob_height} mm is too low for a shaft that goes "
            "{shaft_length} mm in: it must be at least {need:.1f} mm (bore + top "
            "wall); lower the shaft length or raise the knob",
        ).format(knob_height=fmt_mm(p.knob_height), shaft_length=fmt_mm(p.shaft_length), need=need)
    return None


@constraint("set_screw", "shaft_length", "knob_diameter", "shaft_diameter", "flat_depth", "clearance")
def set_screw_fits(p: DshaftKnobParams) -> str | None:
    """An M3 set screw needs enough shaft inside the knob and a stock length that fits."""
    if not p.set_screw:
        return None
    if p.shaft_length < MIN_SET_SCREW_INSERTION - 1e-9:
        return translate(
            "dshaft-knob",
            "a set screw needs the shaft to go at least {MIN_SET_SCREW_INSERTION} "
            "mm into the knob (shaft length is {shaft_length} mm)",
        ).format(MIN_SET_SCREW_INSERTION=fmt_mm(MIN_SET_SCREW_INSERTION), shaft_length=fmt_mm(p.shaft_length))
    if set_screw_length(p) is None:
        return translate(
            "dshaft-knob",
            "knob diameter {knob_diameter} mm leaves no room for the shortest M3 "
            "set screw ({value} mm): make the knob wider or turn the set screw off",
        ).format(knob_diameter=fmt_mm(p.knob_diameter), value=fmt_mm(SET_SCREW_LENGTHS[0]))
    return None


@constraint("label", "label_size", "knob_diameter", "index_mark", "grip", "knob_height")
def label_fits(p: DshaftKnobParams) -> str | None:
    """The label fits on the top face (checked with an estimate; the build shrinks it if needed)."""
    text = p.label.strip()
    if not text:
        return None
    max_w, max_h, _ = label_box(p)
    if p.label_size > max_h + 1e-9:
        return translate(
            "dshaft-knob",
            "label size {label_size} mm is too large for a {knob_diameter} mm knob: at most {max_h:.1f} mm",
        ).format(label_size=fmt_mm(p.label_size), knob_diameter=fmt_mm(p.knob_diameter), max_h=max_h)
    width = geo.estimated_text_width(text, p.label_size)
    if width > max_w + 1e-9:
        return translate(
            "dshaft-knob",
            "label '{text}' is about {width:.0f} mm wide and does not fit on the "
            "top (about {max_w:.0f} mm available): shorten it or make the text "
            "smaller",
        ).format(text=text, width=width, max_w=max_w)
    return None


def _grip_solid(p: DshaftKnobParams, height: float) -> cq.Shape:
    r = p.knob_diameter / 2
    grip = p.grip
    if grip == "knurled":
        teeth = max(12, round(2 * math.pi * r / KNURL_PITCH))
        points = []
        for i in range(2 * teeth):
            radius = r if i % 2 == 0 else r - KNURL_DEPTH
            angle = math.pi * i / teeth
            points.append((radius * math.cos(angle), radius * math.sin(angle)))
        return geo.prism(points, height)
    disc = cq.Face.makeFromWires(geo.circle_wire((0, 0), r))
    if grip == "smooth":
        return geo.extrude(disc.outerWire(), height)
    rib_r = _rib_radius(r)
    count = max(6, round(2 * math.pi * r / RIB_PITCH))
    centre = r + 0.4 * rib_r
    flutes = [
        cq.Face.makeFromWires(geo.circle_wire((centre * math.cos(a), centre * math.sin(a)), rib_r))
        for a in (2 * math.pi * (i + 0.5) / count for i in range(count))
    ]
    (outline,) = disc.cut(*flutes).Faces()
    return cq.Solid.extrudeLinear(outline, cq.Vector(0, 0, height))


def _body(p: DshaftKnobParams) -> cq.Shape:
    """Grip around the side and a smooth chamfered top disc (kept apart from the grip so the
    chamfer never has to cut through ribs: fast booleans)."""
    height = p.knob_height
    chamfer = top_chamfer(p)
    r_top = top_radius(p)
    if p.grip == "smooth":
        return geo.revolve_profile(
            [(0, 0), (r_top, 0), (r_top, height - chamfer), (r_top - chamfer, height), (0, height)]
        )
    grip_height = height - TOP_STEP
    top = geo.revolve_profile(
        [
            (0, grip_height - 0.5),
            (r_top, grip_height - 0.5),
            (r_top, height - chamfer),
            (r_top - chamfer, height),
            (0, height),
        ]
    )
    return geo.only_solid(_grip_solid(p, grip_height).fuse(top).clean())


def _bore(f: Fit) -> cq.Shape:
    r = f.bore_r
    round_part = geo.revolve_profile([(0, -1), (r + 1.5, -1), (r, 0.5), (r, f.bore_depth), (0, f.bore_depth)])
    flat_side = geo.box(-r - 3, -r - 3, -2, 2 * r + 6, f.flat_y + r + 3, f.bore_depth + 3)
    return round_part.intersect(flat_side)


def build(p: DshaftKnobParams) -> Product:
    radius = p.knob_diameter / 2
    height = p.knob_height
    f = fit(p)
    body = _body(p)
    tools: list[cq.Shape] = [_bore(f)]
    notes: list[str] = []
    if p.hollow:
        inner = f.bore_r + p.wall
        outer = radius - grip_depth(p) - p.wall
        roof = height - top_thickness(p)
        if outer - inner >= MIN_CAVITY and roof >= 3.0:
            tools.append(geo.revolve_profile([(inner, -1), (outer, -1), (outer, roof), (inner, roof)]))
        else:
            notes.append(
                translate("dshaft-knob", "The knob is too small to hollow out: it is printed solid.")
            )
    if p.index_mark:
        start, end = index_mark_span(p)
        tools.append(geo.box(-0.6, start, height - ENGRAVE_DEPTH, 1.2, end - start, 2))
    label = p.label.strip()
    if label:
        max_w, max_h, centre_y = label_box(p)
        size = geo.text_size_to_fit(label, p.label_size, max_w, max_h)
        text = geo.text_solid(label, size, ENGRAVE_DEPTH + 1, center=(0, centre_y), z=height - ENGRAVE_DEPTH)
        if text is not None:
            tools.append(text)
    hardware: list[Hardware] = []
    joints: list[Joint] = []
    if p.set_screw:
        length = set_screw_length(p)
        assert length is not None  # guaranteed by set_screw_fits
        z = max(3.0, p.shaft_length / 2)
        reach = radius - f.flat_y + 1
        tools.append(geo.oriented(geo.hole_tool(SET_SCREW.tap_drill, reach), (0, radius + 0.5, z), (0, 1, 0)))
        hardware.append(
            Hardware(
                "set screw",
                translate("dshaft-knob", "{thread} × {length} mm hex socket set screw, cup point").format(
                    thread=SET_SCREW.thread, length=fmt_mm(length)
                ),
                1,
                material="steel",
                standard="ISO 4029",
                **estimated(set_screw_mass_g(float(SET_SCREW.thread[1:]), length)),
            )
        )
        joints.append(
            Joint(JointKind.SET_SCREW, ("knob",), 1, f"hex key {fmt_mm(SET_SCREW.hex_key)} mm", "set screw")
        )
        notes.append(
            translate(
                "dshaft-knob",
                "Tap the {tap_drill} mm side hole with an {thread} tap, or let the set "
                "screw cut its own thread.",
            ).format(tap_drill=fmt_mm(SET_SCREW.tap_drill), thread=SET_SCREW.thread)
        )
    else:
        joints.append(Joint(JointKind.PRESS_FIT, ("knob",), 1))
    notes.append(
        translate(
            "dshaft-knob", "Print upright as modelled (bore opening on the bed) so the D-profile is exact."
        )
    )
    knob = geo.cut(body, tools)
    regions = {
        # the bore's flat: it alone turns the shaft (the round part only centres it)
        "bore flat": Box(
            (-f.bore_r, f.flat_y - 0.01, 0.4),
            (f.bore_r, f.flat_y + 0.01, f.bore_depth - 0.01),
            normal=(0, -1, 0),
        ),
        # the side of the knob, where fingers grip
        "grip": Cylinder(
            (0, 0, 0),
            (0, 0, 1),
            radius + 0.01,
            0.0,
            height,
            inner_radius=radius - grip_depth(p) - 0.5,
            facing="outward",
        ),
        "shaft axis": Axis((0, 0, 0), (0, 0, 1)),
    }
    part = Part(
        "knob",
        knob,
        p.material,
        Process.FDM,
        spare=True,
        description=translate("dshaft-knob", "knob for a {shaft_diameter} mm D-shaft").format(
            shaft_diameter=fmt_mm(p.shaft_diameter)
        ),
        regions=regions,
    )
    return Product((part,), tuple(joints), tuple(hardware), tuple(notes))


TEMPLATE = Template(
    params_type=DshaftKnobParams,
    id="dshaft-knob",
    version="1.0.0",
    name=translate("dshaft-knob", "Replacement D-shaft knob"),
    description=(
        translate(
            "dshaft-knob",
            "A replacement knob for a cooker, appliance or potentiometer D-shaft. Measure the shaft "
            "(diameter, across-flat size, how far it goes in), pick a grip, and add an index mark, "
            "a short engraved label or a set screw.",
        )
    ),
    category=translate("dshaft-knob", "Repair"),
    processes=(Process.FDM.value,),
    parameters=(
        Length(
            "shaft_diameter",
            6,
            3,
            12,
            step=0.05,
            group=translate("dshaft-knob", "Fit"),
            help=translate("dshaft-knob", "Diameter of the round part of the shaft (measure with calipers)."),
            label=translate("dshaft-knob", "Shaft diameter"),
        ),
        Length(
            "flat_depth",
            1.5,
            0.2,
            5.5,
            step=0.05,
            group=translate("dshaft-knob", "Fit"),
            help=translate(
                "dshaft-knob",
                "How deep the flat cuts into the shaft: shaft diameter minus the size measured "
                "across the flat.",
            ),
            label=translate("dshaft-knob", "Flat depth"),
        ),
        Length(
            "shaft_length",
            12,
            4,
            30,
            step=0.5,
            group=translate("dshaft-knob", "Fit"),
            help=translate("dshaft-knob", "How far the shaft goes into the knob."),
            label=translate("dshaft-knob", "Shaft length"),
        ),
        Length(
            "clearance",
            0.15,
            0,
            0.5,
            step=0.05,
            group=translate("dshaft-knob", "Fit"),
            help=translate(
                "dshaft-knob",
                "Extra gap added around the shaft. Raise it if the knob is too tight on "
                "your printer, lower it for a firmer push fit.",
            ),
            label=translate("dshaft-knob", "Clearance"),
        ),
        Length(
            "knob_diameter",
            35,
            10,
            80,
            step=0.5,
            group=translate("dshaft-knob", "Knob"),
            help=translate("dshaft-knob", "Outer diameter of the knob."),
            label=translate("dshaft-knob", "Knob diameter"),
        ),
        Length(
            "knob_height",
            18,
            8,
            50,
            step=0.5,
            group=translate("dshaft-knob", "Knob"),
            help=translate("dshaft-knob", "Height of the knob."),
            label=translate("dshaft-knob", "Knob height"),
        ),
        Choice(
            "grip",
            "ribs",
            ("ribs", "knurled", "smooth"),
            group=translate("dshaft-knob", "Knob"),
            help=translate(
                "dshaft-knob", "Finger grip around the side: rounded ribs, fine straight knurl, or smooth."
            ),
            label=translate("dshaft-knob", "Grip"),
        ),
        Toggle(
            "hollow",
            True,
            group=translate("dshaft-knob", "Knob"),
            eco_tunable=True,
            help=translate(
                "dshaft-knob",
                "Hollow the knob from below around a central hub: less plastic, same fit and look.",
            ),
            label=translate("dshaft-knob", "Hollow"),
        ),
        Length(
            "wall",
            2.4,
            1.2,
            5,
            step=0.2,
            group=translate("dshaft-knob", "Knob"),
            eco_tunable=True,
            help=translate(
                "dshaft-knob",
                "Wall thickness of the hollow knob (side, top and hub). Thinner uses less "
                "plastic and the fit does not change, but the hub gets weaker: `fabwise fit` "
                "says how thin still holds.",
            ),
            label=translate("dshaft-knob", "Wall"),
        ),
        Toggle(
            "set_screw",
            False,
            group=translate("dshaft-knob", "Options"),
            help=translate(
                "dshaft-knob",
                "Add an M3 set screw that presses on the flat, for shafts that need a firm grip.",
            ),
            label=translate("dshaft-knob", "Set screw"),
        ),
        Toggle(
            "index_mark",
            True,
            group=translate("dshaft-knob", "Options"),
            help=translate("dshaft-knob", "Engrave a pointer line on the top, on the side of the flat."),
            label=translate("dshaft-knob", "Index mark"),
        ),
        Text(
            "label",
            "",
            max_length=8,
            help=translate("dshaft-knob", "Short text engraved on the top (e.g. 'HOB 2')."),
            label=translate("dshaft-knob", "Label"),
        ),
        Length(
            "label_size",
            5,
            3,
            12,
            step=0.5,
            group=translate("dshaft-knob", "Personalise"),
            help=translate("dshaft-knob", "Letter height of the label."),
            label=translate("dshaft-knob", "Label size"),
        ),
        MaterialSlot(
            "material",
            "petg",
            MATERIALS,
            help=translate(
                "dshaft-knob",
                "Filament. PETG or ABS for knobs near heat (cookers); PLA softens at about 55 °C.",
            ),
            label=translate("dshaft-knob", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "hand twist",
                label=translate("dshaft-knob", "hand twist"),
                part="knob",
                duration=SHORT_TERM,
                description=translate(
                    "dshaft-knob",
                    "A firm twist on a stiff control: the fingers hold the grip, the "
                    "shaft's flat pushes back.",
                ),
                loads=(
                    Load.torque(
                        "bore flat",
                        0.3,
                        axis="shaft axis",
                        source=assumption(
                            translate(
                                "dshaft-knob", "0.3 N·m, a firm twist on a stiff rotary control; not measured"
                            )
                        ),
                    ),
                ),
                fixed=("grip",),
            ),
        ),
        temperatures=(
            ServiceTemperature(
                60,
                assumption(
                    translate(
                        "dshaft-knob",
                        "a knob on a cooker's front panel reaches about 60 °C while the oven is on; "
                        "not measured",
                    )
                ),
                description=translate("dshaft-knob", "a cooker's knob"),
            ),
        ),
        statements=(MaterialStatement("pla", translate("dshaft-knob", "PLA softens at about 55 °C"), 55),),
    ),
    constraints=(flat_within_shaft, knob_wide_enough, knob_tall_enough, set_screw_fits, label_fits),
    presets=(
        Preset(
            "cooker-6mm",
            {
                "shaft_diameter": 6,
                "flat_depth": 1.5,
                "shaft_length": 12,
                "knob_diameter": 38,
                "knob_height": 22,
                "grip": "ribs",
                "material": "abs",
            },
            translate(
                "dshaft-knob", "Cooker/oven knob on a 6 mm D-shaft with a 4.5 mm flat (check your shaft)."
            ),
            label=translate("dshaft-knob", "Cooker 6mm"),
        ),
        Preset(
            "pot-6mm-small",
            {
                "shaft_diameter": 6,
                "flat_depth": 1.5,
                "shaft_length": 10,
                "knob_diameter": 16,
                "knob_height": 14,
                "grip": "knurled",
                "hollow": False,
                "index_mark": True,
            },
            translate("dshaft-knob", "Small knurled knob for a 6 mm D-shaft potentiometer or encoder."),
            label=translate("dshaft-knob", "Pot 6mm small"),
        ),
        Preset(
            "quarter-inch",
            {
                "shaft_diameter": 6.35,
                "flat_depth": 1.0,
                "shaft_length": 12,
                "knob_diameter": 25,
                "knob_height": 16,
                "grip": "knurled",
                "set_screw": True,
            },
            translate(
                "dshaft-knob",
                "Knob for a 1/4 in (6.35 mm) D-shaft with a set screw (audio gear, appliances).",
            ),
            label=translate("dshaft-knob", "Quarter inch"),
        ),
        Preset(
            "labelled",
            {"knob_diameter": 40, "knob_height": 20, "label": "HOB 1", "label_size": 5},
            translate("dshaft-knob", "Cooker knob with an engraved label."),
            label=translate("dshaft-knob", "Labelled"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("knob", "repair", "spare part", "d-shaft"),
)
