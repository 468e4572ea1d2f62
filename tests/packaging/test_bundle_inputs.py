"""What the bundle build relies on, checked without building it.

The bundle installs Fabwise from a copy of the source (not editable), so every data file the code
reads next to itself must be package data in pyproject.toml; and in the frozen app a runtime
hook, not the source tree, tells Fabwise where ``resources/`` is.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HOOK = REPO / "packaging" / "hooks" / "pyi_rth_fabwise.py"
PACKAGES = ("configurator", "parts_library", "eco_rules")


def run_hook(env: dict[str, str], meipass: str | None, variable: str = "FABWISE_RESOURCES") -> str:
    """Run the runtime hook as PyInstaller does (before any app code); ``variable`` after it."""
    setup = f"import sys; sys._MEIPASS = {meipass!r}\n" if meipass is not None else ""
    code = (
        setup + f"exec(compile(open({str(HOOK)!r}).read(), 'hook', 'exec'))\n"
        f"import os; print(os.environ.get({variable!r}, '<unset>'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    return result.stdout.strip()


def clean_env() -> dict[str, str]:
    unset = ("FABWISE_RESOURCES", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")
    return {k: v for k, v in os.environ.items() if k not in unset}


def test_hook_points_resources_into_the_bundle() -> None:
    assert run_hook(clean_env(), "/opt/fabwise/_internal") == "/opt/fabwise/_internal/resources"


def test_hook_keeps_a_resources_folder_the_user_chose() -> None:
    env = {**clean_env(), "FABWISE_RESOURCES": "/srv/my-data"}
    assert run_hook(env, "/opt/fabwise/_internal") == "/srv/my-data"


def test_hook_does_nothing_outside_a_bundle() -> None:
    assert run_hook(clean_env(), None) == "<unset>"


def test_hook_puts_qt_on_xwayland_for_the_3d_view() -> None:
    wayland = {**clean_env(), "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert run_hook(wayland, "/b", "QT_QPA_PLATFORM") == "xcb"
    # The user's choice stands; no XWayland means nothing to switch to; X11 needs nothing.
    assert run_hook({**wayland, "QT_QPA_PLATFORM": "wayland"}, "/b", "QT_QPA_PLATFORM") == "wayland"
    no_xwayland = {k: v for k, v in wayland.items() if k != "DISPLAY"}
    assert run_hook(no_xwayland, "/b", "QT_QPA_PLATFORM") == "<unset>"
    assert run_hook({**clean_env(), "DISPLAY": ":0"}, "/b", "QT_QPA_PLATFORM") == "<unset>"


def test_bundled_geonames_extracts_are_the_ones_the_code_loads() -> None:
    # The spec leaves some GeoNames extracts out of the bundle (96 MB); the code must never ask
    # for them.
    spec = (REPO / "packaging" / "fabwise.spec").read_text(encoding="utf-8")
    unused_line = re.search(r"^GEONAMES_UNUSED = \((.*)\)$", spec, re.MULTILINE)
    assert unused_line is not None
    left_out = {int(n) for n in re.findall(r"cities(\d+)\.json", unused_line.group(1))}
    asked = set()
    for path in (REPO / "configurator").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        asked |= {int(n) for n in re.findall(r"\b(?:get_gazetteer|Gazetteer)\((\d+)", text)}
        asked |= {int(n) for n in re.findall(r"min_population: int = (\d+)", text)}
    assert asked, "no gazetteer use found: update this test"
    assert asked.isdisjoint(left_out), f"the code loads {sorted(asked & left_out)}, left out of the bundle"


def test_every_data_file_in_the_packages_is_package_data() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["*"]
    missing = []
    for package in PACKAGES:
        for path in (REPO / package).rglob("*"):
            if (
                path.is_dir()
                or "__pycache__" in path.parts
                or path.suffix in (".py", ".pyc")
                or path.name.startswith(".")
            ):
                continue
            if not any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns):
                missing.append(str(path.relative_to(REPO)))
    assert missing == [], (
        "these files would be left out of the installed package, and so of "
        f"the bundle; add their pattern to [tool.setuptools.package-data]: {missing}"
    )


def test_resources_the_bundle_ships_are_where_the_code_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    # The spec copies REPO/resources to <bundle>/resources; the code reads <resources>/data/...
    from configurator.sdk.resources import data_path

    monkeypatch.setenv("FABWISE_RESOURCES", str(REPO / "resources"))
    assert data_path("materials.csv").is_file()
    assert data_path("eco").is_dir()
    assert data_path("facilities", "example_workshops.json").is_file()
