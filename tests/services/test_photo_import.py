from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldapp.core.evidence import Annotation
from fieldapp.core.timestamps import local_now
from fieldapp.errors import RuleViolation
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace, start_survey
from fieldapp.services.photos import (
    CopiesReport,
    Outcome,
    add_photos,
    annotate_photo,
    describe_photo,
    make_display_copies,
    photo_risk_notes,
    shots_missing,
)
from tests.photo_fixtures import (
    SAMPLE_SOURCES,
    jpeg_bytes,
    ready_survey,
    sample,
    samples,
    with_broken_huffman_table,
)


def store_listing(workspace: FieldWorkspace) -> list[str]:
    root = workspace.data_dir / "photos"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


@pytest.mark.parametrize("source", SAMPLE_SOURCES)
def test_the_whole_sample_corpus_imports_with_one_outcome_per_file(
    workspace: FieldWorkspace, source: str
) -> None:
    folder = samples("", source)
    survey_id = ready_survey(workspace)
    seen: list[tuple[int, int]] = []
    report = add_photos(
        workspace, survey_id, [folder], progress=lambda d, t, m: seen.append((d, t))
    )
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(report.outcomes) == len(files)
    assert seen[-1] == (len(files), len(files))
    rejected = {
        Path(o.name).name: o.reason for o in report.outcomes if o.outcome is Outcome.REJECTED
    }
    assert rejected == {
        "README.md": "not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)"
    }
    # Every stored original is byte-for-byte the user's file, as sha256sum sees it.
    for outcome in report.outcomes:
        if outcome.outcome is Outcome.ADDED:
            stored = workspace.photo_store.read(outcome.sha256 or "")
            independent = subprocess.run(
                ["sha256sum", outcome.name], capture_output=True, text=True, check=True
            ).stdout.split()[0]
            assert independent == outcome.sha256
            assert stored == Path(outcome.name).read_bytes()
            assert workspace.thumbnails.has(outcome.sha256 or "")
    heic = [o for o in report.outcomes if o.name.lower().endswith(".heic")]
    assert heic and all(o.outcome is Outcome.ADDED for o in heic)  # the HEIC came in


@pytest.mark.parametrize("sample_set", SAMPLE_SOURCES)
def test_the_users_files_are_not_touched_and_a_second_add_is_a_duplicate(
    workspace: FieldWorkspace, tmp_path: Path, sample_set: str
) -> None:
    survey_id = ready_survey(workspace)
    folder = tmp_path / "现场 照片 📷"
    folder.mkdir()
    source = folder / "车辆 左前 🚗.jpg"
    shutil.copy(sample("gps", sample_set), source)
    shutil.copy(source, folder / "same photo again.jpg")
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    first = add_photos(workspace, survey_id, [folder])
    assert [o.outcome for o in first.outcomes] == [Outcome.DUPLICATE, Outcome.ADDED] or [
        o.outcome for o in first.outcomes
    ] == [Outcome.ADDED, Outcome.DUPLICATE]
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before
    again = add_photos(workspace, survey_id, [source])
    assert again.outcomes[0].outcome is Outcome.DUPLICATE
    assert again.outcomes[0].line.startswith(f"duplicate {first.outcomes[0].sha256[:12]} ")
    assert len(workspace.photos.photos(survey_id)) == 1
    assert len([p for p in store_listing(workspace) if "/" in p]) == 1


