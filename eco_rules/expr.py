"""A small, safe expression language for rule files, compiled once and type-checked against facts.

Rule expressions are parsed with Python's :mod:`ast` and only a whitelist of node types is accepted:
numbers, strings, ``True``/``False``, fact references such as ``part.volume_mm3``, the operators
``+ - * /``, comparisons, ``and``/``or``/``not``, ``x if cond else y``, ``in (...)`` with literal
strings, and calls to the functions the rule scope declares. Nothing is ever passed to ``eval``:
each node becomes a small Python closure, so a compiled rule runs at plain-function speed.

Types are checked at compile time: ``number`` (exact), ``quantity`` (an :class:`Interval` with
bounds), ``bool`` and ``text``. A typo in a fact name, a function given the wrong kind of argument,
or a condition that is not a yes/no question fails when the rule file is loaded, not when a user
meets it.
"""

from __future__ import annotations

import ast
import difflib
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from eco_rules.interval import Interval, IntervalError, imax, imin


class Type(StrEnum):
    NUM = "number"
    QTY = "quantity"
    BOOL = "bool"
    STR = "text"


NUMERIC = frozenset({Type.NUM, Type.QTY})


class ExprError(Exception):
    """An expression is malformed or ill-typed. The message says what and where."""


class EvalError(Exception):
    """An expression could not be evaluated for these facts (e.g. a factor is missing)."""


class EvalEnv:
    """What a compiled expression reads (fact namespaces); collects the factor ids and notes it used."""

    __slots__ = ("context", "info", "notes", "ns", "used")

    def __init__(self, ns: dict[str, dict[str, Any]], context: Any = None) -> None:
        self.ns = ns
        self.used: list[str] = []
        self.notes: list[str] = []  # caveats: shown in the trace and as report warnings
        self.info: list[str] = []  # plain facts about the evaluation: shown in the trace only
        self.context = context


Evaluator = Callable[[EvalEnv], Any]
LiteralCheck = Callable[[str], "str | None"]


@dataclass(frozen=True)
class FunctionSpec:
    """A function rule expressions may call.

    ``params`` are the declared argument types (a ``quantity`` parameter also accepts a number).
    ``returns`` is a type, or ``None`` for "quantity if any argument is a quantity, else number".
    ``literal_checks`` maps an argument position to a check that the argument is a string literal
    naming something that exists (e.g. a process parameter id); it returns an error text or None.
    ``impl`` receives the evaluation environment first, then the argument values.
    """

    name: str
    params: tuple[Type, ...]
    returns: Type | None
    impl: Callable[..., Any]
    doc: str = ""
    literal_checks: Mapping[int, LiteralCheck] = field(default_factory=dict)


@dataclass(frozen=True)
class Scope:
    """The facts (by namespace) and functions an expression may use."""

    namespaces: Mapping[str, Mapping[str, Type]]
    functions: Mapping[str, FunctionSpec]


@dataclass(frozen=True)
class Compiled:
    source: str
    type: Type
    facts: frozenset[str]
    functions: frozenset[str]
    run: Evaluator = field(repr=False, compare=False)

    def __call__(self, env: EvalEnv) -> Any:
        try:
            return self.run(env)
        except (IntervalError, ZeroDivisionError) as exc:
            raise EvalError(f"cannot evaluate '{self.source}': {exc}") from exc


_ARITH: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_ORDER: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_EQUALITY: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_BOOL_NAMES = {"True": True, "False": False, "true": True, "false": False}


def _unify_numeric(a: Type, b: Type) -> Type:
    return Type.QTY if Type.QTY in (a, b) else Type.NUM


def _accepts(param: Type, arg: Type) -> bool:
    return param == arg or (param is Type.QTY and arg is Type.NUM)


