"""The Learn screen: choosing a topic shows its coaching and the principles it teaches."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from coach.playbooks import load_playbook
from coach.system.paths import user_playbooks_dir
from coach.ui.learn_screen import LearnScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def screen(qtbot: QtBot) -> LearnScreen:
    widget = LearnScreen(load_playbook("en"))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def find_item(screen: LearnScreen, title: str) -> QTreeWidgetItem:
    found = screen.topics.findItems(title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert len(found) == 1, title
    return found[0]


def click(qtbot: QtBot, screen: LearnScreen, item: QTreeWidgetItem) -> None:
    screen.topics.scrollToItem(item)
    rect = screen.topics.visualItemRect(item)
    qtbot.mouseClick(screen.topics.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_groups_list_every_kind_of_topic(screen: LearnScreen) -> None:
    groups = [
        screen.topics.topLevelItem(i).text(0) for i in range(screen.topics.topLevelItemCount())
    ]
    assert groups == [
        "Stages",
        "Safety",
        "Root causes",
        "Customer warning signs",
        "Decisions about a customer",
        "Channels",
        "Library",
    ]
    assert screen.topics.topLevelItem(0).childCount() == 5
    assert screen.topics.topLevelItem(3).childCount() == 10


def test_first_stage_is_shown_at_start(screen: LearnScreen) -> None:
    assert "Let them finish without interrupting." in screen.text.toPlainText()


def test_clicking_an_article_shows_its_text_and_principle_ids(
    qtbot: QtBot, screen: LearnScreen
) -> None:
    item = find_item(screen, "The customers who never complain")
    with qtbot.waitSignal(screen.entry_shown) as shown:
        click(qtbot, screen, item)
    assert shown.args == ["article", "silent_majority"]
    text = screen.text.toPlainText()
    assert "one in 26" in text
    assert "Principles taught: 004:Q2 · 001:R8" in text


def test_a_stage_shows_phrases_to_avoid_with_the_better_way(
    qtbot: QtBot, screen: LearnScreen
) -> None:
    click(qtbot, screen, find_item(screen, "Apologise"))
    text = screen.text.toPlainText()
    assert "Sorry, but the system was down." in text
    assert "Better: I'm sorry, that was our mistake. I'll fix it now." in text
    assert "002:W1" in text


def test_root_cause_shows_what_to_fix(qtbot: QtBot, screen: LearnScreen) -> None:
    click(qtbot, screen, find_item(screen, "Rigid policy"))
    assert "What to fix" in screen.text.toPlainText()
    assert "004:E3" in screen.text.toPlainText()


def test_filter_narrows_the_topics(qtbot: QtBot, screen: LearnScreen) -> None:
    qtbot.keyClicks(screen.filter_edit, "NPS")
    visible = [
        item.text(0)
        for item in screen.topics.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        )
        if item.parent() is not None and not item.isHidden() and not item.parent().isHidden()
    ]
    assert "Measuring service: CSAT, CES and NPS" in visible
    assert "Listen" not in visible
    screen.filter_edit.clear()
    qtbot.keyClicks(screen.filter_edit, "zzzz")
    assert screen.empty_label.isVisibleTo(screen)


def test_show_entry_opens_a_topic_by_key(screen: LearnScreen) -> None:
    assert screen.show_entry("customer_sign", "abuse_or_threats")
    assert "Abuse or threats" in screen.text.toPlainText()
    assert not screen.show_entry("article", "no_such_article")


def test_controls_have_accessible_names(screen: LearnScreen) -> None:
    assert screen.topics.accessibleName() == "Playbook topics"
    assert screen.text.accessibleName() == "Coaching text"
    assert screen.filter_edit.accessibleName() == "Filter topics"


def test_owner_article_appears_in_the_library(qtbot: QtBot, data_dir: Path) -> None:
    folder = user_playbooks_dir(data_dir) / "en"
    folder.mkdir(parents=True)
    (folder / "library.toml").write_text(
        '[our_promise]\ntitle = "Our promise"\nsummary = "Fresh or free."\nbody = "Always."\n',
        encoding="utf-8",
    )
    widget = LearnScreen(load_playbook("en", user_playbooks_dir(data_dir)))
    qtbot.addWidget(widget)
    assert widget.show_entry("article", "our_promise")
    assert "Fresh or free." in widget.text.toPlainText()
