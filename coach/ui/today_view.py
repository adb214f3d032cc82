"""Today: the promises, follow-ups and drafts that need the owner now, each with its action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.domain import Complaint
from coach.service import Coach, StageIncomplete
from coach.service.today import KINDS, Agenda, DueLine
from coach.text.localise import format_date, format_number
from coach.text.translatable import QT_TRANSLATE_NOOP
from coach.ui.direction import in_ui_direction, isolate
from coach.ui.labels import label, relative_day
from coach.ui.prompts import Prompts
from coach.ui.read_only import hold

if TYPE_CHECKING:  # the dialogs load when first used
    from coach.ui.today_dialogs import FollowUpDialog, RescheduleDialog

OVERDUE_COLOUR = QColor("#b3261e")
QUIET_COLOUR = QColor("#5f6368")
SHOWN_FIRST = 15
MOST_SHOWN = 100
FIRST_BUILT = 12
"""Widgets of Today's lines (headings included) built before the first paint: more than the
first screen shows; the rest are added once the window is painted."""
SECTION_TITLES: dict[str, str] = {
    "promise": QT_TRANSLATE_NOOP("TodayView", "Promises due today or broken"),
    "follow_up": QT_TRANSLATE_NOOP("TodayView", "Follow-ups due"),
    "draft": QT_TRANSLATE_NOOP("TodayView", "Drafts left open for more than a day"),
}


OPENS_AT: dict[str, str] = {"promise": "resolve", "follow_up": "follow_up"}
"""The stage a line's complaint opens at: a promise where it is kept, a follow-up at its own."""


class OpenComplaint(Protocol):
    """Opens the wizard on a complaint (at ``stage`` when given)."""

    def __call__(self, complaint_id: int, stage: str | None = None, /) -> object: ...


def customer_name(complaint: Complaint) -> str:
    customer = complaint.customer
    return customer.name.strip() or customer.phone.strip() or customer.email.strip()


