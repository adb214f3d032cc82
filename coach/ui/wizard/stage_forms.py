"""One form per stage: its fields laid out in reading order, each with its label and its problem."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from coach.complaints.domain import Complaint, field_value
from coach.complaints.fields import FieldSpec, spec, stage_fields
from coach.service import Coach
from coach.ui.labels import label
from coach.ui.wizard.date_field import DateField
from coach.ui.wizard.fields import (
    CheckField,
    ChoiceField,
    LineField,
    MoneyField,
    ScoreField,
    TextField,
)
from coach.ui.wizard.texts import field_label

Editor = LineField | TextField | ChoiceField | CheckField | ScoreField | MoneyField | DateField

COLUMNS = 3


def form_rows(stage: str) -> list[list[FieldSpec]]:
    """The stage's fields packed into rows of COLUMNS columns, in registry (and tab) order."""
    rows: list[list[FieldSpec]] = []
    used = COLUMNS
    for field in stage_fields(stage):
        if field.new_row or used + field.width > COLUMNS:
            rows.append([])
            used = 0
        rows[-1].append(field)
        used += field.width
    return rows


def root_cause_choices(context: Coach) -> list[tuple[str, str]]:
    """Every cause in the store, named as ``Playbook.cause_label`` names it."""
    return list(context.root_causes().items())


def make_editor(name: str, context: Coach) -> Editor:
    """The control for field ``name``, set up for the owner's calendar and digits."""
    field = spec(name)
    if field.kind == "text":
        return TextField(field.lines)
    if field.kind == "cause":
        return ChoiceField(root_cause_choices(context))
    if field.kind == "choice":
        return ChoiceField([(key, label(key, name)) for key in field.choices])
    if field.kind == "date":
        return DateField(
            context.calendar, context.digits, field_label(name), relative=field.relative
        )
    if field.score_range is not None:
        return ScoreField(*field.score_range)
    if field.kind == "money":
        return MoneyField(context.digits)
    if field.kind == "flag":
        return CheckField(field_label(name))
    return LineField()


class FieldRow(QFrame):
    """A field with its label above it and, when something is wrong, the reason below it."""

    def __init__(self, name: str, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.setObjectName(f"row_{name}")
        text = field_label(name)
        control = editor.control()
        control.setObjectName(name)
        control.setAccessibleName(text)
        if control is not editor:
            editor.setObjectName(f"{name}_field")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        if not isinstance(editor, CheckField):
            caption = QLabel(text, self)
            caption.setBuddy(control)
            font = caption.font()
            font.setWeight(QFont.Weight.DemiBold)
            caption.setFont(font)
            layout.addWidget(caption)
        layout.addWidget(editor)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName(f"problem_{name}")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        if isinstance(editor, MoneyField):
            editor.problem_changed.connect(self.set_problem)

    def problem(self) -> str:
        return self.problem_label.text() if not self.problem_label.isHidden() else ""

    def set_problem(self, text: str) -> None:
        """Shows ``text`` under the field and highlights it; "" clears both."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.editor.control().setAccessibleDescription(text)
        if text:
            self.setStyleSheet(
                f"QFrame#{self.objectName()} {{ background: #fdecea;"
                " border: 1px solid #d93025; border-radius: 4px; }"
            )
        else:
            self.setStyleSheet("")


class StageForm(QWidget):
    """The fields of one stage; ``changed`` carries the name of the field the owner edited."""

    changed = Signal(str)

    def __init__(self, stage: str, context: Coach, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.rows: dict[str, FieldRow] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        layout = form_rows(stage)
        for row_index, row in enumerate(layout):
            column = 0
            for field in row:
                name = field.key
                field_row = FieldRow(name, make_editor(name, context), self)
                field_row.editor.changed.connect(lambda name=name: self.changed.emit(name))
                grid.addWidget(field_row, row_index, column, 1, field.width)
                self.rows[name] = field_row
                column += field.width
        self.hint = QLabel(self)
        self.hint.setObjectName(f"hint_{stage}")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #3c4043; padding: 4px 6px;")
        self.hint.hide()
        grid.addWidget(self.hint, len(layout), 0, 1, COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(layout) + 1, 1)

    def editor(self, name: str) -> Editor:
        return self.rows[name].editor

    def load(self, complaint: Complaint) -> None:
        for name, row in self.rows.items():
            row.editor.write(field_value(complaint, name))

    def values(self) -> dict[str, object]:
        return {name: row.editor.read() for name, row in self.rows.items()}

    def own_problems(self) -> list[tuple[str, str]]:
        """Problems only the form can see (text that is not a number), as (field, reason)."""
        return [
            (name, row.editor.problem())
            for name, row in self.rows.items()
            if isinstance(row.editor, MoneyField) and row.editor.problem()
        ]

    def show_problems(self, problems: dict[str, str]) -> None:
        """Shows each field's reason (field -> words) and clears the others."""
        for name, row in self.rows.items():
            row.set_problem(problems.get(name, ""))

    def clear_problem(self, name: str) -> None:
        row = self.rows.get(name)
        if row is not None and not isinstance(row.editor, MoneyField):
            row.set_problem("")

    def first_control(self) -> QWidget:
        first = stage_fields(self.stage)[0].key
        return self.rows[first].editor.control()

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.editor.set_read_only(read_only)
