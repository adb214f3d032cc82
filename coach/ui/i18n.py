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

from coach.system.resources import translations_dir
from coach.system.settings import Settings
from coach.text.localise import LANGUAGES, format_date, is_rtl

_log = logging.getLogger(__name__)
_TRANSLATOR_NAME = "coach-translator"
_LANGUAGE_PROPERTY = "coachLanguage"

_L, _T = QLocale.Language, QLocale.Country
# Which QLocale writes numbers in which digits (Qt widgets such as QSpinBox/QDateEdit use it):
# ar_SA and ar_AE name the Gregorian months as coach.text.periods does (يناير ...).
_LOCALES: dict[tuple[str, str], tuple[QLocale.Language, QLocale.Country]] = {
    ("en", "latin"): (_L.English, _T.UnitedKingdom),
    ("ar", "arabic"): (_L.Arabic, _T.SaudiArabia),
    ("ar", "latin"): (_L.Arabic, _T.UnitedArabEmirates),
    ("fa", "persian"): (_L.Persian, _T.Iran),
}
_FALLBACK: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "en": (_L.English, _T.UnitedKingdom),
    "ar": (_L.Arabic, _T.SaudiArabia),
    "fa": (_L.Persian, _T.Iran),
}


def qt_locale(lang: str, digits: str | None = None) -> QLocale:
    """The QLocale for ``lang`` whose numbers come closest to ``digits`` (the language's own
    digits when None): ar+latin is Arabic (UAE), ar+arabic Arabic (Saudi Arabia), fa Persian
    (Iran), en English (UK)."""
    language, territory = _LOCALES.get((lang, digits or ""), _FALLBACK.get(lang, _FALLBACK["en"]))
    return QLocale(language, territory)


def app_translation_file(lang: str) -> str:
    """The compiled catalogue of the app's own strings for ``lang`` (may not exist yet)."""
    return str(translations_dir() / f"coach_{lang}.qm")


def install_language(app: QCoreApplication, lang: str, digits: str | None = None) -> None:
    """Sets the interface language once at start-up: the app's and Qt's (qtbase) translators,
    QLocale.setDefault and the application's layout direction (right to left for ar and fa).
    Calling it again replaces what an earlier call installed."""
    if lang not in LANGUAGES:
        raise ValueError(
            f"{lang!r} is not an interface language: use one of {', '.join(LANGUAGES)}."
        )
    uninstall_language(app)
    if lang != "en":
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
    app.setProperty(_LANGUAGE_PROPERTY, lang)


def uninstall_language(app: QCoreApplication) -> None:
    """Removes what install_language installed: English, left to right, the system locale."""
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    app.setProperty(_LANGUAGE_PROPERTY, None)


def installed_language(app: QCoreApplication | None = None) -> str:
    """The language the running interface was started in ("en" before install_language)."""
    app = app or QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value in LANGUAGES else "en"


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
    return format_date(
        from_qdate(day), settings.calendar, settings.digits, installed_language(), long
    )
