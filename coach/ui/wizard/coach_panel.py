"""The coach beside the form: the stage's goal, checklist and tips, the wording check, safety and
the customer's warning signs, all from the playbook in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.vocabulary import STAGES
from coach.playbooks import Playbook
from coach.tone.checker import Finding
from coach.ui.direction import isolate
from coach.ui.wizard.texts import field_label

TONE_FIELDS: dict[str, tuple[str, ...]] = {
    "apologise": ("apology",),
    "resolve": ("resolution", "steps"),
}
SIGN_STAGES = ("listen", "clarify")
_BOX_STYLES = {
    "safety": "background: #fdecea; border: 2px solid #c5221f;",
    "decision": "background: #fef7e0; border: 1px solid #e37400;",
    "tone": "background: #e8f0fe; border: 1px solid #4285f4;",
    "plain": "background: transparent; border: none;",
}


def _label(
    text: str = "", bold: bool = False, size: float = 0, italic: bool = False, struck: bool = False
) -> QLabel:
    """A wrapping plain-text label (one label per paragraph: rich-text lists get clipped)."""
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    if bold or size or italic or struck:
        font = widget.font()
        font.setBold(bold)
        font.setItalic(italic)
        font.setStrikeOut(struck)
        if size:
            font.setPointSizeF(font.pointSizeF() * size)
        widget.setFont(font)
    return widget


def _bullets(items: list[str]) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(6, 0, 0, 0)
    layout.setSpacing(3)
    for item in items:
        row = QHBoxLayout()
        row.addWidget(QLabel("\u2022"), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(_label(item), 1)
        layout.addLayout(row)
    return widget


class _Box(QFrame):
    def __init__(self, name: str, style: str):
        super().__init__()
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ {_BOX_STYLES[style]} border-radius: 6px; }}")
        self.box = QVBoxLayout(self)
        margin = (0, 0) if style == "plain" else (10, 8)
        self.box.setContentsMargins(margin[0], margin[1], margin[0], margin[1])
        self.box.setSpacing(4)

    def add(self, widget: QWidget) -> QWidget:
        self.box.addWidget(widget)
        return widget


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.clicked.emit()


class TickItem(QWidget):
    """A check box with a wrapping text beside it (a plain QCheckBox cannot wrap)."""

    def __init__(self, key: str, text: str, on_toggle: Callable[[str, bool], None]):
        super().__init__()
        self.key = key
        self.check = QCheckBox()
        self.check.setObjectName(f"tick_{key}")
        self.check.setAccessibleName(text)
        self.text = _ClickLabel(text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.clicked.connect(self.check.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.check.toggled.connect(lambda checked: on_toggle(key, checked))


class CoachPanel(QScrollArea):
    """Shows one stage's coaching; ``changed`` fires when the owner ticks something."""

    changed = Signal()

    def __init__(self, playbook: Playbook, parent: QWidget | None = None):
        super().__init__(parent)
        self.playbook = playbook
        self.stage = STAGES[0]
        self._loading = False
        self._ticks: dict[str, list[str]] = {}
        self._signs: list[str] = []
        self._findings: dict[str, tuple[list[Finding], str]] = {}
        self._tone_available = True
        self.setObjectName("coach_panel")
        self.setAccessibleName(self.tr("Coach"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(360)
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setSpacing(10)
        self._build_safety()
        self._build_decisions()
        self._build_tone()
        self.heads: dict[str, QWidget] = {}
        self.items: dict[str, list[TickItem]] = {}
        for stage in STAGES:
            self.heads[stage] = self._head(stage)
            self.column.addWidget(self.heads[stage])
        self._build_signs()
        self.tips: dict[str, QWidget] = {}
        for stage in STAGES:
            self.tips[stage] = self._tips(stage)
            self.column.addWidget(self.tips[stage])
        self.column.addStretch(1)
        self.setWidget(content)
        self.set_stage(self.stage)

    # --- building --------------------------------------------------------------------------

    def _build_safety(self) -> None:
        safety = self.playbook.safety
        self.safety_box = _Box("safety_box", "safety")
        self.safety_box.setAccessibleName(safety.title)
        self.safety_box.add(_label(safety.title, bold=True, size=1.15))
        self.safety_box.add(_label(safety.summary))
        self.safety_box.add(_bullets(safety.steps))
        self.safety_box.hide()
        self.column.addWidget(self.safety_box)

    def _build_decisions(self) -> None:
        self.decision_box = _Box("decision_box", "decision")
        heading = self.tr("This customer has shown warning signs in earlier complaints")
        self.decision_box.setAccessibleName(heading)
        self.decision_box.add(_label(heading, bold=True, size=1.1))
        self.decision_box.add(
            _label(self.tr("Before you go on, decide what to do about the relationship."))
        )
        self.decision_toggle = QPushButton(self.tr("Show the options"))
        self.decision_toggle.setObjectName("decision_toggle")
        self.decision_toggle.setCheckable(True)
        self.decision_box.add(self.decision_toggle)
        details = QWidget()
        details.setObjectName("decision_details")
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        for decision in self.playbook.decisions():
            layout.addWidget(_label(decision.title, bold=True))
            layout.addWidget(_label(decision.summary))
            layout.addWidget(_bullets(decision.steps))
        details.hide()
        self.decision_box.add(details)
        self.decision_toggle.toggled.connect(details.setVisible)
        self.decision_toggle.toggled.connect(
            lambda shown: self.decision_toggle.setText(
                self.tr("Hide the options") if shown else self.tr("Show the options")
            )
        )
        self.decision_box.hide()
        self.column.addWidget(self.decision_box)

    def _build_tone(self) -> None:
        self.tone_box = _Box("tone_box", "tone")
        self.tone_box.setAccessibleName(self.tr("Wording check"))
        self.tone_box.add(_label(self.tr("Wording check"), bold=True))
        self.tone_list = QWidget()
        self.tone_list.setObjectName("tone_findings")
        self.tone_rows = QVBoxLayout(self.tone_list)
        self.tone_rows.setContentsMargins(0, 0, 0, 0)
        self.tone_box.add(self.tone_list)
        self.column.addWidget(self.tone_box)

    def _head(self, stage: str) -> QWidget:
        content = self.playbook.stage(stage)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label(content.title, bold=True, size=1.3))
        goal = _label(content.goal)
        goal.setObjectName(f"goal_{stage}")
        layout.addWidget(goal)
        layout.addWidget(_label(self.tr("Checklist"), bold=True))
        self.items[stage] = []
        for item in content.checklist:
            tick = TickItem(item.key, item.text, partial(self._tick, stage))
            self.items[stage].append(tick)
            layout.addWidget(tick)
        return page

    def _build_signs(self) -> None:
        self.signs_box = _Box("signs_box", "plain")
        self.signs_box.add(_label(self.tr("Warning signs you notice"), bold=True))
        self.signs_box.add(
            _label(self.tr("Tick what this customer does. It is kept with the customer."))
        )
        self.sign_items: list[TickItem] = []
        for sign in self.playbook.signs():
            tick = TickItem(sign.key, sign.label, self._sign)
            tick.check.setObjectName(f"sign_{sign.key}")
            tick.setToolTip(f"{sign.looks_like}\n\n{sign.what_to_do}")
            self.sign_items.append(tick)
            self.signs_box.add(tick)
        self.column.addWidget(self.signs_box)

    def _tips(self, stage: str) -> QWidget:
        content = self.playbook.stage(stage)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        if content.tips:
            layout.addWidget(_label(self.tr("Tips"), bold=True))
            layout.addWidget(_bullets(content.tips))
        if content.say:
            layout.addWidget(_label(self.tr("Try saying"), bold=True))
            quoted = self.tr("\u201c{phrase}\u201d")
            layout.addWidget(_bullets([quoted.replace("{phrase}", s) for s in content.say]))
        if content.avoid:
            layout.addWidget(_label(self.tr("Avoid"), bold=True))
            for avoid in content.avoid:
                layout.addWidget(_label(avoid.phrase, struck=True))
                layout.addWidget(_label(avoid.reason))
                layout.addWidget(_label(self._better(avoid.better), italic=True))
        return page

    def _better(self, suggestion: str) -> str:
        return self.tr("Better: {suggestion}").replace("{suggestion}", suggestion)

    # --- state -----------------------------------------------------------------------------

    def set_stage(self, stage: str) -> None:
        self.stage = stage
        for key in STAGES:
            self.heads[key].setVisible(key == stage)
            self.tips[key].setVisible(key == stage)
        self.signs_box.setVisible(stage in SIGN_STAGES)
        self._show_findings()
        self.verticalScrollBar().setValue(0)

    def load(self, checklist: dict[str, list[str]], signs: list[str]) -> None:
        self._loading = True
        self._ticks = {stage: list(keys) for stage, keys in checklist.items() if stage in STAGES}
        self._signs = list(signs)
        for stage, items in self.items.items():
            for item in items:
                item.check.setChecked(item.key in self._ticks.get(stage, []))
        for item in self.sign_items:
            item.check.setChecked(item.key in self._signs)
        self._loading = False

    def ticks(self) -> dict[str, list[str]]:
        return {stage: keys for stage, keys in self._ticks.items() if keys}

    def signs(self) -> list[str]:
        return sorted(self._signs)

    def _tick(self, stage: str, key: str, on: bool) -> None:
        if self._loading:
            return
        keys = [k for k in self._ticks.get(stage, []) if k != key]
        self._ticks[stage] = keys + [key] if on else keys
        self.changed.emit()

    def _sign(self, key: str, on: bool) -> None:
        if self._loading:
            return
        self._signs = [k for k in self._signs if k != key] + ([key] if on else [])
        self.changed.emit()

    def set_mood(self, mood: str) -> None:
        """An abusive or threatening customer brings the safety guidance to the top at once."""
        self.safety_box.setVisible(mood == "abusive")
        if mood == "abusive":
            self.verticalScrollBar().setValue(0)

    def show_decisions(self, show: bool) -> None:
        self.decision_box.setVisible(show)

    def set_findings(self, field: str, findings: list[Finding] | None, text: str) -> None:
        """The wording check's findings for ``field`` (None: no rules for this language)."""
        self._tone_available = findings is not None
        self._findings[field] = (list(findings or []), text)
        self._show_findings()

    def _show_findings(self) -> None:
        fields = TONE_FIELDS.get(self.stage, ())
        self.tone_box.setVisible(bool(fields))
        while self.tone_rows.count():
            item = self.tone_rows.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        checked = False
        for name in fields:
            found, text = self._findings.get(name, ([], ""))
            checked = checked or bool(text.strip())
            for finding in found:
                if finding.end > finding.start:
                    line = self.tr("{field}: \u201c{phrase}\u201d \u2014 {message}")
                else:
                    line = self.tr("{field}: {message}")
                phrase = isolate(text[finding.start : finding.end])
                line = line.replace("{field}", field_label(name)).replace("{phrase}", phrase)
                self._add_tone_row(_label(line.replace("{message}", finding.message)))
                better = _label(self._better(finding.suggestion), italic=True)
                better.setContentsMargins(0, 0, 0, 6)
                self._add_tone_row(better)
        if not self.tone_rows.count():
            if not self._tone_available:
                message = self.tr("The wording check is not available in this language yet.")
            elif checked:
                message = self.tr("The wording reads well.")
            else:
                message = self.tr("The coach reads your wording as you type.")
            self._add_tone_row(_label(message))

    def _add_tone_row(self, row: QLabel) -> None:
        self.tone_rows.addWidget(row)
        row.show()

    def set_read_only(self, read_only: bool) -> None:
        for item in [*self.sign_items, *(i for items in self.items.values() for i in items)]:
            item.check.setEnabled(not read_only)
