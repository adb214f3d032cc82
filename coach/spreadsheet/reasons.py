"""Why an import refuses a value or a row: each reason once, as a template with named values.

The command line prints them in English; the app translates the template (context
``ImportProblem``, or ``WizardText`` for a field's own rule) and fills in the values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from coach.text.translatable import QT_TRANSLATE_NOOP

CONTEXT = "ImportProblem"


@dataclass(frozen=True)
class Reason:
    """A template such as ``{value} is not a date`` and its values; ``str()`` is the English."""

    template: str
    args: tuple[tuple[str, str], ...] = ()
    context: str = CONTEXT

    def __str__(self) -> str:
        text = self.template.format(**dict(self.args))
        return text[:1].lower() + text[1:] if self.context != CONTEXT else text


def reason(template: str, **args: object) -> Reason:
    return Reason(template, tuple((key, str(value)) for key, value in args.items()))


def rule(message: str) -> Reason:
    """A field's own rule from the registry (translated in the wizard's context)."""
    return Reason(message, (), "WizardText")


def quoted(text: str) -> str:
    """A value as a message shows it: in quotes, cut after 40 characters."""
    shown = text if len(text) <= 40 else text[:37] + "..."
    return json.dumps(shown, ensure_ascii=False)


NOT_A_DATE = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} is not a date; write 2024-05-31 or 2024-05-31T14:30"
)
NO_SUCH_TIME = QT_TRANSLATE_NOOP("ImportProblem", "{value} has no such time")
NO_FULL_YEAR = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} has no full year; write the year with four digits"
)
NOT_YEAR_FIRST = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} is not year/month/day; write 2024-05-31"
)
DAY_OR_MONTH = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} could be day/month or month/day; say which the file uses (--date-format dmy or mdy)",
)
TOO_EARLY = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} is too long ago to be the date of a complaint"
)
JALALI_YEAR = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} has the year {year}, which is not a Gregorian year; if the file uses the Persian "
    "(Jalali) calendar, import it with that calendar (--calendar jalali)",
)
NOT_JALALI = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a date in the Jalali calendar")
NO_DATE = QT_TRANSLATE_NOOP("ImportProblem", "missing; every complaint needs the date it was made")
NO_DESCRIPTION = QT_TRANSLATE_NOOP(
    "ImportProblem", "missing; write the complaint in the customer's words"
)
RESOLVED_BEFORE = QT_TRANSLATE_NOOP(
    "ImportProblem", "it cannot be before the complaint was made (created_at)"
)
NOT_A_KEY = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not one of the allowed keys: {keys}")
NOT_A_STATUS = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not one of: {keys}")
UNKNOWN_CAUSE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} is not a known root cause; use one of the built-in keys or import with "
    "--add-causes to add it",
)
UNKNOWN_CAUSE_IN_APP = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} is not a known root cause; say below what it means, or add it as a new root cause",
)
BAD_CAUSE_KEY = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} cannot be a root-cause key; use lower-case letters, digits and _ only "
    "(like late_pickup)",
)
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} is not an amount; write digits with a point, like 12.50"
)
NEGATIVE = QT_TRANSLATE_NOOP("ImportProblem", "{value} is negative; a cost cannot be negative")
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "ImportProblem", "{value} is out of range; {label} is a whole number from {low} to {high}"
)
NOT_A_FLAG = QT_TRANSLATE_NOOP("ImportProblem", "{value} is not yes or no")
WIDTH = QT_TRANSLATE_NOOP("ImportProblem", "it has {count} columns, but the header has {width}")
BROKEN_QUOTES = QT_TRANSLATE_NOOP("ImportProblem", "its quotes are not closed properly")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "it is not UTF-8 text (at byte offset {offset} of the file, line {line}); save the file as "
    "'CSV UTF-8' and try again",
)
NOT_ENCODED = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "it is not {encoding} text (at byte offset {offset} of the file, line {line}); choose the "
    "file's encoding and try again",
)
DAY_OR_MONTH_IN_APP = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} could be day/month or month/day; choose how the dates are written (Back)",
)
JALALI_YEAR_IN_APP = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "{value} has the year {year}, which is not a Gregorian year; if the file uses the Persian "
    "(Jalali) calendar, choose that calendar (Back)",
)
IN_APP: dict[str, str] = {
    UNKNOWN_CAUSE: UNKNOWN_CAUSE_IN_APP,
    DAY_OR_MONTH: DAY_OR_MONTH_IN_APP,
    JALALI_YEAR: JALALI_YEAR_IN_APP,
}
"""The app's wording of reasons whose command-line wording names an option."""
