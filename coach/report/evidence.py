"""The files attached to a report's complaints, for ``coach report --attachments`` (no Qt).

Photos come with their bytes, to be shown after the listing; PDFs only by name. With personal
data hidden, photos are left out and only counted (a photo cannot be masked) and PDF names are
masked like the rest of the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from coach.complaints.domain import Complaint
from coach.store import Store, evidence


@dataclass(frozen=True)
class EvidenceFile:
    """One attached file: its complaint's date, its name, and a photo's bytes and size."""

    complaint_id: int
    created_at: datetime
    name: str
    media_type: str
    data: bytes | None = None
    width: int | None = None
    height: int | None = None

    @property
    def is_image(self) -> bool:
        return self.data is not None


def collect(
    store: Store,
    complaints: Iterable[Complaint],
    files: dict[int, int],
    mask: Callable[[str], str] | None,
) -> tuple[tuple[EvidenceFile, ...], int]:
    """The files of ``complaints`` (those ``files`` counts), oldest complaint first, and the
    number of photos left out; with ``mask`` (redaction) no photo is read."""
    found: list[EvidenceFile] = []
    hidden = 0
    for complaint in complaints:
        if complaint.id is None or not files.get(complaint.id):
            continue
        for attachment in evidence.of_complaint(store, complaint.id):
            if attachment.is_image and mask is not None:
                hidden += 1
                continue
            data = None
            if attachment.is_image and attachment.id is not None:
                data = evidence.content(store, attachment.id)
            name = mask(attachment.name) if mask is not None else attachment.name
            found.append(
                EvidenceFile(
                    complaint.id,
                    complaint.created_at,
                    name,
                    attachment.media_type,
                    data,
                    attachment.width,
                    attachment.height,
                )
            )
    return tuple(found), hidden
