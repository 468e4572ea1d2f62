"""The example in docs/authoring-templates.md must stay a passing template."""

from __future__ import annotations

from pathlib import Path

from configurator.core.checker import check_template_file
from configurator.core.trust import TrustAll

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_authoring_example_passes_check() -> None:
    report = check_template_file(DOCS / "examples" / "wall_hook.py", trust=TrustAll())
    assert report.template_id == "wall-hook"
    assert report.passed, [f.message for f in report.errors]
    assert not report.warnings, [f.message for f in report.warnings]
    assert "preset 'coat'" in report.build_times
