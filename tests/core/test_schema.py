from __future__ import annotations

import pytest

from configurator.sdk.errors import FabwiseError, ValidationError
from configurator.sdk.params import Count, Length, Params, Toggle
from configurator.sdk.schema import (
    Constraint,
    Preset,
    Schema,
    canonical_json,
    constraint,
    parse_assignments,
)


@constraint("inner", "outer", description="inner at least 10 mm less than outer")
def inner_fits(p: Params) -> str | None:
    if p.num("inner") > p.num("outer") - 10:
        return (
            f"inner width must be at least 10 mm less than outer width "
            f"(inner {p.num('inner'):g} mm, outer {p.num('outer'):g} mm)"
        )
    return None


SCHEMA = Schema(
    (
        Length("outer", 100, 20, 300),
        Length("inner", 80, 10, 290),
        Count("holes", 2, 0, 8),
        Toggle("lid", True),
    ),
    (inner_fits,),
    (Preset("small", {"outer": 50, "inner": 30}),),
)


def test_defaults_and_overrides() -> None:
    assert SCHEMA.validate({}) == {"outer": 100.0, "inner": 80.0, "holes": 2, "lid": True}
    assert SCHEMA.validate({"holes": "4"})["holes"] == 4


def test_constraint_message_names_values() -> None:
    with pytest.raises(ValidationError) as info:
        SCHEMA.validate({"inner": 95}, template_id="box")
    (issue,) = info.value.issues
    assert issue.params == ("inner", "outer")
    assert "inner 95 mm, outer 100 mm" in issue.message
    assert "template 'box'" in str(info.value)


def test_all_field_issues_reported_and_constraints_skipped_on_bad_values() -> None:
    values, issues = SCHEMA.check({"outer": 5, "holes": 1.5, "colour": "red"})
    messages = [i.message for i in issues]
    assert len(issues) == 3
    assert any("outer = 5 mm is out of range" in m for m in messages)
    assert any("holes must be a whole number" in m for m in messages)
    assert any("unknown parameter 'colour'" in m for m in messages)
    assert values["outer"] == 100.0  # invalid values keep their base


def test_unknown_parameter_suggests_close_name() -> None:
    _, issues = SCHEMA.check({"hole": 3})
    assert "did you mean 'holes'?" in issues[0].message


def test_base_values_from_a_preset() -> None:
    base = SCHEMA.validate(SCHEMA.preset("small").values)
    assert SCHEMA.validate({"holes": 3}, base=base) == {"outer": 50.0, "inner": 30.0, "holes": 3, "lid": True}
    with pytest.raises(KeyError, match="no preset 'huge' \\(presets: small\\)"):
        SCHEMA.preset("huge")


def test_a_crashing_constraint_is_reported_not_raised() -> None:
    broken = Constraint(("outer",), lambda p: str(1 / 0))
    schema = Schema((Length("outer", 100, 20, 300),), (broken,))
    _, issues = schema.check({})
    assert "failed to evaluate: ZeroDivisionError" in issues[0].message


def test_schema_declaration_errors() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        Schema((Length("a", 1, 0, 2), Length("a", 1, 0, 2)))
    with pytest.raises(ValueError, match="unknown parameter"):
        Schema((Length("a", 1, 0, 2),), (Constraint(("b",), lambda p: None),))


def test_canonical_json_is_order_independent() -> None:
    assert canonical_json({"b": 1, "a": 2.5}) == canonical_json({"a": 2.5, "b": 1})


def test_parse_assignments() -> None:
    assert parse_assignments(["depth=150", "label=a=b"]) == {"depth": "150", "label": "a=b"}
    with pytest.raises(FabwiseError, match="not of the form name=value"):
        parse_assignments(["depth"])
