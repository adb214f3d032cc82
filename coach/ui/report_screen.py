"""The Reports screen: pick a month and a language, preview the report, print it or save a PDF.

The summary, the layout, the PDF and the printing all run off the UI thread; the preview paints
one page at a time, so a month of any size never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.errors import CoachError
from coach.report.render import ReportDocument, paper_size, print_report, register_fonts, write_pdf
from coach.report.summary import ReportSummary
from coach.service import Coach
from coach.text.languages import language, languages
from coach.text.localise import to_digits
from coach.text.periods import Period, period_containing
from coach.ui.background import run_in_background
from coach.ui.direction import isolate
from coach.ui.labels import plural_text
from coach.ui.prompts import Prompts
from coach.ui.report_preview import PagePreview

MONTHS_SHOWN = 24


@dataclass(frozen=True)
class ReportChoice:
    """What the owner picked: the month, the report's language, whether to hide names and
    whether to add the attached photos after the listing."""

    period: Period
    lang: str
    redact: bool
    attachments: bool = False


class ReportScreen(QWidget):
    """The monthly report of ``context`` (the open data folder); slow work runs off the UI
    thread."""

    def __init__(
        self,
        context: Coach,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Monthly report"))
        self.context = context
        self.prompts = prompts or Prompts()
        self.today = today
        self.choose_pdf_path: Callable[[str], str | None] = self._ask_pdf_path
        self.choose_printer: Callable[[QPrinter], bool] = self._ask_printer
        self.busy = False
        self._summaries: dict[ReportChoice, ReportSummary] = {}
        register_fonts()

        layout = QVBoxLayout(self)
        layout.addLayout(self._make_choices())
        layout.addLayout(self._make_buttons())
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.preview = PagePreview()
        self.preview.show_document(None, self.tr("Choose a month and press Preview."))
        layout.addWidget(self.preview, 1)
        layout.addLayout(self._make_page_buttons())
        self._update_page_buttons()
        self.resize(760, 900)

    # --- building ------------------------------------------------------------------------

    def _labelled(self, row: QHBoxLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        row.addWidget(label)
        row.addWidget(widget)

    def _make_choices(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.month_box = QComboBox()
        self.month_box.setObjectName("report_month")
        self.month_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_months()
        self._labelled(row, self.tr("&Month:"), self.month_box)
        self.language_box = QComboBox()
        self.language_box.setObjectName("report_language")
        for lang in languages():
            name = QCoreApplication.translate("Language", lang.english_name)
            self.language_box.addItem(name, lang.code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.context.language), 0))
        self._labelled(row, self.tr("&Language:"), self.language_box)
        self.redact_box = QCheckBox(self.tr("&Hide personal data"))
        self.redact_box.setObjectName("report_redact")
        self.redact_box.setAccessibleName(self.tr("Hide personal data"))
        row.addWidget(self.redact_box)
        self.attachments_box = QCheckBox(self.tr("Add attached &photos"))
        self.attachments_box.setObjectName("report_attachments")
        self.attachments_box.setAccessibleName(self.tr("Add attached photos"))
        row.addWidget(self.attachments_box)
        row.addStretch(1)
        return row

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = self._button(self.tr("&Preview"), "report_preview", self.make_preview)
        self.print_button = self._button(self.tr("P&rint…"), "report_print", self.print_report)
        self.save_button = self._button(self.tr("&Save PDF…"), "report_save", self.save_pdf)
        for button in (self.preview_button, self.print_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _make_page_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("Previous page"), "report_previous_page", lambda: self._turn(-1)
        )
        self.next_button = self._button(
            self.tr("Next page"), "report_next_page", lambda: self._turn(1)
        )
        self.page_label = QLabel()
        self.page_label.setObjectName("report_page")
        row.addStretch(1)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        return row

    def _fill_months(self) -> None:
        """The last months of the settings' calendar; the last complete one chosen, or this
        one when only this one has complaints."""
        calendar = self.context.calendar
        current = period_containing(self.today(), calendar)
        names, digits = self.context.playbook.month_names, self.context.digits
        for back in range(MONTHS_SHOWN):
            period = current.shifted(-back)
            self.month_box.addItem(to_digits(period.name(names), digits), period)
        previous = current.previous()
        empty = self.context.count_in(previous) == 0
        busy_now = self.context.count_in(current) > 0
        self.month_box.setCurrentIndex(0 if empty and busy_now else 1)

    # --- choices -------------------------------------------------------------------------

    def choice(self) -> ReportChoice:
        return ReportChoice(
            self.month_box.currentData(),
            self.language_box.currentData(),
            self.redact_box.isChecked(),
            self.attachments_box.isChecked(),
        )

    def _digits(self, lang: str) -> str:
        settings = self.context.settings
        return settings.digits if lang == settings.language else language(lang).digits

    def _summary_work(self, choice: ReportChoice) -> Callable[[Callable[[int, int], None]], Any]:
        """Work for the thread pool: the summary (built once per choice)."""
        context = self.context
        known = self._summaries.get(choice)

        def work(report: Callable[[int, int], None]) -> ReportSummary:
            if known is not None:
                return known
            return context.report_summary(
                choice.period,
                lang=choice.lang,
                redact=choice.redact,
                progress=report,
                attachments=choice.attachments,
            )

        return work

    # --- actions -------------------------------------------------------------------------

    def make_preview(self) -> None:
        """Lays the report out in the background and shows its first page."""
        choice = self.choice()
        summary_work = self._summary_work(choice)
        paper = paper_size(self.context.settings.paper_size)
        digits = self._digits(choice.lang)
        context = self.context

        def work(report: Callable[[int, int], None]) -> tuple[ReportSummary, ReportDocument]:
            summary = summary_work(report)
            playbook = context.playbook_in(choice.lang)
            document = ReportDocument(
                summary, paper, digits=digits, playbook=playbook, progress=report
            )
            return summary, document

        def done(result: tuple[ReportSummary, ReportDocument]) -> None:
            summary, document = result
            self._summaries[choice] = summary
            self.preview.show_document(document)
            self._update_page_buttons()
            shown = self.tr("The preview shows %n page(s).", "", document.page_count)
            self._finish(plural_text(shown, document.page_count, self.context.digits))

        self._start(self.tr("Preparing the preview…"), work, done)

    def save_pdf(self) -> None:
        """Asks where to save, then writes the PDF in the background."""
        choice = self.choice()
        suggested = str(self.context.data_dir.parent / f"complaints-{choice.period.key}.pdf")
        path = self.choose_pdf_path(suggested)
        if not path:
            return
        summary_work = self._summary_work(choice)
        paper = self.context.settings.paper_size
        digits = self._digits(choice.lang)
        context = self.context

        def work(report: Callable[[int, int], None]) -> tuple[ReportSummary, int]:
            summary = summary_work(report)
            playbook = context.playbook_in(choice.lang)
            pages = write_pdf(
                summary, path, paper=paper, digits=digits, playbook=playbook, progress=report
            )
            return summary, pages

        def done(result: tuple[ReportSummary, int]) -> None:
            summary, pages = result
            self._summaries[choice] = summary
            saved = self.tr("Saved %n page(s) to {path}.", "", pages)
            saved = plural_text(saved, pages, self.context.digits)
            self._finish(saved.replace("{path}", isolate(path)))

        self._start(self.tr("Saving the PDF…"), work, done)

    def print_report(self) -> None:
        """Asks for the printer, then builds the summary, lays it out for the printer's paper and
        prints it in the background (the preview above shows the pages)."""
        choice = self.choice()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = QPageSize.PageSizeId.Letter
        if self.context.settings.paper_size != "letter":
            paper = QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(paper))
        if self.busy or not self.choose_printer(printer):
            return
        summary_work, digits = self._summary_work(choice), self._digits(choice.lang)
        playbook = self.context.playbook_in(choice.lang)

        def work(report: Callable[[int, int], None]) -> ReportSummary:
            summary = summary_work(report)
            print_report(summary, printer, digits=digits, playbook=playbook, progress=report)
            return summary

        def done(summary: ReportSummary) -> None:
            self._summaries[choice] = summary
            self._finish(self.tr("The report went to the printer."))

        self._start(self.tr("Printing the report…"), work, done)

    def _ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def _ask_pdf_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    # --- background work -----------------------------------------------------------------

    def _start(self, message: str, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        run_in_background(self, work, done, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finish(self, message: str) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.status.setText(message)

    def _failed(self, error: Exception) -> None:
        self._finish("")
        if isinstance(error, CoachError):
            text = error.message
        else:
            text = self.tr("The report could not be made: {error}").replace("{error}", str(error))
        self.prompts.error(self, self.tr("Monthly report"), text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (
            self.preview_button,
            self.print_button,
            self.save_button,
            self.month_box,
            self.language_box,
            self.redact_box,
            self.attachments_box,
        ):
            widget.setEnabled(not busy)

    # --- pages ---------------------------------------------------------------------------

    def _turn(self, step: int) -> None:
        document = self.preview.document
        if document is None:
            return
        self.preview.page = min(max(self.preview.page + step, 0), document.page_count - 1)
        self.preview.update()
        self._update_page_buttons()

    def _update_page_buttons(self) -> None:
        document = self.preview.document
        count = document.page_count if document is not None else 0
        page = self.preview.page
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)
        text = ""
        if count:
            text = self.tr("Page {x} of {y}").replace("{x}", str(page + 1))
            text = text.replace("{y}", str(count))
            text = to_digits(text, self.context.digits)
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text)
