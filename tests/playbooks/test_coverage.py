"""Every seed principle is taught in every language, and all languages have the same entries."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest

from coach.playbooks import Playbook, load_playbook, load_principles
from coach.text.languages import LANGUAGES, TRANSLATED_LANGUAGES, is_rtl

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_CATALOGUE = REPO_ROOT.parent / "shared" / "seeds" / "PRINCIPLES.md"


def playbook_for(lang: str) -> Playbook:
    if not (Path(str(files("coach.playbooks"))) / lang).is_dir():
        pytest.skip(f"no {lang} playbook yet")
    pb = load_playbook(lang)
    assert pb.lang == lang
    return pb


def test_principles_list_has_the_68_ids() -> None:
    principles = load_principles()
    assert len(principles) == 68
    assert all(re.fullmatch(r"00[0-4]:[A-Z]\d{1,2}", k) for k in principles)
    assert all(summary.strip() for summary in principles.values())


def test_principles_list_matches_the_seed_catalogue() -> None:
    if not SEED_CATALOGUE.is_file():
        pytest.skip("seed catalogue not present")
    text = SEED_CATALOGUE.read_text(encoding="utf-8")
    seed_ids = re.findall(r"^\| (\d{3}:[A-Z]\d+) \|", text, flags=re.MULTILINE)
    assert len(seed_ids) == 68
    assert list(load_principles()) == seed_ids


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_principle_is_cited_in_each_language(lang: str) -> None:
    pb = playbook_for(lang)
    cited = {source for entry in pb.entries() for source in entry.sources}
    missing = sorted(set(load_principles()) - cited)
    assert not missing, f"{lang}: no entry cites {missing}"


def entry_keys(pb: Playbook) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for entry in pb.entries():
        keys.setdefault(entry.kind, []).append(entry.key)
    for stage in pb.stages():
        keys[f"checklist:{stage.key}"] = [item.key for item in stage.checklist]
    return keys


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_translation_has_exactly_the_english_entries(lang: str) -> None:
    pb = playbook_for(lang)
    english = entry_keys(load_playbook("en"))
    translated = entry_keys(pb)
    for kind, keys in english.items():
        assert sorted(translated.get(kind, [])) == sorted(keys), f"{lang} {kind}"
    assert set(translated) == set(english)


def visible_texts(pb: Playbook) -> list[str]:
    texts: list[str] = []
    for entry in pb.entries():
        for name in ("title", "label", "goal", "summary", "looks_like", "what_to_do", "body"):
            value = getattr(entry, name, None)
            if isinstance(value, str):
                texts.append(value)
        for name in ("tips", "say", "steps", "fix"):
            texts.extend(getattr(entry, name, []))
    return texts


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if is_rtl(code)])
def test_translation_is_written_in_arabic_script(lang: str) -> None:
    pb = playbook_for(lang)
    for entry in pb.entries():
        heading = getattr(entry, "title", None) or getattr(entry, "label", "")
        assert re.search(r"[\u0600-\u06FF]", heading), f"{lang} {entry.kind} {entry.key}"


def test_persian_uses_persian_letters() -> None:
    pb = playbook_for("fa")
    wrong = [t[:40] for t in visible_texts(pb) if re.search("[يك]", t)]
    assert not wrong, f"Arabic ي/ك in Persian text: {wrong[:5]}"
