"""Everything a screen needs, opened once at start-up (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coach.store import Store
from coach.system.paths import user_playbooks_dir
from coach.system.settings import Settings

if TYPE_CHECKING:
    from coach.playbooks import Playbook


@dataclass
class AppContext:
    """The open data folder: its store, settings and the playbook in the interface language."""

    data_dir: Path
    store: Store
    settings: Settings
    language: str
    playbook: Playbook

    @classmethod
    def open(cls, data_dir: Path, language: str | None = None) -> AppContext:
        """Opens the store (StoreError if unusable), settings and playbook for ``data_dir``."""
        from coach.playbooks import load_playbook

        store = Store.open(data_dir)
        settings = Settings.load(data_dir)
        if language:
            settings.use_language(language)
        lang = settings.language
        playbook = load_playbook(lang, user_playbooks_dir(data_dir))
        return cls(data_dir, store, settings, lang, playbook)

    @property
    def calendar(self) -> str:
        return self.settings.calendar

    @property
    def digits(self) -> str:
        return self.settings.digits

    def close(self) -> None:
        self.store.close()
