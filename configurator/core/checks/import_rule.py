"""The import-time rule: a template module may import CadQuery but use it only inside functions.

The app reads every template's schema at start-up without loading CadQuery (it costs ~2 s; see
``configurator/core/lazy_cad.py``); a CadQuery name used while the module is imported (at module
level, in a class body, a decorator, a default value or, without ``from __future__ import
annotations``, an annotation) loads it for everyone. Read off the file's syntax tree, so each
finding names its line.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

CADQUERY = "cadquery"


@dataclass(frozen=True)
class ImportTimeUse:
    line: int
    code: str

    def message(self, path: Path) -> str:
        return (
            f"{path.name}:{self.line}: `{self.code}` runs CadQuery when the module is "
            "imported; the app reads templates without loading CadQuery, so use it only "
            "inside functions (e.g. in build)"
        )


def _cadquery_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == CADQUERY or alias.name.startswith(CADQUERY + "."):
                    names.add((alias.asname or alias.name).partition(".")[0])
    return names


class _ImportTimeVisitor(ast.NodeVisitor):
    """Visits only code that runs at import: function and lambda bodies are skipped."""

    def __init__(self, names: set[str], lazy_annotations: bool, source: str) -> None:
        self.names = names
        self.lazy_annotations = lazy_annotations
        self.source = source
        self.found: list[ImportTimeUse] = []

    def _report(self, node: ast.AST) -> None:
        code = ast.get_source_segment(self.source, node) or ""
        self.found.append(ImportTimeUse(getattr(node, "lineno", 0), code.splitlines()[0][:60]))

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.names and isinstance(node.ctx, ast.Load):
            self._report(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        root: ast.expr = node
        while isinstance(root, ast.Attribute):
            root = root.value
        if isinstance(root, ast.Name) and root.id in self.names:
            self._report(node)
            return
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module and (node.module == CADQUERY or node.module.startswith(CADQUERY + ".")):
            names = ", ".join(a.name for a in node.names)
            self.found.append(ImportTimeUse(node.lineno, f"from {node.module} import {names}"))

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        args = node.args
        for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
            self.visit(default)
        if not self.lazy_annotations:
            every = [
                *args.posonlyargs,
                *args.args,
                *args.kwonlyargs,
                *(a for a in (args.vararg, args.kwarg) if a is not None),
            ]
            for arg in every:
                if arg.annotation is not None:
                    self.visit(arg.annotation)
            if node.returns is not None:
                self.visit(node.returns)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]:
            self.visit(default)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if not self.lazy_annotations:
            self.visit(node.annotation)
        if node.value is not None:
            self.visit(node.value)


def import_time_uses(path: Path) -> list[ImportTimeUse]:
    """Where the file uses CadQuery while it is imported (empty if it does not, or if it cannot
    be parsed: loading it reports the syntax error)."""
    source = path.read_text(encoding="utf-8", errors="replace")
    try:
        tree = ast.parse(source, str(path))
    except SyntaxError:
        return []
    lazy = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(a.name == "annotations" for a in node.names)
        for node in tree.body
    )
    visitor = _ImportTimeVisitor(_cadquery_names(tree), lazy, source)
    for node in tree.body:
        if isinstance(node, ast.Import):
            continue
        visitor.visit(node)
    return visitor.found
