"""Where the shipped data lives, and where the user's data goes."""

from __future__ import annotations

import os
from pathlib import Path

_REPO_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (overridable with ``FABWISE_RESOURCES`` for bundles)."""
    override = os.environ.get("FABWISE_RESOURCES")
    return Path(override) if override else _REPO_RESOURCES


def data_path(*parts: str) -> Path:
    return resources_dir().joinpath("data", *parts)


def user_data_dir() -> Path:
    """The user's data folder (``FABWISE_DATA_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("FABWISE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir as platform_user_data_dir

        path = Path(platform_user_data_dir("fabwise", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
