"""Evidence kept with complaints: add, list, read and remove photos, receipts, screenshots and
PDFs (no Qt; the screens scale photos before handing them over). Reached as ``Coach.evidence``."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from coach.complaints.attachments import MAX_BYTES, Attachment, media_type_of
from coach.complaints.domain import Event
from coach.store import Store, evidence


class Evidence:
    """The files kept with the complaints of an open store."""

    def __init__(self, store: Store):
        self._store = store

    def add(
        self,
        complaint_id: int,
        name: str,
        data: bytes,
        *,
        thumbnail: bytes | None = None,
        size: tuple[int, int] | None = None,
        original: bytes | None = None,
        now: datetime | None = None,
    ) -> Attachment:
        """Keeps ``data`` (a JPEG or PNG image, ``size`` pixels wide and high, or a PDF) with the
        complaint, with its ``thumbnail`` and, when the owner asked, its ``original``; the same
        file added twice is kept once. ValueError (in words) for another kind of file or one
        over MAX_BYTES; KeyError if the complaint is not stored."""
        media_type = media_type_of(data)
        if media_type is None:
            raise ValueError("Only photos (JPEG or PNG) and PDF files can be kept.")
        if len(data) > MAX_BYTES or (original is not None and len(original) > MAX_BYTES):
            raise ValueError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
        digest = hashlib.sha256(data).hexdigest()
        for kept in evidence.of_complaint(self._store, complaint_id):
            if kept.sha256 == digest:
                return kept
        at = (now or datetime.now()).replace(microsecond=0)
        width, height = size if size is not None else (None, None)
        attachment = Attachment(
            complaint_id, name.strip() or "file", media_type, len(data), digest, at, width, height
        )
        saved = evidence.add(self._store, attachment, data, thumbnail, original)
        stage = self._store.get(complaint_id).stage
        self._store.add_event(complaint_id, Event("attachment_added", at, stage, saved.name))
        return saved

    def of_complaint(self, complaint_id: int) -> list[Attachment]:
        """The files kept with the complaint, in the order they were added."""
        return evidence.of_complaint(self._store, complaint_id)

    def data(self, attachment_id: int) -> bytes:
        """The file as kept (a photo at its scaled size); KeyError if there is none."""
        found = evidence.content(self._store, attachment_id)
        assert found is not None
        return found

    def thumbnail(self, attachment_id: int) -> bytes | None:
        return evidence.content(self._store, attachment_id, "thumbnail")

    def original(self, attachment_id: int) -> bytes | None:
        """The photo as it was added, when the owner asked to keep it (else None)."""
        return evidence.content(self._store, attachment_id, "original")

    def remove(self, attachment_id: int, now: datetime | None = None) -> Attachment:
        """Removes one file from its complaint (the timeline says so); KeyError if there is none."""
        removed = evidence.remove(self._store, attachment_id)
        at = (now or datetime.now()).replace(microsecond=0)
        stage = self._store.get(removed.complaint_id).stage
        self._store.add_event(
            removed.complaint_id, Event("attachment_removed", at, stage, removed.name)
        )
        return removed

    def counts(self, complaint_ids: Iterable[int]) -> dict[int, int]:
        """How many files each complaint keeps (those with none are left out)."""
        return evidence.counts(self._store, complaint_ids)


def with_files(store: Store) -> set[int]:
    """The complaints that keep at least one file."""
    return evidence.complaints_with_files(store)


def exported(store: Store, complaint_id: int | None) -> list[dict[str, Any]]:
    """The files of a complaint as the JSON export writes them (the bytes in base64)."""
    files: list[dict[str, Any]] = []
    if complaint_id is None:
        return files
    for attachment in evidence.of_complaint(store, complaint_id):
        assert attachment.id is not None
        data = evidence.content(store, attachment.id) or b""
        files.append(
            {
                "name": attachment.name,
                "media_type": attachment.media_type,
                "added_at": attachment.added_at.isoformat(timespec="seconds"),
                "sha256": attachment.sha256,
                "size": attachment.size,
                "data_base64": base64.b64encode(data).decode("ascii"),
            }
        )
    return files
