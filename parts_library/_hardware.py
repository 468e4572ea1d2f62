"""Kept for the built-in templates' imports: the helpers are public now, in
:mod:`configurator.sdk.hardware` (documented in docs/authoring-templates.md)."""

from configurator.sdk.hardware import *  # noqa: F403
from configurator.sdk.hardware import __all__ as __all__
