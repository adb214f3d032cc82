"""One spreadsheet row, read through a column mapping, as a complaint or the problems that stop it.

Every value is checked in one pass: dates in the file's style and calendar, vocabulary values by
key or label in any language (or as the owner mapped them), amounts, scores, then the rules every
complaint follows (coach.complaints.rules). A problem names the row, the column (its letter and
name in the owner's file) and the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coach.complaints.domain import Complaint, Customer
from coach.complaints.rules import SCORE_RANGES, status_and_stage, value_problems
from coach.complaints.vocabulary import CHOICES, is_valid_cause_key
from coach.spreadsheet.csv_row import column_letter
from coach.spreadsheet.dates import DateError, DateStyle, parse_moment
from coach.spreadsheet.formula import ESCAPE, unprotect
from coach.spreadsheet.headers import IMPORT_FIELDS
from coach.spreadsheet.reasons import (
    BAD_CAUSE_KEY,
    NO_DATE,
    NO_DESCRIPTION,
    NOT_A_FLAG,
    NOT_A_KEY,
    NOT_A_STATUS,
    OUT_OF_RANGE,
    RESOLVED_BEFORE,
    UNKNOWN_CAUSE,
    WIDTH,
    Reason,
    quoted,
    reason,
    rule,
)
from coach.spreadsheet.values import (
    AmountError,
    cause_spellings,
    choice_spellings,
    parse_amount,
    parse_flag,
    spelling,
)
from coach.text.localise import to_latin_digits

_LABELS = {spec.key: spec.label for spec in IMPORT_FIELDS}
_TEXT = tuple(
    s.key for s in IMPORT_FIELDS if s.kind in ("line", "email", "text") and not s.on_customer
)
_CONTACT = tuple((s.key, s.attribute) for s in IMPORT_FIELDS if s.on_customer)
_CHOICE = tuple(s.key for s in IMPORT_FIELDS if s.kind == "choice" and s.key != "status")
_DAYS = tuple(s.key for s in IMPORT_FIELDS if s.kind == "date")
_SCORES = tuple(s.key for s in IMPORT_FIELDS if s.kind == "score")
_FLAGS = tuple(s.key for s in IMPORT_FIELDS if s.kind == "flag")
_SEPARATOR = "\x1f"
_STARTS_ESCAPED = _SEPARATOR + ESCAPE
"""Found in the row's values joined by ``_SEPARATOR`` when a value may begin with ``ESCAPE``
(one look at the whole row instead of one per value)."""


@dataclass(frozen=True)
class ImportProblem:
    """Why one row was refused: ``column`` is the 0-based column in the owner's file (-1 for the
    whole row) and ``name`` its header."""

    row: int
    column: int
    name: str
    why: Reason

    @property
    def message(self) -> str:
        return str(self.why)

    def __str__(self) -> str:
        if self.column < 0:
            return f"row {self.row}: {self.message}"
        return f"row {self.row}, column {column_letter(self.column)} ({self.name}): {self.message}"

    @property
    def reason(self) -> str:
        return f"{self.name}: {self.message}" if self.column >= 0 else self.message


@dataclass
class Vocabulary:
    """What values the import recognises: the stored root causes (key -> label), the owner's
    value mappings (field -> value -> key) and the causes the import adds (key -> label)."""

    causes: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    new_causes: Mapping[str, str] = field(default_factory=dict)
    add_causes: bool = False

    def __post_init__(self) -> None:
        self.choice_names = choice_spellings()
        self.cause_names = cause_spellings({**self.causes, **self.new_causes})
        self.mapped = {
            name: {spelling(text): key for text, key in mapping.items() if key}
            for name, mapping in self.values.items()
        }


class RowReader:
    """Reads rows of one file: ``fields`` holds the field of each column ("" for none)."""

    def __init__(
        self, header: Sequence[str], fields: Sequence[str], style: DateStyle, vocabulary: Vocabulary
    ):
        self.header = list(header)
        self.width = len(header)
        self.style = style
        self.vocabulary = vocabulary
        self.columns = {name: index for index, name in enumerate(fields) if name}
        self.names = tuple(self.columns)
        self.indexes = tuple(self.columns.values())
        self.inside = all(index < self.width for index in self.indexes)
        present = self.columns
        self.text_fields = tuple(name for name in _TEXT if name in present)
        self.contact_fields = tuple((key, attr) for key, attr in _CONTACT if key in present)
        self.choice_fields = tuple(
            (name, vocabulary.choice_names.get(name, {})) for name in _CHOICE if name in present
        )
        self.day_fields = tuple(name for name in _DAYS if name in present)
        self.score_fields = tuple(name for name in _SCORES if name in present)
        self.flag_fields = tuple(name for name in _FLAGS if name in present)
        self.unknown: dict[str, Counter[str]] = {}
        """Per vocabulary field, the values not recognised and how often each came."""
        self.added_causes: dict[str, str] = {}
        """Root-cause keys the rows use that are not stored yet (with --add-causes)."""
        self.days: dict[str, datetime] = {}
        """Date-only values already read (a file repeats the same days many times)."""

    def problem(self, row: int, name: str, why: Reason) -> ImportProblem:
        index = self.columns.get(name, -1)
        header = self.header[index] if 0 <= index < len(self.header) else name
        return ImportProblem(row, index, header or column_letter(index), why)

    def read(
        self, number: int, cells: Sequence[str]
    ) -> tuple[Complaint | None, list[ImportProblem]]:
        """Row ``number``'s complaint, or None and every problem of the row."""
        if len(cells) != self.width and (len(cells) < self.width or any(cells[self.width :])):
            why = reason(WIDTH, count=len(cells), width=self.width)
            return None, [ImportProblem(number, -1, "", why)]
        if self.inside:
            values = dict(zip(self.names, map(cells.__getitem__, self.indexes), strict=True))
        else:
            width = len(cells)
            values = {name: cells[i] for name, i in self.columns.items() if i < width}
        return _Row(self, number, values).complaint()


