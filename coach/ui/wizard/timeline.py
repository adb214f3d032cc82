"""The complaint's timeline beside the coach: what happened and when, newest last, and the owner's
notes (document every interaction)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.domain import Complaint, Event
from coach.service import Coach
from coach.text.localise import format_date, to_digits
from coach.ui.direction import follow_content_direction, isolate
from coach.ui.labels import label
from coach.ui.read_only import hold

REOPEN_REASON = "Reopened by the owner."
LIST_HEIGHT = 132


class TimelineView(QWidget):
    """The events of one complaint, a one-line field to add a note, and a toggle that folds both
    away. It knows no other widget: its owner calls ``show_complaint(id)`` after each save, and
    gives ``stored``, which returns the complaint as stored, writing it first when it is new (a
    note needs it), or raises with the reason it cannot.
    """

    def __init__(
        self,
        context: Coach,
        complaint_id: int | None,
        stored: Callable[[], Complaint],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.complaint_id = complaint_id
        self.stored = stored
        self.shown: list[Event] = []
        self.setObjectName("timeline")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("timeline_toggle")
        self.toggle.setAccessibleName(self.tr("Timeline"))
        self.toggle.setAutoRaise(True)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.body = QWidget(self)
        self.list = QListWidget(self.body)
        self.list.setObjectName("timeline_list")
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(LIST_HEIGHT)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_content_direction(self.list)
        self.note = QLineEdit(self.body)
        self.note.setObjectName("add_note")
        self.note.setAccessibleName(self.tr("Add a note"))
        self.note.setPlaceholderText(self.tr("Add a note: a call, a visit, what was agreed"))
        follow_content_direction(self.note)
        self.add_button = QPushButton(self.tr("Add note"), self.body)
        self.add_button.setObjectName("add_note_button")
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.add_button.setAutoDefault(False)
        self.problem = QLabel(self.body)
        self.problem.setObjectName("note_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.list)
        body.addLayout(row)
        body.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.clicked.connect(lambda: self._fold(not self.body.isVisibleTo(self)))
        self.note.returnPressed.connect(self.add_note)
        self.add_button.clicked.connect(self.add_note)
        hold(context.read_only, self.note, self.add_button)
        self._fold(True)
        self.refresh()

    def beneath(self, panel: QWidget, *after: QWidget) -> QWidget:
        """A column holding ``panel`` above this timeline, and ``after`` it what follows."""
        column = QWidget(self.parentWidget())
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(panel, 1)
        layout.addWidget(self)
        for widget in after:
            layout.addWidget(widget)
        return column

    def _fold(self, open_: bool) -> None:
        self.body.setVisible(open_)
        closed = "\u25c2" if self.isRightToLeft() else "\u25b8"
        arrow = "\u25be" if open_ else closed
        title = self.tr("Timeline")
        self.toggle.setText(f"{arrow} {title}")

    # --- the list --------------------------------------------------------------------------

    def show_complaint(self, complaint_id: int) -> None:
        """Shows the events of ``complaint_id`` (0: a complaint not yet stored)."""
        self.complaint_id = complaint_id or None
        self.refresh()

    def refresh(self) -> None:
        """Shows the stored events of the complaint (nothing before it is first written)."""
        events = self.context.events(self.complaint_id) if self.complaint_id else []
        if events == self.shown:
            return
        self.shown = events
        self.list.clear()
        for event in events:
            item = QListWidgetItem(f"{self.when(event.at)} \u00b7 {self.describe(event)}")
            item.setData(Qt.ItemDataRole.UserRole, event.kind)
            self.list.addItem(item)
        self.list.scrollToBottom()

    def when(self, at: datetime) -> str:
        context = self.context
        day = format_date(at, context.calendar, context.digits)
        return f"{day} {to_digits(f'{at.hour:02d}:{at.minute:02d}', context.digits)}"

    def describe(self, event: Event) -> str:
        """The event in the interface language; text the owner typed keeps its own direction."""
        detail = event.detail
        if event.kind == "created":
            return self.tr("Complaint opened")
        if event.kind == "stage_completed":
            return self.tr("Stage completed: {stage}").replace("{stage}", label(event.stage))
        if event.kind == "promise_made":
            promised = _iso_date(detail)
            if promised is None:
                return self.tr("Promise made")
            context = self.context
            day = format_date(promised, context.calendar, context.digits)
            return self.tr("Promise made for {date}").replace("{date}", isolate(day))
        if event.kind == "follow_up_done":
            if not detail:
                return self.tr("Follow-up done")
            return self.tr("Follow-up done: {result}").replace(
                "{result}", label(detail, "follow_up_result")
            )
        if event.kind == "fix_done":
            return self.tr("Fix done")
        if event.kind == "follow_up_rescheduled" and (moved := _iso_date(detail)) is not None:
            day = format_date(moved, self.context.calendar, self.context.digits)
            return self.tr("Follow-up moved to {date}").replace("{date}", isolate(day))
        if event.kind == "attachment_added":
            return self.tr("File added: {name}").replace("{name}", isolate(detail))
        if event.kind == "attachment_removed":
            return self.tr("File removed: {name}").replace("{name}", isolate(detail))
        if event.kind == "closed":
            return self.tr("Closed")
        if event.kind == "reopened":
            if not detail or detail == REOPEN_REASON:
                return self.tr("Reopened")
            return self.tr("Reopened: {reason}").replace("{reason}", isolate(detail))
        if event.kind == "note":
            return self.tr("Note: {text}").replace("{text}", isolate(detail))
        return isolate(f"{event.kind} {detail}".strip())

    # --- notes -----------------------------------------------------------------------------

    def add_note(self) -> None:
        """Adds the field's text as a note at the complaint's stage; the text stays on failure."""
        text = self.note.text()
        if not text.strip():
            return
        try:
            complaint_id = self.stored().id
            assert complaint_id is not None
            self.context.add_note(complaint_id, text)
        except Exception as error:  # noqa: BLE001 - shown in words; the note stays in the field
            self._failed(str(error))
            return
        self.problem.hide()
        self.note.clear()
        self.show_complaint(complaint_id)

    def _failed(self, reason: str) -> None:
        self.problem.setText(self.tr("Note not saved: {reason}").replace("{reason}", reason))
        self.problem.show()


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
