"""The owner's settings, each declared once with its type, default and label (no Qt)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.system.files import write_text_atomic
from coach.system.paths import settings_path
from coach.text.languages import LANGUAGES, known_or_default, language
from coach.text.localise import DIGIT_SETS
from coach.text.periods import CALENDARS

PAPER_SIZES: tuple[str, ...] = ("a4", "letter")
REMINDERS: tuple[str, ...] = ("on", "off")


@dataclass(frozen=True)
class Setting:
    """One setting: ``label`` is English and translated by the screen that shows it."""

    key: str
    type: type
    label: str
    choices: tuple[str, ...] = ()
    default: Callable[[dict[str, Any]], Any] = lambda values: ""


def system_language() -> str:
    """The system locale's language when the app speaks it, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return known_or_default(code)
    import locale  # only where no LC_ALL, LC_MESSAGES or LANG says it

    code = (locale.getlocale()[0] or "").split("_")[0].lower()
    return known_or_default(code)


SETTINGS: tuple[Setting, ...] = (
    Setting("language", str, "Language", LANGUAGES, lambda values: system_language()),
    Setting(
        "calendar",
        str,
        "Calendar",
        CALENDARS,
        lambda values: language(values["language"]).calendar,
    ),
    Setting(
        "digits",
        str,
        "Digits",
        tuple(DIGIT_SETS),
        lambda values: language(values["language"]).digits,
    ),
    Setting("business_name", str, "Business name (report header)"),
    Setting("paper_size", str, "Paper size", PAPER_SIZES, lambda values: "a4"),
    Setting("backup_folder", str, "Second backup folder (a USB stick or a synced folder)"),
    Setting(
        "reminders",
        str,
        "Desktop notifications when something is due",
        REMINDERS,
        lambda values: "on",
    ),
)
SETTINGS_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


class Settings:
    """Values stored in the data folder's settings.json; unset ones follow their defaults."""

    def __init__(self, folder: Path | None = None, stored: dict[str, Any] | None = None):
        self.folder = folder
        self._session: dict[str, Any] = {}
        self._stored: dict[str, Any] = {}
        for key, value in (stored or {}).items():
            if self._valid(key, value):
                self._stored[key] = value

    @classmethod
    def load(cls, folder: Path) -> Settings:
        """Reads settings.json; a missing or unreadable file gives the defaults."""
        try:
            stored = json.loads(settings_path(folder).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        return cls(folder, stored if isinstance(stored, dict) else {})

    @staticmethod
    def _valid(key: str, value: Any) -> bool:
        setting = SETTINGS_BY_KEY.get(key)
        if setting is None or not isinstance(value, setting.type):
            return False
        return not setting.choices or value in setting.choices

    def use_language(self, lang: str) -> None:
        """Runs this session in ``lang`` (e.g. from --lang) without saving it; unset defaults follow."""
        if not self._valid("language", lang):
            raise ValueError(f"{lang!r} is not a language this app speaks.")
        self._session["language"] = lang

    def get(self, key: str) -> Any:
        if key in self._session:
            return self._session[key]
        if key in self._stored:
            return self._stored[key]
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            values[setting.key] = self._session.get(
                setting.key, self._stored.get(setting.key, setting.default(values))
            )
            if setting.key == key:
                return values[key]
        raise KeyError(key)

    def set(self, key: str, value: Any) -> None:
        if not self._valid(key, value):
            raise ValueError(f"{value!r} is not a valid value for the setting {key!r}.")
        self._session.pop(key, None)
        self._stored[key] = value

    def reset(self, key: str) -> None:
        self._stored.pop(key, None)

    def save(self) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        write_text_atomic(
            settings_path(self.folder), json.dumps(self._stored, ensure_ascii=False, indent=2)
        )

    @property
    def language(self) -> str:
        return str(self.get("language"))

    @property
    def calendar(self) -> str:
        return str(self.get("calendar"))

    @property
    def digits(self) -> str:
        return str(self.get("digits"))

    @property
    def business_name(self) -> str:
        return str(self.get("business_name"))

    @property
    def paper_size(self) -> str:
        return str(self.get("paper_size"))

    @property
    def backup_folder(self) -> str:
        """A second folder every automatic backup is copied to ("" for none)."""
        return str(self.get("backup_folder"))

    @property
    def reminders(self) -> bool:
        """Whether a desktop notification says when follow-ups and promises fall due."""
        return self.get("reminders") == "on"
