"""Sweep test set-up: the test template folder and a registry that trusts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.trust import TrustAll

TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(scope="session")
def registry() -> TemplateRegistry:
    return TemplateRegistry.discover([TEMPLATES], trust=TrustAll())
