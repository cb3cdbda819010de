"""A full disk at every stage: database write, photo write, thumbnails and display copies, export.

Each stage ends in one line saying the disk is full, never a traceback and never "restore from a
backup"; reading still works; no temporary file survives; whatever was reported added is there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.field_folder import (
    Run,
    check_folder,
    leftovers,
    run_fieldapp,
    start_survey_ready_for_photos,
    write_unique_jpegs,
)
from tests.reliability.ledger import Ledger
from tests.reliability.small_disk import DiskFiller, mounted_small_disk

DISK_MIB = 16
# Free space left for each photo import: nothing, then less than a database write, an original,
# its thumbnail, a display copy … up to enough for all of them.
PHOTO_STEPS_KB = (0, 8, 24, 64, 160, 320, 640, 1280, 2560, 4096)
EXPORT_STEPS_KB = (0, 16, 64, 256, 512, 4096)
WHAT = re.compile(r"The disk is full: (.+?) could not be written")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_small_disk(tmp_path / "small-disk", size_mib=DISK_MIB) as disk:
        yield disk


def assert_one_line_disk_full(run: Run) -> str:
    """The stage the message names; the message is one line and says the disk is full."""
    lines = run.err.strip().splitlines()
    assert run.code == 1, run
    assert len(lines) == 1 and "The disk is full" in lines[0], run.err
    assert "Traceback" not in run.err and "from a backup" not in run.err, run.err
    found = WHAT.search(lines[0])
    return found.group(1) if found else lines[0]


def test_reading_works_and_writing_says_disk_full_when_nothing_is_left(
    small_disk: Path, tmp_path: Path, ledger: Ledger
) -> None:
    data_dir = small_disk / "field-data"
    survey_id = start_survey_ready_for_photos(data_dir, "CLM-FULL-1")
    photos = write_unique_jpegs(tmp_path / "first", 2, seed=1, size=(200, 150))
    assert run_fieldapp(data_dir, "photos", "add", survey_id, *map(str, photos)).code == 0
    filler = DiskFiller(small_disk)
    filler.fill()

    for argv in (
        ("survey", "list"),
        ("survey", "show", survey_id),
        ("survey", "log", survey_id, "--verify"),
        ("photos", "list", survey_id),
    ):
        run = run_fieldapp(data_dir, *argv)
        assert run.code == 0 and run.err == "", (argv, run)
        ledger.figure("Full disk: nothing free", " ".join(argv[:2]), "works (exit 0)")
    assert "CLM-FULL-1" in run_fieldapp(data_dir, "survey", "list").out

    notes = run_fieldapp(data_dir, "survey", "notes", survey_id, "Basement flooded.")
    ledger.figure("Full disk: nothing free", "survey notes", assert_one_line_disk_full(notes))
    more = write_unique_jpegs(tmp_path / "more", 3, seed=2, size=(200, 150))
    add = run_fieldapp(data_dir, "photos", "add", survey_id, *map(str, more))
    ledger.figure("Full disk: nothing free", "photos add", assert_one_line_disk_full(add))
    assert [line.split(" ")[0:2] for line in add.out.splitlines()] == [["not", "added"]] * 3
    assert leftovers(data_dir) == []
    backup = run_fieldapp(data_dir, "backup", str(small_disk / "field.backup"))
    ledger.figure("Full disk: nothing free", "backup", assert_one_line_disk_full(backup))
    assert sorted(p.name for p in small_disk.iterdir()) == ["field-data", "filler.bin"]

    filler.remove()
    health = check_folder(data_dir)
    assert health.holds and health.photos_recorded == 2, health
    shown = json.loads(run_fieldapp(data_dir, "survey", "show", survey_id, "--json").out)
    assert not shown.get("notes")


def test_photo_import_at_every_amount_of_free_space(
    small_disk: Path, tmp_path: Path, ledger: Ledger
) -> None:
    data_dir = small_disk / "field-data"
    survey_id = start_survey_ready_for_photos(data_dir, "CLM-FULL-2")
    filler = DiskFiller(small_disk)
    recorded_before = 0
    stages: list[str] = []
    for step, free_kb in enumerate(PHOTO_STEPS_KB):
        photos = write_unique_jpegs(tmp_path / f"step-{step}", 5, seed=100 + step, size=(480, 360))
        filler.free(free_kb * 1024)
        run = run_fieldapp(data_dir, "photos", "add", survey_id, *map(str, photos))
        lines = run.out.splitlines()
        assert len(lines) == len(photos), run  # exactly one result line a file
        added = [line for line in lines if line.startswith("added ")]
        if run.code == 0:
            stage = "none: all added"
            assert len(added) == len(photos)
        else:
            stage = assert_one_line_disk_full(run)
            if "photos themselves are kept" in run.err:  # stopped while making display copies
                assert len(added) == len(photos)
            else:
                assert f"{len(added)} photo" in run.err
        stages.append(stage)
        ledger.figure(
            "Full disk: photo import", f"{free_kb} KB free", f"{len(added)}/5 added; {stage}"
        )
        assert leftovers(data_dir) == []
        filler.remove()
        health = check_folder(data_dir)
        assert health.holds, health
        # every photo reported added is recorded, and nothing else was
        assert health.photos_recorded == recorded_before + len(added)
        recorded_before = health.photos_recorded
    # the sweep met the disk full at more than one stage of the import, and got through at last
    assert len(set(stages)) >= 3 and stages[-1] == "none: all added", stages


def test_export_on_a_full_disk_leaves_the_survey_as_it_was(
    small_disk: Path, ledger: Ledger
) -> None:
    data_dir = small_disk / "field-data"
    demo = run_fieldapp(data_dir, "demo")
    assert demo.code == 0, demo.err
    survey_id = demo.out.strip()
    identity = run_fieldapp(
        data_dir, "identity", "create", "--surveyor", "李明", "--organisation", "Acme Loss"
    )
    assert identity.code == 0, identity.err
    filler = DiskFiller(small_disk)
    for free_kb in EXPORT_STEPS_KB:
        before = json.loads(run_fieldapp(data_dir, "survey", "list", "--json").out)
        filler.free(free_kb * 1024)
        run = run_fieldapp(data_dir, "export", survey_id)
        filler.remove()
        assert leftovers(data_dir) == []
        if run.code == 0:
            ledger.figure("Full disk: export", f"{free_kb} KB free", "exported")
            assert Path(run.out.strip()).is_file()
            break
        stage = assert_one_line_disk_full(run)
        ledger.figure("Full disk: export", f"{free_kb} KB free", f"refused; {stage}")
        # all or nothing: the survey is not frozen without its report
        assert json.loads(run_fieldapp(data_dir, "survey", "list", "--json").out) == before
        assert list((data_dir / "exports").glob("*.pdf")) == []
    else:
        pytest.fail(f"the export never fitted in {EXPORT_STEPS_KB[-1]} KB")
    assert check_folder(data_dir).holds


def test_office_import_on_a_full_disk_stops_and_names_each_file_left(
    small_disk: Path, tmp_path: Path, ledger: Ledger
) -> None:
    field = tmp_path / "field-data"
    made = run_fieldapp(field, "identity", "create", "--surveyor", "李明", "--organisation", "X")
    assert made.code == 0, made.err
    reports = []
    for number in range(3):
        survey_id = run_fieldapp(field, "demo", "--line", "property").out.strip()
        out = tmp_path / "inbox" / f"r{number}.pdf"
        assert run_fieldapp(field, "export", survey_id, "--out", str(out)).code == 0
        reports.append(out)
    assert run_fieldapp(field, "identity", "export-cert", str(tmp_path / "device.pem")).code == 0
    office = small_disk / "office-data"
    assert run_fieldapp(office, "office", "trust", "add", str(tmp_path / "device.pem")).code == 0
    filler = DiskFiller(small_disk)
    seen = []
    for free_kb in (0, reports[0].stat().st_size * 3 // 2 // 1024):
        filler.free(free_kb * 1024)
        run = run_fieldapp(office, "office", "import", *map(str, reports))
        lines = run.out.splitlines()
        assert len(lines) == len(reports), run.out  # one line per file, in order
        accepted = [line for line in lines if line.startswith("accepted ")]
        stopped = [line for line in lines if line.startswith("not imported ")]
        assert stopped and len(accepted) + len(stopped) == len(reports), run.out
        assert all("The disk is full" in line for line in stopped), run.out
        assert run.code == 1 and run.err.count("\n") == 1, run.err
        assert "the import stopped" in run.err and "Traceback" not in run.err, run.err
        filler.remove()
        listed = run_fieldapp(office, "office", "list", "--json")
        assert len(json.loads(listed.out)) == len(accepted)  # what was said accepted is there
        assert not list((office / "quarantine").rglob("*"))  # no file blamed for the disk
        assert not [p for p in office.rglob("*") if p.name.startswith((".partial-", "."))]
        seen.append(f"{free_kb} KB free: {len(accepted)} accepted, {len(stopped)} not imported")
    again = run_fieldapp(office, "office", "import", *map(str, reports))
    assert again.code == 0 and all(
        line.startswith(("accepted ", "duplicate ")) for line in again.out.splitlines()
    ), again
    ledger.figure("Full disk", "office import (3 reports)", "; ".join(seen))
