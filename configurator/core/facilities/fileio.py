"""Small file helpers: read JSON with readable errors, write files atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from configurator.core.atomic import write_atomic
from configurator.sdk.errors import FabwiseError


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that a reader never sees a half-written file, and a failure leaves any
    old file untouched (:func:`configurator.core.atomic.write_atomic`)."""
    write_atomic(path, text)


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
    except RecursionError:
        raise FabwiseError(
            f"{path}: its JSON is nested too deeply to be read",
            hint="is it the right file? A facility or design file is a few levels deep",
        ) from None