def test_refused_files_change_neither_the_survey_nor_the_store(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    add_photos(workspace, survey_id, [sample("camera")])
    events_before = len(survey_document(workspace, survey_id)["events"])
    listing_before = store_listing(workspace)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.jpg").write_bytes(b"")
    (bad / "letter.jpg").write_text("not a photo")
    whole = jpeg_bytes((2000, 1500))
    (bad / "cut short.jpg").write_bytes(whole[: len(whole) // 3])
    os.symlink(tmp_path / "gone.jpg", bad / "vanished.jpg")
    Image.new("1", (12_000, 8_000)).save(bad / "bomb.png")
    report = add_photos(workspace, survey_id, [bad, tmp_path / "no such folder"])
    reasons = {Path(o.name).name: o.reason for o in report.outcomes}
    assert reasons == {
        "bomb.png": "too many pixels to be a photo (decompression bomb)",
        "cut short.jpg": reasons["cut short.jpg"],
        "empty.jpg": "the file is empty",
        "letter.jpg": "not a photo in a known format (JPEG, PNG, WebP, TIFF, HEIC/HEIF)",
        "vanished.jpg": "the file vanished before it could be read",
        "no such folder": "no such file or folder",
    }
    assert reasons["cut short.jpg"] == "the file is cut short: it ends before the picture does"
    assert all(o.outcome is Outcome.REJECTED for o in report.outcomes) and report.refused
    assert store_listing(workspace) == listing_before
    assert len(survey_document(workspace, survey_id)["events"]) == events_before
    assert not list((workspace.data_dir / "photos").rglob(".incoming-*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_an_unreadable_file_is_refused(workspace: FieldWorkspace, tmp_path: Path) -> None:
    survey_id = ready_survey(workspace)
    locked = tmp_path / "locked.jpg"
    locked.write_bytes(jpeg_bytes())
    locked.chmod(0)
    report = add_photos(workspace, survey_id, [locked])
    assert report.outcomes[0].reason == "the file cannot be read (permission denied)"


def test_evidence_waits_for_the_safety_checklist(workspace: FieldWorkspace, tmp_path: Path) -> None:
    survey = start_survey(
        workspace,
        claim_number="BA-1",
        line_of_business="property",
        occurred_at=local_now(),
        surveyor="赵静",
    )
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes())
    with pytest.raises(RuleViolation) as blocked:
        add_photos(workspace, survey.survey_id, [tmp_path / "a.jpg"])
    assert blocked.value.code == "safety_incomplete"
    assert workspace.photos.photos(survey.survey_id) == []


def test_cancel_stops_the_batch_and_keeps_what_was_recorded(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    for n in range(12):
        (tmp_path / f"p{n:02d}.jpg").write_bytes(jpeg_bytes(colour=(n * 20, 80, 90)))
    recorded: list[int] = []

    def progress(done: int, total: int, name: str) -> None:
        recorded.append(done)

    report = add_photos(
        workspace,
        survey_id,
        [tmp_path],
        progress=progress,
        cancelled=lambda: len(recorded) >= 3,
        workers=1,
    )
    assert report.cancelled and report.not_processed > 0
    added = [o for o in report.outcomes if o.outcome is Outcome.ADDED]
    assert len(added) + report.not_processed == 12
    assert len(workspace.photos.photos(survey_id)) == len(added)


def test_risk_notes_for_time_place_and_reuse(workspace: FieldWorkspace, tmp_path: Path) -> None:
    incident = local_now().astimezone().replace(microsecond=0)
    survey_id = ready_survey(workspace, occurred_at=incident)
    shots = {
        "before.jpg": jpeg_bytes(taken=incident - timedelta(hours=5), colour=(1, 2, 3)),
        "later.jpg": jpeg_bytes(taken=incident + timedelta(days=10), colour=(4, 5, 6)),
        "far.jpg": jpeg_bytes(
            taken=incident + timedelta(hours=1), gps=(30.2905, 120.0035), colour=(7, 8, 9)
        ),
        "fine.jpg": jpeg_bytes(
            taken=incident + timedelta(hours=1), gps=(31.2290, 121.5200), colour=(10, 11, 12)
        ),
    }
    for name, content in shots.items():
        (tmp_path / name).write_bytes(content)
    report = add_photos(workspace, survey_id, [tmp_path])
    by_name = {Path(o.name).name: o.sha256[:12] for o in report.outcomes if o.sha256}
    other = ready_survey(workspace)
    add_photos(workspace, other, [tmp_path / "fine.jpg"])
    notes = {(n.code, n.subject.split()[-1]) for n in photo_risk_notes(workspace, survey_id)}
    assert notes == {
        ("photo_before_incident", by_name["before.jpg"]),
        ("photo_long_after_incident", by_name["later.jpg"]),
        ("photo_far_from_scene", by_name["far.jpg"]),
        ("photo_in_other_survey", by_name["fine.jpg"]),
    }
    document = survey_document(workspace, survey_id)
    assert {n["code"] for n in document["risk_notes"]} == {c for c, _ in notes}
    assert all(
        "km" in n["detail"] for n in document["risk_notes"] if n["code"] == "photo_far_from_scene"
    )


def test_captions_categories_annotations_and_missing_shots(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    assert [m.requirement.category.value for m in shots_missing(workspace, survey_id)] == [
        "overview",
        "damage_closeup",
        "plate_vin",
        "odometer",
    ]
    source = tmp_path / "rear.jpg"
    source.write_bytes(jpeg_bytes())
    [outcome] = add_photos(workspace, survey_id, [source]).outcomes
    original = workspace.photo_store.read(outcome.sha256 or "")
    describe_photo(
        workspace, survey_id, outcome.sha256[:8], caption="后保险杠凹陷", category="damage_closeup"
    )
    marks = [
        Annotation("arrow", (0.1, 0.1, 0.45, 0.5)),
        Annotation("ellipse", (0.4, 0.4, 0.7, 0.8)),
        Annotation("text", (0.05, 0.9), text="凹陷 12 cm"),
    ]
    annotate_photo(workspace, survey_id, outcome.sha256[:8], marks)
    [photo] = workspace.photos.photos(survey_id)
    assert photo.caption == "后保险杠凹陷" and photo.category == "damage_closeup"
    assert photo.annotations == tuple(marks)
    assert workspace.photo_store.read(photo.sha256) == original
    assert hashlib.sha256(original).hexdigest() == photo.sha256
    missing = [m.requirement.category.value for m in shots_missing(workspace, survey_id)]
    assert missing == ["overview", "plate_vin", "odometer"]


def _size(content: bytes | None) -> tuple[int, int]:
    assert content is not None
    with Image.open(io.BytesIO(content)) as image:
        return image.size


def test_the_background_pass_makes_display_copies_and_thumbnails_once(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    content = jpeg_bytes(
        (4000, 3000), orientation=6, embedded_thumbnail=Image.new("RGB", (160, 120), "red")
    )
    (tmp_path / "big.jpg").write_bytes(content)
    [outcome] = add_photos(workspace, survey_id, [tmp_path]).outcomes
    digest = outcome.sha256 or ""
    assert _size(workspace.thumbnails.get(digest)) == (120, 160)  # EXIF thumbnail, upright
    assert not workspace.display_copies.has(digest)
    assert make_display_copies(workspace, survey_id) == CopiesReport(made=1, damaged={})
    assert make_display_copies(workspace, survey_id) == CopiesReport(made=0, damaged={})
    assert _size(workspace.display_copies.get(digest)) == (1200, 1600)
    assert _size(workspace.thumbnails.get(digest)) == (240, 320)  # the definitive one
    # The same photo added to another survey keeps its definitive thumbnail.
    other = ready_survey(workspace)
    assert add_photos(workspace, other, [tmp_path]).outcomes[0].outcome is Outcome.ADDED
    assert _size(workspace.thumbnails.get(digest)) == (240, 320)


def test_a_picture_damaged_past_the_import_checks_is_kept_and_flagged(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    thumb = Image.new("RGB", (160, 120), "red")
    damaged = with_broken_huffman_table(jpeg_bytes((1600, 1200), embedded_thumbnail=thumb))
    (tmp_path / "damaged.jpg").write_bytes(damaged)
    (tmp_path / "fine.jpg").write_bytes(jpeg_bytes((1600, 1200), embedded_thumbnail=thumb))
    report = add_photos(workspace, survey_id, [tmp_path])
    assert [o.outcome for o in report.outcomes] == [Outcome.ADDED, Outcome.ADDED]
    bad = hashlib.sha256(damaged).hexdigest()
    copies = make_display_copies(workspace, survey_id)
    assert copies.made == 1 and list(copies.damaged) == [bad]
    assert "damaged" in copies.damaged[bad]
    # Remembered: the next pass does not decode it again, and still reports it.
    assert make_display_copies(workspace, survey_id) == CopiesReport(0, copies.damaged)
    assert workspace.photo_store.read(bad) == damaged  # evidence kept
    notes = [n for n in photo_risk_notes(workspace, survey_id) if n.code == "photo_damaged"]
    assert [n.subject for n in notes] == [f"photo {bad[:12]}"]


def test_an_interruption_stops_the_workers_and_keeps_what_was_recorded(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"p{n:02d}.jpg").write_bytes(jpeg_bytes(colour=(n * 5, 10, 20)))

    def interrupt(done: int, total: int, name: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        add_photos(workspace, survey_id, [folder], progress=interrupt, workers=1)
    # The photos reported (two) are recorded, with any recorded in the same transaction.
    recorded = workspace.photos.photos(survey_id)
    assert 2 <= len(recorded) < 10
    assert all(workspace.photo_store.has(photo.sha256) for photo in recorded)
    stored = [p for p in (workspace.data_dir / "photos").rglob("*") if p.is_file()]
    assert len(stored) < 10  # the workers stopped instead of finishing all 40


def test_photos_ready_when_a_later_one_fails_unexpectedly_are_still_recorded(
    workspace: FieldWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault injected in one file's preparation (as a full disk would raise) stops the import;
    the photos prepared before it, stored already, are recorded all the same."""
    import fieldapp.services.photo_import as photos_service

    survey_id = ready_survey(workspace)
    for n in range(4):
        (tmp_path / f"a{n}.jpg").write_bytes(jpeg_bytes((400, 300), colour=(n * 40, 10, 10)))
    (tmp_path / "b.jpg").write_bytes(jpeg_bytes((400, 300)))
    prepare = photos_service._prepare

    def faulty(candidate: Any, *args: Any) -> Any:
        if candidate.path.name == "b.jpg":
            raise OSError(28, "No space left on device")
        prepared = prepare(candidate, *args)
        if candidate.path.name == "a0.jpg":
            time.sleep(0.5)  # the others are ready meanwhile and join a0's transaction
        return prepared

    monkeypatch.setattr(photos_service, "_prepare", faulty)
    with pytest.raises(OSError, match="No space left"):
        add_photos(workspace, survey_id, [tmp_path], workers=4)
    assert sorted(p.file_name for p in workspace.photos.photos(survey_id)) == [
        "a0.jpg",
        "a1.jpg",
        "a2.jpg",
        "a3.jpg",
    ]
