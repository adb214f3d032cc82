"""The built-in playbook read once is kept in the user's cache folder: the next start reads it
from there (no TOML parsed), a changed built-in file is read afresh, and the file is private."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coach.playbooks import cache, loader
from coach.system.paths import cache_dir
from coach.text.languages import LANGUAGES

LOAD_AND_LIST = """
import sys
from coach.playbooks import load_playbook
playbook = load_playbook(sys.argv[1])
print(playbook.label("closed"), "tomllib" in sys.modules)
"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_cached_entries_are_the_ones_read_from_the_files(lang: str) -> None:
    folder = loader._package_root() / lang
    read = loader.read_builtin(folder, lang)

    first = cache.builtin_entries(lang, folder, lambda: read)
    again = cache.builtin_entries(lang, folder, lambda: pytest.fail("read again"))

    assert first == again == read
    (written,) = cache_dir().glob(f"playbook-{lang}-*.json")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir().stat().st_mode) == 0o700


def test_the_second_start_parses_no_toml() -> None:
    def start() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", LOAD_AND_LIST, "fa"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            env=dict(os.environ),
        )
        return done.stdout.split()

    first, second = start(), start()
    assert first[-1] == "True" and second[-1] == "False"
    assert first[:-1] == second[:-1] != []


def test_a_changed_builtin_file_is_read_afresh(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(loader._package_root() / "en", folder)
    reads: list[int] = []

    def read() -> dict[str, dict[str, object]]:
        reads.append(1)
        return loader.read_builtin(folder, "en")

    cache.builtin_entries("en", folder, read)
    cache.builtin_entries("en", folder, read)
    vocabulary = folder / "vocabulary.toml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
    cache.builtin_entries("en", folder, read)

    assert len(reads) == 2
    assert len(list(cache_dir().glob("playbook-en-*.json"))) == 1, "the old one was dropped"


def test_a_cache_file_of_other_files_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    shutil.copytree(loader._package_root() / "en", folder)
    read = loader.read_builtin(folder, "en")
    cache.builtin_entries("en", folder, lambda: read)
    (written,) = cache_dir().glob("playbook-en-*.json")
    # Another set of files whose checksum happened to name the same file: its key differs.
    written.write_text('{"key": "other files", "entries": {}}', "utf-8")

    assert cache.builtin_entries("en", folder, lambda: read) == read
