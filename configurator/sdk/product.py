"""What a template's build returns: parts, the joints between them, and bought hardware.

Shapes are CadQuery objects, but this module does not import CadQuery: it only holds them. A part's
shape is modelled in its *manufacturing* frame (a sheet part lies flat on z = 0 with its thickness
along +z); each placement puts one copy into the assembled product for the preview.

Repairability is computed from joints and hardware, never typed in, so the joint list must say how
the product really comes apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.sdk.i18n import translate


class Process(StrEnum):
    FDM = "fdm"
    SLA = "sla"
    SLS = "sls"
    LASER = "laser"
    CNC_ROUTER = "cnc_router"
    CNC_MILL = "cnc_mill"


PROCESS_LABELS: dict[str, str] = {  # in English (files, CLI); process_label() for the window
    Process.FDM: "FDM 3D printing",
    Process.SLA: "SLA resin printing",
    Process.SLS: "SLS powder printing",
    Process.LASER: "Laser cutting",
    Process.CNC_ROUTER: "CNC routing",
    Process.CNC_MILL: "CNC milling",
}


def process_label(process: str) -> str:
    """A process in words in the current language (``"fdm"`` → "FDM 3D printing", "Impression 3D
    FDM"); an unknown process as given."""
    labels: dict[str, str] = {
        Process.FDM: translate("process", "FDM 3D printing"),
        Process.SLA: translate("process", "SLA resin printing"),
        Process.SLS: translate("process", "SLS powder printing"),
        Process.LASER: translate("process", "Laser cutting"),
        Process.CNC_ROUTER: translate("process", "CNC routing"),
        Process.CNC_MILL: translate("process", "CNC milling"),
    }
    return labels.get(process, process)


SHEET_PROCESSES = frozenset({Process.LASER, Process.CNC_ROUTER})
PRINT_PROCESSES = frozenset({Process.FDM, Process.SLA, Process.SLS})


class JointKind(StrEnum):
    SCREW = "screw"
    BOLT = "bolt"
    SNAP_FIT = "snap_fit"
    PRESS_FIT = "press_fit"
    SET_SCREW = "set_screw"
    DOWEL = "dowel"
    FINGER = "finger"
    TAB_SLOT = "tab_slot"
    MAGNET = "magnet"
    GLUE = "glue"
    WELD = "weld"


# Joints that can be undone and redone without destroying a part. A press fit counts (a knob
# pressed on a shaft pulls off and goes back on), and so does a dry finger joint; glue and welds do
# not. A glued finger joint is declared as a finger joint *and* a glue joint, so it scores as glued.
REVERSIBLE_JOINTS = frozenset(
    {
        JointKind.SCREW,
        JointKind.BOLT,
        JointKind.SNAP_FIT,
        JointKind.SET_SCREW,
        JointKind.MAGNET,
        JointKind.TAB_SLOT,
        JointKind.DOWEL,
        JointKind.PRESS_FIT,
        JointKind.FINGER,
    }
)


@dataclass(frozen=True)
class Placement:
    """Where one copy of a part sits in the assembled product: rotations (in order), then a move."""

    translate: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rotations: tuple[tuple[str, float], ...] = ()

    @staticmethod
    def at(x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Placement:
        return Placement((float(x), float(y), float(z)))

    def rotated(self, axis: str, degrees: float) -> Placement:
        """This placement with one more rotation about the global ``axis`` ("x", "y" or "z").

        The rotation applies before the translation, so ``Placement.at(...).rotated(...)`` reads as
        "turn the part, then move it there".
        """
        if axis not in ("x", "y", "z"):
            raise ValueError(f"rotation axis must be x, y or z, got {axis!r}")
        return Placement(self.translate, (*self.rotations, (axis, float(degrees))))

    def matrix(self) -> npt.NDArray[np.float64]:
        """The 4×4 homogeneous transform of this placement."""
        result = np.eye(4)
        for axis, degrees in self.rotations:
            result = _rotation(axis, degrees) @ result
        result[:3, 3] = self.translate
        return result


def _rotation(axis: str, degrees: float) -> npt.NDArray[np.float64]:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    i, j = {"x": (1, 2), "y": (2, 0), "z": (0, 1)}[axis]
    rot = np.eye(4)
    rot[i, i], rot[i, j], rot[j, i], rot[j, j] = c, -s, s, c
    return rot


@dataclass(frozen=True, eq=False)
class MeshShape:
    """A part's geometry given as a closed triangle mesh (mm) instead of a CadQuery shape.

    Used for models people bring as STL or 3MF: they are measured, checked and written from the
    triangles themselves (no B-rep is made of them: a B-rep of 100 000 triangles costs minutes and
    hundreds of MB of STEP, and adds nothing the mesh does not hold). ``faces`` index ``vertices``
    and are wound outwards; whoever makes a MeshShape has checked it is closed.
    """

    vertices: npt.NDArray[np.float64]
    faces: npt.NDArray[np.int64]

    def __post_init__(self) -> None:
        vertices = np.asarray(self.vertices, dtype=np.float64)
        faces = np.asarray(self.faces, dtype=np.int64)
        if vertices.ndim != 2 or vertices.shape[1] != 3 or faces.ndim != 2 or faces.shape[1] != 3:
            raise ValueError("a mesh needs (n, 3) vertices and (m, 3) triangle indices")
        if not len(faces):
            raise ValueError("a mesh needs at least one triangle")
        if faces.min() < 0 or faces.max() >= len(vertices):
            raise ValueError("a mesh triangle refers to a missing vertex")
        object.__setattr__(self, "vertices", vertices)
        object.__setattr__(self, "faces", faces)

    def scaled(self, factor: float) -> MeshShape:
        return MeshShape(self.vertices * float(factor), self.faces)


@dataclass(frozen=True)
class Part:
    """One manufactured part.

    ``shape`` is a CadQuery ``Workplane`` or ``Shape`` in the manufacturing frame, or a
    :class:`MeshShape` for a model brought as a mesh. ``material`` is a
    material id (see ``resources/data/materials.csv``), ``process`` a :class:`Process` value.
    ``spare`` marks a wear or replacement part that someone can re-order or print on its own.
    ``sheet_thickness`` marks a flat part cut from sheet: it must lie on z = 0 with that thickness.
    ``engraving`` is optional 2D geometry (wires in the part's XY plane) to engrave, not cut.
    ``placements`` put the copies into the assembled view; give none or one per copy.
    ``kerf_allowance_mm`` (sheet parts): the kerf the outline already allows for: the shape is
    grown by half of it on every cut edge, so a workshop must not compensate again (0 = drawn at
    nominal size, the workshop compensates; None = not declared, and the job sheet says so).
    ``regions`` name surfaces (and axes) in the manufacturing frame for the template's use
    conditions (:mod:`configurator.sdk.conditions`): where loads act and what is fixed.
    """

    name: str
    shape: Any
    material: str
    process: str
    quantity: int = 1
    spare: bool = False
    sheet_thickness: float | None = None
    engraving: Any = None
    placements: tuple[Placement, ...] = ()
    description: str = ""
    kerf_allowance_mm: float | None = None
    regions: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a part needs a name")
        if self.process not in set(Process):
            known = ", ".join(p.value for p in Process)
            raise ValueError(f"part '{self.name}': unknown process '{self.process}' ({known})")
        if self.quantity < 1:
            raise ValueError(f"part '{self.name}': quantity must be at least 1")
        if self.placements and len(self.placements) != self.quantity:
            raise ValueError(
                f"part '{self.name}': {len(self.placements)} placements for quantity "
                f"{self.quantity}; give none or one per copy"
            )
        if self.sheet_thickness is not None and self.process not in SHEET_PROCESSES:
            raise ValueError(
                f"part '{self.name}': sheet_thickness is only for laser or CNC-routed sheet parts"
            )
        if self.process in SHEET_PROCESSES and self.sheet_thickness is None:
            raise ValueError(f"part '{self.name}': a {self.process} part needs sheet_thickness")
        if isinstance(self.shape, MeshShape) and self.process in SHEET_PROCESSES:
            raise ValueError(
                f"part '{self.name}': a mesh part cannot be cut from sheet (cut files need exact outlines)"
            )
        if self.kerf_allowance_mm is not None and (
            self.process not in SHEET_PROCESSES or self.kerf_allowance_mm < 0
        ):
            raise ValueError(f"part '{self.name}': kerf_allowance_mm is 0 or more, for sheet parts only")


@dataclass(frozen=True)
class Joint:
    """How parts meet, and so how the product comes apart.

    ``tool`` names what undoing it needs ("screwdriver PH2", "hex key 4 mm"), None if no tool.
    ``hardware`` names the :class:`Hardware` item the joint uses, if any.
    """

    kind: JointKind
    parts: tuple[str, ...]
    count: int = 1
    tool: str | None = None
    hardware: str | None = None

    @property
    def reversible(self) -> bool:
        return self.kind in REVERSIBLE_JOINTS


@dataclass(frozen=True)
class Hardware:
    """A bought component for the bill of materials (screw, insert, magnet…)."""

    name: str
    spec: str
    quantity: int
    material: str | None = None
    mass_g: float | None = None
    standard: str | None = None
    mass_note: str = ""  # how mass_g was obtained when it is not a catalogue figure


@dataclass(frozen=True)
class Product:
    parts: tuple[Part, ...]
    joints: tuple[Joint, ...] = ()
    hardware: tuple[Hardware, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.parts:
            raise ValueError("a product needs at least one part")
        names = [part.name for part in self.parts]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"part names must be unique; repeated: {', '.join(duplicates)}")
        hardware_names = {item.name for item in self.hardware}
        for joint in self.joints:
            missing = [p for p in joint.parts if p not in names]
            if missing:
                raise ValueError(f"{joint.kind.value} joint refers to missing part(s): {', '.join(missing)}")
            if joint.hardware is not None and joint.hardware not in hardware_names:
                raise ValueError(
                    f"{joint.kind.value} joint uses hardware '{joint.hardware}' "
                    "that is not in the product's hardware list"
                )
