"""Reading a STEP file into one checked solid, in millimetres. Imports CadQuery (worker only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError


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
