"""No import cycles in proplint: data flows one way, load → structure → check → stamp/filter → report.

The graph holds every import of every module: at the top, under
``TYPE_CHECKING`` and inside functions, so a lazy import cannot hide a
cycle. An import of ``a.b`` counts as an edge to ``a.b`` (its package runs
first, as Python does it, and is no edge of its own).
"""

from __future__ import annotations

import ast
from pathlib import Path

import proplint

SOURCE = Path(proplint.__file__).parent


def _modules() -> dict[str, Path]:
    modules = {}
    for file in sorted(SOURCE.rglob("*.py")):
        parts = ["proplint", *file.relative_to(SOURCE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = file
    return modules


def _imported(name: str, file: Path, modules: dict[str, Path]) -> set[str]:
    """The proplint modules ``name`` imports anywhere in its text."""
    package = name if file.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # ``from package import module``
    edges = set()
    for module in found:
        while module not in modules and "." in module:
            module = module.rpartition(".")[0]
        if module in modules and module != name and module != "proplint":
            edges.add(module)
    return edges


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imported(name, file, modules) for name, file in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), and modules importing themselves."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(start: str) -> None:  # iterative: no recursion limit on a deep graph
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_every_kind_of_import() -> None:
    graph = import_graph()
    assert "proplint.engine" in graph["proplint.runner"]  # at the top
    assert "proplint.imported_lint" in graph["proplint.runner"]  # inside a function
    assert "proplint.suppressions" in graph["proplint.engine"]  # under TYPE_CHECKING
    assert "proplint.importing.sniff" in graph["proplint.importing"]  # ``from proplint.importing.sniff import sniff``


def test_the_cycle_finder_finds_a_cycle_through_a_lazy_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_proplint_has_no_import_cycle() -> None:
    assert cycles(import_graph()) == []
