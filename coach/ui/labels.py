"""The labels of vocabulary keys (stage, status, channel, cause, ...) and month names in the
screens: read from the playbook of the interface language, installed once at start-up."""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QObject

from coach.playbooks import Playbook, load_playbook
from coach.text.languages import DEFAULT_LANGUAGE
from coach.text.localise import format_number
from coach.text.periods import MonthNames

_installed: list[Playbook] = []


def use_playbook(playbook: Playbook | None) -> None:
    """Makes ``playbook`` the source of the screens' labels (None: back to English).

    coach.ui.i18n.install_language calls it once at start-up with the interface language's
    playbook, the owner's own files merged in."""
    _installed[:] = [playbook] if playbook is not None else []


@functools.cache
def _default() -> Playbook:
    return load_playbook(DEFAULT_LANGUAGE)


def playbook() -> Playbook:
    """The playbook the screens take their labels from."""
    return _installed[0] if _installed else _default()


def label(key: str, group: str | None = None) -> str:
    """The label of vocabulary ``key`` in the interface language (see ``Playbook.label``)."""
    return playbook().label(key, group)


def cause_label(key: str, stored_label: str = "") -> str:
    """The label of root cause ``key`` in the interface language (see ``Playbook.cause_label``)."""
    return playbook().cause_label(key, stored_label)


def month_names() -> MonthNames:
    """The month names of each calendar in the interface language."""
    return playbook().month_names


def plural_text(text: str, n: int, digits: str = "latin") -> str:
    """A translated "%n ...(s)" string with ``n`` in the owner's digits.

    English has no catalogue for its plural forms, so its "(s)" is resolved here.
    """
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text.replace(str(n), format_number(n, digits), 1)


class RelativeDay(QObject):
    """The translation context of relative dates (``tr`` here is extracted with plural forms)."""


def relative_day(day: date, today: date, digits: str = "latin") -> str:
    """How far ``day`` is from ``today`` in words: "today", "tomorrow", "in 2 days", "overdue by 1 day"."""
    days = (day - today).days
    # PySide6's stubs type QObject.tr as an instance method; at run time it is also callable on
    # the class (context: the class name), hence the ignores below.
    if days == 0:
        return RelativeDay.tr("today")  # type: ignore[call-arg, arg-type]
    if days == 1:
        return RelativeDay.tr("tomorrow")  # type: ignore[call-arg, arg-type]
    if days > 1:
        return plural_text(RelativeDay.tr("in %n day(s)", "", days), days, digits)  # type: ignore[arg-type]
    return plural_text(RelativeDay.tr("overdue by %n day(s)", "", -days), -days, digits)  # type: ignore[arg-type]
