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


def test_every_command_in_the_workshop_guide_is_accepted_by_the_cli() -> None:
    """docs/for-facilities.md tells workshops what to type: each command must parse."""
    import shlex

    from configurator.cli.main import build_parser

    parser = build_parser()
    text = (DOCS / "for-facilities.md").read_text(encoding="utf-8")
    commands = [
        line.strip() for line in text.splitlines() if line.strip().startswith("fabwise ") and "…" not in line
    ]
    assert len(commands) >= 6
    for command in commands:
        args = parser.parse_args(shlex.split(command)[1:])
        assert callable(args.func), command
