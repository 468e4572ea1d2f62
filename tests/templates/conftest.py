"""One build service (a warm worker process) for all template tests that go through it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.sdk.results import TemplateRef
from parts_library import CATALOGUE
from tests.templates.checks import TEMPLATES


@pytest.fixture(scope="session")
def catalogue_registry() -> TemplateRegistry:
    """The built-in templates, registered the way their entry points would register them."""
    registry = TemplateRegistry()
    for template_id, target in CATALOGUE.items():
        template = TEMPLATES[template_id]
        registry.add(
            template, TemplateRef(template.id, template.version, "builtin", target, template.version)
        )
    return registry


@pytest.fixture(scope="session")
def build_service(catalogue_registry: TemplateRegistry) -> Iterator[BuildService]:
    with BuildService(catalogue_registry) as service:
        yield service
