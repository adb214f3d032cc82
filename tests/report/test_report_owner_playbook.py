"""The owner's own playbook files reach the report: the CLI's PDF and JSON, and the Reports
screen's saved PDF, read back with pdftotext."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox

from coach.complaints.domain import Complaint, Customer
from coach.playbooks import load_playbook
from coach.service import Coach
from coach.store import Store
from coach.system.paths import user_playbooks_dir
from coach.ui.prompts import ScriptedPrompts
from coach.ui.report_screen import ReportScreen

# The owner's words; none of them is anywhere in the built-in Persian playbook.
WAITING = "منتظر تماس ما"
SOLVED = "مشکل کاملا برطرف شد"
CAUSE = "بسته دیر رسید"
TITLE = "کارنامه ماهانه کافه"
OWNER_FILES = {
    "vocabulary.toml": f'[status]\nawaiting_follow_up = "{WAITING}"\n\n'
    f'[follow_up_result]\nresolved = "{SOLVED}"\n',
    "root_causes.toml": f'[delivery_delay]\nlabel = "{CAUSE}"\n',
    "report.toml": f'[words]\ntitle = "{TITLE}"\n',
}
MARKS = re.compile("[\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is installed by ./dev test"
)


@pytest.fixture
def owner_folder(data_dir: Path) -> Path:
    """Two Mehr 1405 complaints (one followed up, one waiting) and the owner's Persian files."""
    store = Store.open(data_dir)
    created = datetime(2026, 10, 1, 10)
    done = Complaint(
        created_at=created,
        customer=Customer("مریم کریمی"),
        description="بسته سه روز دیر رسید",
        root_cause="delivery_delay",
        resolved_at=created + timedelta(hours=5),
        follow_up_result="resolved",
        status="closed",
    )
    waiting = Complaint(
        created_at=created + timedelta(days=4),
        customer=Customer("علی رضایی"),
        root_cause="delivery_delay",
        status="awaiting_follow_up",
    )
    store.save_many([(done, ()), (waiting, ())])
    store.close()
    folder = user_playbooks_dir(data_dir) / "fa"
    folder.mkdir(parents=True)
    for name, text in OWNER_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert load_playbook("fa", user_playbooks_dir(data_dir)).errors == []
    return data_dir


def words(text: str) -> list[str]:
    """The letter runs of ``text`` after NFKC (pdftotext gives Arabic presentation forms)."""
    text = MARKS.sub("", unicodedata.normalize("NFKC", text))
    return re.findall(r"[^\W\d_]+", text)


def page_words(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return words(out.stdout)


def in_order(needle: list[str], haystack: list[str]) -> bool:
    position = 0
    for word in needle:
        if word not in haystack[position:]:
            return False
        position = haystack.index(word, position) + 1
    return True


def assert_owner_words(pdf: Path) -> None:
    page = page_words(pdf)
    for text in (WAITING, SOLVED, CAUSE, TITLE):
        assert in_order(words(text), page), f"{text!r} not in the Persian report"


def run_coach(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "coach", "--data-dir", str(data_dir), *args]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done


@needs_poppler
def test_the_cli_report_uses_the_owners_persian_words(owner_folder: Path, tmp_path: Path) -> None:
    month = ["report", "--month", "1405-07", "--calendar", "jalali", "--lang", "fa"]
    pdf = tmp_path / "mehr.pdf"
    run_coach(owner_folder, *month, "--out", str(pdf))
    assert_owner_words(pdf)
    report = tmp_path / "mehr.json"
    run_coach(owner_folder, *month, "--format", "json", "--out", str(report))
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert [cause["label"] for cause in summary["causes"]] == [CAUSE]


@needs_poppler
def test_the_reports_screen_saves_the_owners_persian_words(
    qtbot, owner_folder: Path, tmp_path: Path
) -> None:
    context = Coach.open(owner_folder, "en")
    screen = ReportScreen(context, prompts=ScriptedPrompts(), today=lambda: date(2026, 11, 15))
    qtbot.addWidget(screen)
    language = screen.findChild(QComboBox, "report_language")
    language.setCurrentIndex(language.findData("fa"))
    month = screen.findChild(QComboBox, "report_month")
    month.setCurrentIndex(month.findText("October 2026"))
    pdf = tmp_path / "october.pdf"
    screen.choose_pdf_path = lambda suggested: str(pdf)
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
    context.close()
    assert_owner_words(pdf)
