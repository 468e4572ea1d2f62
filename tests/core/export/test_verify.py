"""``package verify``: passes a good package, fails a tampered, corrupted or unsafe one."""

from __future__ import annotations

import json
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from configurator.core.export import verify_package
from configurator.core.export.manifest import sha256_hex
from configurator.core.export.safezip import Limits
from tests.core.export.conftest import Exported


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Copy a zip entry by entry; ``change`` returns new bytes, or None to drop the entry."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)


def _errors(path: Path) -> list[str]:
    report = verify_package(path)
    return [f"{f.subject}: {f.message}" for f in report.findings if f.level == "error"]


def test_exported_packages_pass(packages: dict[str, Exported]) -> None:
    for package in packages.values():
        report = verify_package(package.path)
        assert report.passed, report.to_dict()
        assert any(f.subject.endswith(".step") and "readable STEP" in f.message for f in report.findings)


def test_a_changed_file_fails_the_checksum(packages: dict[str, Exported], tmp_path: Path) -> None:
    target = tmp_path / "tampered.zip"
    _rewrite(
        packages["export-kit"].path,
        target,
        lambda name, data: data.replace(b"4", b"5", 1) if name == "bom.csv" else data,
    )
    assert _errors(target) == [
        "bom.csv: SHA-256 does not match the manifest (file changed or damaged); its content "
        "reads as a valid CSV",
        "bom.csv: does not agree with manifest.json: shelf: mass_g_each '53.45' in bom.csv, "
        "'43.45' in the manifest",
    ]


def test_a_changed_file_with_a_matching_manifest_still_fails_readability(
    packages: dict[str, Exported],
    tmp_path: Path,
) -> None:
    """A tamperer who also fixes the checksum is caught by opening the file."""
    broken = b"solid nonsense\n"
    target = tmp_path / "resigned.zip"

    def change(name: str, data: bytes) -> bytes:
        if name == "parts/bracket.stl":
            return broken
        if name == "manifest.json":
            manifest = json.loads(data)
            for entry in manifest["files"]:
                if entry["path"] == "parts/bracket.stl":
                    entry["sha256"], entry["bytes"] = sha256_hex(broken), len(broken)
            return json.dumps(manifest).encode()
        return data

    _rewrite(packages["export-kit"].path, target, change)
    changed, error = _errors(target)
    assert changed.startswith("manifest.json: changed after it was signed")
    assert "files[parts/bracket.stl].sha256" in changed
    assert error.startswith("parts/bracket.stl: cannot be read as STL")


def test_missing_and_unlisted_files_fail(packages: dict[str, Exported], tmp_path: Path) -> None:
    target = tmp_path / "swapped.zip"
    _rewrite(packages["export-knob"].path, target, lambda name, data: None if name == "okh.toml" else data)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("extra.sh", b"rm -rf /")
    assert _errors(target) == [
        "extra.sh: present in the archive but not listed in the manifest",
        "okh.toml: listed in the manifest but missing from the archive",
    ]


def test_a_manifest_that_breaks_the_schema_fails(packages: dict[str, Exported], tmp_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["files"][0]["sha256"] = "not-a-hash"
        del manifest["template"]["version"]
        return json.dumps(manifest).encode()

    target = tmp_path / "schema.zip"
    _rewrite(packages["export-knob"].path, target, change)
    errors = _errors(target)
    assert any("files/0/sha256" in e for e in errors)
    assert any("'version' is a required property" in e for e in errors)


def test_truncated_archive_fails(packages: dict[str, Exported], tmp_path: Path) -> None:
    target = tmp_path / "truncated.zip"
    data = packages["export-knob"].path.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    (error,) = _errors(target)
    assert error.startswith("archive: refused: not a readable zip archive")


def test_corrupted_compressed_data_fails(packages: dict[str, Exported], tmp_path: Path) -> None:
    target = tmp_path / "flipped.zip"
    shutil.copy(packages["export-knob"].path, target)
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo("parts/knob.stl")
    data = bytearray(target.read_bytes())
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle] ^= 0xFF
    target.write_bytes(bytes(data))
    errors = _errors(target)
    assert len(errors) == 1 and errors[0].startswith("parts/knob.stl:")


def _unsafe_zip(path: Path, name: str, data: bytes = b"x", mode: int | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{}")
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        if mode is not None:
            info.create_system = 3
            info.external_attr = mode << 16
        archive.writestr(info, data)
    return path


@pytest.mark.parametrize(
    "name, mode, expected",
    [
        ("../outside.txt", None, "points outside the folder"),
        ("parts/../../etc/passwd", None, "points outside the folder"),
        ("/etc/passwd", None, "absolute path"),
        ("C:/Windows/x.dll", None, "absolute path"),
        ("parts\\..\\x", None, "backslashes"),
        ("link", stat.S_IFLNK | 0o777, "symbolic link"),
    ],
)
def test_unsafe_entries_are_refused(tmp_path: Path, name: str, mode: int | None, expected: str) -> None:
    (error,) = _errors(_unsafe_zip(tmp_path / "bad.zip", name, b"/etc/passwd", mode))
    assert error.startswith("archive: refused:") and expected in error


def test_zip_bombs_and_huge_archives_are_refused(tmp_path: Path) -> None:
    bomb = _unsafe_zip(tmp_path / "bomb.zip", "zeros.bin", bytes(50 * 1024 * 1024))
    (error,) = _errors(bomb)
    assert "compression ratio" in error
    report = verify_package(bomb, limits=Limits(entry_bytes=1024 * 1024, ratio=10**9))
    assert "would unpack to 52 MB" in report.findings[0].message
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for index in range(30):
            archive.writestr(f"f{index}.txt", b"x")
    report = verify_package(many, limits=Limits(entries=20))
    assert not report.passed and "30 entries (limit 20)" in report.findings[0].message


def test_not_a_package(tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", b"hello")
    assert _errors(empty) == ["manifest.json: missing: this is not a Fabwise package"]
    assert _errors(tmp_path / "absent.zip") == [f"{tmp_path / 'absent.zip'}: no such file"]
