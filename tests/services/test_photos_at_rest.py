"""Photo evidence at rest: after importing the shared sample photos (JPEG and HEIC) and making
their thumbnails and display copies, nothing in the data folder shows a picture."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import (
    Outcome,
    add_photos,
    make_display_copies,
    photo_original,
    thumbnails_of,
)
from fieldapp.store.photo_cipher import PhotoCipher, PhotoPart, PhotoSealBroken, photo_key
from tests.photo_fixtures import PHOTOS, jpeg_bytes, ready_survey

RUN = 64  # bytes of a source photo that must not be found anywhere
RUNS_PER_PHOTO = 12
EXIF_BLOCK = b"Exif\x00\x00"


def _middle_runs(content: bytes) -> list[bytes]:
    """Runs of RUN bytes from the middle half of a photo (past its headers, before its end);
    only runs of picture data (padding such as 64 zero bytes is in any database file)."""
    start, stop = len(content) // 4, 3 * len(content) // 4 - RUN
    step = max(1, (stop - start) // RUNS_PER_PHOTO)
    runs = (content[at : at + RUN] for at in range(start, stop, step))
    return [run for run in runs if len(set(run)) >= 16][:RUNS_PER_PHOTO]


def _shows_a_picture(name: str, content: bytes, runs: list[tuple[str, bytes]]) -> list[str]:
    found = []
    if content.startswith(b"\xff\xd8\xff"):
        found.append(f"{name}: starts as a JPEG")
    if content[4:8] == b"ftyp":
        found.append(f"{name}: starts as a HEIC/HEIF")
    if EXIF_BLOCK in content:
        found.append(f"{name}: holds an EXIF block")
    found += [f"{name}: holds 64 bytes of {source}" for source, run in runs if run in content]
    return found


def test_no_file_of_the_data_folder_shows_any_of_the_sample_photos(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    if not PHOTOS.is_dir():
        pytest.skip(f"needs ../shared/samples (the shared sample photos), not found at {PHOTOS}")
    sources = sorted(p for p in PHOTOS.rglob("*") if p.is_file() and p.suffix != ".md")
    assert any(p.suffix.lower() in (".heic", ".heif") for p in sources)
    survey_id = ready_survey(workspace)
    report = add_photos(workspace, survey_id, [PHOTOS])
    added = [o for o in report.outcomes if o.outcome is Outcome.ADDED]
    assert any(o.name.lower().endswith(".heic") for o in added)
    make_display_copies(workspace, survey_id)
    assert all(v is not None for v in thumbnails_of(workspace, [o.sha256 or "" for o in added]))
    # Byte for byte: each original opens to the very bytes of its source.
    for outcome in added:
        _, content = photo_original(workspace, survey_id, outcome.sha256 or "")
        assert content == Path(outcome.name).read_bytes()

    runs = [(p.name, run) for p in sources for run in _middle_runs(p.read_bytes())]
    assert len(runs) > 8 * len(sources)
    for source in sources:  # the check sees a picture where there is one
        if not any(name == source.name for name, _ in runs):
            continue  # its middle is padding (a large XMP packet), nothing to look for
        seen = _shows_a_picture(source.name, source.read_bytes(), runs)
        assert f"{source.name}: holds 64 bytes of {source.name}" in seen
    files = [p for p in workspace.data_dir.rglob("*") if p.is_file()]  # the WAL too: still open
    names = {p.name for p in files}
    assert {"fieldapp.db", "fieldapp.db-wal"} <= names
    assert any(p.parent.parent.name == "display" for p in files)
    shown = [s for p in files for s in _shows_a_picture(str(p), p.read_bytes(), runs)]
    assert shown == []


def test_the_photo_key_is_derived_from_the_data_key_and_differs_from_it(
    workspace: FieldWorkspace,
) -> None:
    data_key = workspace.cipher().data_key
    assert workspace.photo_cipher().key == photo_key(data_key) != data_key


def test_a_photo_file_swapped_for_another_does_not_open(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    for n, colour in enumerate(((200, 0, 0), (0, 0, 200))):
        (tmp_path / f"{n}.jpg").write_bytes(jpeg_bytes(colour=colour))
    first, second = (o.sha256 or "" for o in add_photos(workspace, survey_id, [tmp_path]).outcomes)
    store = workspace.photo_store
    store.path_for(first).write_bytes(store.path_for(second).read_bytes())
    with pytest.raises(PhotoSealBroken, match="belongs to another photo"):
        photo_original(workspace, survey_id, first)
    other_key = PhotoCipher.from_data_key(b"\x01" * 32)
    assert hashlib.sha256(store.read(second)).hexdigest() == second
    with pytest.raises(PhotoSealBroken):
        other_key.open(store.path_for(second).read_bytes(), sha256=second, part=PhotoPart.ORIGINAL)
