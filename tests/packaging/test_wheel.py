"""The wheel and sdist a user installs: built warning-free, complete, and translated once
installed (pip install of the wheel into a fresh environment, not the checkout)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


@pytest.fixture(scope="module")
def dists(release: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return release.build_dists(tmp_path_factory.mktemp("dist"))


def test_the_build_prints_no_warning(dists: Any) -> None:
    assert dists.warnings() == []


def test_the_wheel_holds_every_module_playbook_font_catalogue_and_icon(
    release: ModuleType, dists: Any
) -> None:
    assert release.wheel_problems(dists.wheel) == []


def test_the_sdist_holds_the_translation_sources(release: ModuleType, dists: Any) -> None:
    assert release.sdist_problems(dists.sdist) == []


def test_the_installed_wheel_starts_in_persian(
    release: ModuleType, dists: Any, tmp_path: Path
) -> None:
    python = release.install_in_fresh_venv(dists.wheel, tmp_path / "venv")
    done = release.start_installed(python, "fa", tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "main window shown with 0 complaints" in done.stdout
    assert "window title: دستیار رسیدگی به شکایت" in done.stdout
    assert "فایل" in done.stdout and "فایل" == release.menu_label("fa")
    located = release.subprocess.run(
        [str(python), "-c", "import coach; print(coach.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    )  # fmt: skip
    assert Path(located.stdout.strip()).is_relative_to(tmp_path / "venv")
