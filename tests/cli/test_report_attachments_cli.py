"""``coach report`` with attached files: the count of each complaint's files in JSON, the photos
in the PDF with ``--attachments`` (none without it), and none at all with ``--redact``."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from tests.cli.conftest import Coach as Run

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def photo(colour: str, width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def with_files(data_dir: Path, qapp) -> Path:
    """October: Maryam's complaint with two photos and a receipt PDF, Omid's with none."""
    coach = Coach.open(data_dir, "en")
    first = coach.save(
        Complaint(
            created_at=datetime(2026, 10, 5, 10, 0),
            customer=Customer("Maryam Karimi", phone="0912 345 6789"),
            product="Kettle",
            description="The kettle arrived cracked.",
        )
    )
    coach.save(
        Complaint(
            created_at=datetime(2026, 10, 7, 10, 0),
            customer=Customer("Omid Rahimi"),
            description="Late delivery.",
        )
    )
    assert first.id is not None
    coach.evidence.add(first.id, "cracked-lid.png", photo("#c0392b", 1200, 800), size=(1200, 800))
    coach.evidence.add(first.id, "box.png", photo("#2e86c1", 600, 900), size=(600, 900))
    coach.evidence.add(first.id, "receipt Maryam Karimi.pdf", PDF)
    coach.close()
    return data_dir


def images_in(path: Path) -> list[str]:
    listed = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [line for line in listed if line.split()[2] == "image"]


def text_of(path: Path) -> str:
    """The PDF's text in single spaces, ligatures ("ﬁ") undone."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def report(coach: Run, data_dir: Path, out: Path, *flags: str) -> str:
    done = coach(
        "--data-dir", data_dir, "report", "--month", "2026-10", "--lang", "en", "--out", out, *flags
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_json_counts_each_complaints_files(coach: Run, with_files: Path, tmp_path: Path) -> None:
    out = tmp_path / "october.json"
    report(coach, with_files, out)
    lines = [
        line for cause in json.loads(out.read_text())["causes"] for line in cause["complaints"]
    ]
    assert {line["customer"]: line["attachments"] for line in lines} == {
        "Maryam Karimi": 3,
        "Omid Rahimi": 0,
    }


def test_the_pdf_has_the_photos_only_when_asked(coach: Run, with_files: Path, tmp_path: Path):
    plain, attached = tmp_path / "plain.pdf", tmp_path / "attached.pdf"
    report(coach, with_files, plain)
    report(coach, with_files, attached, "--attachments")
    assert images_in(plain) == []
    sizes = sorted((int(line.split()[3]), int(line.split()[4])) for line in images_in(attached))
    assert sizes == [(600, 900), (1200, 800)]
    text = text_of(attached)
    assert "Attached files" in text
    assert "cracked-lid.png" in text and "box.png" in text
    assert "PDF file, not shown here: receipt Maryam Karimi.pdf" in text
    assert "Files: 3" in text


def test_redacted_photos_are_counted_not_shown(coach: Run, with_files: Path, tmp_path: Path):
    out = tmp_path / "redacted.pdf"
    report(coach, with_files, out, "--attachments", "--redact")
    assert images_in(out) == []
    text = text_of(out)
    assert "Attached photos left out: 2." in text
    assert "Maryam" not in text and "Karimi" not in text
