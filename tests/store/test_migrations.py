"""The schema is built by numbered migrations; applying them again changes nothing."""

from __future__ import annotations

from pathlib import Path

from coach.store import Store
from coach.store.schema import MIGRATIONS


def schema_of(store: Store) -> list[tuple[str, str]]:
    rows = store.db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    return [(name, sql or "") for name, sql in rows]


def test_migrations_build_an_empty_file(data_dir: Path) -> None:
    store = Store.open(data_dir)
    assert {"complaints", "customers", "events", "root_causes", "complaints_fts"} <= set(
        store.db.table_names()
    )
    assert store.schema_version == len(MIGRATIONS.applied(store.db)) >= 1
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
