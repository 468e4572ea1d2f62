"""STEP (AP214) files of B-rep shapes, in millimetres. Imports CadQuery: worker/export path only."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError


def step_bytes(shape: Any, name: str) -> bytes:
    """The STEP text of ``shape`` (a ``cq.Shape``); OCCT writes to a file, so go through one."""
    from OCP.IFSelect import IFSelect_ReturnStatus

    with tempfile.TemporaryDirectory(prefix="fabwise-step-") as folder:
        path = Path(folder) / "part.step"
        status = shape.exportStep(str(path), unit="MM", write_pcurves=True)
        if status != IFSelect_ReturnStatus.IFSelect_RetDone or not path.exists():
            raise FabwiseError(f"the STEP writer failed for part '{name}' ({status})")
        return path.read_bytes()


def step_volume(data: bytes) -> float:
    """Read STEP bytes back with CadQuery and return the solid volume in mm³ (used by verify)."""
    return step_facts(data)[0]


def step_shape(data: bytes) -> Any:
    """The solids of a STEP file as one ``cq.Shape`` (a compound when there are several)."""
    import cadquery as cq

    with tempfile.TemporaryDirectory(prefix="fabwise-step-") as folder:
        path = Path(folder) / "part.step"
        path.write_bytes(data)
        try:
            imported = cq.importers.importStep(str(path))
        except Exception as exc:  # OCCT raises several types for unreadable files
            raise ValueError(f"not a readable STEP file ({exc})") from exc
        solids = [s for s in imported.vals() if isinstance(s, cq.Shape)]
        if not solids or not sum(float(s.Volume()) for s in solids) > 0:
            raise ValueError("the STEP file holds no solid")
        return solids[0] if len(solids) == 1 else cq.Compound.makeCompound(solids)


def step_facts(data: bytes) -> tuple[float, tuple[float, float, float]]:
    """Solid volume (mm³) and exact bounding-box size (mm) of a STEP file."""
    from OCP.Bnd import Bnd_Box
    from OCP.BRepBndLib import BRepBndLib

    shape = step_shape(data)
    box = Bnd_Box()
    BRepBndLib.AddOptimal_s(shape.wrapped, box, False, False)
    xmin, ymin, zmin, xmax, ymax, zmax = box.Get()
    return float(shape.Volume()), (xmax - xmin, ymax - ymin, zmax - zmin)
