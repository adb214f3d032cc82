"""A new complaint as a row of the complaints table, built faster than ``codec.complaint_row``
(the same values; tests/store/test_bulk.py compares them) for adding many at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from coach.complaints.domain import Complaint
from coach.complaints.fields import COMPLAINT_FIELDS, SEARCHABLE
from coach.store import codec
from coach.text.normalise import normalise

_STORED = tuple(
    spec for spec in COMPLAINT_FIELDS if spec.kind != "moment" or spec.key != "created_at"
)
ROW_COLUMNS: tuple[str, ...] = (
    "id",
    "customer_id",
    "created_at",
    "updated_at",
    "stage",
    "checklist",
    "search_text",
    *(spec.key for spec in _STORED),
)
"""The columns ``complaint_values`` gives, in its order (the same values as codec.complaint_row)."""
_SEARCHED = tuple((spec.on_customer, spec.attribute) for spec in SEARCHABLE)


def _converter(kind: str) -> Callable[[Any], Any]:
    if kind == "date":
        return lambda value: None if value is None else value.isoformat()
    if kind == "moment":
        return lambda value: None if value is None else codec.format_datetime(value)
    if kind == "money":
        return lambda value: None if value is None else str(value)
    if kind == "flag":
        return lambda value: None if value is None else int(value)
    return lambda value: value


_CONVERTERS = tuple((spec.key, _converter(spec.kind)) for spec in _STORED)


def complaint_values(
    complaint: Complaint, complaint_id: int, customer_id: int | None, updated_at: str
) -> list[Any]:
    """A new complaint's row in ``ROW_COLUMNS`` order, built faster than codec.complaint_row."""
    customer = complaint.customer
    parts = [
        getattr(customer if on_customer else complaint, attribute)
        for on_customer, attribute in _SEARCHED
    ]
    checklist = complaint.checklist
    return [
        complaint_id,
        customer_id,
        codec.format_datetime(complaint.created_at),
        updated_at,
        complaint.stage,
        json.dumps(checklist, ensure_ascii=False, sort_keys=True) if checklist else "{}",
        normalise("\n".join(str(part) for part in parts if part)),
        *(convert(getattr(complaint, key)) for key, convert in _CONVERTERS),
    ]
