"""The main window's helpers (backups and the bin, damage handling, customer pages) are built
once the window has been painted; every action they bring works, and one needed sooner is built
at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from coach.service import Coach
from coach.system.paths import backups_dir
from coach.ui.app import create_main_window
from coach.ui.prompts import ScriptedPrompts

FILE_MENU = [
    "&New complaint",
    "&Reports…",
    "Customer &page",
    "&Settings…",
    "&Import…",
    "&Export…",
    "&Backups…",
    "B&in…",
    "&Move complaint to the bin",
    "&Anonymise customer…",
    "",
    "&Quit",
]


def file_menu(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions()]


def test_the_file_menu_is_whole_once_the_window_is_painted(qtbot, data_dir: Path) -> None:
    window = create_main_window(data_dir, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    assert not window.helpers.built
    window.show()
    qtbot.waitUntil(lambda: window.helpers.built, timeout=3000)
    assert file_menu(window) == FILE_MENU
    assert window.findChild(QAction, "show_customer").shortcut().toString() == "Ctrl+U"


def test_a_helper_needed_before_the_paint_is_built_at_once(qtbot, data_dir: Path) -> None:
    with Coach.open(data_dir, "en") as coach:
        coach.add_demo(5, 1, "en", seed=2, today=coach.new_complaint().created_at.date())
    window = create_main_window(data_dir, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    dialog = window.safety.show_backups()
    assert dialog.isVisible()
    assert file_menu(window) == FILE_MENU
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.view.selectRow(0)
    page = window.customers.show_selected()
    assert page is not None and page.isVisible()


def test_backups_asked_for_before_the_paint_start_once_it_is_done(qtbot, data_dir: Path) -> None:
    window = create_main_window(data_dir, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    assert not window.helpers.built
    window.helpers.start_backups()
    daily = backups_dir(data_dir).glob
    qtbot.waitUntil(lambda: any(daily("complaints-*-daily.db")), timeout=5000)
    assert window.helpers.built
