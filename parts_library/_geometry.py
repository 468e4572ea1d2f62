"""Kept for the built-in templates' imports: the helpers are public now, in
:mod:`configurator.sdk.shapes` (documented in docs/authoring-templates.md)."""

from configurator.sdk.shapes import *  # noqa: F403
from configurator.sdk.shapes import __all__ as __all__
