"""Which field each column of a spreadsheet holds, guessed from the column's name in English,
Arabic or Persian, or our own export's column names."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from coach.complaints.fields import CSV_FIELDS, FIELDS, FieldSpec
from coach.spreadsheet.header_names import HEADER_NAMES
from coach.text.normalise import normalise

IMPORT_FIELDS: tuple[FieldSpec, ...] = CSV_FIELDS + tuple(s for s in FIELDS if not s.csv)
"""Every field a column can be imported into: our export's columns in order, then the rest."""
FIELD_KEYS: tuple[str, ...] = tuple(spec.key for spec in IMPORT_FIELDS)
REQUIRED: tuple[str, ...] = ("created_at", "description")
IGNORED_NAMES: tuple[str, ...] = ("reason",)
"""Columns never imported: the last column of our own rejected-rows file says why."""
_NOT_WORD = re.compile(r"[\W_]+")
_PREFIX_MIN = 5


def name_key(name: str) -> str:
    """A column name reduced to what identifies it: letters and digits, normalised."""
    return _NOT_WORD.sub("", normalise(name))


@functools.cache
def known_names() -> dict[str, str]:
    """Every recognised column name (as ``name_key``) and its field."""
    names: dict[str, str] = {}
    for spec in IMPORT_FIELDS:
        names.setdefault(name_key(spec.key), spec.key)
        names.setdefault(name_key(spec.label), spec.key)
    for table in HEADER_NAMES.values():
        for field_key, aliases in table.items():
            for alias in aliases:
                names.setdefault(name_key(alias), field_key)
    return names


def guess_field(name: str) -> str:
    """The field a column called ``name`` most likely holds, or "" for none."""
    key = name_key(name)
    if not key or key in {name_key(n) for n in IGNORED_NAMES}:
        return ""
    names = known_names()
    if key in names:
        return names[key]
    best = ""
    for alias in names:
        if len(alias) >= _PREFIX_MIN and key.startswith(alias) and len(alias) > len(best):
            best = alias
    return names[best] if best else ""


def guess_columns(header: Sequence[str]) -> list[str]:
    """The field of each column (in order; "" to leave it out), each field taken at most once."""
    taken: set[str] = set()
    fields: list[str] = []
    for name in header:
        found = guess_field(name)
        if found in taken:
            found = ""
        if found:
            taken.add(found)
        fields.append(found)
    return fields


def recognised(header: Sequence[str]) -> int:
    """How many columns of ``header`` name a field (to find the header row)."""
    return sum(1 for field_key in guess_columns(header) if field_key)
