"""The row of stages above the form: done, current and still to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from coach.complaints.vocabulary import STAGES
from coach.text.localise import to_digits
from coach.ui.labels import label

_STYLES = {
    "done": "color: #137333; background: #e6f4ea; border: 1px solid #81c995;",
    "current": "color: white; background: #1a73e8; border: 1px solid #1a73e8; font-weight: bold;",
    "todo": "color: #5f6368; background: #f1f3f4; border: 1px solid #dadce0;",
}


class StageRail(QWidget):
    """One button per stage; ``stage_clicked`` fires for the stages the owner may open."""

    stage_clicked = Signal(str)

    def __init__(self, digits: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stage_rail")
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        for number, stage in enumerate(STAGES, start=1):
            if number > 1:
                arrow = QLabel("\u2014", self)
                arrow.setStyleSheet("color: #9aa0a6;")
                layout.addWidget(arrow)
            button = QPushButton(to_digits(f"{number}", digits) + "  " + label(stage), self)
            button.setObjectName(f"rail_{stage}")
            button.setAccessibleName(label(stage))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(
                lambda checked=False, stage=stage: self.stage_clicked.emit(stage)
            )
            layout.addWidget(button, 1)
            self.buttons[stage] = button
        self.state_texts = {
            "done": self.tr("done"),
            "current": self.tr("current stage"),
            "todo": self.tr("still to do"),
        }

    def show_progress(self, reached: str, shown: str, review: bool) -> None:
        """Stages before ``reached`` are done (all of them in review); ``shown`` is on screen."""
        reached_index = len(STAGES) if review else STAGES.index(reached)
        for index, stage in enumerate(STAGES):
            if stage == shown:
                state = "current"
            elif index < reached_index:
                state = "done"
            else:
                state = "todo"
            self.states[stage] = state
            button = self.buttons[stage]
            button.setStyleSheet(
                f"QPushButton {{ {_STYLES[state]} border-radius: 12px; padding: 4px 10px; }}"
            )
            button.setEnabled(state == "done" or (state == "current"))
            button.setAccessibleDescription(self.state_texts[state])
            button.setToolTip(self.state_texts[state])
