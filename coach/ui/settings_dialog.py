"""The Settings dialog: one row per setting declared in coach.system.settings.SETTINGS."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coach.system.settings import SETTINGS, Setting, Settings
from coach.text.languages import SOURCE_LANGUAGE, language
from coach.text.localise import DIGIT_SETS
from coach.text.translatable import QT_TRANSLATE_NOOP
from coach.ui.direction import follow_content_direction, text_direction
from coach.ui.folder_field import add_folder_choice
from coach.ui.i18n import app_translation_file, installed_language
from coach.ui.prompts import Prompts

_CONTEXT = "SettingsDialog"
SETTING_LABELS: dict[str, str] = {
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "calendar": QT_TRANSLATE_NOOP("SettingsDialog", "Calendar"),
    "digits": QT_TRANSLATE_NOOP("SettingsDialog", "Digits"),
    "business_name": QT_TRANSLATE_NOOP("SettingsDialog", "Business name (report header)"),
    "paper_size": QT_TRANSLATE_NOOP("SettingsDialog", "Paper size"),
    "backup_folder": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Second backup folder (a USB stick or a synced folder)"
    ),
    "reminders": QT_TRANSLATE_NOOP("SettingsDialog", "Desktop notifications when something is due"),
}
CHOICE_LABELS: dict[str, str] = {
    "gregorian": QT_TRANSLATE_NOOP("SettingsDialog", "Gregorian"),
    "jalali": QT_TRANSLATE_NOOP("SettingsDialog", "Jalali (Persian solar)"),
    "latin": QT_TRANSLATE_NOOP("SettingsDialog", "Latin"),
    "arabic": QT_TRANSLATE_NOOP("SettingsDialog", "Arabic-Indic"),
    "persian": QT_TRANSLATE_NOOP("SettingsDialog", "Persian"),
    "a4": QT_TRANSLATE_NOOP("SettingsDialog", "A4"),
    "letter": QT_TRANSLATE_NOOP("SettingsDialog", "US Letter"),
    "on": QT_TRANSLATE_NOOP("SettingsDialog", "On"),
    "off": QT_TRANSLATE_NOOP("SettingsDialog", "Off"),
}
RESTART_NOTE = QT_TRANSLATE_NOOP(
    "SettingsDialog", "The new language is used after you restart Complaint Coach."
)
BUSINESS_NAME_LENGTH = 80


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def choice_label(setting: Setting, value: str) -> str:
    """How a choice is shown: language names in their own language, digits with a sample."""
    if setting.key == "language":
        return language(value).name
    text = _translate(CHOICE_LABELS[value])
    if setting.key == "digits":
        return f"{text}  {DIGIT_SETS[value]}"
    return text


def restart_note(lang: str) -> str:
    """The restart note in ``lang`` (read straight from that language's catalogue)."""
    if lang == SOURCE_LANGUAGE:
        return RESTART_NOTE
    translator = QTranslator()
    if translator.load(app_translation_file(lang)):
        return translator.translate(_CONTEXT, RESTART_NOTE) or RESTART_NOTE
    return RESTART_NOTE


class SettingsDialog(QDialog):
    """Edits ``settings``; OK saves them. Values equal to their natural default are stored as
    "follow the default", so calendar and digits keep following the language until chosen."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, prompts: Prompts | None = None
    ):
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts or Prompts()
        self.changed: set[str] = set()
        self.setWindowTitle(self.tr("Settings"))
        self._editors: dict[str, QComboBox | QLineEdit] = {}
        form = QFormLayout()
        for setting in SETTINGS:
            editor = self._make_editor(setting)
            label = QLabel(_translate(SETTING_LABELS[setting.key]))
            label.setBuddy(editor)
            editor.setAccessibleName(label.text())
            form.addRow(label, editor)
            self._editors[setting.key] = editor
        self._defaults = self._natural_defaults()
        self.notes = (QLabel(_translate(RESTART_NOTE)), QLabel())
        for note in self.notes:
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Note"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for note in self.notes:
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._language_shown()

    def _make_editor(self, setting: Setting) -> QComboBox | QLineEdit:
        current = self.settings.get(setting.key)
        if setting.choices:
            combo = QComboBox()
            for value in setting.choices:
                combo.addItem(choice_label(setting, value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(lambda _i, key=setting.key: self._choice_changed(key))
            return combo
        edit = QLineEdit(str(current))
        edit.setMaxLength(BUSINESS_NAME_LENGTH)
        follow_content_direction(edit)
        if setting.key == "backup_folder":
            add_folder_choice(edit)
        return edit

    def editor(self, key: str) -> QComboBox | QLineEdit:
        return self._editors[key]

    def values(self) -> dict[str, Any]:
        """What the dialog shows now, by setting key."""
        result: dict[str, Any] = {}
        for key, editor in self._editors.items():
            result[key] = (
                editor.currentData() if isinstance(editor, QComboBox) else editor.text().strip()
            )
        return result

    def _natural_defaults(self) -> dict[str, Any]:
        shown = self.values()
        defaults: dict[str, Any] = {}
        for setting in SETTINGS:
            defaults[setting.key] = setting.default(shown)
        return defaults

    def _choice_changed(self, key: str) -> None:
        old_defaults, self._defaults = self._defaults, self._natural_defaults()
        for other, editor in self._editors.items():
            follows = self.values()[other] == old_defaults[other]
            if other != key and isinstance(editor, QComboBox) and follows:
                with QSignalBlocker(editor):
                    editor.setCurrentIndex(max(0, editor.findData(self._defaults[other])))
        if key == "language":
            self._language_shown()

    def _language_shown(self) -> None:
        """Shows the restart note, in the running language and in the chosen one, each line in
        its own direction, while the chosen language is not the one running."""
        chosen = self.values()["language"]
        changing = chosen != installed_language()
        in_chosen = restart_note(chosen)
        self.notes[1].setText(in_chosen)
        self.notes[0].setVisible(changing)
        self.notes[1].setVisible(changing and in_chosen != self.notes[0].text())
        for note in self.notes:
            note.setLayoutDirection(text_direction(note.text()))

    def _apply(self, settings: Settings) -> None:
        shown = self.values()
        for setting in SETTINGS:
            value = shown[setting.key]
            if value == setting.default(shown):
                settings.reset(setting.key)
            else:
                settings.set(setting.key, value)

    def accept(self) -> None:
        trial = Settings(self.settings.folder)
        self._apply(trial)
        try:
            trial.save()
        except OSError as error:
            self.prompts.error(
                self,
                self.tr("Settings not saved"),
                self.tr(
                    "The settings could not be saved ({reason}). Your choices are still here: "
                    "check that the data folder can be written to, then press OK again."
                ).replace("{reason}", error.strerror or str(error)),
            )
            return
        before = {s.key: self.settings.get(s.key) for s in SETTINGS}
        self._apply(self.settings)
        self.changed = {key for key, value in before.items() if self.settings.get(key) != value}
        super().accept()
