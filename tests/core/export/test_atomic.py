"""An export that fails half-way leaves no file, and an old package at that path stays intact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from configurator.core.atomic import atomic_output, partial_path, remove_stale_partials
from configurator.core.export import job as export_job
from configurator.core.export.jobspec import ExportJob, ExportOptions
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService


class Interrupted(Exception):
    pass


def test_atomic_output_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    target.write_bytes(b"old")
    with pytest.raises(Interrupted), atomic_output(target) as handle:
        handle.write(b"half")
        raise Interrupted
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as handle:
        handle.write(b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_partials_of_dead_processes_are_cleared(tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    dead = tmp_path / f".out.zip.{2**22 + 12345}.partial"  # above any default pid_max
    dead.write_bytes(b"left by a killed export")
    mine = partial_path(target)
    mine.write_bytes(b"being written")
    other = tmp_path / ".other.zip.1.partial"
    other.write_bytes(b"not ours")
    assert remove_stale_partials(target) == [dead]
    assert mine.exists() and other.exists()


def test_exception_mid_write_leaves_no_package(
    registry: TemplateRegistry,
    service: BuildService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "kit.zip"
    written: list[str] = []

    def fail_on_part_files(path: str) -> None:
        written.append(path)
        if path == "parts/shelf.step":
            raise Interrupted("disk unplugged")

    monkeypatch.setattr(export_job, "_before_each_entry", fail_on_part_files)
    job = ExportJob(
        service.request("export-kit", {}, quality="export"),
        str(target),
        options=ExportOptions(preview="software"),
    )
    with pytest.raises(Interrupted):
        export_job.run_export(job)
    assert written[:2] == ["manifest.json", "parts/bracket.step"], "it failed mid-archive"
    assert not target.exists()
    assert os.listdir(tmp_path) == []

    target.write_bytes(b"previous package")
    with pytest.raises(Interrupted):
        export_job.run_export(job)
    assert target.read_bytes() == b"previous package"
    assert os.listdir(tmp_path) == ["kit.zip"]
