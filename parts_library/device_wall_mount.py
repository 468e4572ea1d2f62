"""Wall holder made to fit a device you measure (router, remote, phone, speaker, tablet): a tray as
wide and deep as the device plus a clearance, a back plate screwed to the wall above it, an optional
cable slot in the floor and a window in the front lip.

Frame: x across the device's width, y up, z out from the wall; the back of the plate is on z = 0.
The placement stands it against the wall (the plane y = 0 after placement, holder towards +y).
"""

from __future__ import annotations

import cadquery as cq

from configurator.sdk.conditions import (
    SUSTAINED,
    Box,
    Exposure,
    Load,
    LoadCase,
    ServiceTemperature,
    UseConditions,
    assumption,
)
from configurator.sdk.i18n import translate
from configurator.sdk.params import Choice, Count, Length, MaterialSlot, Number, Params, Toggle
from configurator.sdk.product import (
    Hardware,
    Joint,
    JointKind,
    Part,
    Placement,
    Process,
    Product,
)
from configurator.sdk.schema import Preset, constraint
from configurator.sdk.template import Template
from parts_library import _geometry as geo
from parts_library._hardware import (
    WOOD_SCREWS,
    estimated,
    fmt_mm,
    wall_screw_length,
    wood_screw_mass_g,
)


class DeviceWallMountParams(Params):
    """The values build() and the constraints read, typed (checked against the parameters below)."""

    device_width: float
    device_depth: float
    clearance: float
    lip_height: float
    back_height: float
    wall: float
    cable_slot: bool
    front_window: bool
    hole_count: int
    screw_size: str
    material: str
    device_mass: float


MATERIALS = ("petg", "rpetg", "pla", "rpla", "abs")
CABLE_SLOT = 14.0
WINDOW_SHARE = 0.6  # window width as a share of the inner width
WINDOW_SILL = 0.35  # share of the lip left under the window


def inner(p: DeviceWallMountParams) -> tuple[float, float]:
    c = p.clearance
    return p.device_width + 2 * c, p.device_depth + 2 * c


def hole_height(p: DeviceWallMountParams) -> float:
    t = p.wall
    return (t + p.lip_height + p.back_height) / 2


@constraint()
def screws_above_tray(p: DeviceWallMountParams) -> str | None:
    """The back plate rises above the tray far enough for the screw heads."""
    head = WOOD_SCREWS[p.screw_size].head_d
    need = p.wall + p.lip_height + head + 8.0
    if p.back_height < need - 1e-9:
        return translate(
            "device-wall-mount",
            "back height {back_height} mm leaves no room for the screws above a "
            "{lip_height} mm lip: at least {need:g} mm",
        ).format(back_height=fmt_mm(p.back_height), lip_height=fmt_mm(p.lip_height), need=need)
    return None


@constraint("hole_count", "device_width", "clearance", "wall", "screw_size")
def holes_fit_across(p: DeviceWallMountParams) -> str | None:
    """Two screws need the holder to be wide enough to space them."""
    if p.hole_count < 2:
        return None
    head = WOOD_SCREWS[p.screw_size].head_d
    width = inner(p)[0] + 2 * p.wall
    need = 2 * head + 20.0
    if width < need - 1e-9:
        return translate(
            "device-wall-mount",
            "a holder {width:.0f} mm wide is too narrow for two screws: use one "
            "screw (it needs {need:g} mm for two)",
        ).format(width=width, need=need)
    return None


@constraint()
def wall_takes_countersink(p: DeviceWallMountParams) -> str | None:
    """The back plate is thick enough for the countersunk screw heads."""
    screw = WOOD_SCREWS[p.screw_size]
    need = geo.countersink_depth(screw.clear_d, screw.head_d) + 1.0
    if p.wall < need - 1e-9:
        return translate(
            "device-wall-mount",
            "wall {wall} mm is too thin for {screw_size} countersunk screws: at "
            "least {need:g} mm, or pick a smaller screw",
        ).format(wall=fmt_mm(p.wall), screw_size=p.screw_size, need=need)
    return None


