"""The schema is built by numbered migrations; applying them again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import StoreError
from coach.store import Store
from coach.store.schema import LATEST_VERSION, MIGRATION_NAMES, MIGRATIONS
from coach.system.paths import database_path


def schema_of(store: Store) -> list[tuple[str, str]]:
    rows = store.db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    return [(name, sql or "") for name, sql in rows]


def test_migrations_build_an_empty_file(data_dir: Path) -> None:
    store = Store.open(data_dir)
    assert {"complaints", "customers", "events", "root_causes", "complaints_fts"} <= set(
        store.db.table_names()
    )
    assert store.schema_version == len(MIGRATIONS.applied(store.db)) == LATEST_VERSION
    assert [m.name for m in MIGRATIONS.applied(store.db)] == MIGRATION_NAMES
    assert MIGRATIONS.pending(store.db) == []
    store.close()


def test_reapplying_changes_nothing(data_dir: Path) -> None:
    store = Store.open(data_dir)
    before = schema_of(store)
    causes = store.root_causes()
    MIGRATIONS.apply(store.db)
    store.close()
    again = Store.open(data_dir)
    assert schema_of(again) == before
    assert again.root_causes() == causes
    again.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    notes = database_path(data_dir)
    notes.write_bytes(b"these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="is not a Complaint Coach database"):
        Store.open(data_dir)
    assert notes.read_bytes() == b"these are my notes, not a database\n" * 200
    assert [p.name for p in data_dir.iterdir()] == [notes.name]


def test_the_customer_address_column_is_added_by_its_own_migration(data_dir: Path) -> None:
    store = Store.open(data_dir)
    columns = [row[1] for row in store.db.execute("PRAGMA table_info(customers)")]
    store.close()
    assert "address" in columns
    assert MIGRATION_NAMES.index("m003_customer_address") == 2
