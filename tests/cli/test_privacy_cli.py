"""The bin and anonymising a customer, from the command line and the service, on real files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from coach.complaints.domain import Complaint, Customer, Event
from coach.service import Coach

Run = Callable[..., subprocess.CompletedProcess[str]]
SARA = Customer(
    name="Sara Ahmed", phone="0791 234 567", email="sara@example.com", address="12 Baker Street"
)


def fill(folder: Path) -> tuple[int, int, int]:
    with Coach.open(folder, "en") as coach:
        first = coach.save(
            Complaint(
                created_at=datetime(2026, 5, 3, 10),
                customer=SARA,
                description="Sara says the cake for Ahmed was dry; call 0791-234-567",
                root_cause="product_defect",
                cost=None,
                csat=2,
            ),
            [Event("note", datetime(2026, 5, 3, 11), "listen", "Sara rang back from 0791234567")],
        )
        second = coach.save(
            Complaint(
                created_at=datetime(2026, 5, 4, 10),
                customer=Customer(name="Omar"),
                description="Omar is Sara's neighbour; the delivery was late",
                root_cause="delivery_delay",
            )
        )
        third = coach.save(Complaint(created_at=datetime(2026, 5, 5), description="cold tea"))
        assert first.id and second.id and third.id and first.customer.id
        return first.customer.id, first.id, third.id


def exported(coach: Run, folder: Path, tmp_path: Path) -> list[dict[str, object]]:
    out = tmp_path / "e.json"
    assert coach("--data-dir", folder, "export", out).returncode == 0
    return list(json.loads(out.read_text(encoding="utf-8")))


def test_the_bin_hides_restores_and_purges(coach: Run, tmp_path: Path) -> None:
    folder = tmp_path / "d"
    _customer, first, third = fill(folder)
    done = coach("--data-dir", folder, "delete", str(third))
    assert done.returncode == 0 and f"Moved complaint {third} to the bin" in done.stdout
    assert len(exported(coach, folder, tmp_path)) == 2
    report = tmp_path / "may.json"
    assert (
        coach("--data-dir", folder, "report", "--month", "2026-05", "--out", report).returncode == 0
    )
    assert json.loads(report.read_text(encoding="utf-8"))["total"] == 2
    listed = coach("--data-dir", folder, "bin")
    assert "cold tea" in listed.stdout
    assert coach("--data-dir", folder, "bin", "--restore", str(third)).returncode == 0
    assert len(exported(coach, folder, tmp_path)) == 3
    assert coach("--data-dir", folder, "delete", "9999").returncode == 1

    with Coach.open(folder, "en") as opened:
        assert opened.privacy.move_to_bin(first, now=datetime.now() - timedelta(days=31))
        assert opened.privacy.move_to_bin(third)
        assert opened.privacy.purge_bin() == 1
        assert [c.id for c, _when in opened.privacy.binned()] == [third]
        assert opened.events(first) == [], "its timeline went with it"


def words_in_file(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.read_bytes().lower()


def test_anonymising_removes_the_customer_everywhere_backups_included(
    coach: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    customer_id, first, _third = fill(folder)
    assert coach("--data-dir", folder, "backup").returncode == 0
    before = exported(coach, folder, tmp_path)

    done = coach("--data-dir", folder, "anonymise", "--phone", "0791234567")
    assert done.returncode == 0, done.stderr
    assert f"Anonymised customer {customer_id}: 2 complaint(s) rewritten" in done.stdout
    assert "1 backup(s) rewritten" in done.stdout

    after = exported(coach, folder, tmp_path)
    text = json.dumps(after, ensure_ascii=False).lower()
    for secret in ("sara", "ahmed", "0791", "sara@example.com", "baker"):
        assert secret not in text, secret
    assert "omar" in text and "neighbour" in text
    assert [(r["root_cause"], r["csat"]) for r in after] == [
        (r["root_cause"], r["csat"]) for r in before
    ], "the statistics stay"
    with Coach.open(folder, "en") as opened:
        assert "sara" not in opened.events(first)[-1].detail.lower()
        assert opened.count(opened_query("sara")) == 0
    for database in [folder / "complaints.db", *(folder / "backups").iterdir()]:
        raw = words_in_file(database)
        for secret in (b"sara", b"ahmed", b"baker", b"0791"):
            assert secret not in raw, (database.name, secret)
    assert coach("--data-dir", folder, "check").returncode == 0


def opened_query(text: str):
    from coach.service import ComplaintQuery

    return ComplaintQuery(text=text)