def _holder(p: DeviceWallMountParams) -> cq.Shape:
    t = p.wall
    wi, di = inner(p)
    wo = wi + 2 * t
    lip = p.lip_height
    body = geo.fuse([geo.box(0, 0, 0, wo, p.back_height, t), geo.box(0, 0, 0, wo, t + lip, di + 2 * t)])
    tools: list[cq.Shape] = [geo.box(t, t, t, wi, lip + 1, di)]
    if p.cable_slot:
        slot = min(CABLE_SLOT, wi - 6)
        tools.append(geo.box(wo / 2 - slot / 2, -1, t + 2, slot, t + 2, max(di - 4, 1)))
    if p.front_window:
        window = WINDOW_SHARE * wi
        sill = t + WINDOW_SILL * lip
        tools.append(geo.box(wo / 2 - window / 2, sill, t + di - 1, window, lip + 1, t + 2))
    screw = WOOD_SCREWS[p.screw_size]
    tool = geo.countersunk_tool(screw.clear_d, screw.head_d, t)
    y = hole_height(p)
    xs = [wo / 2] if p.hole_count == 1 else [screw.head_d + 6, wo - screw.head_d - 6]
    tools += [geo.oriented(tool, (x, y, t), (0, 0, 1)) for x in xs]
    return geo.cut(body, tools)


def build(p: DeviceWallMountParams) -> Product:
    screw = WOOD_SCREWS[p.screw_size]
    n = p.hole_count
    length = wall_screw_length(screw, p.wall)
    width = inner(p)[0] + 2 * p.wall
    t = p.wall
    regions = {
        # the back of the plate (z = 0) against the wall, held by the screws
        "wall face": Box((-1e4, -1e4, -0.01), (1e4, 1e4, 0.01), normal=(0, 0, -1)),
        # the tray's floor, where the device stands (y = up)
        "tray floor": Box((t, t - 0.01, t), (width - t, t + 0.01, 1e4), normal=(0, 1, 0)),
    }
    part = Part(
        "holder",
        _holder(p),
        p.material,
        Process.FDM,
        placements=(Placement.at(width, 0, 0).rotated("x", 90).rotated("z", 180),),
        description=translate("device-wall-mount", "print standing on its floor: no supports needed"),
        regions=regions,
    )
    hardware = (
        Hardware(
            "wall screw",
            translate("device-wall-mount", "{diameter} × {length} mm countersunk wood screw").format(
                diameter=fmt_mm(screw.diameter), length=fmt_mm(length)
            ),
            n,
            material="steel",
            standard="DIN 7997",
            **estimated(wood_screw_mass_g(screw, length)),
        ),
        Hardware("wall plug", screw.plug, n),
    )
    joints = (Joint(JointKind.SCREW, ("holder",), n, screw.drive, "wall screw"),)
    wi, di = inner(p)
    notes = (
        translate(
            "device-wall-mount", "Inside: {wi:g} × {di:g} mm for a {device_width} × {device_depth} mm device."
        ).format(wi=wi, di=di, device_width=fmt_mm(p.device_width), device_depth=fmt_mm(p.device_depth)),
    )
    return Product((part,), joints, hardware, notes)


