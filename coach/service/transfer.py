"""Complaints in and out in bulk: a CSV import, an export, sample complaints (no Qt).

Each writes in one transaction, all of it or nothing; a database that cannot be read or written
comes out as StoreError in words.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import IO

from coach.complaints.domain import Complaint
from coach.errors import StoreError
from coach.store import Store
from coach.store.health import problem_of

PAGE = 2000
BATCH = 2000
EXPORT_FORMATS: tuple[str, ...] = ("csv", "json")


@contextlib.contextmanager
def reading(store: Store) -> Iterator[None]:
    """Turns a failed read into StoreError naming the database."""
    try:
        yield
    except sqlite3.Error as error:
        problem = problem_of(store.path, error)
        if type(problem) is StoreError:
            raise StoreError(f"Cannot read the database {store.path}: {error}.") from None
        raise problem from None


@contextlib.contextmanager
def writing(store: Store, nothing_done: str) -> Iterator[None]:
    """Turns a failed write into StoreError that starts with ``nothing_done``."""
    try:
        yield
    except sqlite3.Error as error:
        raise StoreError(
            f"{nothing_done}: the database {store.path} could not be written ({error})."
        ) from None
    except StoreError as error:
        raise type(error)(f"{nothing_done}. {error.message}", error.path) from None


def all_complaints(store: Store, page: int = PAGE) -> Iterator[Complaint]:
    """Every complaint, oldest first (ties by id), read a page at a time."""
    offset = 0
    while True:
        with reading(store):
            found = store.find(limit=page, offset=offset, order="oldest")
        yield from found
        if len(found) < page:
            return
        offset += page


def export(store: Store, stream: IO[str], kind: str = "csv") -> int:
    """Writes every complaint, oldest first, in the import format (``kind`` csv or json; the
    JSON holds each complaint's attachments too, in base64)."""
    if kind not in EXPORT_FORMATS:
        raise ValueError(f"{kind!r} is not an export format: {', '.join(EXPORT_FORMATS)}")
    from coach.spreadsheet.csv_file import write_csv, write_json

    if kind == "json":
        from coach.service.attachments import exported, with_files

        kept = with_files(store)
        return write_json(
            all_complaints(store),
            stream,
            lambda c: {"attachments": exported(store, c.id)} if c.id in kept else {},
        )
    return write_csv(all_complaints(store), stream)


def add_demo(
    store: Store, count: int, months: int, lang: str, *, seed: int | None, today: date
) -> int:
    """Adds ``count`` sample complaints made over the ``months`` before ``today``."""
    from coach.demo import demo_complaints

    complaints = demo_complaints(count, months, lang, seed=seed, today=today)
    added = 0
    with writing(store, "No sample complaints were added"), store.bulk_load():
        while batch := list(itertools.islice(complaints, BATCH)):
            added += len(store.save_many(batch))
    return added
