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
from configurator.sdk.i18n import translate
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
    span_names = {
        "length": translate("finger-box", "length"),
        "width": translate("finger-box", "width"),
        "height": translate("finger-box", "height"),
    }
    for name, span in spans(p).items():
        if span < 3 * finger - 1e-9:
            extra = 2 * t if name != "height" else t
            need = 3 * finger + extra
            return translate(
                "finger-box",
                "{span_name} {span} mm is too small for {finger} mm fingers in {t} mm "
                "sheet: it must be at least {need:g} mm (three fingers plus the "
                "sheet); make it bigger or the fingers narrower",
            ).format(
                span_name=span_names.get(name, name),
                span=fmt_mm(p.num(name)),
                finger=fmt_mm(finger),
                t=fmt_mm(t),
                need=need,
            )
    return None


@constraint("finger_width", "thickness")
def fingers_not_too_thin(p: FingerBoxParams) -> str | None:
    """Fingers narrower than 1.5 × the sheet thickness snap off."""
    t = thickness(p)
    if p.finger_width < 1.5 * t - 1e-9:
        return translate(
            "finger-box",
            "finger width {finger_width} mm is too narrow for {t} mm sheet: use at least {value:g} mm",
        ).format(finger_width=fmt_mm(p.finger_width), t=fmt_mm(t), value=1.5 * t)
    return None


@constraint()
def text_needs_lid(p: FingerBoxParams) -> str | None:
    """The engraving goes on the lid."""
    if p.lid_text.strip() and not p.lid:
        return translate("finger-box", "the name is engraved on the lid: turn the lid on or clear the text")
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
        return translate(
            "finger-box",
            "text size {size} mm does not fit the lid: at most {room_h:.0f} mm for a {width} mm wide box",
        ).format(size=fmt_mm(size), room_h=room_h, width=fmt_mm(p.width))
    width = geo.estimated_text_width(text, size)
    if width > room_w + 1e-9:
        return translate(
            "finger-box",
            "'{text}' at {size} mm is about {width:.0f} mm long; the lid has about "
            "{room_w:.0f} mm: shorten the text or make it smaller",
        ).format(text=text, size=fmt_mm(size), width=width, room_w=room_w)
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
        translate(
            "finger-box",
            "Cut from {t} mm sheet; outlines include a kerf allowance of {kerf} mm "
            "(each cut line sits {value} mm outside the part).",
        ).format(t=fmt_mm(t), kerf=fmt_mm(kerf), value=fmt_mm(kerf / 2))
    ]
    if p.lid:
        text = p.lid_text.strip()
        engraving = None
        if text:
            size = geo.text_size_to_fit(text, p.text_size, *text_room(p))
            engraving = geo.text_outline(text, size, center=(length / 2, width / 2))
            if size < p.text_size - 1e-6:
                notes.append(
                    translate("finger-box", "The lid text was reduced to {size:.1f} mm to fit.").format(
                        size=size
                    )
                )
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
        notes.append(translate("finger-box", "Glue the finger joints with {glue}.").format(glue=glue))
    return Product(tuple(parts), tuple(joints), (), tuple(notes))


TEMPLATE = Template(
    params_type=FingerBoxParams,
    id="finger-box",
    version="1.0.0",
    name=translate("finger-box", "Laser-cut finger-joint box"),
    description=(
        translate(
            "finger-box",
            "A box of five laser-cut panels that interlock with finger joints, plus an optional lid "
            "with an engraved name. Outer size, sheet, finger width and kerf allowance are yours to "
            "set; the fingers are spread evenly along each edge.",
        )
    ),
    category=translate("finger-box", "Storage"),
    processes=(Process.LASER.value,),
    parameters=(
        Length(
            "length",
            150,
            60,
            600,
            step=1,
            help=translate("finger-box", "Outer length of the box."),
            label=translate("finger-box", "Length"),
        ),
        Length(
            "width",
            100,
            50,
            400,
            step=1,
            help=translate("finger-box", "Outer width of the box."),
            label=translate("finger-box", "Width"),
        ),
        Length(
            "height",
            60,
            30,
            300,
            step=1,
            help=translate("finger-box", "Outer height without the lid."),
            label=translate("finger-box", "Height"),
        ),
        Choice(
            "thickness",
            "4mm",
            THICKNESSES,
            group=translate("finger-box", "Sheet"),
            help=translate(
                "finger-box",
                "Sheet thickness: stock sheets are 3, 4 or 6 mm. Measure your sheet: the "
                "fingers are as deep as the sheet is thick.",
            ),
            label=translate("finger-box", "Thickness"),
        ),
        Length(
            "finger_width",
            12,
            5,
            50,
            step=0.5,
            group=translate("finger-box", "Joints"),
            eco_tunable=True,
            help=translate(
                "finger-box",
                "Target finger width; the fingers are adjusted so each edge holds an odd "
                "number of equal fingers. Wider fingers mean a shorter cut (less laser time); "
                "the box is the same.",
            ),
            label=translate("finger-box", "Finger width"),
        ),
        Length(
            "kerf",
            0.15,
            0,
            0.5,
            step=0.01,
            group=translate("finger-box", "Joints"),
            help=translate(
                "finger-box",
                "Width of material the laser burns away. Each outline is moved out by half "
                "of it so the joints stay tight; ask your workshop for their value.",
            ),
            label=translate("finger-box", "Kerf"),
        ),
        Toggle(
            "glued",
            True,
            group=translate("finger-box", "Joints"),
            help=translate("finger-box", "Glue the joints (stronger; the box can no longer be taken apart)."),
            label=translate("finger-box", "Glued"),
        ),
        Toggle(
            "lid",
            True,
            group=translate("finger-box", "Lid"),
            help=translate("finger-box", "Add a loose lid with a locator underneath."),
            label=translate("finger-box", "Lid"),
        ),
        Text(
            "lid_text",
            "",
            max_length=24,
            help=translate("finger-box", "Name or word engraved on the lid."),
            label=translate("finger-box", "Lid text"),
        ),
        Length(
            "text_size",
            12,
            5,
            40,
            step=0.5,
            group=translate("finger-box", "Personalise"),
            help=translate("finger-box", "Letter height of the engraving."),
            label=translate("finger-box", "Text size"),
        ),
        MaterialSlot(
            "material",
            "birch_plywood",
            MATERIALS,
            help=translate("finger-box", "Sheet material."),
            label=translate("finger-box", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        temperatures=(
            ServiceTemperature(
                35,
                assumption(translate("finger-box", "indoor room, up to 35 °C")),
                description=translate("finger-box", "the room"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("finger-box", "an indoor storage box; not for food")),
        ),
        no_load_reason=(
            translate(
                "finger-box",
                "what the box will hold is not declared, and glued finger joints are not modelled",
            )
        ),
    ),
    constraints=(room_for_three_fingers, fingers_not_too_thin, text_needs_lid, text_fits_lid),
    presets=(
        Preset(
            "pencil-box",
            {"length": 200, "width": 70, "height": 50, "thickness": "3mm", "finger_width": 10},
            translate("finger-box", "Long narrow box for pens and pencils."),
            label=translate("finger-box", "Pencil box"),
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
            translate("finger-box", "Gift box with an engraved lid."),
            label=translate("finger-box", "Keepsake"),
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
            translate("finger-box", "Open crate in 6 mm plywood for a shelf."),
            label=translate("finger-box", "Storage crate"),
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
            translate("finger-box", "Clear acrylic cube with a lid."),
            label=translate("finger-box", "Acrylic display"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("box", "laser", "finger joints", "engraving"),
)