class _Row:
    """One row's values turned into a Complaint, noting a problem for each bad value."""

    def __init__(self, reader: RowReader, number: int, values: dict[str, str]):
        self.reader = reader
        self.number = number
        if _STARTS_ESCAPED in _SEPARATOR + _SEPARATOR.join(values.values()):
            for name, value in values.items():
                if value[:1] == ESCAPE:
                    values[name] = unprotect(value)
        self.values = values
        self.problems: list[ImportProblem] = []
        self.noted: set[str] = set()

    def note(self, name: str, why: Reason) -> None:
        self.noted.add(name)
        self.problems.append(self.reader.problem(self.number, name, why))

    def text(self, name: str) -> str:
        return self.values.get(name, "")

    def complaint(self) -> tuple[Complaint | None, list[ImportProblem]]:
        created = self.moment("created_at")
        if created is None and not self.values.get("created_at", "").strip():
            self.note("created_at", reason(NO_DATE))
        if not self.values.get("description", "").strip():
            self.note("description", reason(NO_DESCRIPTION))
        values = self.values
        reader = self.reader
        typed: dict[str, Any] = {name: values[name] for name in reader.text_fields}
        for name, spellings in reader.choice_fields:
            text = values[name]
            typed[name] = (text and spellings.get(text)) or self.choice(name)
        for name in reader.day_fields:
            typed[name] = self.day(name)
        for name in reader.score_fields:
            typed[name] = self.score(name)
        for name in reader.flag_fields:
            typed[name] = self.flag(name)
        contact: dict[str, Any] = {attr: values[key] for key, attr in reader.contact_fields}
        customer = Customer(**contact)
        resolved = self.moment("resolved_at", created[0] if created else None)
        complaint = Complaint(
            created_at=created[0] if created else datetime(2000, 1, 1),
            customer=customer,
            root_cause=self.cause(),
            cost=self.cost(),
            resolved_at=resolved[0] if resolved else None,
            **typed,
        )
        status = self.status()
        if created is None or self.problems:
            return None, self.problems
        if complaint.resolved_at is not None and complaint.resolved_at < complaint.created_at:
            self.note("resolved_at", reason(RESOLVED_BEFORE))
        for found in value_problems(complaint):
            if found.field not in self.noted:
                self.note(found.field, rule(found.message))
        if self.problems:
            return None, self.problems
        complaint.status, complaint.stage = status_and_stage(complaint, status)
        return complaint, []

    def moment(self, name: str, made: datetime | None = None) -> tuple[datetime, bool] | None:
        """The date and time of ``name``; a date without a time on the day the complaint was
        made (``made``) is taken as that moment, so it is never before it."""
        text = self.values.get(name, "")
        if not text.strip():
            return None
        days = self.reader.days
        if text in days:
            when, timed = days[text], False
        else:
            try:
                when, timed = parse_moment(text, self.reader.style)
            except DateError as error:
                self.note(name, error.reason)
                return None
            if not timed:
                days[text] = when
        if not timed and made is not None and when.date() == made.date():
            when = made
        return when, timed

    def day(self, name: str) -> date | None:
        known = self.reader.days.get(self.values.get(name, ""))
        if known is not None:
            return known.date()
        found = self.moment(name)
        return found[0].date() if found else None

    def choice(self, name: str) -> str:
        text = self.values.get(name, "")
        if not text.strip():
            return ""
        key = self._recognised(name, text, self.reader.vocabulary.choice_names.get(name, {}))
        if key is None:
            allowed = ", ".join(CHOICES[name])
            self.note(name, reason(NOT_A_KEY, value=quoted(text), keys=allowed))
            return ""
        return key

    def _recognised(self, name: str, text: str, spellings: Mapping[str, str]) -> str | None:
        vocabulary = self.reader.vocabulary
        if text in spellings:
            return spellings[text]
        found = spelling(text)
        key = vocabulary.mapped.get(name, {}).get(found) or spellings.get(found)
        if key is None:
            self.reader.unknown.setdefault(name, Counter())[text.strip()] += 1
        return key

    def cause(self) -> str:
        text = self.values.get("root_cause", "").strip()
        if not text:
            return ""
        vocabulary = self.reader.vocabulary
        key = self._recognised("root_cause", text, vocabulary.cause_names)
        if key is not None:
            if key in vocabulary.new_causes and key not in vocabulary.causes:
                self.reader.added_causes[key] = vocabulary.new_causes[key]
            return key
        if not vocabulary.add_causes:
            self.note("root_cause", reason(UNKNOWN_CAUSE, value=quoted(text)))
        elif not is_valid_cause_key(text):
            self.note("root_cause", reason(BAD_CAUSE_KEY, value=quoted(text)))
        else:
            self.reader.added_causes[text] = ""
            return text
        return ""

    def cost(self) -> Any:
        text = self.values.get("cost", "")
        try:
            return parse_amount(text)
        except AmountError as error:
            self.note("cost", reason(error.template, value=quoted(to_latin_digits(text.strip()))))
            return None

    def score(self, name: str) -> int | None:
        text = self.values.get(name, "")
        if not text:
            return None
        text = to_latin_digits(text.strip())
        if not text:
            return None
        low, high = SCORE_RANGES[name]
        number = text[1:] if text[:1] in "+-" else text
        if not number.isdigit() or not low <= int(text) <= high:
            why = reason(OUT_OF_RANGE, value=quoted(text), label=_LABELS[name], low=low, high=high)
            self.note(name, why)
            return None
        return int(text)

    def flag(self, name: str) -> bool:
        text = self.values.get(name, "")
        found = parse_flag(text)
        if found is None:
            self.note(name, reason(NOT_A_FLAG, value=quoted(text.strip())))
            return False
        return found

    def status(self) -> str:
        text = self.values.get("status", "")
        if not text.strip():
            return ""
        key = self._recognised("status", text, self.reader.vocabulary.choice_names["status"])
        if key is None:
            self.note(
                "status",
                reason(NOT_A_STATUS, value=quoted(text), keys=", ".join(CHOICES["status"])),
            )
            return ""
        return key
