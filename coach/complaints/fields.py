"""Every complaint field, declared once: what it holds, where the owner fills it in and how it travels.

Validation (coach.complaints.rules), the store codec, the CSV columns, the wizard's forms, search and
redaction all read this table. Adding a field means: an attribute on ``Complaint`` (or ``Customer``,
with a ``customer_`` key), an entry here, a store migration, and the label's translations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from coach.complaints.vocabulary import (
    CHANNELS,
    FAULTS,
    FOLLOW_UP_RESULTS,
    MOODS,
    OUTCOMES,
    SEVERITIES,
    STATUSES,
)
from coach.text.translatable import QT_TRANSLATE_NOOP

Kind = Literal[
    "line", "email", "text", "choice", "cause", "date", "moment", "money", "score", "flag"
]
Personal = Literal["", "name", "phone", "email", "address"]
CUSTOMER_PREFIX = "customer_"


@dataclass(frozen=True)
class FieldSpec:
    """One field. ``key`` is its name everywhere (``customer_`` keys live on the Customer).

    ``stage`` is the wizard stage whose form shows it ("" for fields no form shows); ``required``
    is the reason given when that stage cannot be completed without it; ``invalid`` the reason
    given when its value breaks the field's rule. ``csv`` is its 1-based column in the CSV file
    (0: not in the file). ``personal`` says which kind of personal data it holds, for redaction.
    ``width`` (1-3 form columns), ``lines`` (text height) and ``new_row`` shape its form row.
    """

    key: str
    kind: Kind
    label: str
    stage: str = ""
    required: str = ""
    invalid: str = ""
    csv: int = 0
    searchable: bool = False
    personal: Personal = ""
    choices: tuple[str, ...] = ()
    score_range: tuple[int, int] | None = None
    not_before_created: bool = False
    relative: bool = False
    width: int = 1
    lines: int = 0
    new_row: bool = False

    @property
    def on_customer(self) -> bool:
        return self.key.startswith(CUSTOMER_PREFIX)

    @property
    def attribute(self) -> str:
        """The attribute holding the value: on the Complaint, or on its Customer."""
        return self.key.removeprefix(CUSTOMER_PREFIX) if self.on_customer else self.key


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("created_at", "moment", QT_TRANSLATE_NOOP("WizardText", "Made on"), csv=1),
    # listen
    FieldSpec(
        "customer_name",
        "line",
        QT_TRANSLATE_NOOP("WizardText", "Customer name"),
        "listen",
        required=QT_TRANSLATE_NOOP(
            "WizardText", "Ask for the customer's name, so you can reach them again."
        ),
        csv=2,
        searchable=True,
        personal="name",
    ),
    FieldSpec(
        "customer_phone",
        "line",
        QT_TRANSLATE_NOOP("WizardText", "Customer phone"),
        "listen",
        csv=3,
        searchable=True,
        personal="phone",
    ),
    FieldSpec(
        "customer_email",
        "email",
        QT_TRANSLATE_NOOP("WizardText", "Customer email"),
        "listen",
        invalid=QT_TRANSLATE_NOOP("WizardText", "This does not look like an e-mail address."),
        csv=4,
        searchable=True,
        personal="email",
    ),
    FieldSpec(
        "customer_address",
        "line",
        QT_TRANSLATE_NOOP("WizardText", "Customer address"),
        "listen",
        csv=26,
        searchable=True,
        personal="address",
        width=3,
    ),
    FieldSpec(
        "order_ref",
        "line",
        QT_TRANSLATE_NOOP("WizardText", "Order or account reference"),
        "listen",
        searchable=True,
    ),
    FieldSpec(
        "channel",
        "choice",
        QT_TRANSLATE_NOOP("WizardText", "Channel"),
        "listen",
        required=QT_TRANSLATE_NOOP("WizardText", "Choose how the complaint reached you."),
        csv=5,
        choices=CHANNELS,
    ),
    FieldSpec(
        "product",
        "line",
        QT_TRANSLATE_NOOP("WizardText", "Product or service"),
        "listen",
        csv=6,
        searchable=True,
    ),
    FieldSpec(
        "description",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Complaint in the customer's words"),
        "listen",
        required=QT_TRANSLATE_NOOP(
            "WizardText", "Write down the complaint in the customer's own words before moving on."
        ),
        csv=7,
        searchable=True,
        width=3,
        lines=6,
    ),
    FieldSpec(
        "key_points",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Key points repeated back"),
        "listen",
        csv=8,
        searchable=True,
        width=3,
        lines=3,
    ),
    FieldSpec(
        "mood", "choice", QT_TRANSLATE_NOOP("WizardText", "Customer mood"), "listen", choices=MOODS
    ),
    # clarify
    FieldSpec(
        "questions",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Clarifying questions and answers"),
        "clarify",
        searchable=True,
        width=3,
        lines=4,
    ),
    FieldSpec(
        "what_went_wrong",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "What went wrong"),
        "clarify",
        searchable=True,
        width=3,
        lines=3,
    ),
    FieldSpec(
        "staff_involved",
        "line",
        QT_TRANSLATE_NOOP("WizardText", "Staff involved"),
        "clarify",
        searchable=True,
    ),
    FieldSpec(
        "root_cause",
        "cause",
        QT_TRANSLATE_NOOP("WizardText", "Root cause"),
        "clarify",
        required=QT_TRANSLATE_NOOP(
            "WizardText", "Pick the most likely root cause; you can change it later."
        ),
        csv=9,
    ),
    FieldSpec(
        "severity",
        "choice",
        QT_TRANSLATE_NOOP("WizardText", "Severity"),
        "clarify",
        required=QT_TRANSLATE_NOOP("WizardText", "Say how serious this is for the customer."),
        csv=10,
        choices=SEVERITIES,
    ),
    FieldSpec(
        "handover",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Hand-over"),
        "clarify",
        searchable=True,
        width=3,
        lines=2,
    ),
    # apologise
    FieldSpec(
        "fault",
        "choice",
        QT_TRANSLATE_NOOP("WizardText", "Whose fault"),
        "apologise",
        required=QT_TRANSLATE_NOOP(
            "WizardText",
            "Say whose fault it looks like, or 'not yet clear' until you have checked.",
        ),
        csv=11,
        choices=FAULTS,
    ),
    FieldSpec(
        "apology",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Apology"),
        "apologise",
        required=QT_TRANSLATE_NOOP("WizardText", "Write the apology as you said or sent it."),
        csv=12,
        searchable=True,
        width=3,
        lines=6,
    ),
    # resolve
    FieldSpec(
        "wanted_outcome",
        "choice",
        QT_TRANSLATE_NOOP("WizardText", "Outcome the customer wants"),
        "resolve",
        required=QT_TRANSLATE_NOOP("WizardText", "Ask the customer what outcome they want."),
        csv=13,
        choices=OUTCOMES,
    ),
    FieldSpec(
        "resolution",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Agreed resolution"),
        "resolve",
        required=QT_TRANSLATE_NOOP("WizardText", "Write down the resolution you agreed."),
        csv=14,
        searchable=True,
        width=3,
        lines=4,
    ),
    FieldSpec(
        "steps",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Steps we will take"),
        "resolve",
        searchable=True,
        width=3,
        lines=4,
    ),
    FieldSpec(
        "cost",
        "money",
        QT_TRANSLATE_NOOP("WizardText", "Cost"),
        "resolve",
        invalid=QT_TRANSLATE_NOOP("WizardText", "Cost cannot be negative."),
        csv=15,
    ),
    FieldSpec(
        "promised_by",
        "date",
        QT_TRANSLATE_NOOP("WizardText", "Promised by"),
        "resolve",
        required=QT_TRANSLATE_NOOP("WizardText", "Give the customer a date, and keep it."),
        invalid=QT_TRANSLATE_NOOP(
            "WizardText", "Promised by cannot be before the complaint was made."
        ),
        csv=16,
        not_before_created=True,
        relative=True,
        width=2,
    ),
    FieldSpec(
        "thanked", "flag", QT_TRANSLATE_NOOP("WizardText", "Customer thanked"), "resolve", width=3
    ),
    FieldSpec("resolved_at", "moment", QT_TRANSLATE_NOOP("WizardText", "Resolved on"), csv=17),
    # follow-up
    FieldSpec(
        "follow_up_due",
        "date",
        QT_TRANSLATE_NOOP("WizardText", "Follow-up due"),
        "follow_up",
        csv=18,
        relative=True,
        width=3,
    ),
    FieldSpec(
        "followed_up_at",
        "date",
        QT_TRANSLATE_NOOP("WizardText", "Follow-up done on"),
        "follow_up",
        required=QT_TRANSLATE_NOOP(
            "WizardText", "Enter the day you followed up with the customer."
        ),
        invalid=QT_TRANSLATE_NOOP(
            "WizardText", "Follow-up done on cannot be before the complaint was made."
        ),
        csv=19,
        not_before_created=True,
        width=3,
    ),
    FieldSpec(
        "follow_up_result",
        "choice",
        QT_TRANSLATE_NOOP("WizardText", "Follow-up result"),
        "follow_up",
        required=QT_TRANSLATE_NOOP(
            "WizardText", "Record whether the problem is now fully resolved."
        ),
        csv=20,
        choices=FOLLOW_UP_RESULTS,
    ),
    FieldSpec(
        "csat",
        "score",
        QT_TRANSLATE_NOOP("WizardText", "Satisfaction (CSAT)"),
        "follow_up",
        invalid=QT_TRANSLATE_NOOP("WizardText", "Satisfaction (CSAT) must be from 1 to 5."),
        csv=21,
        score_range=(1, 5),
        new_row=True,
    ),
    FieldSpec(
        "ces",
        "score",
        QT_TRANSLATE_NOOP("WizardText", "Effort (CES)"),
        "follow_up",
        invalid=QT_TRANSLATE_NOOP("WizardText", "Effort (CES) must be from 1 to 7."),
        csv=22,
        score_range=(1, 7),
    ),
    FieldSpec(
        "nps",
        "score",
        QT_TRANSLATE_NOOP("WizardText", "Would recommend (NPS)"),
        "follow_up",
        invalid=QT_TRANSLATE_NOOP("WizardText", "Would recommend (NPS) must be from 0 to 10."),
        csv=23,
        score_range=(0, 10),
    ),
    FieldSpec(
        "lesson",
        "text",
        QT_TRANSLATE_NOOP("WizardText", "Lesson"),
        "follow_up",
        searchable=True,
        width=3,
        lines=3,
    ),
    # bookkeeping the owner can still see and import
    FieldSpec(
        "status", "choice", QT_TRANSLATE_NOOP("WizardText", "Status"), csv=24, choices=STATUSES
    ),
    FieldSpec("notes", "text", QT_TRANSLATE_NOOP("WizardText", "Notes"), csv=25, searchable=True),
)

BY_KEY: dict[str, FieldSpec] = {spec.key: spec for spec in FIELDS}
CSV_FIELDS: tuple[FieldSpec, ...] = tuple(
    sorted((spec for spec in FIELDS if spec.csv), key=lambda spec: spec.csv)
)
CUSTOMER_FIELDS: tuple[FieldSpec, ...] = tuple(spec for spec in FIELDS if spec.on_customer)
COMPLAINT_FIELDS: tuple[FieldSpec, ...] = tuple(spec for spec in FIELDS if not spec.on_customer)
SEARCHABLE: tuple[FieldSpec, ...] = tuple(spec for spec in FIELDS if spec.searchable)
PERSONAL: tuple[FieldSpec, ...] = tuple(spec for spec in FIELDS if spec.personal)


def spec(key: str) -> FieldSpec:
    """The field ``key``; KeyError for a name that is not a field."""
    return BY_KEY[key]


def stage_fields(stage: str) -> tuple[FieldSpec, ...]:
    """The fields of a stage's form, in reading (and tab) order."""
    return tuple(spec for spec in FIELDS if spec.stage == stage)


def label(key: str) -> str:
    """The English label of field ``key`` (the source text the screens translate)."""
    return BY_KEY[key].label
