"""The Settings dialog, as the owner uses it."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from coach.system.paths import settings_path
from coach.system.settings import SETTINGS, Settings
from coach.text.languages import language
from coach.ui.i18n import install_language, uninstall_language
from coach.ui.prompts import ScriptedPrompts
from coach.ui.settings_dialog import (
    CHOICE_LABELS,
    RESTART_NOTE,
    SETTING_LABELS,
    SettingsDialog,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0


@pytest.fixture
def ui_language(qapp: QApplication, compiled_translations: None) -> Iterator[Callable[[str], None]]:
    yield lambda lang: install_language(qapp, lang)
    uninstall_language(qapp)


@pytest.fixture
def open_dialog(qtbot, data_dir: Path) -> Callable[..., SettingsDialog]:
    def make(stored: dict | None = None, prompts: ScriptedPrompts | None = None) -> SettingsDialog:
        dialog = SettingsDialog(Settings(data_dir, stored), prompts=prompts)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def choose(dialog: SettingsDialog, key: str, value: str) -> None:
    combo = dialog.editor(key)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def shown(dialog: SettingsDialog, key: str) -> str:
    combo = dialog.editor(key)
    assert isinstance(combo, QComboBox)
    return combo.currentData()


def visible_notes(dialog: SettingsDialog) -> list[QLabel]:
    return [note for note in dialog.notes if not note.isHidden()]


def saved(data_dir: Path) -> dict:
    return json.loads(settings_path(data_dir).read_text(encoding="utf-8"))


def test_every_setting_and_choice_has_a_translatable_label() -> None:
    for setting in SETTINGS:
        assert setting.key in SETTING_LABELS
        for value in setting.choices:
            if setting.key == "language":
                assert language(value).code == value and language(value).name
            else:
                assert value in CHOICE_LABELS


def test_one_row_per_setting_named_for_screen_readers(open_dialog) -> None:
    dialog = open_dialog()
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert labels == set(SETTING_LABELS.values())
    for setting in SETTINGS:
        assert dialog.editor(setting.key).accessibleName() == SETTING_LABELS[setting.key]


def test_choices_read_naturally(open_dialog) -> None:
    dialog = open_dialog()
    languages = dialog.editor("language")
    assert [languages.itemText(i) for i in range(languages.count())] == [
        "English",
        "العربية",
        "فارسی",
    ]
    digits = dialog.editor("digits")
    texts = [digits.itemText(i) for i in range(digits.count())]
    assert "0123456789" in texts[0] and "٠١٢٣٤٥٦٧٨٩" in texts[1] and "۰۱۲۳۴۵۶۷۸۹" in texts[2]
    paper = dialog.editor("paper_size")
    assert [paper.itemText(i) for i in range(paper.count())] == ["A4", "US Letter"]


def test_persian_interface_shows_persian_labels(open_dialog, ui_language) -> None:
    ui_language("fa")
    dialog = open_dialog({"language": "fa"})
    assert dialog.windowTitle() == "تنظیمات"
    assert dialog.editor("calendar").accessibleName() == "تقویم"
    assert dialog.editor("calendar").currentText() == "هجری شمسی"
    assert dialog.editor("language").currentText() == "فارسی"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert visible_notes(dialog) == []


def test_arabic_interface_shows_arabic_labels(open_dialog, ui_language) -> None:
    ui_language("ar")
    dialog = open_dialog({"language": "ar"})
    assert dialog.windowTitle() == "الإعدادات"
    assert dialog.editor("digits").accessibleName() == "الأرقام"
    assert dialog.editor("calendar").currentText() == "ميلادي"
    choose(dialog, "language", "en")
    arabic, english = visible_notes(dialog)
    assert "اللغة الجديدة" in arabic.text()
    assert english.text() == RESTART_NOTE
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_calendar_choice_is_saved(open_dialog, data_dir: Path) -> None:
    dialog = open_dialog({"language": "en"})
    choose(dialog, "calendar", "jalali")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert saved(data_dir)["calendar"] == "jalali"
    assert Settings.load(data_dir).calendar == "jalali"
    assert dialog.changed == {"calendar"}


def test_new_language_brings_its_defaults_and_a_restart_note(
    open_dialog, ui_language, data_dir: Path
) -> None:
    ui_language("en")
    dialog = open_dialog({"language": "en"})
    assert visible_notes(dialog) == []
    choose(dialog, "language", "fa")
    assert shown(dialog, "calendar") == "jalali"
    assert shown(dialog, "digits") == "persian"
    english, persian = visible_notes(dialog)
    assert english.text() == RESTART_NOTE
    assert "زبان جدید" in persian.text(), "the note is also in the new language"
    assert persian.layoutDirection() == Qt.LayoutDirection.RightToLeft
    choose(dialog, "language", "en")
    assert visible_notes(dialog) == []
    assert shown(dialog, "calendar") == "gregorian"
    choose(dialog, "language", "fa")
    dialog.accept()
    settings = Settings.load(data_dir)
    assert (settings.language, settings.calendar, settings.digits) == ("fa", "jalali", "persian")
    assert saved(data_dir) == {"language": "fa"}, "calendar and digits keep following the language"


def test_an_explicit_choice_survives_a_language_change(open_dialog, data_dir: Path) -> None:
    dialog = open_dialog({"language": "ar", "digits": "latin"})
    choose(dialog, "language", "fa")
    assert shown(dialog, "digits") == "latin"
    assert shown(dialog, "calendar") == "jalali"
    dialog.accept()
    assert saved(data_dir) == {"language": "fa", "digits": "latin"}


def test_business_name_typed_in_persian_keeps_its_zwnj(qtbot, open_dialog, data_dir) -> None:
    dialog = open_dialog()
    edit = dialog.editor("business_name")
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    for char in "  کتاب‌فروشی نو ":
        QApplication.sendEvent(
            edit,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )
    assert edit.alignment() & Qt.AlignmentFlag.AlignRight, "Persian text starts on the right"
    dialog.accept()
    assert Settings.load(data_dir).business_name == "کتاب‌فروشی نو"


def test_cancel_changes_nothing(open_dialog, data_dir: Path) -> None:
    dialog = open_dialog()
    choose(dialog, "paper_size", "letter")
    dialog.reject()
    assert not settings_path(data_dir).exists()
    assert dialog.settings.paper_size == "a4"


def test_a_folder_that_cannot_be_written_keeps_the_dialog_open(open_dialog, data_dir: Path) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("not a folder")
    prompts = ScriptedPrompts()
    dialog = open_dialog(prompts=prompts)
    choose(dialog, "paper_size", "letter")
    dialog.accept()
    assert dialog.isVisible()
    assert prompts.shown and prompts.shown[0][0] == "Settings not saved"
    assert "press OK again" in prompts.shown[0][1]
    assert dialog.settings.paper_size == "a4", "nothing half-applied"
    assert shown(dialog, "paper_size") == "letter", "the choice is still there"
