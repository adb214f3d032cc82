"""Nothing typed into the wizard is lost: autosave, closing the app, a store that fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow


@pytest.fixture
def context(data_dir: Path):
    opened = Coach.open(data_dir, "en")
    yield opened
    opened.close()


def open_wizard(qtbot, context, prompts=None) -> WizardWindow:
    window = WizardWindow(context, prompts=prompts or ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def control(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def test_every_edit_is_written_within_two_seconds(qtbot, context):
    window = open_wizard(qtbot, context)
    saves = []
    window.saved.connect(saves.append)
    qtbot.keyClicks(control(window, "customer_name"), "Lina")
    qtbot.waitUntil(lambda: context.count() == 1, timeout=2000)
    qtbot.keyClicks(control(window, "product"), "Birthday cake")
    qtbot.waitUntil(lambda: context.search()[0].product == "Birthday cake", timeout=2000)
    assert len(saves) >= 2 and len(set(saves)) == 1
    assert "Saved at" in window.findChild(QLabel, "save_status").text()


def test_steady_typing_is_still_written_every_second(qtbot, context):
    window = open_wizard(qtbot, context)
    description = control(window, "description")
    for _ in range(9):
        qtbot.keyClicks(description, "word ")
        qtbot.wait(200)
    stored = context.search()
    assert stored and stored[0].description.startswith("word word word")


def test_quitting_the_app_writes_what_is_pending(qtbot, context):
    window = open_wizard(qtbot, context)
    qtbot.keyClicks(control(window, "customer_name"), "Quick quit")
    assert context.count() == 0
    QCoreApplication.instance().aboutToQuit.emit()
    assert context.search()[0].customer.name == "Quick quit"


def test_a_failed_save_is_shown_and_closing_asks_first(qtbot, context):
    prompts = ScriptedPrompts(answer=False)
    window = open_wizard(qtbot, context, prompts)
    context.close()
    qtbot.keyClicks(control(window, "customer_name"), "Kept on screen")
    window.autosave.flush()
    assert "Not saved" in window.findChild(QLabel, "save_status").text()
    window.close()
    assert window.isVisible() and "could not be saved" in prompts.shown[-1][1]
    assert control(window, "customer_name").text() == "Kept on screen"
    prompts.answer = True
    window.close()
    assert not window.isVisible()
