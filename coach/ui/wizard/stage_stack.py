"""The wizard's five stage forms in one stack, and the wording check watching their texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from coach.complaints.vocabulary import STAGES
from coach.service import Coach
from coach.tone.checker import Finding
from coach.ui.wizard.coach_panel import TONE_FIELDS
from coach.ui.wizard.fields import TextField
from coach.ui.wizard.stage_forms import StageForm
from coach.ui.wizard.tone_watch import ToneWatcher


def stage_stack(
    context: Coach, edited: Callable[[str], None], parent: QWidget
) -> tuple[QStackedWidget, dict[str, StageForm]]:
    """One scrolling form per stage, in stage order; ``edited`` hears the name of each field edited."""
    stack = QStackedWidget(parent)
    forms: dict[str, StageForm] = {}
    for stage in STAGES:
        form = StageForm(stage, context)
        form.changed.connect(edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        stack.addWidget(scroll)
        forms[stage] = form
    return stack, forms


def watch_tone(
    forms: dict[str, StageForm],
    language: str,
    show: Callable[[str, list[Finding] | None, str], None],
    parent: QWidget,
) -> dict[str, ToneWatcher]:
    """A wording-check watcher on every text the coach reads, reporting to ``show``."""
    watchers: dict[str, ToneWatcher] = {}
    for stage, names in TONE_FIELDS.items():
        for name in names:
            editor = cast(TextField, forms[stage].editor(name))
            watcher = ToneWatcher(editor, name, language, parent)
            watcher.checked.connect(show)
            watchers[name] = watcher
    return watchers
