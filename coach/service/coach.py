"""The open data folder and every operation the screens and the CLI perform on it (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from coach.complaints import rules
from coach.complaints.domain import Complaint, Event
from coach.complaints.vocabulary import STAGES
from coach.service import transfer
from coach.service.customer_operations import CustomerOperations
from coach.service.today import Day
from coach.store import ComplaintQuery, Store
from coach.store.log_rows import LogRows
from coach.system.paths import user_playbooks_dir
from coach.system.settings import Settings
from coach.text.periods import Period

if TYPE_CHECKING:
    from coach.playbooks import Playbook
    from coach.report.summary import ReportSummary
    from coach.service.backups import Safekeeping
    from coach.service.importing import ImportPlan, ImportReport
    from coach.service.privacy import Privacy


T = TypeVar("T")


class Coach(CustomerOperations):
    """One open data folder: its store, settings, interface language and playbook.

    The screens and the CLI do everything through it, and only the store behind it runs SQL.
    Stage changes follow coach.complaints.rules and are stored with the events they imply, in one
    transaction. Safe to share across threads, as the store is.
    """

    def __init__(
        self,
        data_dir: Path,
        store: Store,
        settings: Settings,
        language: str,
        playbook: Playbook | None = None,
    ):
        self.data_dir = data_dir
        self.settings = settings
        self.language = language
        self._store = store
        self._playbook = playbook
        self._causes: dict[str, str] | None = None
        self._safekeeping: Safekeeping | None = None
        self._log: LogRows | None = None

    @classmethod
    def open(cls, data_dir: Path, language: str | None = None, *, read_only: bool = False) -> Coach:
        """Opens the store (StoreError in words if it cannot be used) and the settings of
        ``data_dir``; ``language`` replaces the settings' language for this session.
        ``read_only`` opens the log without writing to it when no upgrade is due (reading from a
        read-only folder or a full disk); then ``coach.read_only`` is True."""
        store = Store.open(data_dir, read_only=read_only)
        settings = Settings.load(data_dir)
        if language:
            settings.use_language(language)
        return cls(data_dir, store, settings, settings.language)

    @property
    def playbook(self) -> Playbook:
        """The coaching content in the interface language, with the owner's own files."""
        if self._playbook is None:
            from coach.playbooks import load_playbook

            self._playbook = load_playbook(self.language, user_playbooks_dir(self.data_dir))
        return self._playbook

    def playbook_in(self, lang: str) -> Playbook:
        """The playbook of ``lang`` (the one already loaded when it is the interface language)."""
        if lang == self.language:
            return self.playbook
        from coach.playbooks import load_playbook

        return load_playbook(lang, user_playbooks_dir(self.data_dir))

    @property
    def calendar(self) -> str:
        return self.settings.calendar

    @property
    def digits(self) -> str:
        return self.settings.digits

    @property
    def database_path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        """True when the log was opened without writing (nothing can be saved)."""
        return self._store.read_only

    def replace_log(self, work: Callable[[], T]) -> T:
        """Closes the log, runs ``work`` on the data folder (a restore or a recovery that
        replaces the file), and opens the log again; returns what ``work`` returned."""
        self._close_log()
        self._store.close()
        try:
            return work()
        finally:
            self._store = Store.open(self.data_dir)
            self._safekeeping = None
            self._causes = None

    @property
    def privacy(self) -> Privacy:
        """The bin and anonymising a customer (coach.service.privacy)."""
        from coach.service.privacy import Privacy

        return Privacy(self._store, self.data_dir, self.settings)

    def backup_before(self, reason: str) -> None:
        """A verified backup before a change the owner may want to undo (an import, a merge, a
        bulk change), when there is anything to lose; StoreError (disk full, damaged) stops it."""
        if not self.read_only and self._store.count():
            self.safekeeping.backup(reason)

    @property
    def safekeeping(self) -> Safekeeping:
        """Backups and restore of this folder (coach.service.backups)."""
        if self._safekeeping is None:
            from coach.service.backups import Safekeeping

            self._safekeeping = Safekeeping(self._store, self.data_dir, self.settings)
        return self._safekeeping

    def close(self) -> None:
        self._close_log()
        self._store.close()

    @property
    def log(self) -> LogRows:
        """The complaints log's rows and counts (coach.store.log_rows), read on a connection
        of their own so a search may run off the UI thread and be cut short."""
        if self._log is None:
            self._log = LogRows(self._store)
        return self._log

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> Coach:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- one complaint -------------------------------------------------------------------

    def new_complaint(self, now: datetime | None = None) -> Complaint:
        """A complaint made ``now``, not stored until it is first saved."""
        return Complaint(created_at=(now or datetime.now()).replace(microsecond=0))

    def get(self, complaint_id: int) -> Complaint:
        """The stored complaint; KeyError if there is none with this id."""
        return self._store.get(complaint_id)

    def save(
        self, complaint: Complaint, events: Iterable[Event] = (), now: datetime | None = None
    ) -> Complaint:
        """Stores the complaint as it stands (a draft, a stage half done) with ``events``, in one
        transaction; returns it with its ids. A new one's timeline starts with its "created"
        event (added unless ``events`` starts with one)."""
        events = list(events)
        if complaint.id is None and not (events and events[0].kind == "created"):
            events.insert(0, rules.opened(complaint))
        return self._store.save(complaint.replace(updated_at=now or datetime.now()), events)

    def advance(self, complaint: Complaint, now: datetime | None = None) -> Complaint:
        """Completes the complaint's stage and stores it at the next one (the last stage is
        finished). StageIncomplete, with every problem, if the stage still needs something;
        then nothing is stored."""
        now = now or datetime.now()
        return self.save(*rules.advance(complaint, now), now)

    def go_back(
        self, complaint: Complaint, stage: str | None = None, now: datetime | None = None
    ) -> Complaint:
        """Stores the complaint at the previous stage (or back at ``stage``); nothing typed is
        lost. A closed complaint stays where it is."""
        if stage is None:
            return self.save(rules.go_back(complaint), (), now)
        moved = complaint
        while STAGES.index(moved.stage) > STAGES.index(stage) and moved.status != "closed":
            moved = rules.go_back(moved)
        return self.save(moved, (), now)

    def finish(self, complaint: Complaint, now: datetime | None = None) -> Complaint:
        """Closes a followed-up complaint (reopened at Resolve when the follow-up found it not
        resolved) and stores it; StageIncomplete if the follow-up is not complete."""
        now = now or datetime.now()
        return self.save(*rules.finish(complaint, now), now)

    def reopen(
        self, complaint: Complaint, reason: str = "", now: datetime | None = None
    ) -> Complaint:
        """Takes a closed or followed-up complaint back to the Resolve stage and stores it."""
        now = now or datetime.now()
        return self.save(*rules.reopen(complaint, now, reason), now)

    def add_note(self, complaint_id: int, text: str, now: datetime | None = None) -> Event:
        """Adds the owner's note to a stored complaint's timeline, at the stage it is at.

        KeyError if the complaint is not stored; ValueError if ``text`` is blank.
        """
        if not text.strip():
            raise ValueError("A note needs some text.")
        at = (now or datetime.now()).replace(microsecond=0)
        event = Event("note", at, self.get(complaint_id).stage, text)
        self._store.add_event(complaint_id, event)
        return event

    def events(self, complaint_id: int) -> list[Event]:
        """The complaint's timeline, oldest first."""
        return self._store.events(complaint_id)

    @property
    def day(self) -> Day:
        """The owner's day: what is due, and the actions that clear it (coach.service.today)."""
        return Day(self._store)

    # --- the log -------------------------------------------------------------------------

    def search(
        self,
        query: ComplaintQuery | None = None,
        *,
        offset: int = 0,
        limit: int | None = None,
        order: str = "newest",
    ) -> list[Complaint]:
        """A page of the complaints matching ``query``: newest first unless ``order="oldest"``."""
        with transfer.reading(self._store):
            return self._store.find(query, limit=limit, offset=offset, order=order)

    def count(self, query: ComplaintQuery | None = None) -> int:
        """How many complaints match ``query`` (all of them without one)."""
        with transfer.reading(self._store):
            return self._store.count(query)

    def count_in(self, period: Period) -> int:
        """How many complaints were made in ``period``."""
        return self.count(ComplaintQuery(start=period.start, end=period.end))

    def drafts(self) -> list[Complaint]:
        """Complaints the wizard has not finished, newest first."""
        return self._store.drafts()

    def first_day(self) -> date | None:
        """The day the oldest complaint was made; None while there are none."""
        oldest = self.search(limit=1, order="oldest")
        return oldest[0].created_at.date() if oldest else None

    def all_complaints(self) -> Iterator[Complaint]:
        """Every complaint, oldest first, read a page at a time."""
        return transfer.all_complaints(self._store)

    # --- root causes ---------------------------------------------------------------------

    def root_causes(self) -> dict[str, str]:
        """Every root-cause key, built-in ones first, with its label in the interface language
        (read again from the store, so causes added since are there)."""
        with transfer.reading(self._store):
            self._causes = self._store.root_causes()
        return {key: self.playbook.cause_label(key, label) for key, label in self._causes.items()}

    def cause_label(self, key: str) -> str:
        """The label of root cause ``key`` in the interface language ("" for no cause)."""
        if self._causes is None:
            self._causes = self._store.root_causes()
        return self.playbook.cause_label(key, self._causes.get(key, ""))

    def add_root_cause(self, key: str, label: str = "") -> None:
        """Adds the owner's own root cause; ValueError if ``key`` cannot be a key."""
        self._store.add_root_cause(key, label)
        self._causes = None

    # --- the report ----------------------------------------------------------------------

    def report_summary(
        self,
        period: Period,
        *,
        lang: str | None = None,
        redact: bool = False,
        business_name: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        now: datetime | None = None,
        attachments: bool = False,
    ) -> ReportSummary:
        """The monthly report's figures for ``period`` in ``lang`` (default: the interface's),
        with the attached files when ``attachments``.

        It reads through a second, read-only connection, so it may run off the UI thread while
        the wizard saves. ``business_name`` defaults to the settings'.
        """
        from coach.report.summary import build_summary

        lang = lang or self.language
        playbook = self.playbook_in(lang)
        name = self.settings.business_name if business_name is None else business_name
        with self._store.reader() as store:
            return build_summary(
                store,
                period,
                lang=lang,
                playbook=playbook,
                business_name=name,
                redact=redact,
                progress=progress,
                now=now,
                attachments=attachments,
            )

    # --- in and out in bulk --------------------------------------------------------------

    def import_file(
        self,
        plan: ImportPlan,
        *,
        write: bool,
        all_or_nothing: bool = True,
        source: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportReport:
        """Checks every row of ``plan``'s file, and with ``write`` stores its new complaints
        (coach.service.importing.run); a verified backup is made first when the log has any."""
        from coach.service import importing

        if write:
            self.backup_before("import")
        report = importing.run(
            self._store,
            plan,
            write=write,
            all_or_nothing=all_or_nothing,
            source=source,
            progress=progress,
            cancelled=cancelled,
        )
        self._causes = None
        return report

    def export(self, stream: IO[str], kind: str = "csv") -> int:
        """Writes every complaint, oldest first, as CSV or JSON; returns how many."""
        return transfer.export(self._store, stream, kind)

    def add_demo(self, count: int, months: int, lang: str, *, seed: int | None, today: date) -> int:
        """Adds ``count`` sample complaints in ``lang`` ("mixed" for all) over the ``months``
        before ``today``, all of them or none; the same seed and day give the same ones."""
        self.backup_before("bulk")
        return transfer.add_demo(self._store, count, months, lang, seed=seed, today=today)
