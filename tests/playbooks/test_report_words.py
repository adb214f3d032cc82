"""The monthly report's own words live in each language's report.toml, checked like the rest."""

from __future__ import annotations

import re
import shutil
from importlib.resources import files
from pathlib import Path

import pytest

from coach.playbooks import PlaybookError, load_playbook
from coach.playbooks.loader import read_builtin
from coach.playbooks.model import REPORT_WORDS
from coach.system.paths import user_playbooks_dir
from coach.text.languages import LANGUAGES

PLAYBOOKS = Path(str(files("coach.playbooks")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_gives_every_report_word_with_its_placeholders(lang: str) -> None:
    book = load_playbook(lang)
    assert set(book.report_words.texts) == set(REPORT_WORDS)
    for key, names in REPORT_WORDS.items():
        text = book.report_text(key)
        assert text.strip() and sorted(re.findall(r"\{(\w+)\}", text)) == sorted(names), key


def test_the_report_speaks_each_language() -> None:
    assert load_playbook("en").report_text("page") == "Page {x} of {y}"
    assert load_playbook("ar").report_text("title") == "تقرير الشكاوى"
    assert load_playbook("fa").report_text("fix") == "چه چیزی را باید درست کرد"


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "fa"
    shutil.copytree(PLAYBOOKS / "fa", folder)
    return folder


def test_a_missing_word_or_file_is_refused_naming_file_and_key(broken_copy: Path) -> None:
    path = broken_copy / "report.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^trend = .*\n", "", text), encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "fa")
    assert 'fa/report.toml, entry "words": the field "trend" is missing.' in str(raised.value)
    path.unlink()
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "fa")
    assert "fa/report.toml: missing entries: words." in str(raised.value)


def test_a_lost_or_unknown_placeholder_is_refused(broken_copy: Path) -> None:
    path = broken_copy / "report.toml"
    text = path.read_text(encoding="utf-8").replace("{y}", "{z}")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "fa")
    message = str(raised.value)
    assert 'fa/report.toml, entry "words", field "page": keep {y} in the text' in message
    assert '"page": {z} is not something the report fills in (it can fill in: {x}, {y})' in message


def test_the_owner_may_reword_the_report(data_dir: Path) -> None:
    folder = user_playbooks_dir(data_dir) / "en"
    folder.mkdir(parents=True)
    (folder / "report.toml").write_text(
        '[words]\ntitle = "Corner Café: the month"\n', encoding="utf-8"
    )
    book = load_playbook("en", user_playbooks_dir(data_dir))
    assert book.errors == []
    assert book.report_text("title") == "Corner Café: the month"
    assert book.report_text("fix") == "What to fix"


def test_mistakes_in_the_owners_words_are_named_and_the_built_in_words_kept(
    data_dir: Path,
) -> None:
    folder = user_playbooks_dir(data_dir) / "en"
    folder.mkdir(parents=True)
    path = folder / "report.toml"
    path.write_text(
        '[words]\ntitle = "The month"\npage = "Sheet {x}"\nfooter = "Thanks"\n', encoding="utf-8"
    )
    book = load_playbook("en", user_playbooks_dir(data_dir))
    assert book.report_text("title") == "Complaints report"
    assert book.report_text("page") == "Page {x} of {y}"
    assert book.errors == [
        f'{path}, entry "words": unknown field "footer"; a report has: '
        + ", ".join(REPORT_WORDS)
        + ".",
        f'{path}, entry "words", field "page": keep {{y}} in the text; the report puts its '
        "value there.",
    ]
