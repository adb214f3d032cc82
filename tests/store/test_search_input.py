"""Search takes any input: control characters, lone surrogates and FTS syntax never raise."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint
from coach.service import Coach, ComplaintQuery
from coach.ui.app import create_main_window
from coach.ui.prompts import ScriptedPrompts

NASTY = [
    "ca\x00ke",
    "\x00",
    "\ud800cake",
    "dry\udfff",
    'cake" OR "x',
    "NEAR(cake dry)",
    "cake*",
    "^cake",
    "description:cake",
    "AND OR NOT",
    '"',
    "'",
    "\\",
    "%_%",
    "(((",
    "{dry}",
    "\x1b[31mcake",
    "\u202ecake",
    "x" * 5000,
]


@pytest.fixture
def coach(tmp_path: Path):
    opened = Coach.open(tmp_path / "d", "en")
    opened.save(Complaint(created_at=datetime(2026, 5, 1), description="the cake was dry"))
    yield opened
    opened.close()


@pytest.mark.parametrize("text", NASTY, ids=[repr(t)[:20] for t in NASTY])
def test_any_search_text_is_answered(coach: Coach, text: str) -> None:
    found = coach.search(ComplaintQuery(text=text))
    assert coach.count(ComplaintQuery(text=text)) == len(found)


def test_syntax_is_searched_as_words(coach: Coach) -> None:
    assert coach.count(ComplaintQuery(text="cake\x00")) == 1
    assert coach.count(ComplaintQuery(text="\ud800cake")) == 1
    assert coach.count(ComplaintQuery(text='cake" OR "nothing')) == 0


def test_the_window_shows_a_search_with_a_nul_character(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "w"
    with Coach.open(folder, "en") as coach:
        coach.save(Complaint(created_at=datetime(2026, 5, 1), description="the cake was dry"))
    window = create_main_window(folder, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    for text in ("cake\x00", 'NEAR("x', "dry\x1b"):
        window.filters.search_box.setText(text)
        window.filters.search_box.returnPressed.emit()
        assert window.model.rowCount() == window.model.total
    window.filters.search_box.setText("cake\x00")
    window.filters.search_box.returnPressed.emit()
    assert window.model.total == 1