class _Compiler:
    def __init__(self, source: str, scope: Scope) -> None:
        self.source = source
        self.scope = scope
        self.facts: set[str] = set()
        self.functions: set[str] = set()

    def fail(self, node: ast.AST, message: str) -> ExprError:
        col = getattr(node, "col_offset", None)
        where = f" (at column {col + 1})" if col is not None else ""
        return ExprError(f"{message}{where} in '{self.source}'")

    def compile(self, node: ast.AST) -> tuple[Evaluator, Type]:
        method = getattr(self, f"_c_{type(node).__name__}", None)
        if method is None:
            raise self.fail(node, f"'{type(node).__name__}' is not allowed in rule expressions")
        result: tuple[Evaluator, Type] = method(node)
        return result

    # --- leaves ---------------------------------------------------------------------------------
    def _c_Constant(self, node: ast.Constant) -> tuple[Evaluator, Type]:
        value = node.value
        if isinstance(value, bool):
            return (lambda env: value), Type.BOOL
        if isinstance(value, int | float):
            number = float(value)
            return (lambda env: number), Type.NUM
        if isinstance(value, str):
            return (lambda env: value), Type.STR
        raise self.fail(node, f"constant {value!r} is not allowed")

    def _c_Name(self, node: ast.Name) -> tuple[Evaluator, Type]:
        if node.id in _BOOL_NAMES:
            flag = _BOOL_NAMES[node.id]
            return (lambda env: flag), Type.BOOL
        if node.id in self.scope.namespaces:
            raise self.fail(node, f"'{node.id}' is a group of facts: name one, e.g. '{node.id}.x'")
        known = sorted(self.scope.namespaces)
        raise self.fail(node, f"unknown name '{node.id}' (facts are written {', '.join(known)}.name)")

    def _c_Attribute(self, node: ast.Attribute) -> tuple[Evaluator, Type]:
        if not isinstance(node.value, ast.Name) or node.value.id not in self.scope.namespaces:
            raise self.fail(node, "only facts like part.volume_mm3 may use a dot")
        namespace, attr = node.value.id, node.attr
        facts = self.scope.namespaces[namespace]
        if attr not in facts:
            close = difflib.get_close_matches(attr, list(facts), n=1)
            hint = f": did you mean '{namespace}.{close[0]}'?" if close else ""
            raise self.fail(node, f"unknown fact '{namespace}.{attr}'{hint}")
        self.facts.add(f"{namespace}.{attr}")

        def read(env: EvalEnv) -> Any:
            try:
                return env.ns[namespace][attr]
            except KeyError:
                raise EvalError(f"fact '{namespace}.{attr}' has no value here") from None

        return read, facts[attr]

    # --- operators ------------------------------------------------------------------------------
    def _c_BinOp(self, node: ast.BinOp) -> tuple[Evaluator, Type]:
        op = _ARITH.get(type(node.op))
        if op is None:
            raise self.fail(node, f"operator '{type(node.op).__name__}' is not allowed")
        left, lt = self.compile(node.left)
        right, rt = self.compile(node.right)
        if lt not in NUMERIC or rt not in NUMERIC:
            raise self.fail(node, f"arithmetic needs numbers, got {lt} and {rt}")
        return (lambda env: op(left(env), right(env))), _unify_numeric(lt, rt)

    def _c_UnaryOp(self, node: ast.UnaryOp) -> tuple[Evaluator, Type]:
        operand, ot = self.compile(node.operand)
        if isinstance(node.op, ast.Not):
            if ot is not Type.BOOL:
                raise self.fail(node, f"'not' needs a yes/no value, got {ot}")
            return (lambda env: not operand(env)), Type.BOOL
        if isinstance(node.op, ast.USub | ast.UAdd):
            if ot not in NUMERIC:
                raise self.fail(node, f"a sign needs a number, got {ot}")
            if isinstance(node.op, ast.UAdd):
                return operand, ot
            return (lambda env: -operand(env)), ot
        raise self.fail(node, "this unary operator is not allowed")

    def _c_BoolOp(self, node: ast.BoolOp) -> tuple[Evaluator, Type]:
        parts = []
        for value in node.values:
            run, vt = self.compile(value)
            if vt is not Type.BOOL:
                raise self.fail(value, f"'and'/'or' need yes/no values, got {vt}")
            parts.append(run)
        if isinstance(node.op, ast.And):
            return (lambda env: all(p(env) for p in parts)), Type.BOOL
        return (lambda env: any(p(env) for p in parts)), Type.BOOL

    def _c_Compare(self, node: ast.Compare) -> tuple[Evaluator, Type]:
        if len(node.ops) != 1:
            raise self.fail(node, "write one comparison at a time (use 'and' to combine)")
        op_node, right_node = node.ops[0], node.comparators[0]
        left, lt = self.compile(node.left)
        if isinstance(op_node, ast.In | ast.NotIn):
            return self._membership(node, left, lt, op_node, right_node)
        right, rt = self.compile(right_node)
        if type(op_node) in _ORDER:
            if lt is not Type.NUM or rt is not Type.NUM:
                raise self.fail(
                    node,
                    f"'<'/'>' compare exact numbers only, got {lt} and {rt} "
                    "(a quantity with bounds has no single order)",
                )
            order = _ORDER[type(op_node)]
            return (lambda env: order(left(env), right(env))), Type.BOOL
        if type(op_node) in _EQUALITY:
            if lt != rt or lt is Type.QTY:
                raise self.fail(node, f"'=='/'!=' need two values of one kind, got {lt} and {rt}")
            equal = _EQUALITY[type(op_node)]
            return (lambda env: equal(left(env), right(env))), Type.BOOL
        raise self.fail(node, f"comparison '{type(op_node).__name__}' is not allowed")

    def _membership(
        self, node: ast.Compare, left: Evaluator, lt: Type, op: ast.cmpop, right: ast.expr
    ) -> tuple[Evaluator, Type]:
        if lt is not Type.STR:
            raise self.fail(node, f"'in' tests text against a list of texts, got {lt}")
        if not isinstance(right, ast.Tuple | ast.List) or not all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in right.elts
        ):
            raise self.fail(node, "'in' needs a literal list of texts, e.g. ('fdm', 'sla')")
        options = frozenset(e.value for e in right.elts if isinstance(e, ast.Constant))
        if isinstance(op, ast.In):
            return (lambda env: left(env) in options), Type.BOOL
        return (lambda env: left(env) not in options), Type.BOOL

    def _c_IfExp(self, node: ast.IfExp) -> tuple[Evaluator, Type]:
        test, tt = self.compile(node.test)
        if tt is not Type.BOOL:
            raise self.fail(node.test, f"the condition after 'if' must be yes/no, got {tt}")
        body, bt = self.compile(node.body)
        other, ot = self.compile(node.orelse)
        if bt in NUMERIC and ot in NUMERIC:
            kind = _unify_numeric(bt, ot)
        elif bt == ot:
            kind = bt
        else:
            raise self.fail(node, f"both branches of 'if/else' must be of one kind, got {bt}, {ot}")
        return (lambda env: body(env) if test(env) else other(env)), kind

    def _c_Call(self, node: ast.Call) -> tuple[Evaluator, Type]:
        if not isinstance(node.func, ast.Name):
            raise self.fail(node, "only named functions may be called")
        if node.keywords:
            raise self.fail(node, "functions take positional arguments only")
        name = node.func.id
        if name in ("min", "max"):
            return self._min_max(node, name)
        spec = self.scope.functions.get(name)
        if spec is None:
            known = sorted([*self.scope.functions, "min", "max"])
            close = difflib.get_close_matches(name, known, n=1)
            hint = f": did you mean '{close[0]}'?" if close else f" (known: {', '.join(known)})"
            raise self.fail(node, f"unknown function '{name}'{hint}")
        if len(node.args) != len(spec.params):
            raise self.fail(node, f"{name}() takes {len(spec.params)} argument(s), got {len(node.args)}")
        runs: list[Evaluator] = []
        types: list[Type] = []
        for index, (arg, expected) in enumerate(zip(node.args, spec.params, strict=True)):
            run, at = self.compile(arg)
            if not _accepts(expected, at):
                raise self.fail(arg, f"argument {index + 1} of {name}() must be {expected}, got {at}")
            check = spec.literal_checks.get(index)
            if check is not None:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    raise self.fail(arg, f"argument {index + 1} of {name}() must be a quoted name")
                problem = check(arg.value)
                if problem:
                    raise self.fail(arg, f"{name}('{arg.value}'): {problem}")
            runs.append(run)
            types.append(at)
        self.functions.add(name)
        returns = spec.returns
        if returns is None:
            returns = Type.QTY if Type.QTY in types else Type.NUM
        impl = spec.impl
        if len(runs) == 1:
            (a,) = runs
            return (lambda env: impl(env, a(env))), returns
        if len(runs) == 2:
            a, b = runs
            return (lambda env: impl(env, a(env), b(env))), returns
        return (lambda env: impl(env, *(r(env) for r in runs))), returns

    def _min_max(self, node: ast.Call, name: str) -> tuple[Evaluator, Type]:
        if len(node.args) != 2:
            raise self.fail(node, f"{name}() takes 2 arguments")
        a, at = self.compile(node.args[0])
        b, bt = self.compile(node.args[1])
        if at not in NUMERIC or bt not in NUMERIC:
            raise self.fail(node, f"{name}() needs numbers, got {at} and {bt}")
        kind = _unify_numeric(at, bt)
        if kind is Type.NUM:
            plain = min if name == "min" else max
            return (lambda env: plain(a(env), b(env))), kind
        interval_op = imin if name == "min" else imax

        def run(env: EvalEnv) -> Interval:
            return interval_op(as_interval(a(env)), as_interval(b(env)))

        return run, kind


def as_interval(value: Any) -> Interval:
    if isinstance(value, Interval):
        return value
    return Interval.exact(float(value))


def compile_expr(source: str, scope: Scope, expect: Type | None = None) -> Compiled:
    """Compile ``source`` against ``scope``; raise :class:`ExprError` with a readable reason.

    ``expect`` checks the result kind (a ``quantity`` expectation also accepts a number).
    """
    if not isinstance(source, str) or not source.strip():
        raise ExprError("expression is empty")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExprError(f"syntax error in '{source}': {exc.msg}") from None
    compiler = _Compiler(source.strip(), scope)
    run, kind = compiler.compile(tree.body)
    if expect is not None and not _accepts(expect, kind):
        raise ExprError(f"'{source.strip()}' gives {kind}, but {expect} is needed here")
    return Compiled(source.strip(), kind, frozenset(compiler.facts), frozenset(compiler.functions), run)
