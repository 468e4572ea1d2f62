"""Typed parameter access: a template's Params class must match its parameters exactly, values
read as attributes, and a constraint knows its parameters from its code."""

from __future__ import annotations

import pytest

from configurator.sdk.params import Count, Length, Params, Toggle
from configurator.sdk.schema import Schema, constraint, parameters_read


class BoxParams(Params):
    width: float
    holes: int
    lid: bool


PARAMETERS = (Length("width", 60, 20, 200), Count("holes", 2, 0, 6), Toggle("lid", True))


def test_values_read_as_attributes_with_their_types() -> None:
    p = BoxParams({"width": 60.0, "holes": 2, "lid": True})
    assert (p.width, p.holes, p.lid) == (60.0, 2, True)
    assert p.num("width") == 60.0  # the string-keyed accessors still work
    with pytest.raises(AttributeError, match="no parameter 'widht'"):
        p.widht  # noqa: B018


@pytest.mark.parametrize(
    ("annotations", "problem"),
    [
        ({"width": float, "holes": int}, "'lid: bool' is missing"),
        ({"width": int, "holes": int, "lid": bool}, "'width' is a length: annotate it as float"),
        ({"width": float, "holes": int, "lid": bool, "depth": float}, "'depth' is not a declared"),
    ],
)
def test_a_params_class_that_does_not_match_the_parameters_is_refused(
    annotations: dict[str, type], problem: str
) -> None:
    wrong = type("WrongParams", (Params,), {"__annotations__": annotations})
    with pytest.raises(ValueError, match=problem):
        Schema(PARAMETERS, params_type=wrong)


def test_a_constraint_knows_the_parameters_it_reads() -> None:
    @constraint(description="holes fit")
    def holes_fit(p: BoxParams) -> str | None:
        if p.holes * 10 > p.width or (p.lid and p.num("width") < 30):
            return "too many holes"
        return None

    assert parameters_read(holes_fit.check) == ("holes", "width", "lid")
    assert holes_fit.params == ("holes", "width", "lid")
    schema = Schema(PARAMETERS, (holes_fit,), params_type=BoxParams)
    _values, issues = schema.check({"width": 20, "holes": 5})
    assert [issue.params for issue in issues] == [("holes", "width", "lid")]
