"""The user's own presets per template: ``presets/<template id>.json`` in the data folder."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

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
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): dict(v) for k, v in data.items() if isinstance(v, dict)}

    def save(self, template_id: str, name: str, values: dict[str, Any]) -> None:
        presets = self.load(template_id)
        presets[name] = dict(values)
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".presets.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(presets, out, indent=2, sort_keys=True)
            os.replace(temp, self._path(template_id))
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
