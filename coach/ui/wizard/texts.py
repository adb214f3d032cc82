"""The wizard's field labels and stage-rule messages in the interface language.

The English source texts live once, in the field registry (coach.complaints.fields), marked for
the "WizardText" catalogue context; this module only translates them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.complaints.fields import spec
from coach.complaints.rules import Problem

_CONTEXT = "WizardText"


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(name: str) -> str:
    """The visible (and accessible) label of a field in the interface language."""
    return _translate(spec(name).label)


def problem_text(problem: Problem) -> str:
    """The core's reason in the interface language (its English words when no translation)."""
    return _translate(problem.message)
