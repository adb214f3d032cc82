"""The core (domain, store, playbooks, CLI, report numbers) never imports PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import coach

PACKAGE = Path(coach.__file__).parent


def is_qt_layer(path: Path) -> bool:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] == "ui" or (
        parts[0] == "report" and len(parts) > 1 and parts[1].startswith("render")
    )


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if is_qt_layer(path) or path.name == "__main__.py":
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = core_modules()
    assert {
        "coach.complaints.domain",
        "coach.store.database",
        "coach.spreadsheet.csv_file",
        "coach.cli",
    } <= set(modules)
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_no_core_source_imports_pyside6() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if is_qt_layer(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(name.split(".")[0] == "PySide6" for name in names):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []
