"""The interface language, decided once at start-up: translators, locale and layout direction."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    QCalendar,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from coach.playbooks import Playbook, load_playbook
from coach.system.resources import translations_dir
from coach.system.settings import Settings
from coach.text.languages import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    is_known,
    is_rtl,
    known_or_default,
    language,
)
from coach.text.localise import format_date
from coach.ui import labels

_log = logging.getLogger(__name__)
_TRANSLATOR_NAME = "coach-translator"
_LANGUAGE_PROPERTY = "coachLanguage"


def qt_locale(lang: str, digits: str | None = None) -> QLocale:
    """The QLocale for ``lang`` whose numbers come closest to ``digits`` (the language's own
    digits when None), as the language registry names it: ar+latin is Arabic (UAE),
    ar+arabic Arabic (Saudi Arabia), fa Persian (Iran), en English (UK)."""
    return QLocale(language(lang).locale_for(digits))


def app_translation_file(lang: str) -> str:
    """The compiled catalogue of the app's own strings for ``lang`` (may not exist yet)."""
    return str(translations_dir() / f"coach_{lang}.qm")


def install_language(
    app: QCoreApplication, lang: str, digits: str | None = None, playbook: Playbook | None = None
) -> None:
    """Sets the interface language once at start-up: the app's and Qt's (qtbase) translators,
    QLocale.setDefault, the application's layout direction (the registry's) and
    the playbook the screens' labels come from (``playbook``, else the built-in one of
    ``lang``). Calling it again replaces what an earlier call installed."""
    if not is_known(lang):
        raise ValueError(
            f"{lang!r} is not an interface language: use one of {', '.join(LANGUAGES)}."
        )
    uninstall_language(app)
    if lang != SOURCE_LANGUAGE:
        catalogues = (
            ("coach", app_translation_file(lang), ""),
            ("Qt", f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        )
        for what, name, folder in catalogues:
            translator = QTranslator(app)
            translator.setObjectName(_TRANSLATOR_NAME)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
            else:
                _log.warning("No %s translations for %s at %s", what, lang, folder or name)
                translator.deleteLater()
    QLocale.setDefault(qt_locale(lang, digits))
    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    )
    labels.use_playbook(playbook if playbook is not None else load_playbook(lang))
    app.setProperty(_LANGUAGE_PROPERTY, lang)


def uninstall_language(app: QCoreApplication) -> None:
    """Removes what install_language installed: English, left to right, the system locale."""
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    labels.use_playbook(None)
    app.setProperty(_LANGUAGE_PROPERTY, None)


def installed_language(app: QCoreApplication | None = None) -> str:
    """The language the running interface was started in ("en" before install_language)."""
    app = app or QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return known_or_default(str(value) if value is not None else None)


def qt_calendar(settings: Settings) -> QCalendar:
    """The calendar date widgets should use: Jalali or Gregorian, as the owner chose."""
    if settings.calendar == "jalali":
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar(QCalendar.System.Gregorian)


def to_qdate(day: date | None) -> QDate:
    """A Python date as a QDate (an invalid QDate for None); QDate itself is calendar-free."""
    return QDate(day.year, day.month, day.day) if day is not None else QDate()


def from_qdate(day: QDate) -> date | None:
    """A QDate as a Python (Gregorian) date; None for an invalid or null QDate."""
    return date(day.year(), day.month(), day.day()) if day.isValid() else None


def format_qdate(day: QDate, settings: Settings, long: bool = False) -> str:
    """``day`` in the owner's calendar and digits, month names in the running interface language."""
    names = labels.month_names() if long else None
    return format_date(from_qdate(day), settings.calendar, settings.digits, month_names=names)
