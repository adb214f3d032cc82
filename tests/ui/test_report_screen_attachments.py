"""The Reports screen adds the attached photos to the saved PDF only when the owner ticks it."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.report_screen import ReportScreen
from tests.cli.test_report_attachments_cli import photo


def images_in(path: Path) -> int:
    listed = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return sum(1 for line in listed if line.split()[2] == "image")


def test_the_attached_photos_box_puts_them_in_the_saved_pdf(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    context = Coach.open(data_dir, "en")
    saved = context.save(
        Complaint(
            created_at=datetime(2026, 10, 5, 10, 0),
            customer=Customer("Maryam Karimi"),
            product="Kettle",
            description="The kettle arrived cracked.",
        )
    )
    assert saved.id is not None
    context.evidence.add(saved.id, "lid.png", photo("#c0392b", 800, 600), size=(800, 600))
    screen = ReportScreen(context, prompts=ScriptedPrompts(), today=lambda: date(2026, 11, 20))
    qtbot.addWidget(screen)
    screen.show()
    month = screen.findChild(QComboBox, "report_month")
    month.setCurrentIndex(month.findText("October 2026"))
    box = screen.findChild(QCheckBox, "report_attachments")
    assert box.accessibleName() == "Add attached photos" and not box.isChecked()
    counts = []
    for ticked in (False, True):
        box.setChecked(ticked)
        target = tmp_path / f"october-{ticked}.pdf"
        screen.choose_pdf_path = lambda suggested, target=target: str(target)
        qtbot.mouseClick(
            screen.findChild(QAbstractButton, "report_save"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: not screen.busy, timeout=60_000)
        counts.append(images_in(target))
    assert counts == [0, 1]
    context.close()
