"""The guided wizard: one complaint, five stages, the coach beside the form, nothing ever lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from coach.complaints import rules
from coach.complaints.domain import Complaint, Event
from coach.complaints.vocabulary import STAGES
from coach.errors import CoachError, StoreError
from coach.service import Coach
from coach.text.localise import to_digits
from coach.ui.buttons import named_button
from coach.ui.prompts import Prompts
from coach.ui.read_only import hold
from coach.ui.store_problems import problem_text as store_problem
from coach.ui.wizard.autosave import Autosave
from coach.ui.wizard.captions import follow_up_hint, review_note, window_title
from coach.ui.wizard.coach_panel import CoachPanel
from coach.ui.wizard.date_field import DateField
from coach.ui.wizard.draft import Draft, complaint_signs
from coach.ui.wizard.extras import WizardExtras
from coach.ui.wizard.fields import ChoiceField
from coach.ui.wizard.fix_done import FixDoneButton
from coach.ui.wizard.keys import install_shortcuts
from coach.ui.wizard.rail import StageRail
from coach.ui.wizard.reply_button import WriteReplyButton
from coach.ui.wizard.stage_stack import stage_stack, watch_tone
from coach.ui.wizard.texts import problem_text
from coach.ui.wizard.timeline import REOPEN_REASON, TimelineView


class WizardWindow(QWidget):
    """A top-level window for one complaint (new when ``complaint_id`` is None).

    ``saved(id)`` fires after every write; ``finished(id)`` once, when the window closes (0 when
    nothing was ever written); ``damage_found(error)`` when a save met a damaged log. A closed
    complaint opens read-only with a "Reopen" button; any complaint of a read-only log opens
    read-only with a note saying why.
    """

    saved = Signal(int)
    finished = Signal(int)
    damage_found = Signal(object)

    def __init__(
        self,
        context: Coach,
        complaint_id: int | None = None,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.prompts = prompts or Prompts()
        self.save_error = ""
        self._loading = False
        self._review = False
        self._finished_sent = False
        complaint = context.new_complaint() if complaint_id is None else context.get(complaint_id)
        self.draft = Draft(context, complaint)
        self._shown = complaint.stage
        self.autosave = Autosave(self._save, self)
        self._build()
        self._load(complaint)
        self.panel.show_decisions(self.draft.history.needs_decision)
        self._set_review(complaint.status == "closed" or context.read_only)
        self._show_stage(complaint.stage)
        app = QCoreApplication.instance()
        if app is not None:  # always true: widgets exist only inside an application
            app.aboutToQuit.connect(self._on_quit)
        self.resize(1200, 800)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("wizard")
        self.rail = StageRail(self.context.digits, self)
        self.rail.stage_clicked.connect(self._rail_clicked)
        self.stack, self.forms = stage_stack(self.context, self._edited, self)
        self.panel = CoachPanel(self.context.playbook, self)
        self.panel.changed.connect(self.autosave.touch)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        self.timeline = TimelineView(self.context, self.draft.complaint.id, self._stored, self)
        self.saved.connect(self.timeline.show_complaint)
        self.extras = WizardExtras(
            self.context,
            self.forms["listen"],
            self.draft,
            self._stored,
            self.saved,
            self.prompts,
            self,
        )
        splitter.addWidget(self.timeline.beneath(self.panel, self.extras.evidence))
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        self.status = QLabel(self)
        self.status.setObjectName("save_status")
        self.status.setWordWrap(True)
        self.buttons = [
            named_button(self, *spec)
            for spec in (
                ("reopen_button", self.tr("Reopen"), self._reopen),
                ("back_button", self.tr("Back"), self._back),
                ("save_close_button", self.tr("Save and close"), self.close),
                ("next_button", self.tr("Next"), self._next),
                ("finish_button", self.tr("Finish"), self._finish),
            )
        ]
        self.reopen_button, self.back_button, self.save_close_button = self.buttons[:3]
        self.next_button, self.finish_button = self.buttons[3:]
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 8)
        bar.addWidget(self.status, 1)
        self.fix_done = FixDoneButton(
            self.stack, self.saved, lambda: self.draft.complaint, self.complaint, self._commit, self
        )
        hold(self.context.read_only, self.fix_done)
        for button in [WriteReplyButton(self, self._stored, self), self.fix_done, *self.buttons]:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rail)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)
        self.tone_watchers = watch_tone(
            self.forms, self.context.language, self.panel.set_findings, self
        )
        backward = install_shortcuts(
            self, self._next_or_finish, self._next, self._back, self._save_now
        )
        self.next_button.setToolTip(self.tr("Next stage (Ctrl+Enter)"))
        self.back_button.setToolTip(self.tr("Previous stage ({keys})").replace("{keys}", backward))
        self.save_close_button.setToolTip(self.tr("Keep the draft and close (Esc)"))

    def _date(self, name: str) -> DateField:
        form = next(f for f in self.forms.values() if name in f.rows)
        return cast(DateField, form.editor(name))

    # --- the value -------------------------------------------------------------------------

    @property
    def stage(self) -> str:
        """The stage on screen."""
        return self._shown

    def complaint(self) -> Complaint:
        """The complaint as the fields and ticks describe it now (not yet checked or saved)."""
        values: dict[str, object] = {}
        for form in self.forms.values():
            values.update(form.values())
        return self.draft.compose(values, self.panel.ticks(), self.panel.signs())

    def _load(self, complaint: Complaint) -> None:
        self._loading = True
        for form in self.forms.values():
            form.load(complaint)
        self.panel.load(complaint.checklist, complaint_signs(complaint))
        self.panel.set_mood(complaint.mood)
        self._loading = False
        self._update_dates()
        for watcher in self.tone_watchers.values():
            watcher.check_now()

    def _update_dates(self) -> None:
        followed_up = self._date("followed_up_at").read() is not None
        closed = self.draft.complaint.status == "closed"
        self._date("follow_up_due").set_done(followed_up or closed)
        self._date("promised_by").set_done(followed_up or closed)

    # --- saving ----------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._loading or self._review:
            return
        for form in self.forms.values():
            form.clear_problem(name)
        if name == "mood":
            self.panel.set_mood(cast(ChoiceField, self.forms["listen"].editor("mood")).read())
        if name == "followed_up_at":
            self._update_dates()
        self.autosave.touch()

    def _save(self, events: list[Event] | None = None) -> bool:
        """Writes the complaint now (one transaction); False, with the reason shown, if it failed."""
        try:
            saved = self.draft.write(self.complaint(), events or [], datetime.now())
        except Exception as error:  # noqa: BLE001 - a failed write is shown, and retried, never lost
            self.save_error = store_problem(error) if isinstance(error, StoreError) else str(error)
            self.status.setText(self.tr("Not saved: {reason}").replace("{reason}", self.save_error))
            self.status.setStyleSheet("color: #b3261e;")
            if isinstance(error, StoreError) and error.kind == "damaged":
                self.damage_found.emit(error)
            return False
        self.save_error = ""
        self.panel.show_decisions(self.draft.history.needs_decision)
        now = datetime.now()
        clock = to_digits(f"{now.hour:02d}:{now.minute:02d}", self.context.digits)
        self.status.setText(self.tr("Saved at {time}").replace("{time}", clock))
        self.status.setStyleSheet("color: #5f6368;")
        self._update_title()
        assert saved.id is not None
        self.saved.emit(saved.id)
        return True

    def _save_now(self) -> None:
        if not self._review:
            self.autosave.touch()
            self.autosave.flush()

    def _stored(self) -> Complaint:
        """The complaint as stored, written now if it never was; CoachError if it cannot be."""
        if self.draft.complaint.id is None:
            self.autosave.touch()
            if not self.autosave.flush():
                raise CoachError(self.save_error)
        return self.draft.complaint

    def _commit(self, complaint: Complaint, events: list[Event]) -> bool:
        """Takes the core's new value of the complaint, writes it with ``events`` and shows it."""
        self.autosave.cancel()
        self.draft.complaint = complaint
        self._load(complaint)
        ok = self._save(events)
        if not ok:
            self.autosave.touch()
        self._show_stage(self.draft.complaint.stage)
        return ok

    def _on_quit(self) -> None:
        self.autosave.flush()

    # --- moving between stages -------------------------------------------------------------

    def _move(
        self, step: Callable[[Complaint, datetime], tuple[Complaint, list[Event]]]
    ) -> Complaint | None:
        """Runs the core's ``step`` (advance, finish) and writes the result; if the stage is not
        complete, shows why beside each field and returns None."""
        problems = self.forms[self._shown].own_problems()
        if not problems:
            try:
                changed, events = step(self.complaint(), datetime.now())
            except rules.StageIncomplete as incomplete:
                problems = [(p.field, problem_text(p)) for p in incomplete.problems]
            else:
                return changed if self._commit(changed, events) else None
        self._show_problems(problems)
        return None

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        form = self.forms[self._shown]
        here = {name: text for name, text in problems if name in form.rows}
        form.show_problems(here)
        self.autosave.flush()
        elsewhere = [text for name, text in problems if name not in form.rows]
        message = self.tr("This stage still needs something: see the notes in red.")
        self.status.setText(" ".join([message, *elsewhere]))
        self.status.setStyleSheet("color: #b3261e;")
        if here:
            first = next(name for name in form.rows if name in here)
            form.rows[first].editor.control().setFocus()

    def show_stage(self, stage: str) -> None:
        """Shows ``stage`` (at most the complaint's own) without moving the complaint."""
        self._show_stage(STAGES[min(STAGES.index(stage), self._reached())])

    def _reached(self) -> int:
        return STAGES.index(self.draft.complaint.stage)

    def _next(self) -> None:
        if STAGES.index(self._shown) < self._reached():
            self._show_stage(STAGES[STAGES.index(self._shown) + 1])
        elif not self._review and self._shown != STAGES[-1]:
            self._move(rules.advance)

    def _back(self) -> None:
        if self._review or self._shown == STAGES[0]:
            return
        if STAGES.index(self._shown) < self._reached():
            self._show_stage(STAGES[STAGES.index(self._shown) - 1])
            return
        self._commit(rules.go_back(self.complaint()), [])

    def _next_or_finish(self) -> None:
        if self._shown == STAGES[-1]:
            self._finish()
        else:
            self._next()

    def _rail_clicked(self, stage: str) -> None:
        if self._review:
            self._show_stage(stage)
            return
        complaint = self.complaint()
        if STAGES.index(stage) >= STAGES.index(complaint.stage):
            return
        while complaint.stage != stage:
            complaint = rules.go_back(complaint)
        self._commit(complaint, [])

    def _finish(self) -> None:
        finished = None if self._review else self._move(rules.finish)
        if finished is None:
            return
        if finished.status == "closed":
            self.close()
            return
        self.prompts.inform(
            self,
            self.tr("Not resolved yet"),
            self.tr(
                "The follow-up found the problem not resolved, so the complaint is open again "
                "at the Resolve stage. Agree a new resolution with the customer."
            ),
        )

    def _reopen(self) -> None:
        confirmed = self.prompts.confirm(
            self,
            self.tr("Reopen complaint"),
            self.tr("Reopen this complaint? It goes back to the Resolve stage."),
        )
        if not confirmed:
            return
        reopened, events = rules.reopen(self.complaint(), datetime.now(), REOPEN_REASON)
        self._set_review(False)
        self._commit(reopened, events)

    # --- showing ---------------------------------------------------------------------------

    def _set_review(self, review: bool) -> None:
        self._review = review
        for form in self.forms.values():
            form.set_read_only(review)
        self.panel.set_read_only(review)
        if review:
            self.status.setText(review_note(self.context.read_only))
            self.status.setStyleSheet("color: #5f6368;")

    def _show_stage(self, stage: str) -> None:
        self._shown = stage
        for form in self.forms.values():
            if form.stage != stage:
                form.show_problems({})
        self.stack.setCurrentIndex(STAGES.index(stage))
        self.panel.set_stage(stage)
        self.rail.show_progress(self.draft.complaint.stage, stage, self._review)
        last = stage == STAGES[-1]
        self.back_button.setVisible(not self._review)
        self.back_button.setEnabled(stage != STAGES[0])
        self.next_button.setVisible(not self._review and not last)
        self.finish_button.setVisible(not self._review and last)
        self.reopen_button.setVisible(self._review and not self.context.read_only)
        self._update_hint()
        self._update_title()
        if not self._review:
            self.forms[stage].first_control().setFocus()

    def _update_hint(self) -> None:
        hint = self.forms["resolve"].hint
        text = follow_up_hint(self.draft.complaint, self.context, datetime.now())
        if text:
            hint.setText(text)
        hint.setVisible(bool(text))

    def _update_title(self) -> None:
        self.setWindowTitle(window_title(self.draft.complaint, self._shown))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Writes what is pending before closing; asks before losing anything it cannot write."""
        if not self._review and not self.autosave.flush():
            lose = self.prompts.confirm(
                self,
                self.tr("Changes not saved"),
                self.tr(
                    "The last changes could not be saved ({reason}). Close anyway and lose them?"
                ).replace("{reason}", self.save_error),
            )
            if not lose:
                event.ignore()
                return
            self.autosave.cancel()
        if not self._finished_sent:
            self._finished_sent = True
            self.finished.emit(self.draft.complaint.id or 0)
        event.accept()
