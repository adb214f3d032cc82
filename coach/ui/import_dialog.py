"""File → Import…: an owner's spreadsheet (CSV, TSV or .xlsx) brought into the log in three
steps: the file and how it is read, which column is which field, then a dry run and the import.

Reading and storing run on the thread pool (coach.ui.background); Cancel stops them and leaves
nothing behind. The mapping can be saved under a name and is offered for the next file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.errors import CoachError
from coach.service import Coach, importing
from coach.service.importing import ImportCancelled, ImportPlan, ImportReport, Inspection
from coach.spreadsheet.encodings import detect, encoding
from coach.spreadsheet.profile import ImportProfile, save_profile, saved_profiles
from coach.spreadsheet.sources import SourceError, read_head
from coach.system.files import DiskFullError
from coach.system.paths import import_profiles_dir
from coach.text.localise import format_number
from coach.ui.background import run_in_background
from coach.ui.import_check import CheckPage
from coach.ui.import_pages import ColumnsPage, SourcePage
from coach.ui.prompts import Prompts

ChooseFile = Callable[[QWidget], Path | None]


def ask_for_file(parent: QWidget) -> Path | None:
    """The file the owner picks in the system's open dialog (None when cancelled)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import complaints"),
        "",
        QCoreApplication.translate(
            "ImportDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"
        ),
    )
    return Path(name) if name else None


