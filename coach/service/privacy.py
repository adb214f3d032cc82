"""The bin and the right to be forgotten, for an open data folder (no Qt).

The bin, a small API other features can follow (a bin for attachments, say)::

    coach.privacy.move_to_bin(complaint_id)      # -> bool; the log, reports, Today ignore it
    coach.privacy.restore_from_bin(complaint_id) # -> bool
    coach.privacy.binned()                       # -> [(Complaint, put in the bin at)]
    coach.privacy.purge_bin()                    # deletes what is older than BIN_DAYS (30)

``anonymise_customer(customer_id)`` replaces the customer's name, phone, e-mail and address with
a mask in their record and in the text of every complaint and timeline entry that holds them
(their own complaints and any other that mentions their name), rebuilding the search index and
rewriting the file so the old text is gone; causes, dates, costs and scores stay, so the
statistics do not change. Backups are rewritten the same way (every backup in the backups
folder and in the second backup folder when it is there, checked again afterwards); a backup
that could not be rewritten is named in the result. The owner's notes on the customer are
cleared and the files kept with the customer's own complaints (photos, receipts: a picture
cannot be masked) are deleted; files kept with other complaints that mention them stay.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from coach.complaints.domain import Complaint, Customer
from coach.errors import StoreError
from coach.report.redact import MASK, Redactor
from coach.service.backups import second_folder
from coach.store import ComplaintQuery, Store, backup, recycle
from coach.system.paths import backups_dir
from coach.system.settings import Settings
from coach.text.normalise import normalise

BIN_DAYS = 30
ANONYMOUS = MASK * 3


@dataclass(frozen=True)
class Anonymised:
    """What anonymising changed: complaints rewritten, backups rewritten, backups that could
    not be (path and why), files of the customer's complaints deleted from the log."""

    complaints: int
    backups: int
    not_rewritten: list[tuple[Path, str]] = field(default_factory=list)
    files: int = 0


def _mentions(store: Store, customer: Customer) -> set[int]:
    """Complaints (in the bin or not) whose text holds a word of the customer's name."""
    ids: set[int] = set()
    for word in set(normalise(customer.name).split()):
        if len(word) >= 3:
            for in_bin in (False, True):
                query = ComplaintQuery(text=word, in_bin=in_bin)
                ids.update(c.id for c in store.find(query) if c.id is not None)
    return ids


def anonymise_in(store: Store, customer_id: int) -> tuple[int, int]:
    """Anonymises the customer in ``store``; returns how many complaints were rewritten and
    how many files deleted ((0, 0) and nothing done when the store has no such customer)."""
    try:
        customer = store.get_customer(customer_id)
    except Exception:  # noqa: BLE001 - an older backup may not hold this customer
        return 0, 0
    ids = set(recycle.complaint_ids_of(store, customer_id)) | _mentions(store, customer)
    complaints = [store.get(i) for i in sorted(ids)]
    redactor = Redactor([Complaint(created_at=datetime.now(), customer=customer)], only_theirs=True)
    rewritten = [
        complaint.replace(
            **{
                name: redactor.text(value)
                for name, value in vars(complaint).items()
                if isinstance(value, str) and name not in ("stage", "status", "root_cause")
            }
        )
        for complaint in complaints
    ]
    anonymous = replace(customer, name=ANONYMOUS, phone="", email="", address="")
    rewritten = [
        c.replace(customer=anonymous) if c.customer.id == customer_id else c for c in rewritten
    ]
    files = recycle.rewrite(store, anonymous, rewritten, redactor.text)
    recycle.wipe(store)
    return len(rewritten), files


class Privacy:
    """The bin and anonymising for an open data folder (``Coach.privacy``)."""

    def __init__(self, store: Store, data_dir: Path, settings: Settings):
        self._store = store
        self.data_dir = data_dir
        self.settings = settings

    def move_to_bin(self, complaint_id: int, now: datetime | None = None) -> bool:
        return recycle.move_to_bin(self._store, complaint_id, now or datetime.now())

    def restore_from_bin(self, complaint_id: int) -> bool:
        return recycle.restore_from_bin(self._store, complaint_id)

    def binned(self) -> list[tuple[Complaint, datetime]]:
        return recycle.binned(self._store)

    def purge_bin(self, now: datetime | None = None) -> int:
        """Deletes for good what has been in the bin for more than BIN_DAYS days."""
        return recycle.purge(self._store, (now or datetime.now()) - timedelta(days=BIN_DAYS))

    def anonymise_customer(self, customer_id: int) -> Anonymised:
        """Anonymises the customer in the log and in every backup (see the module's notes)."""
        count, files = anonymise_in(self._store, customer_id)
        done, failed = 0, []
        folders = [backups_dir(self.data_dir)]
        second = second_folder(self.settings)
        if second is not None and second.is_dir():
            folders.append(second)
        for folder in folders:
            for path, _when, _reason in backup.backups_in(folder):
                try:
                    with contextlib.closing(recycle.open_file(path)) as copy:
                        anonymise_in(copy, customer_id)
                    backup.verify(path)
                    done += 1
                except (StoreError, OSError) as error:
                    failed.append((path, getattr(error, "message", str(error))))
        return Anonymised(count, done, failed, files)
