"""The house rules that keep features apart: no import cycles, no private names across modules.

import-linter checks the layer order; these two rules are checked here because a contract cannot
express them. Both read the source with :mod:`ast` (nothing is imported), so they run in a
fraction of a second and name the offending line.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import casereview

PACKAGE_ROOT = Path(casereview.__file__).parent
SHELL_LINE_LIMIT = 400


@dataclass(frozen=True)
class ImportEdge:
    """One ``import`` statement from a casereview module to another."""

    source: str
    target: str
    names: tuple[str, ...]
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE_ROOT.rglob("*.py"))}


def _resolve(source: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = source.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def import_edges(modules: dict[str, Path]) -> Iterator[ImportEdge]:
    """Every import between casereview modules, including those inside functions."""
    for source, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        # Imports under ``if TYPE_CHECKING:`` count too: a cycle hidden from the interpreter is
        # still two modules that cannot be understood (or moved) one without the other.
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("casereview"):
                        yield ImportEdge(source, alias.name, (), node.lineno)
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(source, is_package, node)
                if not target.startswith("casereview"):
                    continue
                names = tuple(alias.name for alias in node.names)
                submodules = [f"{target}.{name}" for name in names if f"{target}.{name}" in modules]
                for submodule in submodules:
                    yield ImportEdge(source, submodule, (), node.lineno)
                other = tuple(n for n in names if f"{target}.{n}" not in modules)
                if other or not submodules:
                    yield ImportEdge(source, target, other, node.lineno)


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_private_name_is_imported_from_another_module() -> None:
    modules = all_modules()
    offenders = [
        f"{edge.source}:{edge.line} imports {name} from {edge.target}"
        for edge in import_edges(modules)
        for name in edge.names
        if _is_private(name) or any(_is_private(part) for part in edge.target.split("."))
    ]
    # ``module._name`` through an imported module object counts too.
    for source, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imported_modules: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                target = _resolve(source, path.name == "__init__.py", node)
                for alias in node.names:
                    if f"{target}.{alias.name}" in modules:
                        imported_modules[alias.asname or alias.name] = f"{target}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("casereview") and alias.asname:
                        imported_modules[alias.asname] = alias.name
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in imported_modules
                and _is_private(node.attr)
            ):
                offenders.append(
                    f"{source}:{node.lineno} uses {imported_modules[node.value.id]}.{node.attr}"
                )
    assert not offenders, "private names used across modules:\n" + "\n".join(offenders)


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (the import graph is deep enough to matter)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))
    return components


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for edge in import_edges(modules):
        target = edge.target
        # ``from casereview.x import y`` runs casereview/x/__init__.py: that edge is real.
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != edge.source:
            graph[edge.source].add(target)
    return graph


def test_no_import_cycles() -> None:
    graph = import_graph()
    # A package's __init__ re-exporting its own submodules is not a cycle of design: the
    # package imports the submodule, never the reverse. Only edges between distinct
    # non-ancestor modules count.
    for source, targets in graph.items():
        graph[source] = {t for t in targets if not source.startswith(t + ".")}
    cycles = _strongly_connected(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_cycle_finder_finds_a_cycle() -> None:
    """The check above cannot pass by finding nothing: a known cycle is reported."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _strongly_connected(graph) == [["a", "b", "c"]]


def test_shell_is_small() -> None:
    shell = PACKAGE_ROOT / "ui" / "shell.py"
    assert shell.exists(), "ui/shell.py holds the window, menus, docks and status bar"
    assert not (PACKAGE_ROOT / "ui" / "main_window.py").exists()
    lines = len(shell.read_text(encoding="utf-8").splitlines())
    assert lines <= SHELL_LINE_LIMIT, f"ui/shell.py has {lines} lines (limit {SHELL_LINE_LIMIT})"


def test_no_feature_module_imports_another() -> None:
    modules = all_modules()
    features = {name for name in modules if name.startswith("casereview.ui.features.")}
    assert features, "features live in ui/features/<name>.py"
    offenders = [
        f"{edge.source}:{edge.line} imports {edge.target}"
        for edge in import_edges(modules)
        if edge.source in features
        and edge.target != edge.source
        and (edge.target in features or edge.target.startswith("casereview.ui.features."))
        and edge.target != "casereview.ui.features"
    ]
    assert not offenders, "\n".join(offenders)
