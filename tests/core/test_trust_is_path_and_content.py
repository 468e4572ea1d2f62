"""What trust is tied to, as docs/security.md says (issue 21: the docs said content only)."""

from __future__ import annotations

import shutil
from pathlib import Path

from configurator.core.trust import TrustStore, file_candidate

SECURITY = Path(__file__).resolve().parents[2] / "docs" / "security.md"


def test_trust_is_tied_to_the_path_and_the_content(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "trust.json")
    mine = tmp_path / "a" / "pot.py"
    mine.parent.mkdir()
    mine.write_text("X = 1\n")
    store.trust(file_candidate(mine))
    assert store.is_trusted(file_candidate(mine))
    copy = tmp_path / "b" / "pot.py"
    copy.parent.mkdir()
    shutil.copy(mine, copy)
    assert not store.is_trusted(file_candidate(copy))  # same bytes, another path
    mine.write_text("X = 2\n")
    assert not store.is_trusted(file_candidate(mine))  # same path, other bytes
    assert "its absolute\n   path and the hash of its bytes" in SECURITY.read_text()
