"""The Reports screen through its widgets, on a real store in a temp folder, offscreen."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel

from coach.complaints.domain import Complaint, Customer
from coach.complaints.vocabulary import ROOT_CAUSES
from coach.service import Coach
from coach.store import Store
from coach.system.settings import Settings
from coach.ui.prompts import ScriptedPrompts
from coach.ui.report_screen import ReportScreen

TODAY = date(2026, 11, 15)
CAUSES = ROOT_CAUSES[:4]


def fill(folder: Path, count: int, month: int = 10) -> None:
    store = Store.open(folder)
    try:
        items = []
        for i in range(count):
            created = datetime(2026, month, 1 + i % 28, 9) + timedelta(minutes=i)
            complaint = Complaint(
                created_at=created,
                customer=Customer(f"Customer {i % 40}", phone=f"0791 {i % 40:06d}"),
                product=f"Product {i % 9}",
                description="سفارش شماره ۱۲۳۴ (کیف چرمی) دیر رسید؛ مشتری‌ها ناراضی‌اند",
                resolution="Refunded the delivery.",
                root_cause=CAUSES[i % len(CAUSES)],
                resolved_at=created + timedelta(hours=30),
                status="closed",
            )
            items.append((complaint, ()))
        store.save_many(items)
    finally:
        store.close()


@pytest.fixture
def screen(qtbot, data_dir: Path):
    fill(data_dir, 300)
    context = Coach.open(data_dir, "en")
    window = ReportScreen(context, prompts=ScriptedPrompts(), today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    yield window
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    context.close()


def pdf_pages(path: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        return int(re.search(r"Pages:\s*(\d+)", info).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_defaults_to_the_last_complete_month_with_complaints(screen: ReportScreen) -> None:
    month = screen.findChild(QComboBox, "report_month")
    assert month.currentText() == "October 2026"
    assert month.itemText(0) == "November 2026"
    assert screen.findChild(QComboBox, "report_language").currentData() == "en"
    assert not screen.findChild(QCheckBox, "report_redact").isChecked()


def test_save_pdf_writes_the_chosen_month_with_progress(
    qtbot, screen: ReportScreen, tmp_path: Path
) -> None:
    target = tmp_path / "october.pdf"
    screen.choose_pdf_path = lambda suggested: str(target)
    values: list[int] = []
    screen.progress.valueChanged.connect(values.append)
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_save"), Qt.MouseButton.LeftButton)
    assert screen.progress.isVisible()
    assert not screen.findChild(QAbstractButton, "report_preview").isEnabled()
    qtbot.waitUntil(lambda: not screen.busy, timeout=60_000)
    status = screen.findChild(QLabel, "report_status").text()
    pages = int(re.search(r"Saved (\d+) page", status).group(1))  # type: ignore[union-attr]
    assert str(target) in status
    assert pdf_pages(target) == pages > 5
    assert values and max(values) > 0
    assert not screen.progress.isVisible()
    assert screen.findChild(QAbstractButton, "report_preview").isEnabled()


def test_an_empty_month_saves_one_page(qtbot, screen: ReportScreen, tmp_path: Path) -> None:
    month = screen.findChild(QComboBox, "report_month")
    month.setCurrentIndex(month.findText("August 2026"))
    target = tmp_path / "august.pdf"
    screen.choose_pdf_path = lambda suggested: str(target)
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
    assert pdf_pages(target) == 1


def test_preview_shows_pages_in_the_chosen_language(qtbot, screen: ReportScreen) -> None:
    language = screen.findChild(QComboBox, "report_language")
    language.setCurrentIndex(language.findData("fa"))
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_preview"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.preview.document is not None, timeout=60_000)
    document = screen.preview.document
    assert document.summary.lang == "fa"
    page_label = screen.findChild(QLabel, "report_page")
    assert page_label.text() == f"Page 1 of {document.page_count}"
    qtbot.mouseClick(
        screen.findChild(QAbstractButton, "report_next_page"), Qt.MouseButton.LeftButton
    )
    assert page_label.text() == f"Page 2 of {document.page_count}"
    image = screen.preview.grab().toImage()
    page = screen.preview.page_rect().toRect()
    inked = sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(page.left() + 5, page.right() - 5, 3)
        for y in range(page.top() + 5, page.bottom() - 5, 3)
    )
    assert inked > 50
    assert image.pixelColor(page.center()) != QColor("#d9dde1")


def test_print_asks_for_the_printer_and_prints_in_the_background(
    qtbot, screen: ReportScreen, tmp_path: Path
) -> None:
    asked: list[QPrinter] = []

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        asked.append(printer)
        return True

    screen.choose_printer = to_file
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_print"), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and screen.busy
    status = screen.findChild(QLabel, "report_status")
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
    assert status.text() == "The report went to the printer."
    assert pdf_pages(tmp_path / "printed.pdf") > 5


def test_print_cancelled_at_the_printer_does_nothing(qtbot, screen: ReportScreen) -> None:
    screen.choose_printer = lambda _printer: False
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_print"), Qt.MouseButton.LeftButton)
    assert not screen.busy


def test_a_folder_that_cannot_be_written_is_explained(
    qtbot, screen: ReportScreen, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "october.pdf"
    screen.choose_pdf_path = lambda suggested: str(target)
    qtbot.mouseClick(screen.findChild(QAbstractButton, "report_save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=30_000)
    assert screen.prompts.shown and str(target) in screen.prompts.shown[-1][1]


def test_jalali_months_when_the_calendar_is_jalali(qtbot, data_dir: Path) -> None:
    fill(data_dir, 5)
    settings = Settings.load(data_dir)
    settings.set("calendar", "jalali")
    settings.save()
    context = Coach.open(data_dir, "en")
    window = ReportScreen(context, prompts=ScriptedPrompts(), today=lambda: TODAY)
    qtbot.addWidget(window)
    month = window.findChild(QComboBox, "report_month")
    assert month.itemText(0) == "Aban 1405"
    assert month.currentData().calendar == "jalali"
    context.close()


def test_accessible_names_are_the_visible_labels(screen: ReportScreen) -> None:
    for name, label in [
        ("report_preview", "Preview"),
        ("report_print", "Print…"),
        ("report_save", "Save PDF…"),
        ("report_redact", "Hide personal data"),
    ]:
        widget = screen.findChild(QAbstractButton, name)
        assert widget.accessibleName() == label == widget.text().replace("&", "")
    assert screen.findChild(QComboBox, "report_month").accessibleName() == "Month:"
    assert screen.findChild(QComboBox, "report_language").accessibleName() == "Language:"