class ImportDialog(QDialog):
    """Brings complaints in from a spreadsheet; ``imported`` says how many were stored."""

    imported = Signal(int)

    def __init__(
        self,
        coach: Coach,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
        choose_file: ChooseFile = ask_for_file,
    ):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import complaints"))
        self.resize(860, 620)
        self.coach = coach
        self.prompts = prompts or Prompts()
        self.choose_file = choose_file
        self.profiles_dir = import_profiles_dir(coach.data_dir)
        self.inspection: Inspection | None = None
        self.report: ImportReport | None = None
        self.last_plan: ImportPlan | None = None
        self.causes = coach.root_causes()
        self._cancel = threading.Event()
        self._running = False

        self.source = SourcePage(coach.digits)
        self.columns = ColumnsPage(coach.calendar, coach.digits)
        self.check_page = CheckPage(self.causes, coach.digits)
        self.pages = QStackedWidget()
        for page in (self.source, self.columns, self.check_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("back_button")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("next_button")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_button")
        buttons = QDialogButtonBox()
        for button in (self.back_button, self.next_button, self.import_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close_button")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.source.choose_file.connect(self.pick_file)
        self.source.changed.connect(self.reread)
        self.source.profile_changed.connect(self.profile_chosen)
        self.check_page.check_again.connect(self.check)
        self.source.set_profiles(saved_profiles(self.profiles_dir))
        self._update_buttons()

    # --- the file ------------------------------------------------------------------------

    def pick_file(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Reads the first rows of ``path``, with the saved mapping that fits it best."""
        found = self._inspect(path, None)
        if found is None:
            return
        profiles = saved_profiles(self.profiles_dir)
        best = _best_profile(profiles, found.header)
        self.source.set_profiles(profiles, best.name if best else "")
        if best is not None:
            found = self._inspect(path, best) or found
        self._show(found)

    def profile_chosen(self) -> None:
        if self.inspection is not None:
            found = self._inspect(self.inspection.path, self.source.chosen_profile())
            if found is not None:
                self._show(found)

    def reread(self) -> None:
        """Reads the file again with the encoding, separator and header row chosen."""
        if self.inspection is None:
            return
        chosen, delimiter, header_row = self.source.overrides()
        profile = self._profile_copy()
        if self.inspection.fmt.kind == "csv":
            profile.encoding, profile.delimiter = chosen, delimiter
        profile.header_row = header_row
        if header_row != self.inspection.header_row:
            profile.columns = {}
        found = self._inspect(self.inspection.path, profile)
        if found is not None:
            self._show(found)

    def _profile_copy(self) -> ImportProfile:
        chosen = self.source.chosen_profile()
        return ImportProfile(**vars(chosen)) if chosen is not None else ImportProfile()

    def _inspect(self, path: Path, profile: ImportProfile | None) -> Inspection | None:
        try:
            return importing.inspect(path, profile)
        except (SourceError, OSError) as error:
            self.prompts.error(self, self.tr("Import complaints"), _words(error))
            return None

    def _show(self, found: Inspection) -> None:
        self.inspection = found
        self.report = None
        found_name = ""
        if found.fmt.kind == "csv":
            guess = detect(read_head(found.path)).key
            found_name = _label(guess)
        self.source.show_inspection(found, found_name)
        self.columns.show_inspection(found)
        chosen = self.source.chosen_profile()
        self.columns.profile_name.setText(chosen.name if chosen else found.path.stem)
        self._update_buttons()

    # --- moving between pages ------------------------------------------------------------

    def back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self._update_buttons()

    def next(self) -> None:
        if self.pages.currentIndex() == 0:
            self.pages.setCurrentIndex(1)
        elif self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(2)
            self.check()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        ready = self.inspection is not None and not self._running
        self.back_button.setEnabled(page > 0 and not self._running)
        self.next_button.setEnabled(ready and page < 2)
        self.import_button.setEnabled(
            ready and page == 2 and self.report is not None and self.report.added > 0
        )
        self.close_button.setText(self.tr("Cancel") if self._running else self.tr("Close"))

    # --- checking and importing ----------------------------------------------------------

    def plan(self) -> ImportPlan | None:
        """How the file will be read, from what the owner chose on every page."""
        if self.inspection is None:
            return None
        made = importing.plan(self.inspection, style=self.columns.date_style())
        made.fields = self.columns.fields()
        chosen = self.source.chosen_profile() or ImportProfile()
        values, new_causes = self.check_page.mappings([*self.causes, *chosen.new_causes])
        made.values = {
            name: {**chosen.values.get(name, {}), **values.get(name, {})}
            for name in {*chosen.values, *values}
        }
        made.new_causes = {**chosen.new_causes, **new_causes}
        return made

    def check(self) -> None:
        """A dry run on the thread pool: every row read and checked, nothing stored."""
        made = self.plan()
        if made is None or self._running:
            return
        if made.missing():
            self.check_page.clear(
                self.tr(
                    "Choose the column that holds the date each complaint was made and the one "
                    "that holds the complaint itself (Back)."
                )
            )
            return
        self._run(made, write=False)

    def start_import(self) -> None:
        made = self.plan()
        if made is not None and not self._running:
            self._run(made, write=True)

    def _run(self, made: ImportPlan, write: bool) -> None:
        self._cancel.clear()
        self._running = True
        self.last_plan = made
        self.check_page.busy(self.tr("Importing…") if write else self.tr("Checking every row…"))
        self._update_buttons()
        all_or_nothing = self.check_page.all_or_nothing.isChecked()
        run_in_background(
            self,
            lambda progress: self.coach.import_file(
                made,
                write=write,
                all_or_nothing=all_or_nothing,
                source=made.path.name,
                progress=progress,
                cancelled=self._cancel.is_set,
            ),
            lambda report: self._finished(made, report, write),
            self._failed,
            self.check_page.progressed,
        )

    def _finished(self, made: ImportPlan, report: ImportReport, write: bool) -> None:
        self._running = False
        self.report = report
        self.check_page.show_report(report)
        if not write:
            self.check_page.idle()
        elif not report.stored:
            self.check_page.idle(
                self.tr(
                    "Nothing was imported: some rows have problems. Correct them, or choose "
                    "to import the good rows."
                )
            )
        else:
            self._stored(made, report)
        self._update_buttons()

    def _stored(self, made: ImportPlan, report: ImportReport) -> None:
        number = format_number(report.added, self.coach.digits)
        text = self.tr("Imported %1 complaints.").replace("%1", number)
        if report.duplicates:
            skipped = format_number(report.duplicates, self.coach.digits)
            text += " " + self.tr("Skipped %1 already in the log.").replace("%1", skipped)
        try:
            if report.bad:
                aside = importing.save_rejected(made, report)
                text += " " + self.tr("The rows with problems are in %1.").replace("%1", str(aside))
            if self.columns.remember.isChecked() and self.columns.profile_name.text().strip():
                save_profile(self.profiles_dir, self._profile(made))
        except OSError as error:
            text += " " + _words(error)
        self.report = None
        self.check_page.idle(text)
        self.causes = self.coach.root_causes()
        self.imported.emit(report.added)

    def _profile(self, made: ImportPlan) -> ImportProfile:
        csv = made.fmt.kind == "csv"
        return ImportProfile(
            name=self.columns.profile_name.text().strip(),
            encoding=made.fmt.encoding if csv else "",
            delimiter=made.fmt.delimiter if csv else "",
            header_row=made.header_row,
            columns={name: key for name, key in zip(made.header, made.fields, strict=False)},
            date_order=made.style.order,
            calendar=made.style.calendar,
            values=made.values,
            new_causes=made.new_causes,
        )

    def _failed(self, error: Exception) -> None:
        self._running = False
        if isinstance(error, ImportCancelled):
            self.check_page.idle(self.tr("Cancelled; nothing was imported."))
        elif isinstance(error, CoachError | OSError):
            self.check_page.idle(_words(error))
            self.prompts.error(self, self.tr("Import complaints"), _words(error))
        else:
            self._update_buttons()
            raise error
        self._update_buttons()

    def reject(self) -> None:
        """Close; while reading or importing, Cancel (nothing is left behind)."""
        if self._running:
            self._cancel.set()
            return
        super().reject()


def _best_profile(profiles: list[ImportProfile], header: list[str]) -> ImportProfile | None:
    """The saved mapping most of whose columns the file has (at least half of them)."""
    names = {name.strip().casefold() for name in header}
    best, best_share = None, 0.5
    for profile in profiles:
        named = [name for name, key in profile.columns.items() if key]
        if not named:
            continue
        share = sum(name.strip().casefold() in names for name in named) / len(named)
        if share >= best_share:
            best, best_share = profile, share
    return best


def _label(key: str) -> str:
    return QCoreApplication.translate("Encoding", encoding(key).label)


def _words(error: Exception) -> str:
    if isinstance(error, DiskFullError | CoachError):
        return str(error.message if isinstance(error, CoachError) else error)
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror or error}".strip(": ")
    return str(error)
