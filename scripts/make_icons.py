"""Renders the app icon from assets/icons/complaint-coach.svg into the files platforms want.

    .venv/bin/python scripts/make_icons.py

PNG at the sizes of the hicolor theme (Linux, and the window icon) with Qt's SVG renderer; a
multi-size .ico (Windows) from those renderings with Pillow, and an .icns (macOS): a plain
container of PNG entries (written here without the table of contents Pillow adds, which Qt's
ICNS reader rejects). Run it again after changing the SVG and commit the results.
"""

from __future__ import annotations

import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SOURCE = ICONS / "complaint-coach.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {  # Apple's icon types holding PNG data, by pixel size (@2x kinds where Apple has one)
    b"icp4": 16, b"icp5": 32, b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic08": 256,
    b"ic13": 256, b"ic09": 512, b"ic14": 512, b"ic10": 1024,
}  # fmt: skip


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` pixels square, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def png_bytes(image: Image.Image) -> bytes:
    stream = io.BytesIO()
    image.save(stream, "PNG", optimize=True)
    return stream.getvalue()


def icns_bytes(images: dict[int, Image.Image]) -> bytes:
    """An .icns file: the magic and total length, then each (type, length, PNG data) entry."""
    entries = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data
        for kind, size in ICNS_TYPES.items()
        for data in [png_bytes(images[size])]
    )
    return b"icns" + struct.pack(">I", 8 + len(entries)) + entries


def main() -> int:
    QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} cannot be read as SVG", file=sys.stderr)
        return 1
    sizes = {*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES.values()}
    images = {size: render(renderer, size) for size in sizes}
    for size in PNG_SIZES:
        images[size].save(ICONS / f"complaint-coach-{size}.png", optimize=True)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ICONS / "complaint-coach.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    (ICONS / "complaint-coach.icns").write_bytes(icns_bytes(images))
    for path in sorted(ICONS.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
