"""--redact hides every part of every customer's name, their phones, e-mails and addresses."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.report.redact import Redactor
from coach.service import Coach
from coach.text.normalise import normalise

SARA = Customer(
    name="Sara Ahmed",
    phone="0791 234 567",
    email="sara.ahmed@example.com",
    address="12 Baker Street",
)
ALI = Customer(name="علي رضايي", phone="٠٧٩٩ ٨٨٨ ٧٧٧")
SECRETS = ("sara", "ahmed", "baker", "0791234567", "sara.ahmed", "علی", "رضایی", "07998887")


def complaints() -> list[Complaint]:
    when = datetime(2026, 5, 3, 10)
    return [
        Complaint(
            created_at=when,
            customer=SARA,
            product="cake for sara",
            description=(
                "sara called twice, then AHMED's brother. Call 079-123-4567 or ٠٧٩١٢٣٤٥٦٧, "
                "write to SARA.AHMED@EXAMPLE.COM; she lives on baker street."
            ),
            resolution="Refund to Sara on Tuesday",
        ),
        Complaint(
            created_at=when.replace(day=4),
            customer=ALI,
            description="وعلى قال إن رضائي أخاه اتصل على 0799 888 777، وسارة لم تكن هنا",
            resolution="Told Sara Ahmed's cousin; called علی back",
        ),
    ]


def leaks(text: str) -> list[str]:
    plain = normalise(unicodedata.normalize("NFKC", text)).replace(" ", "").replace("-", "")
    return [secret for secret in SECRETS if normalise(secret).replace(" ", "") in plain]


def test_every_part_of_every_name_is_hidden_in_free_text() -> None:
    redactor = Redactor(complaints())
    for complaint in complaints():
        for text in (complaint.description, complaint.resolution, complaint.product):
            hidden = redactor.text(text)
            assert leaks(hidden) == [], (text, hidden)
    assert redactor.text("the cake was dry") == "the cake was dry"
    assert redactor.text("sara called") == "S. called"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "d"
    with Coach.open(data, "en") as coach:
        for complaint in complaints():
            coach.save(complaint)
    return data


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coach", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_a_redacted_json_report_holds_no_personal_data(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "may.json"
    done = run("--data-dir", folder, "report", "--month", "2026-05", "--redact", "--out", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert json.loads(text)["redacted"] is True
    assert leaks(text) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_a_redacted_pdf_report_holds_no_personal_data(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "may.pdf"
    done = run("--data-dir", folder, "report", "--month", "2026-05", "--redact", "--out", out)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "S. A." in text or "S." in text
    assert leaks(text) == []
