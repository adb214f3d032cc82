"""Each language's playbook labels every vocabulary key and names the months; nothing else does."""

from __future__ import annotations

import re
import shutil
from importlib.resources import files
from pathlib import Path

import pytest

from coach.complaints import vocabulary
from coach.playbooks import Playbook, PlaybookError, load_playbook
from coach.playbooks.loader import read_builtin
from coach.system.paths import user_playbooks_dir
from coach.text.languages import LANGUAGES, is_rtl

PLAYBOOKS = Path(str(files("coach.playbooks")))
# Every tuple of keys in coach/complaints/vocabulary.py that a screen, the report or the CSV
# importer shows, with where its labels live. EVENT_KINDS are not labels: the timeline says each
# event in a sentence of its own (translated in the Qt catalogues).
SHOWN = {
    "STAGES",
    "STATUSES",
    "CHANNELS",
    "SEVERITIES",
    "FAULTS",
    "OUTCOMES",
    "FOLLOW_UP_RESULTS",
    "MOODS",
    "ROOT_CAUSES",
    "CUSTOMER_SIGNS",
}
GROUP_OF = {
    "STAGES": "stage",
    "ROOT_CAUSES": "root_cause",
    "CUSTOMER_SIGNS": "customer_sign",
    "STATUSES": "status",
    "CHANNELS": "channel",
    "SEVERITIES": "severity",
    "FAULTS": "fault",
    "OUTCOMES": "wanted_outcome",
    "FOLLOW_UP_RESULTS": "follow_up_result",
    "MOODS": "mood",
}


def key_tuples() -> dict[str, tuple[str, ...]]:
    return {
        name: value
        for name, value in vars(vocabulary).items()
        if name.isupper() and isinstance(value, tuple)
    }


def written_label(pb: Playbook, tuple_name: str, key: str) -> str:
    """The label a playbook file gives ``key`` ("" when no file does)."""
    if tuple_name == "STAGES":
        return pb.stage(key).title
    if tuple_name == "ROOT_CAUSES":
        cause = pb.root_cause(key)
        return cause.label if cause else ""
    if tuple_name == "CUSTOMER_SIGNS":
        sign = pb.sign(key)
        return sign.label if sign else ""
    return pb.labels_by_group[GROUP_OF[tuple_name]].labels.get(key, "")


def test_every_shown_key_tuple_is_covered() -> None:
    assert set(key_tuples()) == SHOWN | {"EVENT_KINDS"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_vocabulary_key_has_a_label_in_every_language(lang: str) -> None:
    pb = load_playbook(lang)
    for tuple_name in sorted(SHOWN):
        for key in key_tuples()[tuple_name]:
            text = written_label(pb, tuple_name, key)
            assert text.strip(), f"{lang}: no label for {tuple_name} {key!r}"
            assert pb.label(key, GROUP_OF[tuple_name]) == text
    assert pb.cause_label(vocabulary.UNASSIGNED).strip()
    for calendar in ("gregorian", "jalali"):
        assert len(pb.month_names[calendar]) == 12
        assert all(name.strip() for name in pb.month_names[calendar])


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if is_rtl(code)])
def test_translated_labels_are_in_arabic_script_and_distinct(lang: str) -> None:
    pb = load_playbook(lang)
    for group in pb.labels_by_group.values():
        texts = list(group.labels.values())
        assert all(re.search(r"[\u0600-\u06FF]", text) for text in texts), group.key
        assert len(set(texts)) == len(texts), f"{lang} {group.key}: two keys, one label"
    for names in pb.month_names.values():
        assert all(re.search(r"[\u0600-\u06FF]", name) for name in names)


def test_persian_labels_use_persian_letters() -> None:
    pb = load_playbook("fa")
    texts = [t for g in pb.labels_by_group.values() for t in g.labels.values()]
    texts += [name for names in pb.month_names.values() for name in names]
    assert not [t for t in texts if re.search("[يك]", t)]


def test_a_shared_key_is_labelled_by_its_field() -> None:
    pb = load_playbook("en")
    assert pb.label("other", "channel") == "Other"
    assert pb.label("credit", "wanted_outcome") == "Store credit or points"
    assert pb.label("closed") == "Closed"
    assert pb.label("follow_up") == "Follow-up"  # a stage's title
    assert pb.label("late_payment") == "Pays late or not at all"  # a warning sign
    assert pb.label("not_a_key_anywhere") == "Not a key anywhere"


def test_one_precedence_for_cause_labels() -> None:
    pb = load_playbook("fa")
    assert pb.cause_label("product_defect", "Faulty product") == "ایراد کالا"
    assert pb.cause_label("milk_ran_out", "Milk ran out") == "Milk ran out"
    assert pb.cause_label("milk_ran_out") == "Milk ran out"
    assert pb.cause_label(vocabulary.UNASSIGNED) == "علت هنوز مشخص نشده"
    assert pb.cause_label("") == ""


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "fa"
    shutil.copytree(PLAYBOOKS / "fa", folder)
    return folder


def test_a_missing_label_is_refused_naming_file_and_key(broken_copy: Path) -> None:
    path = broken_copy / "vocabulary.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^unreachable = .*\n", "", text), encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "fa")
    message = str(raised.value)
    assert 'fa/vocabulary.toml, entry "follow_up_result"' in message
    assert '"unreachable" is missing' in message


def test_a_missing_table_or_month_is_refused(broken_copy: Path) -> None:
    path = broken_copy / "vocabulary.toml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^\[mood\]\n.*?\n\n", "", text).replace('"اسفند",', "")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "fa")
    message = str(raised.value)
    assert "fa/vocabulary.toml: missing entries: mood" in message
    assert 'entry "months", field "jalali": should name the 12 months, not 11' in message


def test_the_owner_may_rename_a_label_in_their_own_files(data_dir: Path) -> None:
    folder = user_playbooks_dir(data_dir) / "en"
    folder.mkdir(parents=True)
    (folder / "vocabulary.toml").write_text(
        '[status]\nclosed = "Done and dusted"\n\n[channel]\nfax = "Fax"\n', encoding="utf-8"
    )
    pb = load_playbook("en", user_playbooks_dir(data_dir))
    assert pb.label("closed", "status") == "Done and dusted"
    assert pb.label("draft", "status") == "Draft"
    assert len(pb.errors) == 1
    assert 'entry "channel": unknown field "fax"' in pb.errors[0]
