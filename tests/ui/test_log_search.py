"""The log's search never holds up typing: it reads in the background, a newer search wins, and
the count follows the first page."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.complaints.domain import Complaint
from coach.store import Store
from coach.ui.app import create_main_window
from coach.ui.log_model import PAGE_SIZE
from coach.ui.prompts import ScriptedPrompts


def fill(folder: Path, count: int) -> None:
    start = datetime(2026, 5, 1, 9)
    products = ("Kettle", "Toaster", "Blender")
    store = Store.open(folder)
    try:
        store.save_many(
            [
                (Complaint(created_at=start + timedelta(hours=i), product=products[i % 3]), [])
                for i in range(count)
            ]
        )
    finally:
        store.close()


def open_window(qtbot: QtBot, folder: Path):
    window = create_main_window(folder, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    return window


def search(window, text: str) -> None:
    window.filters.search_box.setText(text)
    window.filters.flush()


def test_a_search_reads_in_the_background_and_the_newest_one_wins(
    qtbot: QtBot, data_dir: Path
) -> None:
    fill(data_dir, 30)
    window = open_window(qtbot, data_dir)
    model = window.model
    shown: list[str] = []
    model.modelReset.connect(lambda: shown.append(model.query.text))

    search(window, "kettle")
    assert model.busy and model.rowCount() == 30, "typing goes on while the search runs"
    search(window, "toaster")
    search(window, "blender")
    qtbot.waitUntil(lambda: not model.busy)

    assert shown == ["blender"], "older searches are dropped, never shown"
    assert {model.index(row, 2).data() for row in range(model.rowCount())} == {"Blender"}
    assert window.findChild(QLabel, "complaint_count").text() == "10 complaints found"


def test_the_count_follows_the_first_page(qtbot: QtBot, data_dir: Path) -> None:
    fill(data_dir, PAGE_SIZE + 50)
    window = open_window(qtbot, data_dir)
    model = window.model
    assert model.rowCount() == PAGE_SIZE, "the first page is shown at once"
    label = window.findChild(QLabel, "complaint_count")
    assert label.text() == "Counting… (more than 200)"
    qtbot.waitUntil(lambda: model.is_counted)
    assert model.total == PAGE_SIZE + 50
    assert window.findChild(QLabel, "complaint_count").text() == "250 complaints"

    search(window, "toaster")
    qtbot.waitUntil(lambda: not model.busy)
    assert model.total == model.rowCount() == 83


def test_scrolling_reads_the_next_page_in_the_background(qtbot: QtBot, data_dir: Path) -> None:
    fill(data_dir, 2 * PAGE_SIZE + 10)
    window = open_window(qtbot, data_dir)
    model = window.model
    qtbot.waitUntil(lambda: not model.busy)
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE and not model.canFetchMore(), "one read at a time"
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE + 10)
    assert not model.canFetchMore()
    created = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert created == sorted(created, reverse=True), "newest first across the pages"
