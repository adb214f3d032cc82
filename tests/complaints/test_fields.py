"""The field registry is the one declaration of every complaint field, and the rest follows it."""

from __future__ import annotations

import dataclasses

from coach.complaints.domain import Complaint, Customer
from coach.complaints.fields import (
    BY_KEY,
    CSV_FIELDS,
    CUSTOMER_PREFIX,
    FIELDS,
    PERSONAL,
    SEARCHABLE,
    stage_fields,
)
from coach.complaints.rules import REQUIRED, STAGE_FIELDS
from coach.complaints.vocabulary import STAGES
from coach.spreadsheet.csv_row import COLUMNS
from coach.store.codec import COMPLAINT_COLUMNS, CONTACT_COLUMNS

BOOKKEEPING = {"customer", "stage", "checklist", "updated_at", "id"}


def test_every_attribute_of_a_complaint_or_customer_is_a_registered_field() -> None:
    complaint = {f.name for f in dataclasses.fields(Complaint)} - BOOKKEEPING
    customer = {CUSTOMER_PREFIX + f.name for f in dataclasses.fields(Customer)} - {
        "customer_signs",
        "customer_id",
    }
    assert complaint | customer == set(BY_KEY)


def test_csv_columns_are_numbered_without_gaps_and_new_ones_go_last() -> None:
    assert [spec.csv for spec in CSV_FIELDS] == list(range(1, len(CSV_FIELDS) + 1))
    assert COLUMNS[-1] == "customer_address"


def test_stage_rules_forms_and_store_follow_the_registry() -> None:
    for stage in STAGES:
        assert STAGE_FIELDS[stage] == tuple(spec.key for spec in stage_fields(stage))
        assert all(BY_KEY[key].required == message for key, message in REQUIRED[stage])
    stored = set(COMPLAINT_COLUMNS) | {CUSTOMER_PREFIX + c for c in CONTACT_COLUMNS}
    assert set(BY_KEY) <= stored


def test_every_field_has_a_label_and_choice_fields_have_choices() -> None:
    for spec in FIELDS:
        assert spec.label.strip(), spec.key
        assert (spec.kind == "choice") == bool(spec.choices), spec.key
        assert 1 <= spec.width <= 3


def test_customer_address_is_on_listen_searchable_personal_and_in_the_csv() -> None:
    address = BY_KEY["customer_address"]
    assert address.stage == "listen"
    assert address in SEARCHABLE and address in PERSONAL and address in CSV_FIELDS
