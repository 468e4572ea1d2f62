"""The rule expression language: what it computes, and what it refuses at compile time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eco_rules.expr import EvalEnv, ExprError, FunctionSpec, Scope, Type, compile_expr
from eco_rules.interval import Interval

SCOPE = Scope(
    namespaces={
        "part": {"volume": Type.NUM, "density": Type.QTY, "process": Type.STR, "spare": Type.BOOL},
        "ctx": {"grid": Type.QTY},
    },
    functions={
        "double": FunctionSpec("double", (Type.QTY,), None, lambda env, x: x * 2),
        "factor": FunctionSpec(
            "factor",
            (Type.STR,),
            Type.QTY,
            lambda env, key: Interval(1, 2, 3),
            literal_checks={0: lambda key: None if key == "known" else "no such factor"},
        ),
    },
)


def env() -> EvalEnv:
    return EvalEnv(
        {
            "part": {"volume": 10.0, "density": Interval(900, 1000, 1100), "process": "fdm", "spare": True},
            "ctx": {"grid": Interval(0.1, 0.2, 0.3)},
        }
    )


def run(source: str) -> object:
    return compile_expr(source, SCOPE)(env())


def test_arithmetic_with_bounds() -> None:
    value = run("part.volume * part.density / 1000")
    assert isinstance(value, Interval)
    assert value.as_tuple() == pytest.approx((9.0, 10.0, 11.0))


def test_conditionals_membership_and_functions() -> None:
    assert run("1 if part.process in ('fdm', 'sla') else 2") == 1.0
    assert run("part.spare and not (part.process == 'laser')") is True
    assert run("double(part.volume)") == 20.0
    assert run("max(0, part.volume - 20)") == 0.0
    assert isinstance(run("min(part.density, 950)"), Interval)
    assert run("factor('known')") == Interval(1, 2, 3)


def test_compiled_expression_reports_facts_it_reads() -> None:
    compiled = compile_expr("part.volume * ctx.grid", SCOPE)
    assert compiled.facts == {"part.volume", "ctx.grid"}
    assert compiled.type is Type.QTY


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("part.volum * 2", "unknown fact 'part.volum': did you mean 'part.volume'?"),
        ("__import__('os')", "unknown function '__import__'"),
        ("part.volume.real", "only facts like part.volume_mm3 may use a dot"),
        ("(lambda: 1)()", "only named functions may be called"),
        ("part.density > 3", "compare exact numbers only"),
        ("part.process + 1", "arithmetic needs numbers"),
        ("1 if part.volume else 2", "must be yes/no"),
        ("part.volume ** 2", "operator 'Pow' is not allowed"),
        ("[1, 2][0]", "'Subscript' is not allowed"),
        ("factor(part.process)", "must be a quoted name"),
        ("factor('nope')", "no such factor"),
        ("double('x')", "argument 1 of double() must be quantity, got text"),
        ("part", "is a group of facts"),
        ("1 < part.volume < 3", "one comparison at a time"),
        ("part.volume in (1, 2)", "'in' tests text"),
        ("x = 1", "syntax error"),
    ],
)
def test_bad_expressions_fail_at_compile_time(source: str, message: str) -> None:
    with pytest.raises(ExprError, match=message.replace("(", r"\(").replace(")", r"\)").replace("*", r"\*")):
        compile_expr(source, SCOPE)


def test_expected_type_is_checked() -> None:
    with pytest.raises(ExprError, match="gives text, but quantity is needed"):
        compile_expr("part.process", SCOPE, Type.QTY)


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn) -> tuple[Interval, list[float]]:
    a, b, c = sorted([draw(finite), draw(finite), draw(finite)])
    return Interval(a, b, c), [a, b, c]


@given(intervals(), intervals())
def test_interval_arithmetic_contains_every_corner(
    x: tuple[Interval, list[float]], y: tuple[Interval, list[float]]
) -> None:
    (a, xs), (b, ys) = x, y
    for op in ("add", "sub", "mul"):
        result = {"add": a + b, "sub": a - b, "mul": a * b}[op]
        for u in xs:
            for v in ys:
                point = {"add": u + v, "sub": u - v, "mul": u * v}[op]
                assert result.low - 1e-6 * (1 + abs(point)) <= point <= result.high + 1e-6 * (1 + abs(point))
        assert result.low <= result.value <= result.high
