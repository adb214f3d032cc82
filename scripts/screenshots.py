"""Writes screenshots of the main window and each wizard stage in each language to docs/screenshots.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--size 1200x760]

Fills a temporary data folder with ``coach demo`` data and draws the main window in each
language in its own process (the language is decided once per process), offscreen, to
main-<lang>.png; then runs scripts/wizard_screenshots.py for the wizard's stages.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from coach.text.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
WIZARD_SCRIPT = ROOT / "scripts" / "wizard_screenshots.py"
DEMO_ARGS = ("demo", "--complaints", "200", "--months", "4", "--lang", "mixed", "--seed", "7")


def fill(folder: Path) -> None:
    """Demo data through the CLI; a few hand-made complaints if the demo command is missing."""
    result = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(folder), *DEMO_ARGS],
        capture_output=True,
        text=True,
    )
    if result.returncode == 0:
        return
    print(f"coach demo failed ({result.stderr.strip()}); adding a few complaints instead")
    from coach.complaints.domain import Complaint, Customer
    from coach.store import Store

    now = datetime.now().replace(microsecond=0)
    rows = [
        ("Sara Jones", "Blue kettle", "product_defect", "in_progress", "resolve"),
        ("علی رضایی", "گوشی آیفون ۱۲", "delivery_delay", "awaiting_follow_up", "follow_up"),
        ("فاطمة الزهراء", "غسالة سامسونج", "billing_error", "closed", "follow_up"),
        ("John Smith", "Espresso machine repair", "slow_response", "draft", "listen"),
    ]
    store = Store.open(folder)
    store.save_many(
        (
            Complaint(
                created_at=now - timedelta(days=i * 3),
                customer=Customer(name=name),
                product=product,
                root_cause=cause,
                status=status,
                stage=stage,
                promised_by=(now + timedelta(days=2 - i)).date(),
            ),
            [],
        )
        for i, (name, product, cause, status, stage) in enumerate(rows * 5)
    )
    store.close()


def shoot(lang: str, folder: Path, out: Path, size: tuple[int, int]) -> Path:
    """Draws the main window in ``lang`` (run in a fresh process: the language is set once)."""
    from PySide6.QtWidgets import QApplication

    from coach.system.settings import Settings
    from coach.ui.app import create_main_window
    from coach.ui.i18n import install_language
    from coach.ui.prompts import ScriptedPrompts

    settings = Settings.load(folder)
    settings.set("language", lang)
    for key in ("calendar", "digits"):
        settings.reset(key)
    settings.save()
    app = QApplication([])
    install_language(app, lang)
    window = create_main_window(folder, lang, ScriptedPrompts())
    path = grab(app, window, size, out / f"main-{lang}.png")
    window.close()
    return path


def grab(app, widget, size: tuple[int, int], path: Path) -> Path:
    widget.resize(*size)
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1200x760", help="width x height, default 1200x760")
    parser.add_argument("--one", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(shoot(args.one, args.data_dir, args.out, (width, height)))
        return 0
    with tempfile.TemporaryDirectory(prefix="coach-shots-") as temporary:
        folder = Path(temporary) / "data"
        fill(folder)
        for lang in LANGUAGES:
            command = [sys.executable, __file__, "--one", lang, "--data-dir", str(folder)]
            command += ["--out", str(args.out), "--size", args.size]
            if subprocess.run(command).returncode != 0:
                return 1
    if WIZARD_SCRIPT.exists():
        return subprocess.run(
            [sys.executable, str(WIZARD_SCRIPT), "--out", str(args.out)]
        ).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
