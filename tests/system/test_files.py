"""Files are replaced whole or not at all: the old file survives any failure, a full disk included."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coach.errors import OutputError
from coach.system.files import (
    DiskFullError,
    atomic_path,
    atomic_write,
    write_bytes_atomic,
    write_text_atomic,
)

OLD = "the old content, كلمات قديمة\r\n".encode() * 50


class BodyFailed(Exception):
    pass


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "kept" / "complaints.csv"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_success_replaces_the_content_whole(old_file: Path) -> None:
    with atomic_write(old_file, encoding="utf-8", newline="") as stream:
        stream.write("new,سطر\r\n")
        stream.write("second line\n")
    assert old_file.read_bytes() == "new,سطر\r\nsecond line\n".encode()
    assert names(old_file.parent) == ["complaints.csv"]


def test_a_new_file_is_created_readable_only_by_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    write_text_atomic(path, "{}\n")
    assert path.read_text(encoding="utf-8") == "{}\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_permissions_can_be_given(tmp_path: Path) -> None:
    path = tmp_path / "shared.txt"
    write_bytes_atomic(path, b"hello", permissions=0o644)
    assert path.read_bytes() == b"hello"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_replacing_a_file_leaves_it_readable_only_by_its_owner(old_file: Path) -> None:
    old_file.chmod(0o644)
    write_bytes_atomic(old_file, b"new")
    assert stat.S_IMODE(old_file.stat().st_mode) == 0o600


@pytest.mark.parametrize("failure", [BodyFailed, KeyboardInterrupt])
def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(
    old_file: Path, failure: type[BaseException]
) -> None:
    with pytest.raises(failure), atomic_write(old_file, "wb") as stream:
        stream.write(b"half of the new content")
        stream.flush()
        assert len(names(old_file.parent)) == 2, "the temporary file is beside the target"
        raise failure()
    assert old_file.read_bytes() == OLD
    assert names(old_file.parent) == ["complaints.csv"]


def test_an_encoding_error_mid_write_leaves_the_old_file(old_file: Path) -> None:
    with pytest.raises(UnicodeEncodeError), atomic_write(old_file, encoding="ascii") as stream:
        stream.write("fine so far\n")
        stream.write("نه")
    assert old_file.read_bytes() == OLD
    assert names(old_file.parent) == ["complaints.csv"]


def test_a_missing_folder_raises_the_os_error_for_the_caller_to_word(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_write(tmp_path / "nowhere" / "x.csv") as stream:
        stream.write("never written")
    assert not (tmp_path / "nowhere").exists()


def test_a_path_writer_replaces_on_success_and_cleans_up_on_failure(old_file: Path) -> None:
    with atomic_path(old_file) as temporary:
        assert temporary.parent == old_file.parent and temporary.exists()
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
        temporary.write_bytes(b"%PDF-1.4 written by name")
    assert old_file.read_bytes() == b"%PDF-1.4 written by name"
    with pytest.raises(BodyFailed), atomic_path(old_file) as temporary:
        temporary.write_bytes(b"half a PDF")
        raise BodyFailed()
    assert old_file.read_bytes() == b"%PDF-1.4 written by name"
    assert names(old_file.parent) == ["complaints.csv"]


def test_the_disk_full_error_speaks_plainly() -> None:
    error = DiskFullError(Path("/data/complaints.csv"))
    assert isinstance(error, OutputError) and isinstance(error, OSError)
    assert error.message.startswith("The disk is full: /data/complaints.csv")
    assert str(error) == error.message == error.strerror


def test_a_full_disk_keeps_the_old_file_and_says_so(small_disk: Path) -> None:
    target = small_disk / "complaints.csv"
    target.write_bytes(OLD)
    with pytest.raises(DiskFullError, match=f"The disk is full: {target}"):
        with atomic_write(target, "wb") as stream:
            for _ in range(40):
                stream.write(os.urandom(64 * 1024))  # 2.5 MB onto a 1 MB disk
    assert target.read_bytes() == OLD
    assert names(small_disk) == ["complaints.csv"]
    write_bytes_atomic(target, b"small enough")  # the space was given back
    assert target.read_bytes() == b"small enough"
