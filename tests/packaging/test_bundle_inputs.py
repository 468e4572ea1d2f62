"""What the bundle build relies on, checked without building it.

The bundle installs Fabwise from a copy of the source (not editable), so every data file the code
reads next to itself must be package data in pyproject.toml; and in the frozen app a runtime
hook, not the source tree, tells Fabwise where ``resources/`` is.
"""

from __future__ import annotations

import fnmatch
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HOOK = REPO / "packaging" / "hooks" / "pyi_rth_fabwise.py"
PACKAGES = ("configurator", "parts_library", "eco_rules")


def run_hook(env: dict[str, str], meipass: str | None) -> str:
    """Run the runtime hook as PyInstaller does (before any app code), and report the result."""
    setup = f"import sys; sys._MEIPASS = {meipass!r}\n" if meipass is not None else ""
    code = (setup + f"exec(compile(open({str(HOOK)!r}).read(), 'hook', 'exec'))\n"
            "import os; print(os.environ.get('FABWISE_RESOURCES', '<unset>'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60, check=True)
    return result.stdout.strip()


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "FABWISE_RESOURCES"}


def test_hook_points_resources_into_the_bundle() -> None:
    assert run_hook(clean_env(), "/opt/fabwise/_internal") == "/opt/fabwise/_internal/resources"


def test_hook_keeps_a_resources_folder_the_user_chose() -> None:
    env = {**clean_env(), "FABWISE_RESOURCES": "/srv/my-data"}
    assert run_hook(env, "/opt/fabwise/_internal") == "/srv/my-data"


def test_hook_does_nothing_outside_a_bundle() -> None:
    assert run_hook(clean_env(), None) == "<unset>"


def test_every_data_file_in_the_packages_is_package_data() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["*"]
    missing = []
    for package in PACKAGES:
        for path in (REPO / package).rglob("*"):
            if (path.is_dir() or "__pycache__" in path.parts or path.suffix in (".py", ".pyc")
                    or path.name.startswith(".")):
                continue
            if not any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns):
                missing.append(str(path.relative_to(REPO)))
    assert missing == [], ("these files would be left out of the installed package, and so of "
                           f"the bundle; add their pattern to [tool.setuptools.package-data]: {missing}")


def test_resources_the_bundle_ships_are_where_the_code_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    # The spec copies REPO/resources to <bundle>/resources; the code reads <resources>/data/...
    from configurator.core.resources import data_path

    monkeypatch.setenv("FABWISE_RESOURCES", str(REPO / "resources"))
    assert data_path("materials.csv").is_file()
    assert data_path("eco").is_dir()
    assert data_path("facilities", "example_workshops.json").is_file()
