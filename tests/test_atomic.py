"""Outputs are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.atomic import FILE_MODE, atomic_path, atomic_text_file, write_text_atomically
from harvester.errors import OutputError


def test_a_written_file_replaces_the_old_one_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    target.write_text("last month\n", encoding="utf-8")
    write_text_atomically(target, "this month\n")
    assert target.read_text(encoding="utf-8") == "this month\n"
    assert [p.name for p in tmp_path.iterdir()] == ["digest.md"]
    assert target.stat().st_mode & 0o777 == FILE_MODE


def test_an_error_in_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "findings.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text_file(target) as out:
        out.write("half a fi")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.csv"]


def test_a_failed_write_in_the_block_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "part.parquet"
    with (
        pytest.raises(OutputError, match=r"part\.parquet: cannot write here \(No space left"),
        atomic_path(target, advice="free some space"),
    ):
        raise OSError(28, "No space left on device")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_any_writer_can_fill_the_temporary_path(tmp_path: Path) -> None:
    target = tmp_path / "part.bin"
    with atomic_path(target) as temp:
        temp.write_bytes(b"\x00\x01")
        assert not target.exists()
    assert target.read_bytes() == b"\x00\x01"


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="missing/out.csv: cannot write here"):
        write_text_atomically(tmp_path / "missing" / "out.csv", "x")
