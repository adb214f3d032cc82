"""Databases of every released version open with every value intact; a newer one is left alone.

The fixtures in ``fixtures/`` are databases exactly as released versions wrote them (see its
README); each test upgrades a copy.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from coach.complaints.domain import Complaint, Customer
from coach.errors import StoreError
from coach.store import ComplaintQuery, Store
from coach.store.schema import LATEST_VERSION, MIGRATION_NAMES, MIGRATIONS
from coach.system.paths import database_path
from coach.text.normalise import normalise

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = {1: FIXTURES / "schema-v1.db", 2: FIXTURES / "schema-v2.db"}
TABLES = ("customers", "complaints", "events", "root_causes")

Rows = dict[str, list[dict[str, Any]]]


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def table_rows(path: Path) -> Rows:
    """Every row of every original table, by plain sqlite3, in rowid order."""
    connection = read_only(path)
    connection.row_factory = sqlite3.Row
    try:
        return {
            table: [
                dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY rowid")
            ]
            for table in TABLES
        }
    finally:
        connection.close()


def schema(connection: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """Every schema object's SQL, whitespace ignored."""
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(kind, name): " ".join((sql or "").split()) for kind, name, sql in rows}


def file_schema(path: Path) -> dict[tuple[str, str], str]:
    connection = read_only(path)
    try:
        return schema(connection)
    finally:
        connection.close()


def copy_of(version: int, tmp_path: Path) -> Path:
    folder = tmp_path / f"data-v{version}"
    folder.mkdir()
    shutil.copyfile(RELEASED[version], database_path(folder))
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


