"""A very large month lists each complaint on one line and says so; the full texts stay in the
CSV and JSON. Smaller months keep the full table."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.complaints.vocabulary import ROOT_CAUSES
from coach.playbooks import load_playbook
from coach.report.export import write_json
from coach.report.render import sections, write_pdf
from coach.report.summary import ReportSummary, build_summary
from coach.store import Store
from coach.text.periods import month_period

OCTOBER = month_period(2026, 10)
LONG_WORDS = (
    "The parcel came nine days late, the box was torn open and the jacket inside was the "
    "wrong colour and size, and nobody answered the phone when I called three times."
)
pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(
        not shutil.which("pdftotext"), reason="poppler-utils is installed by ./dev test"
    ),
]


def month(data_dir: Path, count: int, lang: str = "en") -> ReportSummary:
    complaints = [
        Complaint(
            created_at=datetime(2026, 10, 1 + i % 28, 10) + timedelta(minutes=i),
            customer=Customer(f"Customer {i}"),
            product="Blue jacket",
            description=f"{LONG_WORDS} Order {i}.",
            resolution="Sent the right size.",
            root_cause=ROOT_CAUSES[i % 3],
            status="closed",
            follow_up_result="resolved",
        )
        for i in range(count)
    ]
    store = Store.open(data_dir)
    try:
        store.save_many([(c, ()) for c in complaints])
        return build_summary(
            store, OCTOBER, lang=lang, playbook=load_playbook(lang), now=datetime(2026, 11, 2)
        )
    finally:
        store.close()


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return unicodedata.normalize("NFKC", out.stdout)


def test_a_very_large_month_lists_one_line_per_complaint_and_says_so(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sections, "COMPACT_ABOVE", 40)
    summary = month(data_dir, 60)
    compact, full = tmp_path / "compact.pdf", tmp_path / "full.pdf"
    compact_pages = write_pdf(summary, compact)
    monkeypatch.setattr(sections, "COMPACT_ABOVE", 1000)
    full_pages = write_pdf(summary, full)

    text = text_of(compact)
    flat = " ".join(text.split())
    assert "This month has 60 complaints, so each one is listed on a single line" in flat
    assert "full texts are in this report's CSV and JSON files" in flat
    rows = [line for line in text.splitlines() if "Customer " in line and "2026-10-" in line]
    assert len(rows) == 60, "each complaint on one line of its own"
    assert all(
        "The parcel came nine days late" in row and "resolved" in row.lower() for row in rows
    )
    assert "nobody answered the phone" not in text, "the words are cut to one line"
    assert compact_pages < full_pages
    assert "This month has" not in text_of(full)
    assert "nobody answered the phone when I called three times. Order 7." in " ".join(
        text_of(full).split()
    )
    json_file = tmp_path / "report.json"
    write_json(summary, json_file)
    assert "nobody answered the phone when I called three times. Order 59." in json_file.read_text(
        "utf-8"
    )


def test_the_note_speaks_the_reports_language(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sections, "COMPACT_ABOVE", 5)
    pdf = tmp_path / "fa.pdf"
    write_pdf(month(data_dir, 8, "fa"), pdf, playbook=load_playbook("fa"))
    words = " ".join(text_of(pdf).split())
    assert "CSV" in words and "JSON" in words
    assert "شکایت" in words and "مشتری" in words
