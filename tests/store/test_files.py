"""Whole-or-nothing file writes and the removal of leftovers of killed writes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import BinaryIO

import pytest

from fieldapp.store.files import (
    LEGACY_AGE_S,
    remove_interrupted_writes,
    write_atomically,
    write_file_atomically,
)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_write_that_fails_leaves_neither_the_target_nor_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "report.pdf"
    write_file_atomically(target, b"first")

    def failing(out: object) -> None:
        raise RuntimeError("layout failed halfway")

    with pytest.raises(RuntimeError):
        write_atomically(target, failing, what="the report")  # type: ignore[arg-type]
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.pdf"]


def test_a_content_named_file_written_meanwhile_is_kept(tmp_path: Path) -> None:
    store = tmp_path / "photos"
    target = store / "ab" / "ab12"

    def write(out: BinaryIO) -> None:
        out.write(b"second")
        write_file_atomically(target, b"first")  # another writer finishes first

    write_atomically(target, write, what="the photo", temp_folder=store, keep_existing=True)
    assert target.read_bytes() == b"first"
    assert [p for p in store.rglob("*") if p.is_file()] == [target]  # no temporary file left


def test_leftovers_of_dead_writers_go_and_files_being_written_stay(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    dead = photos / f".partial-{dead_pid()}-abc.tmp"
    mine = photos / f".partial-{os.getpid()}-def.tmp"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as alive_writer:
        try:
            alive = photos / f".partial-{alive_writer.pid}-ghi.tmp"
            old_legacy = photos / ".incoming-x1y2"
            young_legacy = tmp_path / ".report.pdf.tmp"
            kept_photo = photos / "ab" / "ab12"
            kept_photo.parent.mkdir()
            for path in (dead, mine, alive, old_legacy, young_legacy, kept_photo):
                path.write_bytes(b"partial")
            long_ago = time.time() - LEGACY_AGE_S - 60
            os.utime(old_legacy, (long_ago, long_ago))

            removed = remove_interrupted_writes(tmp_path, depth=1)
        finally:
            alive_writer.kill()
    assert sorted(removed) == sorted([dead, old_legacy])
    assert all(p.exists() for p in (mine, alive, young_legacy, kept_photo))


def test_leftovers_deeper_than_asked_are_left_alone(tmp_path: Path) -> None:
    deep = tmp_path / "archive" / "ab" / f".partial-{dead_pid()}-x.tmp"
    deep.parent.mkdir(parents=True)
    deep.write_bytes(b"partial")
    assert remove_interrupted_writes(tmp_path, depth=1) == []
    assert remove_interrupted_writes(tmp_path, depth=2) == [deep]
