"""The PDF report as a reader gets it: pages, footers, paper, cut texts, errors, printing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from coach.complaints.domain import Complaint, Customer
from coach.complaints.vocabulary import ROOT_CAUSES
from coach.errors import CoachError
from coach.playbooks import load_playbook
from coach.report.render import print_report, write_pdf
from coach.report.summary import ReportSummary, build_summary
from coach.store import Store
from coach.text.periods import month_period

OCTOBER = month_period(2026, 10)
NOW = datetime(2026, 11, 15, 10, 0)
LONG_START = (
    "I ordered the blue jacket in size M on the first of the month and paid for express "
    "delivery, but the parcel arrived nine days later, the box was torn open and the jacket "
    "inside was the wrong colour and size. "
)
pytestmark = pytest.mark.usefixtures("qapp")  # the application pytest-qt shares with UI tests
needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo")),
    reason="poppler-utils is installed by ./dev test",
)


def complaint(day: int, cause: str, description: str = "The order was late.") -> Complaint:
    created = datetime(2026, 10, day, 10, 0)
    return Complaint(
        created_at=created,
        customer=Customer(f"Customer {day}", phone=f"0791 000 {day:03d}"),
        product="Blue jacket",
        description=description,
        resolution="Sent the right size and refunded the delivery.",
        root_cause=cause,
        resolved_at=created + timedelta(hours=20),
        follow_up_result="resolved",
        status="closed",
    )


def month_summary(data_dir: Path, complaints: list[Complaint], **options: object) -> ReportSummary:
    store = Store.open(data_dir)
    try:
        store.save_many([(c, ()) for c in complaints])
        return build_summary(
            store,
            OCTOBER,
            playbook=load_playbook("en"),
            now=NOW,
            **options,  # type: ignore[arg-type]
        )
    finally:
        store.close()


def many(count: int) -> list[Complaint]:
    return [complaint(1 + i % 28, ROOT_CAUSES[i % 5]) for i in range(count)]


def page_text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True)
    return unicodedata.normalize("NFKC", out.stdout)


def page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return re.search(r"Page size:\s*(.*)", info).group(1)  # type: ignore[union-attr]


@needs_poppler
def test_empty_month_is_one_friendly_page(data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    assert write_pdf(month_summary(data_dir, [], business_name="Corner Café"), pdf) == 1
    text = page_text(pdf)
    assert "No complaints this month" in text
    assert "No complaints were recorded in October 2026." in text
    assert "Corner Café" in text
    assert "Page 1 of 1" in text


@needs_poppler
def test_every_page_says_which_page_of_how_many(data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "october.pdf"
    pages = write_pdf(month_summary(data_dir, many(120)), pdf)
    assert pages > 3
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in page_text(pdf, page)


@needs_poppler
def test_a_huge_complaint_text_is_cut_with_an_ellipsis_in_its_row(
    data_dir: Path, tmp_path: Path
) -> None:
    huge = LONG_START + "and then nothing happened " * 4000
    assert len(huge) > 100_000
    pdf = tmp_path / "long.pdf"
    summary = month_summary(data_dir, [complaint(3, "delivery_delay", huge), complaint(4, "other")])
    assert write_pdf(summary, pdf) == 2
    text = page_text(pdf)
    words = re.findall(r"\w+", text)
    position = 0
    for word in re.findall(r"\w+", LONG_START):
        position = words.index(word, position) + 1
    assert "..." in text  # the ellipsis, after NFKC
    assert text.count("nothing happened") < 10


@needs_poppler
@pytest.mark.parametrize(
    ("paper", "size"), [("a4", "595 x 842 pts (A4)"), ("letter", "612 x 792 pts (letter)")]
)
def test_paper_size(data_dir: Path, tmp_path: Path, paper: str, size: str) -> None:
    pdf = tmp_path / f"{paper}.pdf"
    write_pdf(month_summary(data_dir, many(3)), pdf, paper=paper)
    assert page_size(pdf).startswith(size)


def test_redacted_report_says_so_and_hides_names(data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "redacted.pdf"
    write_pdf(month_summary(data_dir, many(4), redact=True), pdf)
    if shutil.which("pdftotext"):
        text = page_text(pdf)
        assert "Personal data hidden" in text
        assert "Customer 2" not in text


def test_progress_is_reported_until_done(data_dir: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    summary = month_summary(data_dir, many(1500))
    pages = write_pdf(summary, tmp_path / "big.pdf", progress=lambda d, t: seen.append((d, t)))
    assert pages > 40
    assert len(seen) > 10
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_unwritable_target_is_a_clear_error_naming_the_path(data_dir: Path, tmp_path: Path) -> None:
    summary = month_summary(data_dir, many(2))
    missing = tmp_path / "no such folder" / "report.pdf"
    with pytest.raises(CoachError, match=re.escape(str(missing))):
        write_pdf(summary, missing)
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    with pytest.raises(CoachError, match=re.escape(str(folder))):
        write_pdf(summary, folder)


def test_read_only_folder_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    summary = month_summary(data_dir, many(2))
    if os.geteuid() == 0:
        locked = Path("/sys")  # read-only even for root
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
    try:
        with pytest.raises(CoachError, match=re.escape(str(locked / "report.pdf"))):
            write_pdf(summary, locked / "report.pdf")
        assert not (locked / "report.pdf").exists()
    finally:
        if locked.is_relative_to(tmp_path):
            locked.chmod(0o700)


def test_printing_lays_out_for_the_printers_paper(data_dir: Path, tmp_path: Path) -> None:
    summary = month_summary(data_dir, many(60))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printed = print_report(summary, printer)
    assert printed == write_pdf(summary, tmp_path / "letter.pdf", paper="letter")
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_headless_without_a_qt_application(data_dir: Path, tmp_path: Path) -> None:
    """The CLI's path: no QGuiApplication and no QT_QPA_PLATFORM set beforehand."""
    month_summary(data_dir, many(5))
    script = (
        "import sys; from datetime import datetime; from pathlib import Path\n"
        "from coach.store import Store; from coach.text.periods import month_period\n"
        "from coach.playbooks import load_playbook\n"
        "from coach.report.summary import build_summary; from coach.report.render import write_pdf\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "s = build_summary(store, month_period(2026, 10), playbook=load_playbook('en'),"
        " now=datetime(2026, 11, 15))\n"
        "print(write_pdf(s, sys.argv[2]))\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    out = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), str(tmp_path / "cli.pdf")],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 1
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF")
