"""The shape of the program, checked: the contracts in pyproject.toml hold, and no module imports itself in a circle.

``lint-imports`` (import-linter) checks that the Qt-free half (core, exchange,
room) imports no Qt, window, report or command line; that the core imports no
workbook or server code; and that each layer (cli > ui > report > room >
exchange > core) imports only those below it. The circle check follows every
import, those inside functions too (a page imported when first shown), but not
those only a type checker reads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every set of modules that import one another round in a circle (Tarjan's strongly connected components)."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_in_a_circle() -> None:
    graph = grimp.build_graph("planner_gui", exclude_type_checking_imports=True, cache_dir=None)
    assert len(graph.modules) > 100  # the whole package was read
    assert circles(graph) == []


def test_the_circle_check_finds_a_circle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "a.one", "a.two", "a.three"):
        graph.add_module(module)
    graph.add_import(importer="a.one", imported="a.two")
    graph.add_import(importer="a.two", imported="a.one")
    graph.add_import(importer="a.three", imported="a.one")
    assert circles(graph) == [["a.one", "a.two"]]
