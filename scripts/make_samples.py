"""Regenerates the sample reports in docs/samples and the Reports screenshots in docs/screenshots.

Run: .venv/bin/python scripts/make_samples.py

For each language: ``coach demo`` fills a fresh data folder (400 complaints over six months,
seed 1), ``coach report`` writes last month's PDF (in the language's own calendar), and pdftoppm
renders page 1 as a PNG preview. Then the Reports screen is photographed offscreen with a
preview in English and in Persian. Dates follow today's date, as ``coach demo`` does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "docs" / "samples"
SCREENSHOTS = ROOT / "docs" / "screenshots"
BUSINESS = {"en": "Corner Café", "ar": "مقهى الزاوية", "fa": "کافه سر کوچه"}


def coach(data_dir: Path, *arguments: str) -> None:
    command = [sys.executable, "-m", "coach", "--data-dir", str(data_dir), *arguments]
    subprocess.run(command, check=True, cwd=ROOT)


def last_month(calendar: str) -> str:
    from coach.text.periods import period_containing

    return period_containing(date.today(), calendar).previous().key


def make_sample(lang: str, data_dir: Path) -> Path:
    coach(data_dir, "demo", "--complaints", "400", "--months", "6", "--lang", lang, "--seed", "1")
    pdf = SAMPLES / f"report-{lang}.pdf"
    from coach.text.languages import language

    calendar = language(lang).calendar
    options = ["--month", last_month(calendar), "--calendar", calendar, "--lang", lang]
    business = ["--business-name", BUSINESS.get(lang, BUSINESS["en"])]
    coach(data_dir, "report", *options, *business, "--out", str(pdf))
    preview = SAMPLES / f"report-{lang}-page1"
    page_one = ["-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run(["pdftoppm", *page_one, str(pdf), str(preview)], check=True)
    return pdf


def screenshot(lang: str, data_dir: Path) -> Path:
    """The Reports screen in ``lang`` with the preview of that language's report."""
    from PySide6.QtWidgets import QApplication

    from coach.service import Coach
    from coach.system.settings import Settings
    from coach.ui.i18n import install_language
    from coach.ui.report_screen import ReportScreen

    app = QApplication.instance() or QApplication([])
    settings = Settings.load(data_dir)
    settings.set("language", lang)
    settings.set("business_name", BUSINESS.get(lang, BUSINESS["en"]))
    settings.save()
    install_language(app, lang)
    context = Coach.open(data_dir, lang)
    screen = ReportScreen(context)
    screen.resize(760, 900)
    screen.show()
    screen.make_preview()
    while screen.busy:
        app.processEvents()
    app.processEvents()
    path = SCREENSHOTS / f"report-screen-{lang}.png"
    screen.grab().save(str(path))
    screen.close()
    context.close()
    return path


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils (./dev test does).", file=sys.stderr)
        return 3
    SAMPLES.mkdir(parents=True, exist_ok=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        from coach.text.languages import LANGUAGES

        for lang in LANGUAGES:
            data_dir = Path(name) / lang
            pdf = make_sample(lang, data_dir)
            print(f"{pdf.relative_to(ROOT)}: {pdf.stat().st_size // 1024} KiB")
            if lang in ("en", "fa"):
                print(screenshot(lang, data_dir).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
