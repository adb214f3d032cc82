"""The committed .qm catalogues say what their .ts sources say.

The .qm files are committed so that a wheel or sdist built without Qt's tools (pip install .,
pipx, python -m build) carries them; this test recompiles each .ts with pyside6-lrelease and
compares both catalogues message by message through QTranslator, as the app reads them.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from coach.system.resources import translations_dir
from coach.text.languages import TRANSLATED_LANGUAGES

COUNTS = [-1, *range(12), 20, 100, 101, 102, 111, 1000]
FIX = "run `.venv/bin/python scripts/build_translations.py` and commit the .qm files"


def messages(ts: Path) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, disambiguation, plural) of every message of a .ts file."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found.append(
                (name, source, message.findtext("comment"), message.get("numerus") == "yes")
            )
    return found


def load(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), f"{path} cannot be read"
    return translator


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_committed_catalogue_matches_its_source(lang: str, tmp_path: Path) -> None:
    source = translations_dir() / f"coach_{lang}.ts"
    committed = translations_dir() / f"coach_{lang}.qm"
    assert committed.is_file(), f"{committed} is missing: {FIX}"
    fresh = tmp_path / committed.name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source), "-qm", str(fresh)], check=True, capture_output=True)
    ours, theirs = load(committed), load(fresh)
    stale = [
        (context, text)
        for context, text, comment, plural in messages(source)
        for n in (COUNTS if plural else [-1])
        if ours.translate(context, text, comment, n) != theirs.translate(context, text, comment, n)
    ]
    assert not stale, f"{committed.name} is older than {source.name} ({FIX}): {stale[:5]}"
    assert len(messages(source)) > 100
