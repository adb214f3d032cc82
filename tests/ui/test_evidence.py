"""Evidence through the wizard's widgets: a pasted image and a dropped file are kept, shown as
thumbnails, opened full size, and still there after a restart."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QListWidget, QPushButton

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def photo(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8d5b7"))
    painter = QPainter(image)
    painter.fillRect(width // 4, height // 4, width // 2, height // 2, QColor("#8b4513"))
    painter.end()
    return image


def open_wizard(qtbot, data_dir: Path, complaint_id: int | None = None):
    context = Coach.open(data_dir, "en")
    if complaint_id is None:
        complaint_id = context.save(
            Complaint(
                created_at=datetime(2026, 10, 1, 10),
                customer=Customer("Sara Ahmadi", "0912 123 4567"),
                description="The cake box arrived crushed.",
            )
        ).id
    window = WizardWindow(context, complaint_id, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    return window, context


def drop(panel, paths: list[Path]) -> None:
    """Drags files from the file manager onto ``panel`` and lets go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    assert QApplication.sendEvent(panel, enter) and enter.isAccepted()
    QApplication.sendEvent(panel, QDropEvent(QPointF(10, 10), *args))


def shown_names(window) -> list[str]:
    files = window.findChild(QListWidget, "attachments")
    return [files.item(i).text() for i in range(files.count())]


def test_a_pasted_image_and_a_dropped_file_are_kept_and_survive_a_restart(
    qtbot, data_dir, tmp_path
):
    window, context = open_wizard(qtbot, data_dir)
    complaint_id = window.draft.complaint.id
    QGuiApplication.clipboard().setImage(photo(640, 480))
    qtbot.mouseClick(window.findChild(QPushButton, "paste_evidence"), Qt.MouseButton.LeftButton)
    big = tmp_path / "crushed box.jpg"
    photo(4000, 3000).save(str(big), "JPEG", 90)
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(MINIMAL_PDF)
    drop(window.findChild(QListWidget, "attachments").parentWidget(), [big, receipt])

    names = shown_names(window)
    assert (
        len(names) == 3
        and names[0].startswith("pasted-")
        and names[1:]
        == [
            "crushed box.jpg",
            "receipt.pdf",
        ]
    )
    files = window.findChild(QListWidget, "attachments")
    assert not files.item(0).icon().isNull()
    kept = context.evidence.of_complaint(complaint_id)
    assert [a.media_type for a in kept] == ["image/png", "image/jpeg", "application/pdf"]
    assert (kept[1].width, kept[1].height) == (2000, 1500) and not kept[1].has_original
    assert context.evidence.data(kept[2].id) == MINIMAL_PDF

    viewer = files.parentWidget().findChild(QLabel, "full_size")
    assert viewer is None
    qtbot.mouseClick(
        files.viewport(),
        Qt.MouseButton.LeftButton,
        pos=files.visualItemRect(files.item(1)).center(),
    )
    full = window.findChild(QLabel, "full_size")
    assert full is not None and full.pixmap().width() == 2000
    full.window().close()
    kinds = [event.kind for event in context.events(complaint_id)]
    assert kinds.count("attachment_added") == 3

    window.close()
    context.close()
    again, reopened = open_wizard(qtbot, data_dir, complaint_id)
    assert shown_names(again) == names
    again.close()
    reopened.close()


def test_originals_are_kept_only_when_asked_and_other_files_are_refused(qtbot, data_dir, tmp_path):
    window, context = open_wizard(qtbot, data_dir)
    window.findChild(QCheckBox, "keep_originals").setChecked(True)
    big = tmp_path / "shelf.png"
    photo(2400, 1200).save(str(big), "PNG")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    drop(window.findChild(QListWidget, "attachments").parentWidget(), [big, notes])
    (kept,) = context.evidence.of_complaint(window.draft.complaint.id)
    assert (kept.width, kept.height, kept.has_original) == (2000, 1000, True)
    assert context.evidence.original(kept.id) == big.read_bytes()
    problem = window.findChild(QLabel, "evidence_problem")
    assert problem.isVisible() and "notes.txt is not a photo or a PDF" in problem.text()
    window.close()
    context.close()


def test_a_new_complaint_is_stored_when_its_first_file_arrives(qtbot, data_dir):
    context = Coach.open(data_dir, "en")
    window = WizardWindow(context, None, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    panel = window.findChild(QListWidget, "attachments").parentWidget()
    assert panel.add_image(photo(300, 200), "screenshot.png") == 1
    assert window.draft.complaint.id is not None
    assert shown_names(window) == ["screenshot.png"]
    window.close()
    context.close()
