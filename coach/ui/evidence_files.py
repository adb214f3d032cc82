"""Files made ready to keep as evidence: photos turned upright and scaled to MAX_SIDE on their
long side with QImage (the original kept only when asked), a thumbnail, PDFs as they are; and
the full-size viewer."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageIOHandler, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from coach.complaints.attachments import MAX_BYTES, MAX_SIDE, THUMBNAIL_SIDE, media_type_of

JPEG_QUALITY = 88
THUMBNAIL_QUALITY = 80
READ_LIMIT = 4 * MAX_BYTES


class NotEvidence(ValueError):
    """A file that cannot be kept: ``reason`` is "kind" (not a photo or PDF), "size" (too
    large) or "unreadable" (could not be read)."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Prepared:
    """A file ready for ``Coach.evidence.add``."""

    name: str
    data: bytes
    thumbnail: bytes | None = None
    size: tuple[int, int] | None = None
    original: bytes | None = None


def _encoded(image: QImage, kind: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind, quality)  # type: ignore[call-overload]
    buffer.close()
    return bytes(array.data())


def _fitted(image: QImage, side: int) -> QImage:
    if max(image.width(), image.height()) <= side:
        return image
    return image.scaled(
        QSize(side, side),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def prepare_image(
    image: QImage,
    name: str,
    source: bytes | None = None,
    keep_original: bool = False,
    upright: bool = True,
) -> Prepared:
    """``image`` scaled to MAX_SIDE at most: a JPEG photo, or a PNG for a screenshot or an image
    with transparency. ``source`` (the file's bytes, ``upright`` when they need no turning) is
    kept as it is when nothing changed, and as the original when ``keep_original``."""
    kind = media_type_of(source or b"")
    scaled = _fitted(image, MAX_SIDE)
    as_png = kind == "image/png" or (kind is None and source is None) or image.hasAlphaChannel()
    unchanged = upright and source is not None and kind is not None and scaled is image
    if unchanged and source is not None:
        data = source
    elif as_png:
        data = _encoded(scaled, "PNG")
    else:
        data = _encoded(scaled.convertToFormat(QImage.Format.Format_RGB32), "JPEG", JPEG_QUALITY)
    suffix = ".png" if data.startswith(b"\x89PNG") else ".jpg"
    if Path(name).suffix.lower() not in (".png", ".jpg", ".jpeg") or not name:
        name = f"{Path(name).stem or 'image'}{suffix}"
    thumbnail_image = _fitted(scaled, THUMBNAIL_SIDE)
    thumbnail = (
        _encoded(thumbnail_image, "PNG")
        if as_png
        else _encoded(thumbnail_image, "JPEG", THUMBNAIL_QUALITY)
    )
    original = source if keep_original and source is not None and data != source else None
    return Prepared(name, data, thumbnail, (scaled.width(), scaled.height()), original)


def prepare_bytes(name: str, data: bytes, keep_original: bool = False) -> Prepared:
    """A file's bytes made ready: a PDF as it is, any image Qt reads as a scaled photo;
    NotEvidence for anything else."""
    if media_type_of(data) == "application/pdf":
        if len(data) > MAX_BYTES:
            raise NotEvidence(name, "size")
        return Prepared(name, data)
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise NotEvidence(name, "kind")
    upright = reader.transformation() == QImageIOHandler.Transformation.TransformationNone
    return prepare_image(image, name, data, keep_original, upright)


def prepare_file(path: Path, keep_original: bool = False) -> Prepared:
    """The file at ``path`` made ready to keep; NotEvidence when it cannot be."""
    try:
        if path.stat().st_size > READ_LIMIT:
            raise NotEvidence(path.name, "size")
        data = path.read_bytes()
    except OSError:
        raise NotEvidence(path.name, "unreadable") from None
    return prepare_bytes(path.name, data, keep_original)


def pasted_name(now: datetime | None = None) -> str:
    return f"pasted-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}.png"


def open_outside(name: str, data: bytes) -> Path:
    """Writes a private copy (0600, in a 0700 folder) and opens it in the desktop's viewer."""
    folder = Path(tempfile.mkdtemp(prefix="coach-evidence-"))
    target = folder / Path(name).name
    descriptor = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


class ImageViewer(QDialog):
    """A kept photo at full size, scrolled when larger than the screen."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachment_viewer")
        self.setWindowTitle(name)
        self.picture = QLabel()
        self.picture.setObjectName("full_size")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.picture.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.resize(min(pixmap.width() + 24, 1200), min(pixmap.height() + 24, 900))
