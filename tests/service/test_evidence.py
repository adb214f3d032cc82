"""Evidence through the service: kept once, refused in words, in the JSON export, in the bin
with its complaint, gone when the complaint is purged."""

from __future__ import annotations

import base64
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PDF = b"%PDF-1.4\n%%EOF\n"
NOW = datetime(2026, 10, 5, 12, 0)


@pytest.fixture
def coach(data_dir: Path) -> Iterator[Coach]:
    with Coach.open(data_dir, "en") as opened:
        yield opened


def stored(coach: Coach) -> int:
    complaint = coach.save(
        Complaint(created_at=NOW, customer=Customer("Sara"), description="Crushed box.")
    )
    assert complaint.id is not None
    return complaint.id


def test_files_are_kept_once_in_order_and_other_kinds_refused(coach: Coach) -> None:
    complaint_id = stored(coach)
    photo = coach.evidence.add(complaint_id, "box.png", PNG, thumbnail=PNG, size=(1, 1), now=NOW)
    receipt = coach.evidence.add(complaint_id, "receipt.pdf", PDF, now=NOW)
    again = coach.evidence.add(complaint_id, "copy.png", PNG, now=NOW)
    assert again == photo
    kept = coach.evidence.of_complaint(complaint_id)
    assert [(a.name, a.media_type, a.size) for a in kept] == [
        ("box.png", "image/png", len(PNG)),
        ("receipt.pdf", "application/pdf", len(PDF)),
    ]
    assert kept[0].is_image and not kept[1].is_image
    assert coach.evidence.data(receipt.id or 0) == PDF
    assert (
        coach.evidence.thumbnail(photo.id or 0) == PNG
        and coach.evidence.original(photo.id or 0) is None
    )
    assert coach.evidence.counts([complaint_id, 999]) == {complaint_id: 2}
    with pytest.raises(ValueError, match="Only photos"):
        coach.evidence.add(complaint_id, "notes.txt", b"hello")
    with pytest.raises(KeyError):
        coach.evidence.add(999, "box.png", PNG)
    coach.evidence.remove(receipt.id or 0)
    assert [a.name for a in coach.evidence.of_complaint(complaint_id)] == ["box.png"]
    kinds = [e.kind for e in coach.events(complaint_id)]
    assert kinds.count("attachment_added") == 2 and kinds[-1] == "attachment_removed"


def test_the_json_export_carries_the_files(coach: Coach) -> None:
    with_files = stored(coach)
    stored(coach)
    coach.evidence.add(with_files, "receipt.pdf", PDF, now=NOW)
    out = io.StringIO()
    assert coach.export(out, "json") == 2
    rows = json.loads(out.getvalue())
    (attachment,) = rows[0]["attachments"]
    assert attachment["name"] == "receipt.pdf" and attachment["media_type"] == "application/pdf"
    assert base64.b64decode(attachment["data_base64"]) == PDF
    assert "attachments" not in rows[1]


def test_files_go_to_the_bin_with_their_complaint_and_are_purged_with_it(coach: Coach) -> None:
    complaint_id = stored(coach)
    coach.evidence.add(complaint_id, "box.png", PNG, now=NOW)
    assert coach.privacy.move_to_bin(complaint_id, NOW)
    assert coach.privacy.restore_from_bin(complaint_id)
    assert [a.name for a in coach.evidence.of_complaint(complaint_id)] == ["box.png"]
    assert coach.privacy.move_to_bin(complaint_id, NOW)
    assert coach.privacy.purge_bin(NOW + timedelta(days=60)) == 1
    assert coach.evidence.counts([complaint_id]) == {}


def test_a_backup_holds_the_files(coach: Coach) -> None:
    complaint_id = stored(coach)
    coach.evidence.add(complaint_id, "receipt.pdf", PDF, now=NOW)
    made = coach.safekeeping.backup("manual")
    copy = sqlite3.connect(made.info.path)
    try:
        rows = copy.execute("SELECT name, data FROM attachments").fetchall()
    finally:
        copy.close()
    assert rows == [("receipt.pdf", PDF)]
