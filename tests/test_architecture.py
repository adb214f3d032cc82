"""The layers hold: no import cycles in coach/, only the store runs SQL, and the screens and the
CLI reach the data through the service."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import coach

PACKAGE = Path(coach.__file__).parent
SQL_CALLS = frozenset({"execute", "executemany", "executescript"})
# The layers that must go through coach.service, never to the store itself.
SERVICE_USERS = ("coach.ui", "coach.cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, ast.Module]:
    """Every module of the package, parsed, by its dotted name."""
    return {
        module_name(path): ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def imported(name: str, tree: ast.Module, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports anywhere: at the top, inside functions and
    under ``if TYPE_CHECKING:`` (two modules that each need the other are a cycle either way).
    ``from a import b`` counts as importing ``a.b`` when that is a module, else ``a``."""
    is_package = name in known and any(m.startswith(f"{name}.") for m in known)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = name.split(".")
                parent = parent[: len(parent) - node.level + (1 if is_package else 0)]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                whole = f"{base}.{alias.name}"
                found.add(whole if whole in known else base)
    return {target for target in found if target in known and target != name}


def import_graph() -> dict[str, set[str]]:
    trees = modules()
    known = set(trees)
    return {name: imported(name, tree, known) for name, tree in trees.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as the modules along it (first one repeated at the end), or []."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str]:
        path.append(node)
        on_path.add(node)
        for target in sorted(graph[node]):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done:
                cycle = visit(target)
                if cycle:
                    return cycle
        on_path.discard(path.pop())
        done.add(node)
        return []

    for start in sorted(graph):
        if start not in done:
            cycle = visit(start)
            if cycle:
                return cycle
    return []


def sql_uses(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Where ``tree`` runs SQL or holds a database connection: ``.execute*()`` calls, a ``.db``
    attribute, ``sqlite3.connect`` and the sqlite_utils package."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in SQL_CALLS:
                yield node.lineno, f".{node.attr}("
            elif node.attr == "db":
                yield node.lineno, ".db"
            elif node.attr == "connect" and isinstance(node.value, ast.Name):
                if node.value.id == "sqlite3":
                    yield node.lineno, "sqlite3.connect"
        elif isinstance(node, ast.ImportFrom):
            if node.module == "sqlite3" and any(a.name == "connect" for a in node.names):
                yield node.lineno, "sqlite3.connect"
            if (node.module or "").split(".")[0] == "sqlite_utils":
                yield node.lineno, "sqlite_utils"
        elif isinstance(node, ast.Import):
            if any(alias.name.split(".")[0] == "sqlite_utils" for alias in node.names):
                yield node.lineno, "sqlite_utils"


def in_layer(name: str, layer: str) -> bool:
    return name == layer or name.startswith(f"{layer}.")


def test_the_import_graph_is_complete_enough_to_trust() -> None:
    graph = import_graph()
    assert "coach.ui.wizard.timeline" in graph["coach.ui.wizard.window"]
    assert "coach.store.database" in graph["coach.store"]
    assert "coach.service.coach" in graph["coach.service"]  # from coach.service.coach import …
    assert "coach.cli.io_cmd" in graph["coach.cli"]  # imported inside a function
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_back_through_others() -> None:
    cycle = find_cycle(import_graph())
    assert cycle == [], "import cycle: " + " -> ".join(cycle)


def test_the_sql_check_catches_what_it_should() -> None:
    sample = ast.parse(
        "import sqlite3\n"
        "from sqlite_utils import Database\n"
        "store.db.table('x')\n"
        "connection.execute('SELECT 1')\n"
        "cursor.executemany('INSERT', [])\n"
        "sqlite3.connect(':memory:')\n"
        "except_ok = sqlite3.Error\n"
    )
    found = sorted((line, what) for line, what in sql_uses(sample))
    assert found == [
        (2, "sqlite_utils"),
        (3, ".db"),
        (4, ".execute("),
        (5, ".executemany("),
        (6, "sqlite3.connect"),
    ]


def test_only_the_store_runs_sql() -> None:
    offenders = [
        f"{name}:{line} {what}"
        for name, tree in modules().items()
        if not in_layer(name, "coach.store")
        for line, what in sql_uses(tree)
    ]
    assert offenders == []


def test_the_screens_and_the_cli_reach_the_data_only_through_the_service() -> None:
    offenders = [
        f"{name} imports {target}"
        for name, targets in import_graph().items()
        if any(in_layer(name, layer) for layer in SERVICE_USERS)
        for target in sorted(targets)
        if in_layer(target, "coach.store")
    ]
    assert offenders == []
