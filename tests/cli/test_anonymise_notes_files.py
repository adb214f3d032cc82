"""`coach anonymise` also forgets the owner's notes on the customer and the files kept with
the customer's own complaints, in the log and in its backups."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach

Run = Callable[..., subprocess.CompletedProcess[str]]
RECEIPT = b"%PDF-1.4\n% receipt for Sara Ahmed, 0791 234 567\n%%EOF\n"
OTHER = b"%PDF-1.4\n% Omar's delivery note\n%%EOF\n"


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_anonymising_clears_the_notes_and_deletes_the_customers_files(
    coach: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    with Coach.open(folder, "en") as opened:
        sara = opened.save(
            Complaint(
                created_at=datetime(2026, 5, 3, 10),
                customer=Customer(name="Sara Ahmed", phone="0791 234 567"),
                description="The cake was dry",
                root_cause="product_defect",
            )
        )
        omar = opened.save(
            Complaint(
                created_at=datetime(2026, 5, 4, 10),
                customer=Customer(name="Omar"),
                description="Delivery late",
                root_cause="delivery_delay",
            )
        )
        assert sara.id and omar.id and sara.customer.id and omar.customer.id
        opened.people.set_notes(sara.customer.id, "Sara Ahmed prefers calls after 5, Baker St")
        opened.evidence.add(sara.id, "sara-receipt.pdf", RECEIPT)
        opened.evidence.add(omar.id, "omar-note.pdf", OTHER)
    assert coach("--data-dir", folder, "backup").returncode == 0

    done = coach("--data-dir", folder, "anonymise", "--phone", "0791234567")

    assert done.returncode == 0, done.stderr
    assert "1 file(s) kept with their complaints deleted" in done.stdout
    with Coach.open(folder, "en") as opened:
        assert opened.people.story(sara.customer.id).notes == ""
        assert opened.evidence.of_complaint(sara.id) == []
        assert [a.name for a in opened.evidence.of_complaint(omar.id)] == ["omar-note.pdf"]
        assert opened.search()[0].root_cause in ("product_defect", "delivery_delay")
    for database in [folder / "complaints.db", *(folder / "backups").glob("*.db")]:
        assert rows(database, "SELECT notes FROM customers WHERE notes LIKE '%Sara%'") == []
        assert rows(database, "SELECT count(*) FROM attachments") == [(1,)], database.name
        connection = sqlite3.connect(database)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
        raw = database.read_bytes().lower()
        for secret in (b"prefers calls", b"receipt for sara", b"sara-receipt"):
            assert secret not in raw, (database.name, secret)
    assert coach("--data-dir", folder, "check").returncode == 0
