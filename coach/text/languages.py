"""The languages the app speaks, listed once (no Qt).

Each entry holds what differs from one language to the next outside its words: its code, its
name written in itself, its direction, the digits and calendar a new owner starts with, the Qt
locales of its screens and the font families of its report. Everything that offers or loops over
languages reads ``LANGUAGES`` or ``language(code)`` from here: the settings, the interface and
report language choices, the command line, the playbook and tone-rule loaders, the demo
generator, the translation scripts and build.spec. A test fails when any other module or script
spells out a list of language codes.

The words of a language live in its playbook (coaching, the labels of every vocabulary key, month
names, the monthly report's own words, tone rules) and in its Qt catalogue (the screens' own
words). Adding a language is:

1. An entry in ``_REGISTRY`` below.
2. A playbook folder ``coach/playbooks/<code>/`` holding the same files as ``en/`` (stages,
   root_causes, customer_signs, decisions, safety, channels, library, vocabulary, report, reply,
   tone).
   The loader refuses a folder that misses an entry, a label or a report word, naming the file
   and the key.
3. A catalogue ``assets/translations/coach_<code>.ts``: ``scripts/update_translations.py`` makes
   it for every language but the source language; translate it, then run
   ``scripts/build_translations.py``.

Sample complaints for ``coach demo`` are optional (``coach/demo/texts_<code>.py``, imported in
coach/demo/generator.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from coach.text.translatable import QT_TRANSLATE_NOOP

LTR = "ltr"
RTL = "rtl"
SOURCE_LANGUAGE = "en"
"""The language the code and the English playbook are written in: it needs no Qt catalogue."""
DEFAULT_LANGUAGE = SOURCE_LANGUAGE
"""Used for an unknown or missing language code."""

_LATIN_FONTS = ("Noto Sans", "Noto Sans Arabic")
_ARABIC_FONTS = ("Noto Sans Arabic", "Noto Sans")


@dataclass(frozen=True)
class Language:
    """One language the interface, the playbook and the report can be in."""

    code: str
    """The ISO 639-1 code: the playbook folder and the catalogue are named by it."""
    name: str
    """The language's name written in itself, as the settings list it."""
    english_name: str
    """Its English name, translated into the interface language where a list shows it."""
    direction: str
    """``ltr`` or ``rtl``."""
    digits: str
    """The digits a new owner starts with (a key of ``coach.text.localise.DIGIT_SETS``)."""
    calendar: str
    """The calendar a new owner starts with (``gregorian`` or ``jalali``)."""
    fonts: tuple[str, ...]
    """The report's font families for its script, first choice first (bundled in
    assets/fonts); ``fonts_for_direction`` orders them for a line of text."""
    locale: str
    """The Qt locale of the screens (number and date widgets), as ``language_TERRITORY``."""
    locales: Mapping[str, str] = field(default_factory=dict)
    """A closer Qt locale for other digits the owner may choose (``latin`` -> ``ar_AE``)."""

    @property
    def rtl(self) -> bool:
        return self.direction == RTL

    def locale_for(self, digits: str | None) -> str:
        """The Qt locale whose numbers come closest to ``digits`` (None: the language's own)."""
        return self.locales.get(digits or self.digits, self.locale)


_REGISTRY: tuple[Language, ...] = (
    Language(
        code="en",
        name="English",
        english_name=QT_TRANSLATE_NOOP("Language", "English"),
        direction=LTR,
        digits="latin",
        calendar="gregorian",
        fonts=_LATIN_FONTS,
        locale="en_GB",
    ),
    Language(
        code="ar",
        name="العربية",
        english_name=QT_TRANSLATE_NOOP("Language", "Arabic"),
        direction=RTL,
        digits="arabic",
        calendar="gregorian",
        fonts=_ARABIC_FONTS,
        # ar_SA and ar_AE name the Gregorian months as the Arabic playbook does (يناير ...).
        locale="ar_SA",
        locales=MappingProxyType({"latin": "ar_AE"}),
    ),
    Language(
        code="fa",
        name="فارسی",
        english_name=QT_TRANSLATE_NOOP("Language", "Persian"),
        direction=RTL,
        digits="persian",
        calendar="jalali",
        fonts=_ARABIC_FONTS,
        locale="fa_IR",
    ),
)
_BY_CODE: Mapping[str, Language] = MappingProxyType({lang.code: lang for lang in _REGISTRY})

LANGUAGES: tuple[str, ...] = tuple(_BY_CODE)
"""Every language code, in the order lists show them."""
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(c for c in LANGUAGES if c != SOURCE_LANGUAGE)
"""The languages with a Qt catalogue (all but the source language)."""


def languages() -> tuple[Language, ...]:
    """Every language, in the order lists show them."""
    return _REGISTRY


def language(code: str) -> Language:
    """The language of ``code``; the default language (English) for a code it does not know."""
    return _BY_CODE.get(code) or _BY_CODE[DEFAULT_LANGUAGE]


def is_known(code: str) -> bool:
    return code in _BY_CODE


def known_or_default(code: str | None) -> str:
    """``code`` if it is a language of the registry, else the default language's code."""
    return code if code is not None and code in _BY_CODE else DEFAULT_LANGUAGE


def is_rtl(code: str) -> bool:
    """Whether ``code`` is written right to left (False for an unknown code)."""
    found = _BY_CODE.get(code)
    return found is not None and found.rtl


def fonts_for_direction(rtl: bool) -> tuple[str, ...]:
    """The report's font families for text written in one direction, first choice first: the
    families of the languages written that way, in registry order, then every other family
    as a fallback for the scripts of the other direction."""
    own = (family for lang in _REGISTRY if lang.rtl == rtl for family in lang.fonts)
    every = (family for lang in _REGISTRY for family in lang.fonts)
    return tuple(dict.fromkeys([*own, *every]))
