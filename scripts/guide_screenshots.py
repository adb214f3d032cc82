"""Writes the user guide's screenshots to docs/guide/images/<picture>-<lang>.png.

    .venv/bin/python scripts/guide_screenshots.py

The complaints log and the wizard's stages come from scripts/screenshots.py (which runs
scripts/wizard_screenshots.py); the monthly report screen and the Help menu are drawn here, each
language in its own process (the language is decided once per process), offscreen, on
``coach demo`` data. The pictures the guide shows are copied to docs/guide/images as 256-colour
PNGs, which keeps the guide small in the wheel and the bundle.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coach.text.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "images"
PICTURES = ("main", "wizard-listen", "wizard-apologise", "wizard-follow_up", "report", "help")
SIZE = (1100, 700)
DEMO = ("demo", "--complaints", "120", "--months", "3", "--lang", "mixed", "--seed", "7")


def settle(app: object, seconds: float = 0.5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def shoot(lang: str, folder: Path, out: Path) -> None:
    """The report screen and the open Help menu in ``lang`` (run in a fresh process)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from coach.ui.app import create_main_window
    from coach.ui.i18n import install_language
    from coach.ui.prompts import ScriptedPrompts

    app = QApplication([])
    install_language(app, lang)
    window = create_main_window(folder, lang, ScriptedPrompts())
    window.resize(*SIZE)
    window.show()
    settle(app)
    screen = window.show_reports()
    screen.resize(*SIZE)
    screen.make_preview()  # type: ignore[attr-defined]
    settle(app, 4)
    screen.grab().save(str(out / f"report-{lang}.png"))
    screen.close()
    menu = window.menuBar().actions()[-1].menu()
    menu.popup(window.mapToGlobal(QPoint(0, 0)))
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    bar = window.menuBar()
    help_title = bar.actionGeometry(bar.actions()[-1])
    corner = bar.mapTo(window, help_title.bottomLeft())
    if lang_is_rtl(lang):
        corner.setX(bar.mapTo(window, help_title.bottomRight()).x() - menu.width())
    painter.drawPixmap(corner, menu.grab())
    painter.end()
    picture.copy(0, 0, SIZE[0], 260).save(str(out / f"help-{lang}.png"))
    menu.close()
    window.close()


def lang_is_rtl(lang: str) -> bool:
    from coach.text.languages import is_rtl

    return is_rtl(lang)


def compress(source: Path, target: Path) -> None:
    from PIL import Image

    with Image.open(source) as image:
        image.convert("RGB").quantize(256).save(target, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.one:
        shoot(args.one, args.data_dir, args.out)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coach-guide-shots-") as temporary:
        shots = Path(temporary) / "shots"
        size = f"{SIZE[0]}x{SIZE[1]}"
        screenshots = [sys.executable, str(ROOT / "scripts" / "screenshots.py")]
        if subprocess.run([*screenshots, "--out", str(shots), "--size", size]).returncode != 0:
            return 1
        folder = Path(temporary) / "data"
        subprocess.run(
            [sys.executable, "-m", "coach", "--data-dir", str(folder), *DEMO], check=True
        )
        for lang in LANGUAGES:
            command = [sys.executable, __file__, "--one", lang, "--data-dir", str(folder)]
            if subprocess.run([*command, "--out", str(shots)]).returncode != 0:
                return 1
        for picture in PICTURES:
            for lang in LANGUAGES:
                name = f"{picture}-{lang}.png"
                compress(shots / name, OUT / name)
                print(f"{(OUT / name).stat().st_size:>8}  {(OUT / name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
