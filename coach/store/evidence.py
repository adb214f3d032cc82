"""The files kept with complaints, as blobs in the log itself (table ``attachments``).

In the same SQLite file they are in every backup and restore, move to the bin and back with their
complaint, cannot drift apart from it, and are as private as the log (0600). Listing reads only
their details, never their bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coach.complaints.attachments import Attachment
from coach.store import codec
from coach.store.database import Store

_DETAILS = (
    "id, complaint_id, name, media_type, size, sha256, added_at, width, height, "
    "original IS NOT NULL"
)


def _attachment(row: tuple[Any, ...]) -> Attachment:
    ident, complaint_id, name, media_type, size, sha256, added_at, width, height, original = row
    return Attachment(
        complaint_id=int(complaint_id),
        name=str(name),
        media_type=str(media_type),
        size=int(size),
        sha256=str(sha256),
        added_at=codec.parse_datetime(added_at),
        width=width,
        height=height,
        has_original=bool(original),
        id=int(ident),
    )


def add(
    store: Store,
    attachment: Attachment,
    data: bytes,
    thumbnail: bytes | None,
    original: bytes | None,
) -> Attachment:
    """Stores ``attachment`` with its bytes; returns it with its id. KeyError if the complaint
    is not stored."""
    with store.transaction():
        if not store.db.execute(
            "SELECT 1 FROM complaints WHERE id = ?", [attachment.complaint_id]
        ).fetchone():
            raise KeyError(attachment.complaint_id)
        cursor = store.db.execute(
            "INSERT INTO attachments (complaint_id, added_at, name, media_type, sha256, size, "
            "width, height, data, thumbnail, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                attachment.complaint_id,
                codec.format_datetime(attachment.added_at),
                attachment.name,
                attachment.media_type,
                attachment.sha256,
                attachment.size,
                attachment.width,
                attachment.height,
                data,
                thumbnail,
                original,
            ],
        )
        ident = cursor.lastrowid
    assert ident is not None
    return _found(store, int(ident))


def _found(store: Store, attachment_id: int) -> Attachment:
    rows = store.read(f"SELECT {_DETAILS} FROM attachments WHERE id = ?", [attachment_id])
    if not rows:
        raise KeyError(attachment_id)
    return _attachment(rows[0])


def of_complaint(store: Store, complaint_id: int) -> list[Attachment]:
    """The files kept with ``complaint_id``, in the order they were added."""
    rows = store.read(
        f"SELECT {_DETAILS} FROM attachments WHERE complaint_id = ? ORDER BY id", [complaint_id]
    )
    return [_attachment(row) for row in rows]


def content(store: Store, attachment_id: int, part: str = "data") -> bytes | None:
    """The bytes of one file: ``part`` "data" (as kept), "thumbnail" or "original" (None when
    not kept). KeyError if there is no such file."""
    if part not in ("data", "thumbnail", "original"):
        raise ValueError(part)
    rows = store.read(f"SELECT {part} FROM attachments WHERE id = ?", [attachment_id])
    if not rows:
        raise KeyError(attachment_id)
    value = rows[0][0]
    return None if value is None else bytes(value)


def remove(store: Store, attachment_id: int) -> Attachment:
    """Removes one file; returns what it was. KeyError if there is no such file."""
    with store.transaction():
        found = _found(store, attachment_id)
        store.db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
    return found


def counts(store: Store, complaint_ids: Iterable[int]) -> dict[int, int]:
    """How many files each of ``complaint_ids`` keeps (those with none are left out)."""
    wanted = list(complaint_ids)
    found: dict[int, int] = {}
    for first in range(0, len(wanted), 500):
        chunk = wanted[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.read(
            "SELECT complaint_id, count(*) FROM attachments "
            f"WHERE complaint_id IN ({marks}) GROUP BY complaint_id",
            chunk,
        )
        found.update((int(complaint_id), int(count)) for complaint_id, count in rows)
    return found


def complaints_with_files(store: Store) -> set[int]:
    """The complaints that keep at least one file."""
    return {int(row[0]) for row in store.read("SELECT DISTINCT complaint_id FROM attachments")}