TEMPLATE = Template(
    params_type=DeviceWallMountParams,
    id="device-wall-mount",
    version="1.0.0",
    name=translate("device-wall-mount", "Made-to-measure wall holder"),
    description=(
        translate(
            "device-wall-mount",
            "A wall holder for a device you measure: Wi-Fi router, remote control, phone, speaker. "
            "Enter its width and thickness; the tray fits it with the clearance you choose, with a "
            "slot for the charging cable and a window in front.",
        )
    ),
    category=translate("device-wall-mount", "Home"),
    processes=(Process.FDM.value,),
    parameters=(
        Length(
            "device_width",
            120,
            20,
            300,
            step=0.5,
            group=translate("device-wall-mount", "Device"),
            help=translate(
                "device-wall-mount",
                "Width of the device, measured across the side that goes into the holder.",
            ),
            label=translate("device-wall-mount", "Device width"),
        ),
        Length(
            "device_depth",
            30,
            5,
            120,
            step=0.5,
            group=translate("device-wall-mount", "Device"),
            help=translate("device-wall-mount", "Thickness of the device, front to back."),
            label=translate("device-wall-mount", "Device depth"),
        ),
        Length(
            "clearance",
            0.8,
            0,
            3,
            step=0.1,
            group=translate("device-wall-mount", "Device"),
            help=translate("device-wall-mount", "Gap around the device on each side."),
            label=translate("device-wall-mount", "Clearance"),
        ),
        Length(
            "lip_height",
            25,
            8,
            100,
            step=1,
            group=translate("device-wall-mount", "Holder"),
            help=translate(
                "device-wall-mount", "Height of the tray's walls (how much of the device they hold)."
            ),
            label=translate("device-wall-mount", "Lip height"),
        ),
        Length(
            "back_height",
            80,
            30,
            250,
            step=1,
            group=translate("device-wall-mount", "Holder"),
            help=translate("device-wall-mount", "Height of the back plate against the wall."),
            label=translate("device-wall-mount", "Back height"),
        ),
        Length(
            "wall",
            3,
            2,
            6,
            step=0.2,
            group=translate("device-wall-mount", "Holder"),
            eco_tunable=True,
            help=translate(
                "device-wall-mount",
                "Wall thickness. Thinner uses less plastic; it still holds a light device.",
            ),
            label=translate("device-wall-mount", "Wall"),
        ),
        Toggle(
            "cable_slot",
            True,
            group=translate("device-wall-mount", "Holder"),
            help=translate("device-wall-mount", "Slot in the floor for a charging cable."),
            label=translate("device-wall-mount", "Cable slot"),
        ),
        Toggle(
            "front_window",
            True,
            group=translate("device-wall-mount", "Holder"),
            help=translate(
                "device-wall-mount", "Cut-out in the front lip to reach buttons or see a display."
            ),
            label=translate("device-wall-mount", "Front window"),
        ),
        Count(
            "hole_count",
            2,
            1,
            2,
            group=translate("device-wall-mount", "Mounting"),
            help=translate("device-wall-mount", "Wall screws."),
            label=translate("device-wall-mount", "Hole count"),
        ),
        Choice(
            "screw_size",
            "4mm",
            ("3.5mm", "4mm", "4.5mm"),
            group=translate("device-wall-mount", "Mounting"),
            help=translate("device-wall-mount", "Countersunk wall screws."),
            label=translate("device-wall-mount", "Screw size"),
        ),
        Number(
            "device_mass",
            1.0,
            0,
            5,
            unit="kg",
            step=0.1,
            group=translate("device-wall-mount", "Device"),
            help=translate("device-wall-mount", "Weight of the device the holder carries."),
            label=translate("device-wall-mount", "Device mass"),
        ),
        MaterialSlot(
            "material",
            "petg",
            MATERIALS,
            help=translate("device-wall-mount", "Filament."),
            label=translate("device-wall-mount", "Material"),
        ),
    ),
    build=build,
    conditions=UseConditions(
        load_cases=(
            LoadCase(
                "device weight",
                label=translate("device-wall-mount", "device weight"),
                part="holder",
                duration=SUSTAINED,
                description=translate("device-wall-mount", "The device stands in the tray for years."),
                loads=(
                    Load.mass(
                        "tray floor",
                        param="device_mass",
                        direction=(0, -1, 0),
                        source=assumption(
                            translate(
                                "device-wall-mount",
                                "the user's device mass, resting on the floor of the tray",
                            )
                        ),
                    ),
                ),
                fixed=("wall face",),
            ),
        ),
        temperatures=(
            ServiceTemperature(
                45,
                assumption(
                    translate("device-wall-mount", "a router or charger warms its holder to about 45 °C")
                ),
                description=translate("device-wall-mount", "the tray around a warm device"),
            ),
        ),
        exposure=Exposure(
            outdoor_uv=False,
            water="none",
            food_contact=False,
            source=assumption(translate("device-wall-mount", "indoors")),
        ),
    ),
    constraints=(screws_above_tray, holes_fit_across, wall_takes_countersink),
    presets=(
        Preset(
            "wifi-router",
            {"device_width": 180, "device_depth": 35, "lip_height": 40, "back_height": 100},
            translate("device-wall-mount", "Router standing on its edge."),
            label=translate("device-wall-mount", "Wi-Fi router"),
        ),
        Preset(
            "tv-remote",
            {
                "device_width": 50,
                "device_depth": 22,
                "lip_height": 45,
                "back_height": 80,
                "cable_slot": False,
                "hole_count": 1,
            },
            translate("device-wall-mount", "Pocket for a TV remote."),
            label=translate("device-wall-mount", "TV remote"),
        ),
        Preset(
            "phone-charging",
            {"device_width": 78, "device_depth": 10, "clearance": 1.0, "lip_height": 30, "back_height": 70},
            translate("device-wall-mount", "Phone in its case, charging from below."),
            label=translate("device-wall-mount", "Phone charging"),
        ),
    ),
    author="Fabwise",
    license="CC-BY-4.0",
    tags=("wall mount", "holder", "made to measure", "screws"),
)
