"""The interface language: translators, locale, direction, and complete Arabic/Persian catalogues."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCalendar, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from coach.system.resources import translations_dir
from coach.system.settings import Settings
from coach.ui.i18n import (
    format_qdate,
    from_qdate,
    install_language,
    installed_language,
    qt_calendar,
    qt_locale,
    to_qdate,
    uninstall_language,
)
from coach.ui.labels import label

ROOT = Path(__file__).resolve().parents[2]
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cancel_texts() -> tuple[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    message = QMessageBox()
    message.setStandardButtons(QMessageBox.StandardButton.Cancel)
    texts = (
        box.button(QDialogButtonBox.StandardButton.Cancel).text(),
        message.button(QMessageBox.StandardButton.Cancel).text(),
    )
    box.deleteLater()
    message.deleteLater()
    return texts


@pytest.mark.parametrize(
    ("lang", "language", "cancel", "vocabulary"),
    [
        ("ar", QLocale.Language.Arabic, "ألغِ", "منتج معيب"),
        ("fa", QLocale.Language.Persian, "انصراف", "ایراد کالا"),
    ],
)
def test_arabic_and_persian_start_right_to_left_and_translated(
    qapp: QApplication,
    ui_language: Callable[[str], None],
    lang: str,
    language: QLocale.Language,
    cancel: str,
    vocabulary: str,
) -> None:
    ui_language(lang)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == language
    assert installed_language() == lang
    assert cancel_texts() == (cancel, cancel), "Qt's own buttons come from qtbase_" + lang
    assert label("product_defect") == vocabulary
    assert label("my_own_cause") == "My own cause"


def test_english_is_left_to_right_and_untranslated(
    qapp: QApplication, ui_language: Callable[[str], None]
) -> None:
    ui_language("fa")
    ui_language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert cancel_texts() == ("Cancel", "Cancel")
    assert label("product_defect") == "Faulty product"
    assert QLocale().language() == QLocale.Language.English


def test_uninstall_restores_english(qapp: QApplication, compiled_translations: Path) -> None:
    install_language(qapp, "ar")
    uninstall_language(qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert label("product_defect") == "Faulty product"
    assert installed_language() == "en"


def test_unknown_language_is_refused_in_words(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="not an interface language"):
        install_language(qapp, "de")


def test_locale_follows_the_chosen_digits() -> None:
    assert qt_locale("ar").toString(1234) == "١٬٢٣٤"
    assert qt_locale("ar", "latin").toString(1234) == "1,234"
    assert qt_locale("ar", "latin").monthName(1) == "يناير"
    assert qt_locale("fa").toString(1234) == "۱٬۲۳۴"
    assert qt_locale("en").toString(1234) == "1,234"


def test_calendar_and_dates_follow_the_settings(
    data_dir: Path, ui_language: Callable[[str], None]
) -> None:
    settings = Settings(data_dir, {"language": "fa"})
    assert qt_calendar(settings).name() == QCalendar(QCalendar.System.Jalali).name()
    day = to_qdate(date(2026, 10, 3))
    assert from_qdate(day) == date(2026, 10, 3)
    assert from_qdate(QDate()) is None
    assert format_qdate(day, settings) == "۱۴۰۵/۰۷/۱۱"
    ui_language("fa")
    assert format_qdate(day, settings, long=True) == "۱۱ مهر ۱۴۰۵"
    settings.set("calendar", "gregorian")
    settings.set("digits", "latin")
    assert qt_calendar(settings).name() == QCalendar(QCalendar.System.Gregorian).name()
    assert format_qdate(day, settings) == "2026-10-03"


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_catalogue_is_complete(lang: str, tmp_path: Path) -> None:
    """pyside6-lrelease reports no unfinished string, and the .ts marks none unfinished."""
    build = load_script("build_translations")
    source = translations_dir() / f"coach_{lang}.ts"
    result = subprocess.run(
        [build.lrelease(), str(source), "-qm", str(tmp_path / f"coach_{lang}.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = re.search(r"\((\d+) finished and (\d+) unfinished\)", result.stdout)
    assert counts, result.stdout
    assert int(counts.group(1)) > 0
    assert int(counts.group(2)) == 0, result.stdout
    assert 'type="unfinished"' not in source.read_text(encoding="utf-8")
    root = ElementTree.parse(source).getroot()
    assert root.get("language") == lang
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
        for text in texts:
            english = message.findtext("source", "")
            wordless = not re.search("[A-Za-z]", re.sub(r"\{\w+\}|%n", "", english))
            assert text and (ARABIC_LETTERS.search(text) or wordless or text == english), english


def test_persian_and_arabic_are_written_separately() -> None:
    """Persian uses ی/ک and Arabic ي/ك; the two catalogues are not copies of each other."""

    def translations(lang: str) -> dict[str, str]:
        root = ElementTree.parse(translations_dir() / f"coach_{lang}.ts").getroot()
        return {
            m.findtext("source", ""): m.findtext("translation", "") for m in root.iter("message")
        }

    arabic, persian = translations("ar"), translations("fa")
    assert not re.search("[\u064a\u0643]", "".join(persian.values()))
    assert not re.search("[\u06cc\u06a9]", "".join(arabic.values()))
    same = [s for s in arabic if arabic[s] == persian.get(s) and ARABIC_LETTERS.search(arabic[s])]
    assert not same


def test_refreshing_the_catalogues_keeps_every_translation(tmp_path: Path) -> None:
    """Re-running the update script over the code never loses a translation."""
    update = load_script("update_translations")
    for lang in ("ar", "fa"):
        source = translations_dir() / f"coach_{lang}.ts"
        target = tmp_path / source.name
        target.write_bytes(source.read_bytes())
        update.update(lang, target)
        update.update(lang, target)
        before = ElementTree.parse(source).getroot()
        after = {
            (m.findtext("source"), m.findtext("translation"))
            for m in ElementTree.parse(target).getroot().iter("message")
        }
        for message in before.iter("message"):
            assert (message.findtext("source"), message.findtext("translation")) in after


def test_every_string_in_the_code_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """A visible string added to the code without its Arabic and Persian translation fails here."""
    update = load_script("update_translations")
    assert update.main(["--check"]) == 0, capsys.readouterr().out


def test_no_string_is_translated_inside_an_f_string() -> None:
    """lupdate cannot see a tr() call inside an f-string's braces, so such a string would stay
    English in every language (the tray's "due today" did)."""
    hidden = []
    for path in sorted((ROOT / "coach").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and getattr(inner.func, "attr", None) == "tr":
                    hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not hidden
