"""One CSV row and one Complaint: the columns, parsing a row's strings, and back."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from coach.complaints.domain import Complaint, Customer, Event, field_value
from coach.complaints.fields import CSV_FIELDS, spec
from coach.complaints.rules import (
    FIELD_LABELS,
    SCORE_RANGES,
    at_status,
    recorded_events,
    value_problems,
)
from coach.complaints.vocabulary import CHOICES, is_valid_cause_key
from coach.playbooks import load_playbook
from coach.text.languages import LANGUAGES
from coach.text.localise import to_latin_digits

COLUMNS: tuple[str, ...] = tuple(spec.key for spec in CSV_FIELDS)
LEGACY_WIDTH = 25
"""Files written before ``customer_address`` (column 26) have only the first 25 columns."""
TEXT_COLUMNS = tuple(s.key for s in CSV_FIELDS if s.kind in ("line", "email", "text"))
KEY_COLUMNS = tuple(s.key for s in CSV_FIELDS if s.kind == "choice" and s.key != "status")
DATE_COLUMNS = tuple(s.key for s in CSV_FIELDS if s.kind == "date")
SCORE_COLUMNS = tuple(s.key for s in CSV_FIELDS if s.kind == "score")

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_WHOLE = re.compile(r"[+-]?\d+")


@functools.cache
def _aliases() -> dict[str, dict[str, str]]:
    """Per key column, every accepted spelling, case-folded: the key, the key with spaces and
    its label in each language's playbook (the first language to use a spelling keeps it)."""
    books = [load_playbook(lang) for lang in LANGUAGES]
    aliases: dict[str, dict[str, str]] = {}
    for column, keys in CHOICES.items():
        spellings: dict[str, str] = {}
        aliases[column] = spellings
        for key in keys:
            spellings.setdefault(key, key)
            spellings.setdefault(key.replace("_", " "), key)
        for book in books:
            for key in keys:
                spellings.setdefault(book.label(key, column).casefold(), key)
    return aliases


