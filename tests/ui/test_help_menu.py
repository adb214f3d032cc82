"""Help → User guide opens the guide in the interface language; Help → About names the version,
the licence and the fonts; the app shows its icon."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coach import __version__
from coach.system.desktop import APP_ID
from coach.text.languages import LANGUAGES, is_rtl
from coach.ui.app import SMOKE_TEST_ENV, create_main_window, run_app
from coach.ui.prompts import ScriptedPrompts


class Browser(QObject):
    """Stands in for the system's browser: Qt hands it every file URL the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def browser() -> Iterator[Browser]:
    handler = Browser()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def help_entries(window: object) -> list[str]:
    menus = window.menuBar().actions()  # type: ignore[attr-defined]
    return [action.text() for action in menus[-1].menu().actions() if action.text()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_user_guide_opens_in_the_interface_language(
    qtbot: QtBot,
    data_dir: Path,
    browser: Browser,
    ui_language: Callable[[str], None],
    lang: str,
) -> None:
    ui_language(lang)
    window = create_main_window(data_dir, lang, ScriptedPrompts())
    qtbot.addWidget(window)
    assert window.guide_action.text() in help_entries(window)
    window.guide_action.trigger()
    (url,) = browser.opened
    page = Path(url.toLocalFile())
    assert page.is_file() and page.name == f"{lang}.html"
    head = page.read_text(encoding="utf-8")[:400]
    assert f'lang="{lang}"' in head and f'dir="{"rtl" if is_rtl(lang) else "ltr"}"' in head
    assert window.prompts.shown == []


def test_about_names_the_version_the_licence_and_the_fonts(
    qtbot: QtBot, data_dir: Path, ui_language: Callable[[str], None]
) -> None:
    ui_language("fa")
    window = create_main_window(data_dir, "fa", ScriptedPrompts())
    qtbot.addWidget(window)
    assert window.about_action.text().replace("&", "") in help_entries(window)[-1]
    window.about_action.trigger()
    dialog = window.findChild(QLabel, "about_version").window()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle().startswith("درباره") and "دستیار رسیدگی" in dialog.windowTitle()
    assert __version__ in dialog.findChild(QLabel, "about_version").text()
    assert "MIT" in dialog.findChild(QLabel, "about_licence").text()
    fonts = dialog.findChild(QLabel, "about_fonts").text()
    assert "Noto Sans Arabic" in fonts and "SIL Open Font License" in fonts
    licence = dialog.findChild(QPlainTextEdit, "font_licence_text").toPlainText()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    dialog.close()


def test_the_app_shows_its_icon_and_names_its_desktop_entry(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    guard = QTimer(qapp)
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(15000)
    try:
        assert run_app(str(data_dir), "en", prompts=ScriptedPrompts()) == 0
    finally:
        guard.stop()
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert qapp.desktopFileName() == APP_ID
