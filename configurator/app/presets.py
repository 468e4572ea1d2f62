"""The user's own presets per template: ``presets/<template id>.json`` in the data folder.

Shared by the app (the parameter panel's preset menu) and the CLI (``--preset NAME`` falls back to
them after the template's own presets).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from configurator.core.atomic import write_atomic
from configurator.sdk.resources import user_data_dir


class UserPresets:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_data_dir() / "presets"

    def _path(self, template_id: str) -> Path:
        return self.folder / f"{template_id}.json"

    def load(self, template_id: str) -> dict[str, dict[str, Any]]:
        """Preset name -> values; a damaged file counts as no presets."""
        try:
            data = json.loads(self._path(template_id).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): dict(v) for k, v in data.items() if isinstance(v, dict)}

    def save(self, template_id: str, name: str, values: dict[str, Any]) -> None:
        """Add or replace the preset ``name``; raises OSError or FabwiseError if it cannot."""
        presets = self.load(template_id)
        presets[name] = dict(values)
        write_atomic(self._path(template_id), json.dumps(presets, indent=2, sort_keys=True), make_folder=True)
