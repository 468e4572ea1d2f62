"""Laser-cut box with finger joints, in plywood, MDF or acrylic, with an optional lid that can carry
an engraved name.

Every panel is a flat part on z = 0, as thick as the sheet. The outlines are grown by half the kerf
so the parts come out at their nominal size. Placements stand the panels up into the assembled box
(outer size length × width × height; x along the length, y along the width, z up).

Who owns which corner: the bottom keeps all four bottom corners and the fingers next to them; the
long sides keep the top and bottom fingers of each vertical edge; short sides fill in between.
"""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.conditions import (
    Exposure,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.params import (
    Choice,
    Length,
    MaterialSlot,
    Params,
    Text,
    Toggle,
)
from configurator.sdk.product import Joint, JointKind, Part, Placement, Process, Product
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library import _sheet as sheet
from parts_library._hardware import fmt_mm


class FingerBoxParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    length: float
    width: float
    height: float
    thickness: str
    finger_width: float
    kerf: float
    glued: bool
    lid: bool
    lid_text: str
    text_size: float
    material: str


THICKNESSES = ("3mm", "4mm", "6mm")
MATERIALS = ("birch_plywood", "mdf", "acrylic")
LID_CLEARANCE = 0.5  # gap between the lid locator and the walls, per side
TEXT_MARGIN = 5.0  # engraving stays this far from the inside of the walls


def thickness(p: FingerBoxParams) -> float:
    return float(p.thickness.removesuffix("mm"))


def spans(p: FingerBoxParams) -> dict[str, float]:
    """Length of each finger-jointed run (outer size minus the corner stretches)."""
    t = thickness(p)
    return {"length": p.length - 2 * t, "width": p.width - 2 * t, "height": p.height - t}


def text_room(p: FingerBoxParams) -> tuple[float, float]:
    t = thickness(p)
    return (p.length - 2 * t - 2 * TEXT_MARGIN, p.width - 2 * t - 2 * TEXT_MARGIN)


@constraint("length", "width", "height", "thickness", "finger_width")
def room_for_three_fingers(p: FingerBoxParams) -> str | None:
    """Each jointed edge holds at least three fingers."""
    t, finger = thickness(p), p.finger_width
    for name, span in spans(p).items():
        if span < 3 * finger - 1e-9:
            extra = 2 * t if name != "height" else t
            need = 3 * finger + extra
            return (
                f"{name} {fmt_mm(p.num(name))} mm is too small for {fmt_mm(finger)} mm "
                f"fingers in {fmt_mm(t)} mm sheet: it must be at least {need:g} mm "
                "(three fingers plus the sheet); make it bigger or the fingers narrower"
            )
    return None


@constraint("finger_width", "thickness")
def fingers_not_too_thin(p: FingerBoxParams) -> str | None:
    """Fingers narrower than 1.5 × the sheet thickness snap off."""
    t = thickness(p)
    if p.finger_width < 1.5 * t - 1e-9:
        return (
            f"finger width {fmt_mm(p.finger_width)} mm is too narrow for "
            f"{fmt_mm(t)} mm sheet: use at least {1.5 * t:g} mm"
        )
    return None


@constraint()
def text_needs_lid(p: FingerBoxParams) -> str | None:
    """The engraving goes on the lid."""
    if p.lid_text.strip() and not p.lid:
        return "the name is engraved on the lid: turn the lid on or clear the text"
    return None


@constraint("lid_text", "text_size", "length", "width", "thickness")
def text_fits_lid(p: FingerBoxParams) -> str | None:
    """The engraved name fits inside the walls (estimated; the build shrinks it to fit)."""
    text = p.lid_text.strip()
    if not text:
        return None
    room_w, room_h = text_room(p)
    size = p.text_size
    if size > room_h + 1e-9:
        return (
            f"text size {fmt_mm(size)} mm does not fit the lid: at most {room_h:.0f} mm "
            f"for a {fmt_mm(p.width)} mm wide box"
        )
    width = geo.estimated_text_width(text, size)
    if width > room_w + 1e-9:
        return (
            f"'{text}' at {fmt_mm(size)} mm is about {width:.0f} mm long; the lid has about "
            f"{room_w:.0f} mm: shorten the text or make it smaller"
        )
    return None


def _panels(p: FingerBoxParams) -> dict[str, list[geo.Point]]:
    t = thickness(p)
    length, width, height = p.length, p.width, p.height
    finger = p.finger_width
    n_len = sheet.finger_count(length - 2 * t, finger)
    n_wid = sheet.finger_count(width - 2 * t, finger)
    n_hgt = sheet.finger_count(height - t, finger)

    def along_length(first_in: bool, corners_in: bool) -> sheet.Profile:
        return sheet.fingers(
            length, t, length - t, n_len, t, first_in=first_in, start_in=corners_in, end_in=corners_in
        )

    def along_width(first_in: bool, corners_in: bool) -> sheet.Profile:
        return sheet.fingers(
            width, t, width - t, n_wid, t, first_in=first_in, start_in=corners_in, end_in=corners_in
        )

    def vertical(first_in: bool) -> sheet.Profile:
        return sheet.fingers(height, t, height, n_hgt, t, first_in=first_in, start_in=True, end_in=False)

    bottom = sheet.panel_outline(
        length,
        width,
        along_length(False, False),
        along_width(False, False),
        along_length(False, False),
        along_width(False, False),
    )
    long_side = sheet.panel_outline(
        length, height, along_length(True, True), vertical(False), sheet.straight(length), vertical(False)
    )
    short_side = sheet.panel_outline(
        width, height, along_width(True, True), vertical(True), sheet.straight(width), vertical(True)
    )
    return {"bottom": bottom, "long side": long_side, "short side": short_side}


def build(p: FingerBoxParams) -> Product:
    t = thickness(p)
    kerf = p.kerf
    length, width, height = p.length, p.width, p.height
    material = p.material
    outlines = _panels(p)

    def flat(
        name: str,
        quantity: int,
        placements: tuple[Placement, ...],
        description: str,
        points: list[geo.Point],
        engraving: cq.Shape | None = None,
    ) -> Part:
        return Part(
            name,
            sheet.sheet_part(points, t, kerf),
            material,
            Process.LASER,
            quantity=quantity,
            sheet_thickness=t,
            placements=placements,
            engraving=engraving,
            description=description,
            kerf_allowance_mm=kerf,
        )

    parts = [
        flat("bottom", 1, (Placement(),), "base panel", outlines["bottom"]),
        flat(
            "long side",
            2,
            (Placement.at(0, t, 0).rotated("x", 90), Placement.at(0, width, 0).rotated("x", 90)),
            "front and back panels",
            outlines["long side"],
        ),
        flat(
            "short side",
            2,
            (
                Placement.at(0, 0, 0).rotated("x", 90).rotated("z", 90),
                Placement.at(length - t, 0, 0).rotated("x", 90).rotated("z", 90),
            ),
            "end panels",
            outlines["short side"],
        ),
    ]
    pairs = [(("bottom", "long side"), 2), (("bottom", "short side"), 2), (("long side", "short side"), 4)]
    joints = [Joint(JointKind.FINGER, names, count) for names, count in pairs]
    if p.glued:
        joints += [Joint(JointKind.GLUE, names, count) for names, count in pairs]
    notes = [
        f"Cut from {fmt_mm(t)} mm sheet; outlines include a kerf allowance of "
        f"{fmt_mm(kerf)} mm (each cut line sits {fmt_mm(kerf / 2)} mm outside the part)."
    ]
    if p.lid:
        text = p.lid_text.strip()
        engraving = None
        if text:
            size = geo.text_size_to_fit(text, p.text_size, *text_room(p))
            engraving = geo.text_outline(text, size, center=(length / 2, width / 2))
            if size < p.text_size - 1e-6:
                notes.append(f"The lid text was reduced to {size:.1f} mm to fit.")
        inset = t + LID_CLEARANCE
        parts.append(
            flat(
                "lid",
                1,
                (Placement.at(0, 0, height),),
                "loose lid",
                sheet.rect(0, 0, length, width),
                engraving,
            )
        )
        parts.append(
            flat(
                "lid locator",
                1,
                (Placement.at(inset, inset, height - t),),
                "glued under the lid; keeps it from sliding",
                sheet.rect(0, 0, length - 2 * inset, width - 2 * inset),
            )
        )
        joints.append(Joint(JointKind.GLUE, ("lid", "lid locator"), 1))
    if p.glued:
        glue = "acrylic solvent cement" if material == "acrylic" else "PVA wood glue"
        notes.append(f"Glue the finger joints with {glue}.")
    return Product(tuple(parts), tuple(joints), (), tuple(notes))


TEMPLATE = Template(
    params_type=FingerBoxParams,
    id="finger-box",
    version="1.0.0",
    name="Laser-cut finger-joint box",
    description=(
        "A box of five laser-cut panels that interlock with finger joints, plus an optional lid "
        "with an engraved name. Outer size, sheet, finger width and kerf allowance are yours to "
        "set; the fingers are spread evenly along each edge."
    ),
    category="Storage",
    processes=(Process.LASER.value,),
    parameters=(
        Length("length", 150, 60, 600, step=1, help="Outer length of the box."),
        Length("width", 100, 50, 400, step=1, help="Outer width of the box."),
        Length("height", 60, 30, 300, step=1, help="Outer height without the lid."),
        Choice(
            "thickness",
            "4mm",
            THICKNESSES,
            group="Sheet",
            help="Sheet thickness: stock sheets are 3, 4 or 6 mm. Measure your sheet: the "
            "fingers are as deep as the sheet is thick.",
        ),
        Length(
            "finger_width",
            12,
            5,
            50,
            step=0.5,
            group="Joints",
            eco_tunable=True,
            help="Target finger width; the fingers are adjusted so each edge holds an odd "
            "number of equal fingers. Wider fingers mean a shorter cut (less laser time); "
            "the box is the same.",
        ),
        Length(
            "kerf",
            0.15,
            0,
            0.5,
            step=0.01,
            group="Joints",
            help="Width of material the laser burns away. Each outline is moved out by half "
            "of it so the joints stay tight; ask your workshop for their value.",
        ),
        Toggle(
            "glued",
            True,
            group="Joints",
            help="Glue the joints (stronger; the box can no longer be taken apart).",
        ),
        Toggle("lid", True, group="Lid", help="Add a loose lid with a locator underneath."),
        Text("lid_text", "", max_length=24, help="Name or word engraved on the lid."),
        Length("text_size", 12, 5, 40, step=0.5, group="Personalise", help="Letter height of the engraving."),
        MaterialSlot("material", "birch_plywood", MATERIALS, help="Sheet material."),
    ),
    build=build,
    conditions=UseConditions(
        temperatures=(
            ServiceTemperature(35, assumption("indoor room, up to 35 °C"), description="the room"),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption("an indoor storage box; not for food"),
        ),
        no_load_reason=("what the box will hold is not declared, and glued finger joints are not modelled"),
    ),
    constraints=(room_for_three_fingers, fingers_not_too_thin, text_needs_lid, text_fits_lid),
    presets=(
        Preset(
            "pencil-box",
            {"length": 200, "width": 70, "height": 50, "thickness": "3mm", "finger_width": 10},
            "Long narrow box for pens and pencils.",
        ),
        Preset(
            "keepsake",
            {
                "length": 180,
                "width": 120,
                "height": 80,
                "thickness": "4mm",
                "lid_text": "MEMORIES",
                "text_size": 14,
            },
            "Gift box with an engraved lid.",
        ),
        Preset(
            "storage-crate",
            {
                "length": 350,
                "width": 250,
                "height": 180,
                "thickness": "6mm",
                "finger_width": 25,
                "lid": False,
            },
            "Open crate in 6 mm plywood for a shelf.",
        ),
        Preset(
            "acrylic-display",
            {
                "length": 120,
                "width": 120,
                "height": 120,
                "thickness": "3mm",
                "material": "acrylic",
                "kerf": 0.1,
            },
            "Clear acrylic cube with a lid.",
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("box", "laser", "finger joints", "engraving"),
)
