"""Load errors point to the line in the designer's file and name the parameter, preset or
function (issue 21: they pointed at `<string>:16`, and an invalid preset was not named)."""

from __future__ import annotations

from pathlib import Path

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.trust import TrustAll
from configurator.sdk.declared import DeclarationError
from configurator.sdk.params import Length

EXAMPLE = (Path(__file__).resolve().parents[2] / "docs" / "examples" / "wall_hook.py").read_text()


WIDTH = 'Length("width"'
KEYS = 'Preset("keys"'


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def _broken(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "wall_hook.py"
    path.write_text(text)
    registry = TemplateRegistry(TrustAll())
    assert registry.add_file(path) == []
    (broken,) = registry.broken
    assert broken.file is not None
    return broken.file, broken.reason


def test_a_default_out_of_range_points_at_its_parameter(tmp_path: Path) -> None:
    text = EXAMPLE.replace('Length("width", 30, 15, 60', 'Length("width", 80, 15, 60')
    where, reason = _broken(tmp_path, text)
    assert where == f"{tmp_path / 'wall_hook.py'}:{_line_of(text, WIDTH)}"
    assert "parameter 'width': default is invalid" in reason and "15–60 mm" in reason


def test_a_constraint_naming_an_unknown_parameter_names_the_function(tmp_path: Path) -> None:
    text = EXAMPLE.replace("@constraint(description=", '@constraint("hook_dept", description=')
    where, reason = _broken(tmp_path, text)
    assert where == f"{tmp_path / 'wall_hook.py'}:{_line_of(text, '@constraint(')}"
    assert "constraint hook_fits" in reason and "hook_dept" in reason
    assert "did you mean hook_depth?" in reason


def test_a_preset_breaking_a_constraint_names_preset_and_constraint(tmp_path: Path) -> None:
    text = EXAMPLE.replace(
        '{"width": 20, "plate_height": 30, "hook_depth": 20}',
        '{"width": 20, "plate_height": 20, "hook_depth": 45}',
    )
    where, reason = _broken(tmp_path, text)
    assert where == f"{tmp_path / 'wall_hook.py'}:{_line_of(text, KEYS)}"
    assert "preset 'keys': refused by constraint hook_fits" in reason
    assert "hook depth 45 mm" in reason


def test_a_preset_with_an_unknown_parameter_is_named(tmp_path: Path) -> None:
    text = EXAMPLE.replace('{"width": 20, "plate_height": 30, "hook_depth": 20}', '{"widht": 20}')
    where, reason = _broken(tmp_path, text)
    assert where.endswith(f":{_line_of(text, KEYS)}")
    assert "preset 'keys' is not valid: unknown parameter 'widht': did you mean 'width'?" in reason


def test_defaults_breaking_a_constraint_name_it(tmp_path: Path) -> None:
    text = EXAMPLE.replace('Length("hook_depth", 35', 'Length("hook_depth", 79').replace(
        'Length("plate_height", 40', 'Length("plate_height", 30'
    )
    assert text != EXAMPLE
    where, reason = _broken(tmp_path, text)
    assert where.startswith(str(tmp_path / "wall_hook.py") + ":")
    assert "the defaults: refused by constraint hook_fits" in reason, reason
    assert "hook depth 79 mm" in reason


def test_declarations_remember_their_line() -> None:
    here = Path(__file__).resolve()
    param = Length("width", 30, 15, 60)
    assert param.declared_at == f"{here}:{_line_of(here.read_text(), 'param = Length(')}"
    with pytest.raises(DeclarationError) as caught:
        Length("width", 70, 15, 60)
    assert caught.value.location.startswith(f"{here}:")
    assert isinstance(caught.value, ValueError)  # callers catching ValueError still do