class TodayView(QWidget):
    """What is due today, from ``context.day.agenda()``; ``open_complaint(id, stage)`` opens the
    wizard, at the stage where the line's work is done (OPENS_AT).
    An action on a complaint that ``is_open`` in a wizard brings that wizard forward instead, so
    the two never write over each other.

    ``count_changed(total)`` fires after every refresh; ``complaint_changed(id)`` after an action
    here changed a complaint (so the log can show it).
    """

    count_changed = Signal(int)
    complaint_changed = Signal(int)

    def __init__(
        self,
        context: Coach,
        open_complaint: OpenComplaint,
        prompts: Prompts | None = None,
        now: Callable[[], datetime] = datetime.now,
        is_open: Callable[[int], bool] = lambda _complaint_id: False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("today_view")
        self.context = context
        self.open_complaint = open_complaint
        self.is_open = is_open
        self.prompts = prompts or Prompts()
        self.now = now
        self.agenda = Agenda(now().date(), dict.fromkeys(KINDS, 0), ())
        self.shown = dict.fromkeys(KINDS, SHOWN_FIRST)
        self._dates = (context.calendar, context.digits)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self._quiet, self._overdue = QPalette(self.palette()), QPalette(self.palette())
        self._quiet.setColor(QPalette.ColorRole.WindowText, QUIET_COLOUR)
        self._overdue.setColor(QPalette.ColorRole.WindowText, OVERDUE_COLOUR)
        self._closed = False
        self._shown_at = 0
        title = QLabel(self.tr("Today"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("today_summary")
        self.summary.setWordWrap(True)
        self.body = QWidget()
        self.lines_layout = QVBoxLayout(self.body)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self.refresh)

    # --- reading ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self.agenda.total

    def refresh_soon(self) -> None:
        """Reads the day again shortly (after a burst of saves, once)."""
        if not self._closed:
            self._later.start()

    def close_store(self) -> None:
        """Stops reading (the store is about to close)."""
        self._closed = True
        self._later.stop()

    def refresh(self, agenda: Agenda | None = None, *, rest_after_paint: bool = False) -> None:
        """Reads what is due now and shows it (``agenda``, when it was read already); with
        ``rest_after_paint``, the lines past the first FIRST_BUILT once the window is painted."""
        if self._closed:
            return
        if agenda is None:
            agenda = self.context.day.agenda(self.now(), self.shown)
        self.agenda = agenda
        self._show(rest_after_paint)
        self.count_changed.emit(self.agenda.total)

    def _show(self, rest_after_paint: bool = False) -> None:
        self._shown_at += 1
        while (item := self.lines_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        agenda = self.agenda
        self._dates = (self.context.calendar, self.context.digits)
        digits = self._dates[1]
        if not agenda.total:
            self.summary.setText(self.tr("Nothing is due today."))
        else:
            counts = [
                f"{self._translate(SECTION_TITLES[kind])}: {format_number(agenda.counts[kind], digits)}"
                for kind in KINDS
                if agenda.counts[kind]
            ]
            self.summary.setText(" \u00b7 ".join(counts))
        made = [make for kind in KINDS for make in self._parts(kind)]
        for make in made[:FIRST_BUILT] if rest_after_paint else made:
            self.lines_layout.addWidget(make())
        self.lines_layout.addStretch(1)
        if rest_after_paint and len(made) > FIRST_BUILT:
            from coach.ui.first_paint import when_painted

            shown_at = self._shown_at
            when_painted(self.window(), lambda: self._add(made[FIRST_BUILT:], shown_at))

    def _parts(self, kind: str) -> list[Callable[[], QWidget]]:
        """The makers of ``kind``'s section in order: its heading, its lines, "Show more"."""
        lines = self.agenda.of_kind(kind)
        if not lines:
            return []
        hidden = self.agenda.counts[kind] - len(lines)
        return [
            lambda: self._heading(kind),
            *(lambda line=line: self._row(line) for line in lines),
            *([lambda: self._more(kind, hidden)] if hidden > 0 else []),
        ]

    def _add(self, makers: list[Callable[[], QWidget]], shown_at: int) -> None:
        """Adds the rest of the lines built after the first paint, unless shown again since."""
        if self._closed or shown_at != self._shown_at:
            return
        for make in makers:
            self.lines_layout.insertWidget(self.lines_layout.count() - 1, make())

    def _heading(self, kind: str) -> QLabel:
        heading = QLabel(self._translate(SECTION_TITLES[kind]))
        heading.setObjectName(f"section_{kind}")
        heading.setFont(self._bold)
        return heading

    def _more(self, kind: str, hidden: int) -> QWidget:
        """ "Show all" for a kind with more lines than shown (up to the most ever shown)."""
        n = format_number(hidden, self.context.digits)
        if self.shown[kind] < MOST_SHOWN:
            more = QPushButton(self.tr("Show {n} more").replace("{n}", n))
            more.setObjectName(f"more_{kind}")
            more.setFlat(True)
            more.clicked.connect(lambda _checked=False: self.show_all(kind))
            return more
        label = QLabel(self.tr("And {n} more: see the complaints log.").replace("{n}", n))
        label.setPalette(self._quiet)
        return label

    def show_all(self, kind: str) -> None:
        """Shows every line of ``kind`` (up to MOST_SHOWN)."""
        self.shown[kind] = MOST_SHOWN
        self.refresh()

    def _translate(self, text: str) -> str:
        return self.tr(text)

    # --- one line ----------------------------------------------------------------------------

    def _row(self, line: DueLine) -> QFrame:
        complaint = line.complaint
        assert complaint.id is not None
        row = QFrame()
        row.setObjectName(f"due_{line.kind}_{complaint.id}")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        name = customer_name(complaint) or self.tr("No name")
        what = isolate(name)
        if complaint.product.strip():
            what += f" \u00b7 {isolate(complaint.product.strip())}"
        heading = QLabel(in_ui_direction(what))
        heading.setObjectName("line_customer")
        heading.setFont(self._bold)
        detail = QLabel(self._detail(line))
        detail.setObjectName("line_detail")
        if line.overdue:
            detail.setFont(self._bold)
        detail.setPalette(self._overdue if line.overdue else self._quiet)
        layout = QGridLayout(row)
        layout.setVerticalSpacing(2)
        layout.addWidget(heading, 0, 0)
        layout.addWidget(detail, 1, 0)
        layout.setColumnStretch(0, 1)
        complaint_id = complaint.id
        actions: list[tuple[str, str, Callable[[], object]]] = [
            ("open_button", self.tr("Open"), lambda: self._open(complaint_id, line.kind))
        ]
        if line.kind == "promise":
            actions.append(("fix_done_button", self.tr("Fix done"), lambda: self._fix_done(line)))
        if line.kind == "follow_up":
            actions.append(
                (
                    "follow_up_done_button",
                    self.tr("Follow-up done…"),
                    lambda: self._follow_up_done(line),
                )
            )
            actions.append(
                ("reschedule_button", self.tr("Reschedule…"), lambda: self._reschedule(line))
            )
        for column, (object_name, text, slot) in enumerate(actions, start=1):
            button = QPushButton(text)
            if object_name != "open_button":
                slot = self._unless_open(complaint_id, slot)
                hold(self.context.read_only, button)
            button.setObjectName(object_name)
            button.setAccessibleName(f"{text} \u2013 {name}")
            button.clicked.connect(slot)
            layout.addWidget(button, 0, column, 2, 1)
        return row

    def _detail(self, line: DueLine) -> str:
        calendar, digits = self._dates
        day = format_date(line.day, calendar, digits)
        when = f"{isolate(day)} ({relative_day(line.day, line.today, digits)})"
        if line.kind == "promise":
            return self.tr("Promised by {date}").replace("{date}", when)
        if line.kind == "follow_up":
            return self.tr("Follow-up due {date}").replace("{date}", when)
        return (
            self.tr("Left open since {date} at the {stage} stage")
            .replace("{date}", isolate(day))
            .replace("{stage}", label(line.complaint.stage))
        )

    # --- acting ----------------------------------------------------------------------------

    def _open(self, complaint_id: int, kind: str = "") -> None:
        stage = OPENS_AT.get(kind)
        if stage is None:
            self.open_complaint(complaint_id)
        else:
            self.open_complaint(complaint_id, stage)

    def _unless_open(self, complaint_id: int, action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            if self.is_open(complaint_id):
                self.open_complaint(complaint_id)
            else:
                action()

        return run

    def _changed(self, complaint_id: int) -> None:
        self.refresh()
        self.complaint_changed.emit(complaint_id)

    def _fix_done(self, line: DueLine) -> None:
        complaint_id = line.complaint.id
        assert complaint_id is not None
        try:
            self.context.day.fix_done(complaint_id, self.now())
        except Exception as error:  # noqa: BLE001 - shown in words, nothing changed
            self._failed(error)
            return
        self._changed(complaint_id)

    def _follow_up_done(self, line: DueLine) -> FollowUpDialog:
        from coach.ui.today_dialogs import FollowUpDialog
        from coach.ui.wizard.texts import problem_text

        complaint_id = line.complaint.id
        assert complaint_id is not None
        dialog: FollowUpDialog

        def apply() -> str:
            result, scores = dialog.values()
            try:
                self.context.day.record_follow_up(complaint_id, result, scores, self.now())
            except StageIncomplete as incomplete:
                return " ".join(problem_text(p) for p in incomplete.problems)
            except Exception as error:  # noqa: BLE001 - shown in the dialog; it stays open
                return self._reason(error)
            return ""

        name = isolate(customer_name(line.complaint) or self.tr("No name"))
        dialog = FollowUpDialog(name, apply, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._changed(complaint_id))
        dialog.open()
        return dialog

    def _reschedule(self, line: DueLine) -> RescheduleDialog:
        from coach.ui.today_dialogs import RescheduleDialog

        complaint = line.complaint
        complaint_id = complaint.id
        assert complaint_id is not None
        dialog: RescheduleDialog

        def apply() -> str:
            day = dialog.value()
            if day is None:
                return self.tr("Choose the day of the follow-up.")
            if day < complaint.created_at.date():
                return self.tr("The follow-up cannot be before the complaint was made.")
            try:
                self.context.day.reschedule_follow_up(complaint_id, day, self.now())
            except Exception as error:  # noqa: BLE001 - shown in the dialog; it stays open
                return self._reason(error)
            return ""

        name = isolate(customer_name(complaint) or self.tr("No name"))
        today: date = self.now().date()
        dialog = RescheduleDialog(self.context, name, max(today, line.day), apply, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._changed(complaint_id))
        dialog.open()
        return dialog

    def _reason(self, error: Exception) -> str:
        return self.tr("Not saved: {reason}").replace("{reason}", str(error))

    def _failed(self, error: Exception) -> None:
        self.prompts.error(self, self.tr("Not saved"), self._reason(error))
