"""Outside templates run only once trusted, pinned to their content, and within limits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.cli.main import main
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll, TrustStore, file_candidate
from configurator.core.worker import WorkerLimits
from configurator.sdk.errors import BuildFailed
from tests.core.conftest import template_source

SIDE_EFFECT = "open({marker!r}, 'w').write('ran')\n"


@pytest.fixture
def outside(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "outside"
    folder.mkdir()
    marker = tmp_path / "marker"
    path = folder / "gift.py"
    path.write_text(template_source("gift") + SIDE_EFFECT.format(marker=str(marker)))
    return path, marker


def test_unknown_template_is_not_even_imported(outside: tuple[Path, Path], tmp_path: Path) -> None:
    path, marker = outside
    store = TrustStore(tmp_path / "trust.json")
    registry = TemplateRegistry.discover([path.parent], use_entry_points=False, trust=store)
    assert registry.ids() == []
    assert [c.location for c in registry.untrusted] == [str(path.resolve())]
    assert not marker.exists(), "an untrusted template's code must not run"


def test_trusted_runs_and_a_modified_file_is_refused_again(
    outside: tuple[Path, Path], tmp_path: Path
) -> None:
    path, marker = outside
    store = TrustStore(tmp_path / "trust.json")
    store.trust(file_candidate(path))
    reloaded = TrustStore(tmp_path / "trust.json")  # persisted
    registry = TemplateRegistry.discover([path.parent], use_entry_points=False, trust=reloaded)
    assert registry.ids() == ["gift"] and marker.exists()
    path.write_text(path.read_text() + "\n# a small change\n")
    again = TemplateRegistry.discover([path.parent], use_entry_points=False, trust=reloaded)
    assert again.ids() == [] and len(again.untrusted) == 1


def test_damaged_trust_list_is_explained_and_trusts_nothing(tmp_path: Path) -> None:
    (tmp_path / "trust.json").write_text("{not json")
    store = TrustStore(tmp_path / "trust.json")
    assert store.problem is not None and "is damaged" in store.problem.message
    assert store.entries() == []


def test_cli_refuses_then_trusts(outside: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = outside
    folder = str(path.parent)
    assert main(["--templates", folder, "build", "gift"]) == 2
    assert "not trusted yet (gift.py)" in capsys.readouterr().err
    assert main(["templates", "check", str(path)]) == 2
    assert "not a trusted template" in capsys.readouterr().err
    assert main(["--trust", "--templates", folder, "build", "gift"]) == 0
    capsys.readouterr()
    assert main(["--templates", folder, "build", "gift"]) == 2  # --trust was for one run only
    capsys.readouterr()
    assert main(["templates", "trust", str(path)]) == 0
    assert main(["--templates", folder, "build", "gift", "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["template"] == "gift"
    assert main(["templates", "untrust", str(path)]) == 0
    assert main(["--templates", folder, "build", "gift"]) == 2


GREEDY = """
def build(p):
    if p.text("mode") == "raise":  # "loop": spin forever
        while True:
            pass
    hoard = []
    while True:
        hoard.append(bytearray(50_000_000))
"""


@pytest.fixture(scope="module")
def limited_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildService]:
    folder = tmp_path_factory.mktemp("greedy")
    source = template_source("greedy").replace("def build(p):\n    pass\n", GREEDY + "\ndef _unused(p):\n")
    (folder / "greedy.py").write_text(source)
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    service = BuildService(registry, timeout=30, limits=WorkerLimits(cpu_seconds=2, memory_mb=2048))
    yield service
    service.close()


def test_endless_loop_hits_the_cpu_limit(limited_service: BuildService) -> None:
    with pytest.raises(BuildFailed) as info:
        limited_service.build_values("greedy", {"mode": "raise"})
    assert info.value.kind == "limit"
    assert "more than its 2 s CPU allowance" in info.value.message


def test_endless_allocation_hits_the_memory_limit(limited_service: BuildService) -> None:
    # Only the memory limit here: on a loaded machine a CPU limit could be reached first.
    service = BuildService(
        limited_service.registry, timeout=60, limits=WorkerLimits(cpu_seconds=None, memory_mb=2048)
    )
    try:
        with pytest.raises(BuildFailed) as info:
            service.build_values("greedy")
    finally:
        service.close()
    assert info.value.kind == "limit"
    assert "memory" in info.value.message


def test_shipped_template_files_count_as_builtin(tmp_path: Path) -> None:
    import parts_library

    path = Path(parts_library.__file__).parent / "pipe_clip.py"
    registry = TemplateRegistry(TrustStore(tmp_path / "trust.json"))
    assert [t.id for t in registry.add_file(path)] == ["pipe-clip"]
    assert not registry.untrusted
