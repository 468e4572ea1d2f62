"""Fixtures for GUI tests: one build service (one warm worker) per test session, a fresh main
window per test, user data in a temporary folder.

Logic tests run on any Qt platform (``offscreen`` is fine); tests that look at rendered pixels are
marked ``render`` and skip unless Qt runs on a real X server (Xvfb with ``QT_QPA_PLATFORM=xcb``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from configurator.core.lazy_cad import install_lazy_cadquery

# Template modules start with `import cadquery`; as in the app, make that import free here.
install_lazy_cadquery()

from configurator.core.registry import TemplateRegistry  # noqa: E402
from configurator.core.service import BuildService  # noqa: E402
from configurator.core.trust import TrustAll  # noqa: E402
from configurator.ui import qt_workarounds  # noqa: E402

# PySide6 6.12.0 loses a reference to True on every emit/connect (see qt_workarounds).
qt_workarounds.apply()

SAMPLE_TEMPLATES = Path(__file__).parent / "sample_templates"


def rendering_available() -> tuple[bool, str]:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform != "xcb":
        return False, f"needs QT_QPA_PLATFORM=xcb on an X server (Xvfb); platform is {platform!r}"
    if not os.environ.get("DISPLAY"):
        return False, "needs an X server: run bash tools/test.sh (it starts Xvfb) or xvfb-run"
    return True, ""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    ok, reason = rendering_available()
    if ok:
        return
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if "render" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def ui_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """FABWISE_DATA_DIR for the GUI tests (settings, autosave, designs, trust list)."""
    path = tmp_path_factory.mktemp("fabwise-data")
    patcher = pytest.MonkeyPatch()
    patcher.setenv("FABWISE_DATA_DIR", str(path))
    yield path
    patcher.undo()


@pytest.fixture(scope="session")
def ui_registry() -> TemplateRegistry:
    registry = TemplateRegistry.discover([SAMPLE_TEMPLATES], use_entry_points=False, trust=TrustAll())
    assert not registry.broken, registry.broken
    return registry


@pytest.fixture(scope="session")
def ui_service(ui_registry: TemplateRegistry) -> Iterator[BuildService]:
    """One build service and warm worker shared by every GUI test."""
    service = BuildService(ui_registry)
    yield service
    service.close()


class SavePrompts:
    """Stands in for the "save your changes?" question: records each time it is asked and gives
    ``answer`` ("save", "discard" or "cancel"; "discard" unless a test says otherwise, so closing
    a window at the end of a test never waits for a click)."""

    def __init__(self) -> None:
        self.answer = "discard"
        self.asked: list[tuple[str, str]] = []  # (design title, what was being done)

    def __call__(self, _parent: object, title: str, doing: str) -> str:
        self.asked.append((title, doing))
        return self.answer


@pytest.fixture(autouse=True)
def save_prompts(monkeypatch: pytest.MonkeyPatch) -> SavePrompts:
    from configurator.ui import design_actions

    prompts = SavePrompts()
    monkeypatch.setattr(design_actions, "ask_to_save", prompts)
    return prompts