def as_stored(value: Any) -> Any:
    """A Complaint attribute the way the released versions wrote it ("" and None alike)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value if value != "" else None


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_a_released_database_upgrades_with_every_value_intact(version: int, tmp_path: Path) -> None:
    folder = copy_of(version, tmp_path)
    before = table_rows(database_path(folder))
    assert all(before[table] for table in TABLES), "the fixture has rows in every table"

    store = Store.open(folder)
    try:
        assert store.schema_version == LATEST_VERSION
        applied = [m.name for m in MIGRATIONS.applied(store.db)]
        assert applied == MIGRATION_NAMES
        checked = 0
        for row in before["complaints"]:
            complaint = store.get(row["id"])
            for column, value in row.items():
                if column in ("search_text", "customer_id"):
                    continue
                assert as_stored(getattr(complaint, column)) == (value if value != "" else None), (
                    f"complaint {row['id']}: {column}"
                )
            assert complaint.customer.id == row["customer_id"]
            checked += 1
        assert checked == len(before["complaints"])
        assert Decimal("12.75") in {c.cost for c in store.find()}, "the fixture's cost survives"
        assert store.root_causes()["broken_fridge"] == "Broken fridge"
        customers = {c.id: c for c in store.customers()}
        for row in before["customers"]:
            customer = customers[row["id"]]
            assert (customer.name, customer.phone, customer.email) == (
                row["name"] or "",
                row["phone"] or "",
                row["email"] or "",
            )
            assert customer.signs == json.loads(row["signs"] or "[]")
        notes = [e for c in before["complaints"] for e in store.events(c["id"]) if e.kind == "note"]
        assert notes, "the fixture's note event is read back"
    finally:
        store.close()

    after = table_rows(database_path(folder))
    for table in TABLES:
        assert len(after[table]) == len(before[table]), table
        for old, new in zip(before[table], after[table], strict=True):
            assert {k: new[k] for k in old} == old, f"{table} row {old}"
    assert all(row["address"] is None for row in after["customers"]), "the new column is empty"
    connection = read_only(database_path(folder))
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(customers)")]
    finally:
        connection.close()
    assert "address" in columns


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_search_finds_a_released_complaint_by_a_word_of_its_description(
    version: int, tmp_path: Path
) -> None:
    folder = copy_of(version, tmp_path)
    rows = table_rows(database_path(folder))["complaints"]
    row = next(r for r in rows if len(max(r["description"].split(), key=len)) >= 5)
    word = max(row["description"].split(), key=len).strip(".,!?؟،")
    needle = normalise(word).casefold()
    holding = {r["id"] for r in rows if needle in (r["search_text"] or "").casefold()}
    assert row["id"] in holding and len(holding) < len(rows)
    store = Store.open(folder)
    try:
        found = store.find(ComplaintQuery(text=word))
    finally:
        store.close()
    assert {c.id for c in found} == holding, word


def test_upgraded_customers_take_an_address(tmp_path: Path) -> None:
    folder = copy_of(1, tmp_path)
    store = Store.open(folder)
    try:
        complaint = store.find(limit=1)[0]
        customer = complaint.customer
        assert customer.id is not None
        moved = dataclasses.replace(customer, address="12 Mill Lane")
        saved = store.save(complaint.replace(customer=moved))
        assert saved.id is not None
        assert store.get_customer(customer.id).address == "12 Mill Lane"
        assert store.get(saved.id).customer == moved
        same_phone = Customer(phone=customer.phone, address="")
        again = store.save(Complaint(created_at=datetime(2026, 12, 1, 9), customer=same_phone))
        assert again.customer.id == customer.id
        assert again.customer.address == "12 Mill Lane", "an empty address keeps the stored one"
    finally:
        store.close()


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_the_frozen_migrations_rebuild_each_released_schema_exactly(
    version: int, tmp_path: Path
) -> None:
    """Migrations 1..v on an empty file give byte for byte the schema version v shipped with."""
    db = Database(tmp_path / "rebuilt.db")
    if version < LATEST_VERSION:
        MIGRATIONS.apply(db, stop_before=MIGRATION_NAMES[version])
    else:
        MIGRATIONS.apply(db)
    rebuilt = {
        (kind, name): sql
        for kind, name, sql in db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    }
    connection = read_only(RELEASED[version])
    try:
        released = {
            (kind, name): sql
            for kind, name, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master"
            ).fetchall()
        }
        causes = connection.execute(
            "SELECT key, label, builtin FROM root_causes WHERE builtin = 1 ORDER BY rowid"
        ).fetchall()
    finally:
        connection.close()
    assert rebuilt == released
    assert db.execute("SELECT key, label, builtin FROM root_causes ORDER BY rowid").fetchall() == (
        causes
    )
    db.close()


def test_a_new_database_has_the_schema_of_an_upgraded_released_one(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    Store.open(fresh).close()
    upgraded = copy_of(2, tmp_path)
    Store.open(upgraded).close()
    assert file_schema(database_path(fresh)) == file_schema(database_path(upgraded))


# --- a database from a newer version ----------------------------------------------------------


def set_user_version(path: Path, version: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA user_version = {version}")
    finally:
        connection.close()


def newer_database(tmp_path: Path, *, wal: bool) -> Path:
    """A log as a newer version leaves it: user_version 99, in WAL mode if ``wal``."""
    folder = copy_of(2, tmp_path)
    if wal:
        Store.open(folder).close()
        shutil.rmtree(folder / "backups")  # the backup made before the upgrade
    set_user_version(database_path(folder), 99)
    assert {p.name for p in folder.iterdir()} == {"complaints.db"}
    return folder


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path, wal: bool) -> None:
    folder = newer_database(tmp_path, wal=wal)
    path = database_path(folder)
    digest, files = sha256(path), listing(folder)
    with pytest.raises(StoreError) as refused:
        Store.open(folder)
    message = refused.value.message
    assert "newer version of Complaint Coach" in message
    assert "database version 99" in message
    assert f"this version reads up to {LATEST_VERSION}" in message
    assert "Nothing was changed" in message
    assert sha256(path) == digest
    assert listing(folder) == files, "no -wal or -shm file made"
    connection = read_only(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 99
    finally:
        connection.close()


def test_a_database_with_a_migration_this_version_does_not_know_is_refused(
    tmp_path: Path,
) -> None:
    folder = copy_of(2, tmp_path)
    path = database_path(folder)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('complaint_coach', 'm099_from_the_future', '2030-01-01')"
        )
    finally:
        connection.close()
    digest, files = sha256(path), listing(folder)
    with pytest.raises(StoreError, match="newer version"):
        Store.open(folder)
    assert sha256(path) == digest and listing(folder) == files


def test_the_cli_refuses_a_newer_database_in_words(tmp_path: Path) -> None:
    folder = newer_database(tmp_path, wal=True)
    path = database_path(folder)
    digest, files = sha256(path), listing(folder)
    done = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(folder), "export", "out.csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 10
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("coach: ")
    assert "database version 99" in done.stderr
    assert f"this version reads up to {LATEST_VERSION}" in done.stderr
    assert not (tmp_path / "out.csv").exists()
    assert sha256(path) == digest and listing(folder) == files


# --- a full disk ------------------------------------------------------------------------------


def test_an_upgrade_on_a_full_disk_says_so_and_keeps_the_log(small_disk: Path) -> None:
    path = database_path(small_disk)
    shutil.copyfile(RELEASED[1], path)
    digest = sha256(path)
    with pytest.raises(OSError), (small_disk / "filler").open("wb") as filler:
        while True:
            filler.write(b"x" * 4096)
            filler.flush()
    with pytest.raises(StoreError) as refused:
        Store.open(small_disk)
    assert refused.value.message.startswith("The disk is full: ")
    assert "damaged" not in refused.value.message
    assert sha256(path) == digest
    (small_disk / "filler").unlink()
    store = Store.open(small_disk)  # with space again, the same file upgrades
    try:
        assert store.schema_version == LATEST_VERSION
    finally:
        store.close()


CURRENT = FIXTURES / "schema-v6.db"


def test_the_current_release_opens_as_it_is_with_every_value_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "data-v6"
    folder.mkdir()
    shutil.copyfile(CURRENT, database_path(folder))
    tables = (*TABLES, "attachments")
    connection = read_only(database_path(folder))
    before = {t: connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    connection.close()
    store = Store.open(folder)
    try:
        assert store.schema_version == LATEST_VERSION == 6
        addresses = {c.customer.address for c in store.find()}
        assert "12 Baker Street, Flat 3" in addresses
    finally:
        store.close()
    connection = read_only(database_path(folder))
    after = {t: connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    connection.close()
    assert after == before and before["attachments"]
