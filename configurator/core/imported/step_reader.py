"""Reading a STEP file into checked solids, in millimetres. Imports CadQuery (worker only)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.sdk.errors import FabwiseError

# Names OCCT gives entries that carry no product name: a number, or the translator's own label.
_NO_NAME = re.compile(r"^(\d*|Open CASCADE STEP translator.*|SOLID|COMPOUND|UNNAMED.*)$", re.IGNORECASE)


def read_step_solid(path: Path) -> Any:
    """The solids of a STEP file as one ``cq.Shape`` (OCCT converts its units to mm).

    Raises FabwiseError when the file cannot be read or holds no closed, valid solid.
    """
    import cadquery as cq

    try:
        imported = cq.importers.importStep(str(path))
    except Exception as exc:  # OCCT raises several kinds for unreadable files
        raise FabwiseError(
            f"{path.name} cannot be read as STEP: {exc}",
            hint="re-export it from its CAD program as STEP AP214 or AP242",
        ) from exc
    shapes = [s for s in imported.vals() if isinstance(s, cq.Shape)]
    solids = [solid for shape in shapes for solid in shape.Solids()]
    if not solids:
        raise FabwiseError(
            f"{path.name} holds no solid (only surfaces or curves)",
            hint="export solids (bodies) from the CAD program, not surfaces",
        )
    shape = solids[0] if len(solids) == 1 else cq.Compound.makeCompound(solids)
    if not shape.isValid():
        raise FabwiseError(
            f"{path.name} holds a solid that fails OCCT's geometry check",
            hint="repair it in its CAD program (check for gaps between faces)",
        )
    if not shape.Volume() > 0:
        raise FabwiseError(f"{path.name} holds a solid with no volume")
    return shape


def read_step_parts(path: Path) -> list[tuple[str, Any]]:
    """Each solid of a STEP file with the product name the file gives it ("" when none), in the
    file's order, placed where the file's assembly puts it. One solid: the same as
    :func:`read_step_solid`, unnamed. Raises FabwiseError like :func:`read_step_solid`."""
    import cadquery as cq

    whole = read_step_solid(path)
    solids = whole.Solids()
    if len(solids) == 1:
        return [("", whole)]
    try:
        assembly = cq.Assembly.importStep(str(path))
    except Exception:  # the names are a nicety: without them the solids are still the parts
        return [("", solid) for solid in solids]
    named: list[tuple[str, Any]] = []

    def walk(node: Any, location: Any) -> None:
        here = location * node.loc if node.loc is not None else location
        if node.obj is not None:
            shapes = node.obj.vals() if isinstance(node.obj, cq.Workplane) else [node.obj]
            found = [s.moved(here) for shape in shapes if isinstance(shape, cq.Shape) for s in shape.Solids()]
            name = "" if _NO_NAME.match(node.name.strip()) else node.name.strip()
            named.extend(
                (f"{name} {i + 1}" if name and len(found) > 1 else name, s) for i, s in enumerate(found)
            )
        for child in node.children:
            walk(child, here)

    walk(assembly, cq.Location())
    if len(named) != len(solids):  # the assembly reading disagrees with the plain one: no names
        return [("", solid) for solid in solids]
    return named


def surface_triangles(
    shape: Any, tolerance: float = 0.1
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """The shape's surface as outward-wound triangles (OCCT's tessellation), mm."""
    points, triangles = shape.tessellate(tolerance, 0.3)
    vertices = np.array([p.toTuple() for p in points], dtype=np.float64).reshape(-1, 3)
    faces = np.array(triangles, dtype=np.int64).reshape(-1, 3)
    return vertices, faces


def step_text(shape: Any, name: str) -> bytes:
    """``shape`` written as STEP (AP214, millimetres), as stored in a model folder."""
    import tempfile

    from OCP.IFSelect import IFSelect_ReturnStatus

    with tempfile.TemporaryDirectory(prefix="fabwise-import-") as folder:
        path = Path(folder) / "part.step"
        status = shape.exportStep(str(path), unit="MM", write_pcurves=True)
        if status != IFSelect_ReturnStatus.IFSelect_RetDone or not path.exists():
            raise FabwiseError(f"could not store part '{name}' as STEP ({status})")
        return path.read_bytes()
