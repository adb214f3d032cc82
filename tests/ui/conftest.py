"""Shared fixtures for the screens: compiled catalogues and a language installed for one test."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from coach.system.resources import translations_dir
from coach.ui.i18n import install_language, uninstall_language

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm files, compiled from the .ts sources if missing or stale (as ./dev does)."""
    assert load_script("build_translations").main() == 0
    return translations_dir()


@pytest.fixture
def ui_language(qapp: QApplication, compiled_translations: Path) -> Iterator[Callable[[str], None]]:
    """Installs a language for one test and restores English, left to right, afterwards."""
    yield lambda lang: install_language(qapp, lang)
    uninstall_language(qapp)
