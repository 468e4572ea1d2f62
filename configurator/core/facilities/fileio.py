"""Small file helpers: read JSON with readable errors, write files atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from configurator.sdk.errors import FabwiseError


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file next to ``path`` and move it into place.

    A reader never sees a half-written file, and a failure leaves any old file untouched.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise FabwiseError(f"folder {path.parent} does not exist", hint="create it first")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> Any:
    """Parsed JSON; FabwiseError naming the file (and line) when missing or malformed."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FabwiseError(f"file {path} does not exist") from None
    except UnicodeDecodeError:
        raise FabwiseError(f"file {path} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FabwiseError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
