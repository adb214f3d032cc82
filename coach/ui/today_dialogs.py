"""The two small dialogs of the Today view: the follow-up done (result and scores), and a new
follow-up date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.fields import spec
from coach.complaints.rules import SCORE_RANGES
from coach.complaints.vocabulary import FOLLOW_UP_RESULTS
from coach.service import Coach
from coach.ui.labels import label
from coach.ui.wizard.date_field import DateField
from coach.ui.wizard.fields import ChoiceField, ScoreField
from coach.ui.wizard.texts import field_label


class _AskDialog(QDialog):
    """OK runs ``apply``, which returns "" when done or the reason, in words, why not: the
    dialog closes only when it is done, else shows the reason and keeps what was entered."""

    def __init__(self, apply: Callable[[], str], parent: QWidget | None):
        super().__init__(parent)
        self.apply = apply
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()

    def accept(self) -> None:
        problem = self.apply()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.setObjectName("dialog_buttons")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FollowUpDialog(_AskDialog):
    """Asks how the follow-up went: its result and the scores the customer gave."""

    def __init__(self, customer: str, apply: Callable[[], str], parent: QWidget | None = None):
        super().__init__(apply, parent)
        self.setObjectName("follow_up_dialog")
        self.setWindowTitle(self.tr("Follow-up done"))
        intro = QLabel(
            self.tr("How did the follow-up with {customer} go?").replace("{customer}", customer)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.result_choice = ChoiceField(
            [(key, label(key, "follow_up_result")) for key in FOLLOW_UP_RESULTS]
        )
        self.result_choice.setObjectName("follow_up_result")
        self._row(form, "follow_up_result", self.result_choice)
        self.scores: dict[str, ScoreField] = {}
        for key, (low, high) in SCORE_RANGES.items():
            score = ScoreField(low, high)
            score.setObjectName(key)
            self.scores[key] = score
            self._row(form, key, score)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))

    @staticmethod
    def _row(form: QFormLayout, key: str, editor: QWidget) -> None:
        text = field_label(spec(key).key)
        caption = QLabel(text)
        caption.setBuddy(editor)
        editor.setAccessibleName(text)
        form.addRow(caption, editor)

    def values(self) -> tuple[str, dict[str, int | None]]:
        """The result key ("" when not chosen) and each score (None when not asked)."""
        return self.result_choice.read(), {key: field.read() for key, field in self.scores.items()}


class RescheduleDialog(_AskDialog):
    """Asks for the day the follow-up moves to (tomorrow unless changed)."""

    def __init__(
        self,
        context: Coach,
        customer: str,
        today: date,
        apply: Callable[[], str],
        parent: QWidget | None = None,
    ):
        super().__init__(apply, parent)
        self.setObjectName("reschedule_dialog")
        self.setWindowTitle(self.tr("Reschedule the follow-up"))
        intro = QLabel(
            self.tr("When will you follow up with {customer}?").replace("{customer}", customer)
        )
        intro.setWordWrap(True)
        self.day = DateField(
            context.calendar, context.digits, field_label("follow_up_due"), relative=True
        )
        self.day.setObjectName("new_follow_up_due")
        self.day.write(today + timedelta(days=1))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.day)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self))

    def value(self) -> date | None:
        return self.day.read()
