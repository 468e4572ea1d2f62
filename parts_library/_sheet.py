"""Kept for the built-in templates' imports: the helpers are public now, in
:mod:`configurator.sdk.sheet` (documented in docs/authoring-templates.md)."""

from configurator.sdk.sheet import *  # noqa: F403
from configurator.sdk.sheet import __all__ as __all__
