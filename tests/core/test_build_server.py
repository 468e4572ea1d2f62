"""The warm build server shared by successive CLI commands (issue 21: every command paid ~2 s
of CadQuery import in a fresh worker)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core import build_server
from configurator.core.build_server import ServerWorker
from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.sdk.errors import BuildFailed, FabwiseError, ValidationError
from tests.core.conftest import MISBEHAVING_BODY, template_source


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fw-"))  # short: a socket path has ~107 bytes
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    # Where deep folders fall back, too: a server another program started in the real temporary
    # folder (a CLI command run meanwhile) is not this test's (seen when the suite shared a machine).
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv(build_server.ENV_SWITCH, "1")
    yield folder
    build_server.stop_servers()
    shutil.rmtree(folder, ignore_errors=True)


def _service(tmp_path: Path) -> BuildService:
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    (folder / "block.py").write_text(template_source("block", MISBEHAVING_BODY))
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    return BuildService(registry, worker=ServerWorker(), timeout=20)  # type: ignore[arg-type]


def test_successive_clients_share_one_warm_server(runtime: Path, tmp_path: Path) -> None:
    with _service(tmp_path) as first:
        result = first.build_values("block", {"size": 30})
        assert result.parts[0].volume_mm3 == pytest.approx(30 * 30 * 5)
    assert len(list(build_server.running_servers())) == 1
    second = ServerWorker()
    second.warm_up()
    assert second.starts == 0  # found the running server, started none
    with _service(tmp_path) as again:
        assert again.build_values("block", {"size": 20}).parts[0].volume_mm3 == pytest.approx(2000)
    assert build_server.stop_servers()  # it answered, and exits
    assert not list(build_server.running_servers())  # its socket went first


def test_errors_come_back_as_the_same_errors(runtime: Path, tmp_path: Path) -> None:
    with _service(tmp_path) as service:
        with pytest.raises(BuildFailed) as raised:
            service.build_values("block", {"mode": "raise"})
        assert raised.value.kind == "template" and "divided by zero" in raised.value.message
        with pytest.raises(BuildFailed) as crashed:
            service.build_values("block", {"mode": "segv"})
        assert crashed.value.kind == "crash"
        request = service.request("block", {"size": 25})
        with pytest.raises(ValidationError):
            service.worker.call(
                "configurator.core.build:run_build",
                type(request)(request.ref, {"size": 999}, request.quality),
                20,
            )
        assert service.build(request).parts[0].volume_mm3 == pytest.approx(25 * 25 * 5)


def test_a_timeout_replaces_the_worker_not_the_server(runtime: Path, tmp_path: Path) -> None:
    with _service(tmp_path) as service:
        service.timeout = 3
        with pytest.raises(BuildFailed) as raised:
            service.build_values("block", {"mode": "hang"})
        assert raised.value.kind == "timeout"
        assert service.build_values("block", {"size": 10}).parts[0].volume_mm3 == pytest.approx(500)


def test_the_server_key_follows_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    first = build_server.server_key()
    monkeypatch.setenv("FABWISE_DATA_DIR", str(tmp_path / "other"))
    assert build_server.server_key() != first


def test_the_server_key_follows_the_language() -> None:
    """A French command was answered in German by the server a German command had started: the
    workers translate as they load, so each language needs its own server."""
    from configurator.sdk import i18n

    try:
        i18n.set_language("de")
        german = build_server.server_key()
        i18n.set_language("fr")
        french = build_server.server_key()
    finally:
        i18n.set_language("en")
    assert len({german, french, build_server.server_key()}) == 3


def test_a_shared_runtime_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    folder = tmp_path / f"fabwise-{os.getuid()}"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    with pytest.raises(FabwiseError, match="not private to you"):
        build_server.runtime_folder()


def test_off_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(build_server.ENV_SWITCH, "0")
    assert not build_server.enabled()
    monkeypatch.setenv(build_server.ENV_SWITCH, "1")
    assert build_server.enabled()


def test_a_server_that_cannot_start_falls_back_to_a_worker_of_our_own(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ServerWorker, "_launch", lambda self: None)  # it never comes up
    monkeypatch.setattr(build_server, "START_WAIT_S", 0.5)
    with _service(tmp_path) as service:
        assert service.build_values("block", {"size": 10}).parts[0].volume_mm3 == (pytest.approx(500))
        assert "did not start" in service.worker.fallback_reason  # type: ignore[attr-defined]


def test_deep_runtime_folders_fall_back_to_a_short_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    deep = tmp_path / ("d" * 80)
    deep.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    worker = ServerWorker()
    assert len(str(worker.socket_path)) <= 100
    assert not worker.socket_path.is_relative_to(deep)
