"""The package layout holds: no module imports another that (directly or not) imports it back.

``lint-imports`` checks the layers and, between siblings, cycles; this test looks at the whole
module graph at once (parent packages included), with the same ignored imports as the contracts.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import grimp
import networkx as nx

ROOT = Path(__file__).resolve().parents[1]


def _contract(contract_type: str) -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["type"] == contract_type)


def _module_graph() -> nx.DiGraph:
    graph = grimp.build_graph("configurator", "parts_library", "eco_rules")
    modules = nx.DiGraph()
    for module in graph.modules:
        modules.add_node(module)
        for imported in graph.find_modules_directly_imported_by(module):
            modules.add_edge(module, imported)
    return modules


def test_no_module_is_part_of_an_import_cycle() -> None:
    modules = _module_graph()
    ignored = _contract("acyclic_siblings").get("ignore_imports", [])
    assert isinstance(ignored, list)
    for line in ignored:
        importer, _, imported = str(line).partition(" -> ")
        assert modules.has_edge(importer, imported), f"stale ignored import: {line}"
        modules.remove_edge(importer, imported)
    cycles = [sorted(c) for c in nx.strongly_connected_components(modules) if len(c) > 1]
    assert cycles == []


def test_the_cycle_check_sees_a_cycle() -> None:
    modules = _module_graph()
    modules.add_edge("configurator.sdk.params", "configurator.sdk.schema")  # schema imports params
    assert any(len(c) > 1 for c in nx.strongly_connected_components(modules))


def test_layers_run_from_front_ends_down_to_the_sdk() -> None:
    layers = _contract("layers")["layers"]
    assert layers == [
        "configurator.ui | configurator.cli",
        "configurator.sweep",
        "configurator.app",
        "configurator.core",
        "parts_library | eco_rules",
        "configurator.sdk",
    ]
