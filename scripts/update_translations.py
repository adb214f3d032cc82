"""Refreshes assets/translations/coach_<lang>.ts from the code with pyside6-lupdate.

One catalogue per language of coach.text.languages but the source language (English); a new
language's catalogue is made on the first run. Safe to re-run: existing translations are kept,
new strings arrive marked unfinished, and strings no longer in the code are kept as "vanished"
(not compiled; lupdate reuses them for similar text) unless --prune drops them. Then translate the unfinished ones (pyside6-linguist or an editor) and
run scripts/build_translations.py (./dev does) to compile the .qm files.

    .venv/bin/python scripts/update_translations.py          # refresh and count
    .venv/bin/python scripts/update_translations.py --prune  # refresh, dropping vanished strings
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if any string in the code
                                                             # is untranslated (files untouched)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from coach.text.languages import SOURCE_LANGUAGE, TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = TRANSLATED_LANGUAGES


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def sources() -> list[Path]:
    """Every Python file of the app, in a stable order."""
    return sorted(
        path for path in (ROOT / "coach").rglob("*.py") if "__pycache__" not in path.parts
    )


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"coach_{lang}.ts"


def count(ts: Path) -> tuple[int, int]:
    """(strings, unfinished) in a .ts file; plural forms count once, vanished/obsolete not at all."""
    total = unfinished = 0
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        total += 1
        texts = [translation.text] if translation is not None else []
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text for form in translation.iter("numerusform")]
        if kind == "unfinished" or not all(text and text.strip() for text in texts):
            unfinished += 1
    return total, unfinished


def update(lang: str, target: Path, prune: bool = False) -> None:
    """Runs lupdate over the code into ``target`` (a .ts file for ``lang``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"),
        *(str(path.relative_to(ROOT)) for path in sources()),
        "-locations",
        "none",
        *(["-no-obsolete"] if prune else []),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        lang,
        "-ts",
        str(target),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed for {lang}:\n{result.stdout}{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a string is untranslated"
    )
    parser.add_argument("--prune", action="store_true", help="drop strings no longer in the code")
    parser.add_argument(
        "--lang", choices=LANGUAGES, action="append", help="only this language (repeatable)"
    )
    args = parser.parse_args(argv)
    missing = 0
    with tempfile.TemporaryDirectory() as scratch:
        for lang in args.lang or LANGUAGES:
            target = ts_file(lang)
            if args.check:
                target = Path(scratch) / target.name
                if ts_file(lang).exists():
                    shutil.copy(ts_file(lang), target)
            update(lang, target, args.prune)
            total, unfinished = count(target)
            missing += unfinished
            print(f"{ts_file(lang).relative_to(ROOT)}: {total} strings, {unfinished} unfinished")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
