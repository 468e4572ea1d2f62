"""Slice a printed part with PrusaSlicer's command line and read what the G-code says.

``slice_mesh`` writes the part's mesh as a binary STL, runs ``prusa-slicer --export-gcode`` headless
with a shipped printer profile (``--load`` printer+print, filament, Fabwise's overrides) and the
material's density, and parses the G-code PrusaSlicer writes:

- the statistics block at its end (``; estimated printing time (normal mode) = 1h 2m 3s``,
  ``; filament used [mm] = …``, ``[cm3]``, ``[g]``), which is what PrusaSlicer itself reports;
- the extrusion of each feature type (``;TYPE:Support material`` etc.), to split the filament into
  the part itself, its supports and the rest (skirt, purge line).

The slicer runs without a display (its CLI never opens a window; ``DISPLAY`` is removed from its
environment so that holds on a desktop too). ``SliceCache`` keeps results per geometry, profile,
material and slicer version, in memory and in the user data folder.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import struct
import subprocess
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from configurator.core.facilities.printer_profiles import PrinterProfile
from configurator.sdk.errors import FabwiseError

SLICER_ENV = "FABWISE_PRUSA_SLICER"
SLICE_TIMEOUT_S = 180.0
SUPPORT_TYPES = frozenset({"Support material", "Support material interface"})
#: Feature types counted in PrusaSlicer's "filament used" that are neither the part nor its
#: supports. (The start G-code's purge line, type "Custom", is not in PrusaSlicer's total.)
OTHER_TYPES = frozenset({"Skirt/Brim", "Skirt", "Brim", "Wipe tower"})


class SlicerUnavailable(FabwiseError):
    """PrusaSlicer is not installed (or was disabled with FABWISE_PRUSA_SLICER=none)."""


class SliceFailed(FabwiseError):
    """PrusaSlicer ran but produced no usable G-code."""


@dataclass(frozen=True)
class SliceResult:
    """What PrusaSlicer reports for one copy of one part with one profile."""

    profile_id: str
    profile_name: str
    material: str
    slicer: str  # "PrusaSlicer 2.5.0"
    density_g_cm3: float
    print_seconds: float
    filament_mm: float
    filament_cm3: float
    filament_g: float
    support_g: float
    other_g: float
    layers: int
    slice_seconds: float = 0.0
    extras: dict[str, float] = field(default_factory=dict)

    @property
    def part_g(self) -> float:
        """Filament in the finished part: everything but supports, skirt and purge line."""
        return max(0.0, self.filament_g - self.support_g - self.other_g)

    @property
    def print_hours(self) -> float:
        return self.print_seconds / 3600.0

    def label(self) -> str:
        return f"from {self.slicer}, profile {self.profile_id}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["part_g"] = round(self.part_g, 3)
        data["source"] = self.label()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SliceResult:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})


# ---------------------------------------------------------------------------------- the executable
def find_slicer() -> Path | None:
    """PrusaSlicer's executable: ``FABWISE_PRUSA_SLICER`` (a path, or ``none`` to disable), else PATH."""
    configured = os.environ.get(SLICER_ENV, "").strip()
    if configured.lower() in {"none", "off", "0"}:
        return None
    if configured:
        path = Path(configured)
        return path if path.is_file() and os.access(path, os.X_OK) else None
    found = shutil.which("prusa-slicer")
    return Path(found) if found else None


def unavailable_reason() -> str:
    configured = os.environ.get(SLICER_ENV, "").strip()
    if configured.lower() in {"none", "off", "0"}:
        return f"slicing is turned off ({SLICER_ENV}={configured})"
    if configured:
        return f"{SLICER_ENV} points to '{configured}', which is not an executable file"
    return "PrusaSlicer is not installed (Debian package prusa-slicer)"


def require_slicer() -> Path:
    exe = find_slicer()
    if exe is None:
        raise SlicerUnavailable(
            unavailable_reason(), hint="install prusa-slicer (tools/setup.sh does) or set " + SLICER_ENV
        )
    return exe


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.setdefault("LC_ALL", "C")
    env["LC_NUMERIC"] = "C"
    return env


