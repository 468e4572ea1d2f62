"""packaging/linux/install.sh: adds the bundle to the menu and PATH, and takes it out again.

Runs against a stand-in bundle (a tiny `fabwise` script and the real desktop files), so it needs
no bundle build.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "io.github.fabwise.Fabwise"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "fabwise 0.1 folder"  # a space, as in a user's Downloads/… path
    folder.mkdir()
    exe = folder / "fabwise"
    exe.write_text("#!/bin/sh\necho fabwise stand-in\n", encoding="utf-8")
    exe.chmod(0o755)
    shutil.copy(PACKAGING / "linux" / "install.sh", folder / "install.sh")
    subprocess.run(
        [sys.executable, str(PACKAGING / "desktop_files.py"), "--out", str(folder / "share")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return folder


def install(bundle: Path, prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(prefix.parent)}
    return subprocess.run(
        ["bash", str(bundle / "install.sh"), "--prefix", str(prefix), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_install_links_the_executable_and_writes_the_menu_entry(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    result = install(bundle, prefix)
    assert result.returncode == 0, result.stderr
    link = prefix / "bin" / "fabwise"
    assert link.is_symlink() and link.resolve() == (bundle / "fabwise").resolve()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(prefix / "share" / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == f'"{bundle / "fabwise"}"'
    assert section["TryExec"] == str(bundle / "fabwise")
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (
        subprocess.run([str(link)], capture_output=True, text=True, check=True, timeout=30).stdout.strip()
        == "fabwise stand-in"
    )


def test_uninstall_takes_out_what_install_added(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert install(bundle, prefix).returncode == 0
    result = install(bundle, prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    # Shared caches that the desktop tools refresh (icon-theme.cache, mimeinfo.cache) may stay.
    leftovers = [p for p in prefix.rglob("*") if (p.is_file() or p.is_symlink()) and p.suffix != ".cache"]
    assert leftovers == []
    assert (bundle / "fabwise").is_file()  # the bundle itself stays


def test_install_leaves_a_foreign_fabwise_alone(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    foreign = prefix / "bin" / "fabwise"
    foreign.write_text("#!/bin/sh\necho pip-installed\n", encoding="utf-8")
    result = install(bundle, prefix)
    assert result.returncode == 0
    assert "not a link" in result.stderr
    assert foreign.read_text(encoding="utf-8").endswith("pip-installed\n")
