"""Geometry helpers shared by the built-in templates.

Everything here works on plain CadQuery shapes and is called only inside ``build`` functions, never
at import time (the GUI imports template modules without paying for CadQuery).

Conventions: 2D points are ``(x, y)`` tuples in millimetres; solids built from outlines start on
z = 0 and grow along +z, which is what sheet parts need (see ``configurator.core.build``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import cadquery as cq

__all__ = [
    "TEXT_FONT",
    "TEXT_WIDTH_PER_SIZE",
    "Point",
    "Point3",
    "box",
    "circle_face",
    "circle_wire",
    "countersink_depth",
    "countersunk_tool",
    "cut",
    "cylinder",
    "dedupe",
    "estimated_text_width",
    "extrude",
    "extrude_face",
    "fuse",
    "hole_tool",
    "only_solid",
    "oriented",
    "polygon_face",
    "polygon_wire",
    "prism",
    "profile_cut",
    "profile_fuse",
    "rect_face",
    "revolve_profile",
    "round_down_to",
    "round_up_to",
    "text_faces",
    "text_outline",
    "text_size_to_fit",
    "text_solid",
]


Point = tuple[float, float]
Point3 = tuple[float, float, float]

TEXT_FONT = "DejaVu Sans"
# Average advance width of a character relative to the font size (DejaVu Sans capitals and digits
# measure 0.6–0.75). Used to check before building that a text fits; the build measures the real
# text and shrinks it if the estimate was short.
TEXT_WIDTH_PER_SIZE = 0.72


def dedupe(points: Sequence[Point], tol: float = 1e-6) -> list[Point]:
    """Drop repeated and collinear points from a closed polygon."""
    result: list[Point] = []
    for point in points:
        if result and math.dist(result[-1], point) < tol:
            continue
        result.append(point)
    while len(result) > 1 and math.dist(result[0], result[-1]) < tol:
        result.pop()
    changed = True
    while changed and len(result) > 3:
        changed = False
        for i in range(len(result)):
            a, b, c = result[i - 1], result[i], result[(i + 1) % len(result)]
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            if abs(cross) < tol:
                del result[i]
                changed = True
                break
    return result


def polygon_wire(points: Sequence[Point], z: float = 0.0) -> cq.Wire:
    return cq.Wire.makePolygon([cq.Vector(x, y, z) for x, y in dedupe(points)], close=True)


def circle_wire(center: Point, radius: float, z: float = 0.0) -> cq.Wire:
    return cq.Wire.makeCircle(radius, cq.Vector(center[0], center[1], z), cq.Vector(0, 0, 1))


def extrude(outer: cq.Wire, height: float, inner: Iterable[cq.Wire] = ()) -> cq.Solid:
    """A prism from a closed outline (and holes) in the XY plane, from z = 0 to z = height."""
    return cq.Solid.extrudeLinear(outer, list(inner), cq.Vector(0, 0, height))


def prism(points: Sequence[Point], height: float, holes: Iterable[cq.Wire] = ()) -> cq.Solid:
    return extrude(polygon_wire(points), height, holes)


def revolve_profile(profile: Sequence[Point]) -> cq.Solid:
    """Revolve a closed ``(radius, z)`` profile 360° about the z axis."""
    wire = cq.Wire.makePolygon([cq.Vector(r, 0, z) for r, z in dedupe(profile)], close=True)
    return cq.Solid.revolve(wire, [], 360.0, cq.Vector(0, 0, 0), cq.Vector(0, 0, 1))


def box(x0: float, y0: float, z0: float, dx: float, dy: float, dz: float) -> cq.Solid:
    return cq.Solid.makeBox(dx, dy, dz, cq.Vector(x0, y0, z0))


def cylinder(radius: float, height: float, base: Point3 = (0, 0, 0), axis: Point3 = (0, 0, 1)) -> cq.Solid:
    return cq.Solid.makeCylinder(radius, height, cq.Vector(*base), cq.Vector(*axis))


def oriented(shape: cq.Shape, origin: Point3, normal: Point3) -> cq.Shape:
    """Move ``shape`` (modelled around the z axis at the origin) so that its +z axis points along
    ``normal`` and its origin sits at ``origin``."""
    n = cq.Vector(*normal).normalized()
    helper = cq.Vector(0, 0, 1) if abs(n.z) < 0.9 else cq.Vector(1, 0, 0)
    x_dir = helper.cross(n).normalized()
    plane = cq.Plane(origin=cq.Vector(*origin), xDir=x_dir, normal=n)
    return shape.moved(cq.Location(plane))


def countersunk_tool(
    clear_d: float,
    head_d: float,
    depth: float,
    *,
    recess_d: float = 0.0,
    recess_depth: float = 0.0,
    angle: float = 90.0,
) -> cq.Solid:
    """A cutting tool for a countersunk screw hole, axis +z, surface at z = 0, material below.

    ``recess_d``/``recess_depth`` add a counterbore above the countersink (for a cover cap). The
    tool pokes 1 mm above the surface and 1 mm past ``depth`` so cuts never leave skins.
    """
    r, head_r = clear_d / 2.0, head_d / 2.0
    sink = (head_r - r) / math.tan(math.radians(angle / 2.0))
    top = -recess_depth
    profile: list[Point] = [(0.0, -depth - 1.0), (r, -depth - 1.0), (r, top - sink), (head_r, top)]
    if recess_depth > 0:
        profile += [(max(recess_d, head_d) / 2.0, top)]
        profile += [(max(recess_d, head_d) / 2.0, 1.0)]
    else:
        profile += [(head_r, 1.0)]
    profile += [(0.0, 1.0)]
    return revolve_profile(profile)


def countersink_depth(clear_d: float, head_d: float, angle: float = 90.0) -> float:
    return (head_d - clear_d) / 2.0 / math.tan(math.radians(angle / 2.0))


def hole_tool(diameter: float, depth: float) -> cq.Solid:
    """A plain drilled hole tool, axis +z, surface at z = 0, material below."""
    return cylinder(diameter / 2.0, depth + 2.0, (0, 0, -depth - 1.0))


def cut(body: cq.Shape, tools: Sequence[cq.Shape]) -> cq.Shape:
    """``body`` minus all ``tools`` in one boolean (faster and cleaner than one cut per tool)."""
    if not tools:
        return body
    result = body.cut(*tools)
    return only_solid(result)


def fuse(shapes: Sequence[cq.Shape]) -> cq.Shape:
    first, *rest = shapes
    if not rest:
        return first
    return only_solid(first.fuse(*rest).clean())


def only_solid(shape: cq.Shape) -> cq.Shape:
    """Unwrap a compound holding a single solid, so parts are plain solids."""
    solids = shape.Solids()
    if len(solids) == 1:
        return solids[0]
    return shape


def text_faces(text: str, size: float, *, center: Point = (0.0, 0.0), kind: str = "bold") -> list[cq.Face]:
    """Planar faces of ``text`` on z = 0, centred on ``center``; empty for blank text."""
    if not text.strip():
        return []
    solid = cq.Compound.makeText(
        text,
        size,
        1.0,
        font=TEXT_FONT,
        kind=kind,  # type: ignore[arg-type]
        halign="center",
        valign="center",
    )
    faces = [f for f in solid.Faces() if f.geomType() == "PLANE" and abs(f.Center().z) < 1e-6]
    box_ = cq.Compound.makeCompound(faces).BoundingBox()
    shift = cq.Vector(center[0] - box_.center.x, center[1] - box_.center.y, 0)
    return [f.translate(shift) for f in faces]


def text_size_to_fit(text: str, size: float, max_width: float, max_height: float) -> float:
    """``size`` or smaller, so that the real text box fits ``max_width`` × ``max_height``."""
    faces = text_faces(text, size)
    if not faces:
        return size
    box_ = cq.Compound.makeCompound(faces).BoundingBox()
    scale = min(
        1.0, max_width / box_.xlen if box_.xlen else 1.0, max_height / box_.ylen if box_.ylen else 1.0
    )
    return size * scale


def text_outline(text: str, size: float, center: Point = (0.0, 0.0)) -> cq.Compound | None:
    """The outline wires of ``text`` on z = 0 (for a laser engrave layer), or None if blank."""
    wires: list[cq.Shape] = []
    for face in text_faces(text, size, center=center):
        wires.append(face.outerWire())
        wires.extend(face.innerWires())
    return cq.Compound.makeCompound(wires) if wires else None


def text_solid(
    text: str, size: float, depth: float, *, center: Point = (0.0, 0.0), z: float = 0.0
) -> cq.Shape | None:
    """Text as a solid ``depth`` thick from ``z`` upward (to emboss, or to cut for engraving)."""
    faces = text_faces(text, size, center=center)
    if not faces:
        return None
    solids = [cq.Solid.extrudeLinear(f, cq.Vector(0, 0, depth)) for f in faces]
    # Neighbouring glyphs can overlap (a large "YY": the arms meet). As a compound of overlapping
    # solids, a cut removed the overlap twice and left it standing as a loose piece in the
    # engraving; fused, the letters are one tool.
    tool = solids[0] if len(solids) == 1 else solids[0].fuse(*solids[1:]).clean()
    return tool.translate(cq.Vector(0, 0, z))


def estimated_text_width(text: str, size: float) -> float:
    return len(text.strip()) * size * TEXT_WIDTH_PER_SIZE


def round_up_to(value: float, choices: Sequence[float]) -> float:
    """The smallest of ``choices`` that is at least ``value`` (the largest if none is)."""
    for choice in sorted(choices):
        if choice >= value - 1e-9:
            return choice
    return max(choices)


def round_down_to(value: float, choices: Sequence[float]) -> float | None:
    """The largest of ``choices`` that is at most ``value``, or None."""
    fitting = [c for c in choices if c <= value + 1e-9]
    return max(fitting) if fitting else None


# --- 2D profiles: booleans on faces are much faster than on solids; extrude once at the end ------


def polygon_face(points: Sequence[Point]) -> cq.Face:
    return cq.Face.makeFromWires(polygon_wire(points))


def circle_face(center: Point, radius: float) -> cq.Face:
    return cq.Face.makeFromWires(circle_wire(center, radius))


def rect_face(x0: float, y0: float, width: float, height: float) -> cq.Face:
    return polygon_face([(x0, y0), (x0 + width, y0), (x0 + width, y0 + height), (x0, y0 + height)])


def profile_cut(outer: cq.Face, cuts: Sequence[cq.Face]) -> cq.Face:
    """``outer`` minus ``cuts``, which must leave one connected face."""
    if not cuts:
        return outer
    faces = outer.cut(*cuts).Faces()
    if len(faces) != 1:
        raise ValueError(f"the profile fell apart into {len(faces)} pieces")
    return faces[0]


def profile_fuse(faces: Sequence[cq.Face]) -> cq.Face:
    first, *rest = faces
    if not rest:
        return first
    fused = first.fuse(*rest).clean().Faces()
    if len(fused) != 1:
        raise ValueError(f"the profile is made of {len(fused)} separate pieces")
    return fused[0]


def extrude_face(face: cq.Face, height: float) -> cq.Solid:
    return cq.Solid.extrudeLinear(face, cq.Vector(0, 0, height))