@lru_cache(maxsize=8)
def _version_of(exe: str, _mtime: float) -> str:
    try:
        done = subprocess.run(
            [exe, "--help"], capture_output=True, text=True, timeout=30, env=_headless_env(), check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SlicerUnavailable(f"PrusaSlicer at {exe} does not start: {exc}") from None
    match = re.search(r"PrusaSlicer-([0-9][0-9A-Za-z.+-]*)", done.stdout + done.stderr)
    if not match:
        raise SlicerUnavailable(f"{exe} does not say it is PrusaSlicer (no version in --help)")
    return "PrusaSlicer " + match.group(1).split("+")[0]


def slicer_version(exe: Path | None = None) -> str:
    """``PrusaSlicer 2.5.0`` for the executable that will run."""
    path = exe or require_slicer()
    return _version_of(str(path), path.stat().st_mtime)


# ----------------------------------------------------------------------------------------- mesh
def write_binary_stl(path: Path, vertices: npt.ArrayLike, faces: npt.ArrayLike) -> None:
    """A binary STL of a triangle mesh (normals left zero: slicers recompute them)."""
    verts = np.asarray(vertices, dtype=np.float32)
    tris = np.asarray(faces, dtype=np.int64)
    if verts.ndim != 2 or verts.shape[1] != 3 or tris.ndim != 2 or tris.shape[1] != 3 or len(tris) == 0:
        raise SliceFailed("the part has no triangle mesh to slice")
    record = np.zeros(len(tris), dtype=[("n", "<f4", 3), ("v", "<f4", (3, 3)), ("a", "<u2")])
    record["v"] = verts[tris]
    with path.open("wb") as handle:
        handle.write(b"Fabwise part".ljust(80, b" "))
        handle.write(struct.pack("<I", len(tris)))
        handle.write(record.tobytes())


# -------------------------------------------------------------------------------------- G-code
_TIME_RE = re.compile(r"(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?")


def parse_duration(text: str) -> float:
    """Seconds from PrusaSlicer's ``1d 2h 3m 4s`` (any part may be missing)."""
    text = text.strip()
    match = _TIME_RE.fullmatch(text)
    if not text or not match or not any(match.groups()):
        raise SliceFailed(f"cannot read the print time '{text}' in the G-code")
    days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return float(((days * 24 + hours) * 60 + minutes) * 60 + seconds)


def read_gcode_stats(path: Path) -> dict[str, Any]:
    """PrusaSlicer's own statistics block and the filament extruded per feature type.

    Returns ``print_seconds``, ``filament_mm``, ``filament_cm3``, ``filament_g``, ``layers``,
    ``density`` and ``diameter`` (from the config block) and ``by_type`` (mm of filament per
    ``;TYPE:`` label, signed E moves summed, retractions included).
    """
    header: dict[str, str] = {}
    by_type: dict[str, float] = {}
    role = "Custom"
    layers = 0
    relative = False
    last_e = 0.0
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith(";"):
                if line.startswith(";TYPE:"):
                    role = line[6:].strip()
                elif line.startswith(";LAYER_CHANGE"):
                    layers += 1
                elif line.startswith("; ") and " = " in line:
                    key, _, value = line[2:].partition(" = ")
                    header[key.strip()] = value.strip()
                continue
            code = line.split(";", 1)[0].strip()
            if not code:
                continue
            word = code.split(None, 1)[0]
            if word == "M83":
                relative = True
            elif word == "M82":
                relative = False
            elif word == "G92":
                for token in code.split()[1:]:
                    if token[0] == "E":
                        last_e = float(token[1:])
            elif word in ("G1", "G0", "G2", "G3"):
                for token in code.split()[1:]:
                    if token[0] == "E":
                        e_value = float(token[1:])
                        delta = e_value if relative else e_value - last_e
                        if not relative:
                            last_e = e_value
                        by_type[role] = by_type.get(role, 0.0) + delta
                        break
    needed = ("estimated printing time (normal mode)", "filament used [mm]", "filament used [cm3]")
    missing = [key for key in needed if key not in header]
    if missing:
        raise SliceFailed(f"the G-code has no '{missing[0]}' line: not PrusaSlicer's output?")

    def number(key: str, default: float = 0.0) -> float:
        raw = header.get(key, "")
        try:
            return float(raw.split(",")[0]) if raw else default
        except ValueError:
            raise SliceFailed(f"cannot read '{key} = {raw}' in the G-code") from None

    return {
        "print_seconds": parse_duration(header["estimated printing time (normal mode)"]),
        "filament_mm": number("filament used [mm]"),
        "filament_cm3": number("filament used [cm3]"),
        "filament_g": number("filament used [g]"),
        "layers": layers,
        "density": number("filament_density"),
        "diameter": number("filament_diameter", 1.75),
        "by_type": by_type,
    }


# ---------------------------------------------------------------------------------------- slicing
def _problem_lines(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = re.sub(r"^\[[^]]*\]\s*\[[^]]*\]\s*\[[a-z]+\]\s*", "", raw).strip()
        if line and "[trace]" not in raw and "[debug]" not in raw and "[info]" not in raw:
            lines.append(line)
    return lines


def slice_mesh(
    vertices: npt.ArrayLike,
    faces: npt.ArrayLike,
    profile: PrinterProfile,
    material: str,
    density_kg_m3: float,
    *,
    gcode_out: Path | None = None,
    exe: Path | None = None,
    timeout: float = SLICE_TIMEOUT_S,
) -> SliceResult:
    """Slice one part and return PrusaSlicer's numbers; keep the G-code at ``gcode_out`` if given.

    Raises :class:`SlicerUnavailable` if PrusaSlicer is missing and :class:`SliceFailed` (with
    PrusaSlicer's own message) if it refuses the part, e.g. larger than the printer's bed.
    """
    executable = exe or require_slicer()
    version = slicer_version(executable)
    if not (math.isfinite(density_kg_m3) and density_kg_m3 > 0):
        raise SliceFailed(f"material '{material}' has no density: grams cannot be computed")
    density = density_kg_m3 / 1000.0
    files = profile.config_files(material)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fabwise-slice-") as tmp:
        folder = Path(tmp)
        stl, gcode = folder / "part.stl", folder / "part.gcode"
        write_binary_stl(stl, vertices, faces)
        command = [str(executable), "--export-gcode"]
        for config in files:
            command += ["--load", str(config)]
        command += ["--filament-density", f"{density:.4f}", "--output", str(gcode), str(stl)]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=_headless_env(),
                cwd=folder,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SliceFailed(f"PrusaSlicer took longer than {timeout:g} s and was stopped") from None
        except OSError as exc:
            raise SlicerUnavailable(f"PrusaSlicer could not be started: {exc}") from None
        if done.returncode != 0 or not gcode.is_file():
            problems = _problem_lines(done.stderr) or _problem_lines(done.stdout)
            reason = problems[-1] if problems else f"exit status {done.returncode}"
            raise SliceFailed(f"PrusaSlicer could not slice the part with profile '{profile.id}': {reason}")
        stats = read_gcode_stats(gcode)
        if gcode_out is not None:
            gcode_out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(gcode, gcode_out)
    elapsed = time.perf_counter() - started
    area_mm2 = math.pi * (stats["diameter"] / 2.0) ** 2
    grams_per_mm = area_mm2 * 1e-3 * density  # mm3 -> cm3 x g/cm3
    by_type: dict[str, float] = stats["by_type"]
    support_mm = sum(v for k, v in by_type.items() if k in SUPPORT_TYPES)
    other_mm = sum(v for k, v in by_type.items() if k in OTHER_TYPES)
    filament_g = stats["filament_g"] or stats["filament_cm3"] * density
    return SliceResult(
        profile_id=profile.id,
        profile_name=profile.name,
        material=material,
        slicer=version,
        density_g_cm3=density,
        print_seconds=stats["print_seconds"],
        filament_mm=stats["filament_mm"],
        filament_cm3=stats["filament_cm3"],
        filament_g=filament_g,
        support_g=max(0.0, support_mm * grams_per_mm),
        other_g=max(0.0, other_mm * grams_per_mm),
        layers=stats["layers"],
        slice_seconds=elapsed,
    )


def _run(command: list[str], folder: Path, timeout: float, what: str) -> None:
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=_headless_env(),
            cwd=folder,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SliceFailed(f"PrusaSlicer took longer than {timeout:g} s to {what} and was stopped") from None
    except OSError as exc:
        raise SlicerUnavailable(f"PrusaSlicer could not be started: {exc}") from None
    if done.returncode != 0:
        problems = _problem_lines(done.stderr) or _problem_lines(done.stdout)
        reason = problems[-1] if problems else f"exit status {done.returncode}"
        raise SliceFailed(f"PrusaSlicer could not {what}: {reason}")


def project_3mf(
    vertices: npt.ArrayLike,
    faces: npt.ArrayLike,
    profile: PrinterProfile,
    material: str,
    density_kg_m3: float,
    *,
    exe: Path | None = None,
    timeout: float = SLICE_TIMEOUT_S,
) -> bytes:
    """A PrusaSlicer 3MF project of the part with the profile's complete settings inside.

    PrusaSlicer's ``--export-3mf`` writes the model only; the settings a workshop opens it with
    go into ``Metadata/Slic3r_PE.config`` (where PrusaSlicer keeps a project's config), written
    by PrusaSlicer itself with ``--save`` from the same ``--load`` files.
    """
    import zipfile

    executable = exe or require_slicer()
    files = profile.config_files(material)
    loads = [arg for config in files for arg in ("--load", str(config))]
    density = f"{density_kg_m3 / 1000.0:.4f}"
    with tempfile.TemporaryDirectory(prefix="fabwise-3mf-") as tmp:
        folder = Path(tmp)
        stl, model, config = folder / "part.stl", folder / "part.3mf", folder / "config.ini"
        write_binary_stl(stl, vertices, faces)
        _run(
            [
                str(executable),
                "--export-3mf",
                *loads,
                "--filament-density",
                density,
                "--output",
                str(model),
                str(stl),
            ],
            folder,
            timeout,
            "write a 3MF project",
        )
        _run(
            [str(executable), *loads, "--filament-density", density, "--save", str(config)],
            folder,
            timeout,
            "write the project settings",
        )
        with zipfile.ZipFile(model, "a") as archive:
            archive.writestr("Metadata/Slic3r_PE.config", config.read_bytes())
        return model.read_bytes()


def gcode_facts(data: bytes) -> dict[str, Any]:
    """Check that ``data`` is G-code with PrusaSlicer's statistics; return them (no per-type)."""
    with tempfile.NamedTemporaryFile(suffix=".gcode") as handle:
        handle.write(data)
        handle.flush()
        stats = read_gcode_stats(Path(handle.name))
    stats.pop("by_type", None)
    return stats


# ----------------------------------------------------------------------------------------- cache
def slice_key(
    vertices: npt.ArrayLike,
    faces: npt.ArrayLike,
    profile: PrinterProfile,
    material: str,
    density_kg_m3: float,
    version: str,
) -> str:
    """Everything a slice depends on: geometry, the profile's files, material, density, slicer."""
    digest = hashlib.sha256()
    digest.update(np.ascontiguousarray(np.asarray(vertices, dtype=np.float32)).tobytes())
    digest.update(np.ascontiguousarray(np.asarray(faces, dtype=np.int32)).tobytes())
    for config in profile.config_files(material):
        digest.update(config.read_bytes())
    digest.update(f"|{profile.id}|{material}|{density_kg_m3:.6g}|{version}".encode())
    return digest.hexdigest()


class SliceCache:
    """Slice results by :func:`slice_key`: a bounded in-memory LRU, backed by JSON files on disk."""

    def __init__(self, folder: Path | None = None, capacity: int = 256) -> None:
        self.folder = folder
        self.capacity = capacity
        self._memory: OrderedDict[str, SliceResult] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> SliceResult | None:
        with self._lock:
            found = self._memory.get(key)
            if found is not None:
                self._memory.move_to_end(key)
                self.hits += 1
                return found
        if self.folder is not None:
            path = self.folder / f"{key}.json"
            try:
                result = SliceResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                result = None
            if result is not None:
                self._remember(key, result)
                self.hits += 1
                return result
        self.misses += 1
        return None

    def put(self, key: str, result: SliceResult) -> None:
        self._remember(key, result)
        if self.folder is not None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                tmp = self.folder / f".{key}.{os.getpid()}.tmp"
                tmp.write_text(json.dumps(result.to_dict()), encoding="utf-8")
                os.replace(tmp, self.folder / f"{key}.json")
            except OSError:
                pass  # the disk cache is an optimisation only

    def _remember(self, key: str, result: SliceResult) -> None:
        with self._lock:
            self._memory[key] = result
            self._memory.move_to_end(key)
            while len(self._memory) > self.capacity:
                self._memory.popitem(last=False)


_default_cache: SliceCache | None = None


def default_cache() -> SliceCache:
    """The process-wide cache, on disk under the user data folder's ``slices/``."""
    global _default_cache
    if _default_cache is None:
        from configurator.sdk.resources import user_data_dir

        _default_cache = SliceCache(user_data_dir() / "cache" / "slices")
    return _default_cache


def cached_slice(
    vertices: npt.ArrayLike,
    faces: npt.ArrayLike,
    profile: PrinterProfile,
    material: str,
    density_kg_m3: float,
    cache: SliceCache | None = None,
) -> SliceResult:
    """:func:`slice_mesh` through the cache."""
    exe = require_slicer()
    version = slicer_version(exe)
    store = cache if cache is not None else default_cache()
    key = slice_key(vertices, faces, profile, material, density_kg_m3, version)
    found = store.get(key)
    if found is not None:
        return found
    result = slice_mesh(vertices, faces, profile, material, density_kg_m3, exe=exe)
    store.put(key, result)
    return result
