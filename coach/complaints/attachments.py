"""Evidence kept with a complaint: photos, receipts, screenshots and PDFs (plain values, no Qt).

Photos are kept scaled to MAX_SIDE pixels on their long side (the original too only when the
owner asks); a small thumbnail of THUMBNAIL_SIDE is kept beside each image for the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_SIDE = 2000
THUMBNAIL_SIDE = 160
MAX_BYTES = 30 * 1024 * 1024
IMAGE_TYPES: dict[str, str] = {"image/jpeg": ".jpg", "image/png": ".png"}
DOCUMENT_TYPES: dict[str, str] = {"application/pdf": ".pdf"}
MEDIA_TYPES: dict[str, str] = {**IMAGE_TYPES, **DOCUMENT_TYPES}


@dataclass(frozen=True)
class Attachment:
    """One file kept with complaint ``complaint_id`` (its bytes are read on demand)."""

    complaint_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    width: int | None = None
    height: int | None = None
    has_original: bool = False
    id: int | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


def media_type_of(data: bytes) -> str | None:
    """The kind of file ``data`` is, by its first bytes; None when it is not a kind kept as
    evidence (other images are turned into JPEG or PNG before they are kept)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if b"%PDF-" in data[:1024]:
        return "application/pdf"
    return None
