"""A data folder of the previous version (plain photo files, schema before m008) is sealed on
first unlock: in the background with progress, resumable after a kill, logged once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import FieldWorkspace, list_surveys, survey_log
from fieldapp.services.photo_sealing import photos_to_seal, seal_plain_photos
from fieldapp.services.photos import make_display_copies, photo_original, thumbnails_of
from fieldapp.store.folder_log import PHOTOS_SEALED, folder_events
from fieldapp.store.photo_cipher import PhotoSealBroken
from fieldapp.store.photo_upgrade import is_plain, photo_files
from tests.conftest import REPO_ROOT, TEST_PASSPHRASE


def previous_version_folder(data_dir: Path) -> list[str]:
    """A folder as the previous version left it: surveys with photos, thumbnails and display
    copies stored plain, and a schema without m008. Returns the surveys' ids."""
    workspace = FieldWorkspace.open(data_dir)
    surveys = [create_demo_survey(workspace, line) for line in ("motor", "property")]
    for survey_id in surveys:
        make_display_copies(workspace, survey_id)
    cipher = workspace.photo_cipher()
    for file in photo_files(data_dir):
        file.path.write_bytes(
            cipher.open(file.path.read_bytes(), sha256=file.sha256, part=file.part)
        )
    workspace.db.execute("DROP TABLE folder_events")
    workspace.db.execute("DELETE FROM _sqlite_migrations WHERE name LIKE 'm008%'")
    workspace.db.conn.commit()
    workspace.close()
    return surveys


def assert_all_sealed_and_opening(data_dir: Path, surveys: list[str]) -> None:
    workspace = FieldWorkspace.open(data_dir)
    try:
        files = list(photo_files(data_dir))
        assert files and not any(is_plain(f) for f in files)
        assert not [p for p in data_dir.rglob(".partial-*")]
        for survey_id in surveys:
            for photo in workspace.photos.photos(survey_id):
                photo_original(workspace, survey_id, photo.photo_id)  # opens, hash checked
            assert None not in thumbnails_of(workspace, workspace.photos.hashes(survey_id)).values()
        assert [e.kind for e in folder_events(workspace.db)].count(PHOTOS_SEALED) == 1
        assert not photos_to_seal(workspace)
    finally:
        workspace.close()


def test_a_previous_version_folder_is_sealed_once_with_progress(data_dir: Path) -> None:
    surveys = previous_version_folder(data_dir)
    workspace = FieldWorkspace.open(data_dir)
    assert photos_to_seal(workspace)
    assert [s.survey_id for s in list_surveys(workspace)]  # no passphrase needed meanwhile
    [photo, *_] = workspace.photos.photos(surveys[0])
    photo_original(workspace, surveys[0], photo.photo_id)  # plain ones still read meanwhile
    seen: list[tuple[int, int]] = []
    report = seal_plain_photos(workspace, progress=lambda d, t, m: seen.append((d, t)))
    assert report.finished and report.sealed == len(seen) == seen[-1][1] > 10
    assert seal_plain_photos(workspace).sealed == 0  # nothing left; logged once all the same
    # From now on a plain photo file is refused, not read.
    path = workspace.photo_store.path_for(photo.sha256)
    plain = workspace.photo_store.read(photo.sha256)
    path.write_bytes(plain)
    with pytest.raises(PhotoSealBroken, match="not sealed"):
        workspace.photo_store.read(photo.sha256)
    workspace.photo_store.path_for(photo.sha256).unlink()
    workspace.photo_seal.plain_readable = True  # put the sealed one back through the store
    workspace.photo_store.put_hashed(plain, photo.sha256)
    workspace.close()
    assert_all_sealed_and_opening(data_dir, surveys)


def test_cancelled_sealing_resumes_at_the_next_unlock(data_dir: Path) -> None:
    surveys = previous_version_folder(data_dir)
    workspace = FieldWorkspace.open(data_dir)
    calls = iter(range(100))
    report = seal_plain_photos(workspace, cancelled=lambda: next(calls) >= 5)
    assert not report.finished and report.sealed == 5
    assert photos_to_seal(workspace)
    workspace.close()
    again = FieldWorkspace.open(data_dir)
    assert seal_plain_photos(again).finished
    again.close()
    assert_all_sealed_and_opening(data_dir, surveys)


SEALER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from fieldapp.services.field import FieldWorkspace
    from fieldapp.services.photo_sealing import seal_plain_photos

    def progress(done, total, message):
        print(done, total, flush=True)
        time.sleep(float(sys.argv[2]))

    workspace = FieldWorkspace.open(Path(sys.argv[1]), lambda new: {passphrase!r})
    report = seal_plain_photos(workspace, progress=progress)
    print("finished" if report.finished else "stopped", flush=True)
    """
).format(passphrase=TEST_PASSPHRASE)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sealing_killed_at_any_moment_resumes_and_leaves_no_plain_copy(data_dir: Path) -> None:
    surveys = previous_version_folder(data_dir)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    rng = random.Random(16)
    for pause in (0.02, 0.0):  # killed between files, then wherever the kill lands
        process = subprocess.Popen(
            [sys.executable, "-c", SEALER, str(data_dir), str(pause)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        first = process.stdout.readline().split()
        if first:  # files still plain: kill it once it is under way
            for _ in range(rng.randint(0, int(first[1]) // 3)):
                process.stdout.readline()
        process.send_signal(signal.SIGKILL)
        process.wait()
        if pause:
            assert process.returncode == -signal.SIGKILL
            files = list(photo_files(data_dir))
            assert any(is_plain(f) for f in files) and not all(is_plain(f) for f in files)
    workspace = FieldWorkspace.open(data_dir)  # removes the killed writes' temporary files
    assert seal_plain_photos(workspace).finished
    events = survey_log(workspace, surveys[0])
    assert events  # the survey logs are untouched and still read
    workspace.close()
    assert_all_sealed_and_opening(data_dir, surveys)
