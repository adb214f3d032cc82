"""A data folder opened without waiting for the log's quick check, so the first screen is built
and shown while SQLite checks every page in the background (coach.store.first_check).

Nothing is saved before the check has passed: a save waits for it, and damage it found refuses
the save as the check at opening would have refused the log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coach.errors import StoreError
from coach.service.coach import Coach
from coach.service.today import Agenda, agenda
from coach.service.transfer import reading
from coach.store import Store
from coach.system.settings import Settings

if TYPE_CHECKING:
    from coach.playbooks import Playbook


class CheckingCoach(Coach):
    """``Coach.open`` with the quick check left running (``check_result`` waits for it)."""

    @classmethod
    def open_checking_later(
        cls, data_dir: Path, language: str | None = None, playbook: Playbook | None = None
    ) -> CheckingCoach:
        """Opens the folder as ``Coach.open`` does (with ``playbook`` when it was loaded
        already); StoreError in words for what the opening itself finds (a newer version, not
        a log, a folder that cannot be written)."""
        store = Store.open(data_dir, check_later=True)
        settings = Settings.load(data_dir)
        if language:
            settings.use_language(language)
        return cls(data_dir, store, settings, settings.language, playbook)

    @property
    def check_done(self) -> bool:
        return self._store.first_check.done

    def check_result(self) -> StoreError | None:
        """The damage the quick check found, None when the log passed; waits for the check
        (at most its time budget, half a second)."""
        return self._store.first_check.problem()

    def agenda_soon(self, now: datetime, shown: Mapping[str, int]) -> Callable[[], Agenda]:
        """What is due at ``now`` (``Coach.day.agenda``), read on a thread and a read-only
        connection of their own while the window is being built; the call returned waits for
        it (and raises what the reading raised)."""
        found: list[Agenda | Exception] = []

        def read() -> None:
            try:
                with reading(self._store), self._store.reader() as store:
                    found.append(agenda(store, now, shown))
            except Exception as error:  # noqa: BLE001 - raised again on the UI thread
                found.append(error)

        thread = threading.Thread(target=read, name="coach-first-agenda", daemon=True)
        thread.start()

        def wait() -> Agenda:
            thread.join()
            if isinstance(found[0], Exception):
                raise found[0]
            return found[0]

        return wait