@dataclass(frozen=True)
class RowProblem:
    """Why one row was refused; ``row`` counts the header as row 1."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if not self.column:
            return f"row {self.row}: {self.message}"
        letter = column_letter(COLUMNS.index(self.column))
        return f"row {self.row}, column {letter} ({self.column}): {self.message}"

    @property
    def reason(self) -> str:
        return f"{self.column}: {self.message}" if self.column else self.message


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def parse_complaint(
    number: int, fields: list[str], known: Collection[str], add_causes: bool = False
) -> tuple[Complaint | None, list[RowProblem]]:
    """Row ``number``'s complaint, or None and every problem found in its values.

    A root cause not in ``known`` is a problem unless ``add_causes`` (then it must be a valid key).
    """
    parser = _RowParser(number, dict(zip(COLUMNS, fields, strict=True)))
    complaint = parser.complaint(known, add_causes)
    return (None if parser.problems else complaint), parser.problems


class _RowParser:
    """Turns one row's strings into a Complaint, noting a problem for each bad value."""

    def __init__(self, number: int, values: dict[str, str]):
        self.number = number
        self.values = values
        self.problems: list[RowProblem] = []

    def problem(self, column: str, message: str) -> None:
        self.problems.append(RowProblem(self.number, column, message))

    def complaint(self, known: Collection[str], add_causes: bool) -> Complaint:
        v = self.values
        created_at = self.moment("created_at")
        if created_at is None and not v["created_at"].strip():
            self.problem("created_at", "missing; every complaint needs the date it was made")
        if not v["description"].strip():
            self.problem("description", "missing; write the complaint in the customer's words")
        typed: dict[str, Any] = {
            name: v[name] for name in TEXT_COLUMNS if not spec(name).on_customer
        }
        typed.update((name, self.key(name)) for name in KEY_COLUMNS)
        typed.update((name, self.day(name)) for name in DATE_COLUMNS)
        typed.update((name, self.score(name)) for name in SCORE_COLUMNS)
        contact: dict[str, Any] = {s.attribute: v[s.key] for s in CSV_FIELDS if s.on_customer}
        complaint = Complaint(
            created_at=created_at or datetime(2000, 1, 1),
            customer=Customer(**contact),
            root_cause=self.cause(known, add_causes),
            cost=self.cost(),
            resolved_at=self.moment("resolved_at"),
            **typed,
        )
        if created_at is None:
            return complaint
        if complaint.resolved_at is not None and complaint.resolved_at < created_at:
            self.problem("resolved_at", "it cannot be before the complaint was made (created_at)")
        seen = {p.column for p in self.problems}
        for p in value_problems(complaint):
            if p.field not in seen:
                self.problem(p.field, _lower_first(p.message))
        return at_status(complaint, self.status())

    def moment(self, column: str) -> datetime | None:
        text = to_latin_digits(self.values[column].strip())
        if not text:
            return None
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            self.problem(
                column, f"{_quote(text)} is not a date; write 2024-05-31 or 2024-05-31T14:30"
            )
            return None
        if when.tzinfo is not None:
            when = when.astimezone().replace(tzinfo=None)
        return when.replace(microsecond=0)

    def day(self, column: str) -> date | None:
        when = self.moment(column)
        return when.date() if when else None

    def key(self, column: str) -> str:
        text = self.values[column]
        if not text.strip():
            return ""
        key = _aliases()[column].get(text.strip().casefold())
        if key is None:
            allowed = ", ".join(CHOICES[column])
            self.problem(column, f"{_quote(text)} is not one of the allowed keys: {allowed}")
            return ""
        return key

    def cause(self, known: Collection[str], add_causes: bool) -> str:
        text = self.values["root_cause"].strip()
        if not text or text in known:
            return text
        if not add_causes:
            self.problem(
                "root_cause",
                f"{_quote(text)} is not a known root cause; "
                "use one of the built-in keys or import with --add-causes to add it",
            )
        elif not is_valid_cause_key(text):
            self.problem(
                "root_cause",
                f"{_quote(text)} cannot be a root-cause key; "
                "use lower-case letters, digits and _ only (like late_pickup)",
            )
        return text

    def cost(self) -> Decimal | None:
        text = to_latin_digits(self.values["cost"].strip())
        if not text:
            return None
        if not _NUMBER.fullmatch(text):
            self.problem(
                "cost", f"{_quote(text)} is not an amount; write digits with a point, like 12.50"
            )
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            self.problem("cost", f"{_quote(text)} is not an amount")
            return None
        if amount < 0:
            self.problem("cost", f"{_quote(text)} is negative; a cost cannot be negative")
            return None
        return amount

    def score(self, column: str) -> int | None:
        text = to_latin_digits(self.values[column].strip())
        low, high = SCORE_RANGES[column]
        if not text:
            return None
        if not _WHOLE.fullmatch(text) or not low <= int(text) <= high:
            self.problem(
                column,
                f"{_quote(text)} is out of range; {FIELD_LABELS[column]} is a whole number "
                f"from {low} to {high}",
            )
            return None
        return int(text)

    def status(self) -> str:
        text = self.values["status"]
        key = _aliases()["status"].get(text.strip().casefold(), "")
        if text.strip() and not key:
            self.problem("status", f"{_quote(text)} is not one of: {', '.join(CHOICES['status'])}")
        return key


def _quote(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return json.dumps(shown, ensure_ascii=False)


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:]


def import_events(complaint: Complaint, source: str) -> list[Event]:
    """The timeline an imported complaint starts with (the rules read it from its dates)."""
    return recorded_events(complaint, f"Imported from {source}")


def complaint_values(complaint: Complaint) -> dict[str, str | int | None]:
    """A complaint's CSV columns with real types turned into text or numbers (None if empty)."""
    values: dict[str, str | int | None] = {
        "created_at": _moment(complaint.created_at),
        "root_cause": complaint.root_cause,
        "cost": format(complaint.cost, "f") if complaint.cost is not None else None,
        "resolved_at": _moment(complaint.resolved_at) if complaint.resolved_at else None,
        "status": complaint.status,
    }
    for name in (*TEXT_COLUMNS, *KEY_COLUMNS):
        values[name] = str(field_value(complaint, name))
    for name in DATE_COLUMNS:
        day = getattr(complaint, name)
        values[name] = day.isoformat() if day else None
    for name in SCORE_COLUMNS:
        values[name] = getattr(complaint, name)
    return {name: values[name] for name in COLUMNS}


def _moment(when: datetime) -> str:
    return when.replace(tzinfo=None).isoformat(timespec="seconds")
