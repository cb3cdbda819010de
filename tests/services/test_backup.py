from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import backup_data_folder, create_identity, restore_data_folder
from fieldapp.store.backup import BackupError
from fieldapp.store.secrets import WrongPassphrase
from tests.conftest import TEST_PASSPHRASE


def test_backup_and_restore_round_trip_a_survey_with_photos(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = create_demo_survey(workspace, "motor")
    summary = create_identity(workspace, surveyor="李明", organisation="Org")
    original = survey_document(workspace, survey_id, full=True)
    archive = tmp_path / "backup.fieldapp"
    seen: list[int] = []
    count = backup_data_folder(workspace, archive, progress=lambda d, t, m: seen.append(d))
    assert count > len(original["photos"]) and seen[-1] == count - 1
    assert b"BA310" not in archive.read_bytes()  # nothing readable inside

    target = tmp_path / "restored"
    report = restore_data_folder(archive, target, lambda new: TEST_PASSPHRASE)
    assert report.photos_checked == len(original["photos"])
    restored = FieldWorkspace.open(target)
    again = survey_document(restored, survey_id, full=True)
    assert again["parties"] == original["parties"]
    assert [p["sha256"] for p in again["photos"]] == [p["sha256"] for p in original["photos"]]
    for photo in again["photos"]:
        stored = restored.photo_store.read(photo["sha256"])
        assert hashlib.sha256(stored).hexdigest() == photo["sha256"]
    from fieldapp.services.privacy import identity_of

    assert identity_of(restored).summary().fingerprint == summary.fingerprint
    restored.close()


def test_restore_refuses_a_wrong_passphrase_a_tampered_file_and_a_full_folder(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    create_demo_survey(workspace, "property")
    archive = tmp_path / "b.fieldapp"
    backup_data_folder(workspace, archive)
    with pytest.raises(BackupError, match="passphrase is not right"):
        restore_data_folder(archive, tmp_path / "t1", lambda new: "wrong passphrase")
    assert not (tmp_path / "t1").exists()
    tampered = tmp_path / "tampered.fieldapp"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="altered"):
        restore_data_folder(tampered, tmp_path / "t2", lambda new: TEST_PASSPHRASE)
    assert not (tmp_path / "t2").exists()
    with pytest.raises(BackupError, match="not empty"):
        restore_data_folder(archive, workspace.data_dir, lambda new: TEST_PASSPHRASE)
    not_backup = tmp_path / "photo.jpg"
    not_backup.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    with pytest.raises(BackupError, match="not a fieldapp backup"):
        restore_data_folder(not_backup, tmp_path / "t3", lambda new: TEST_PASSPHRASE)


def test_a_backup_needs_the_right_passphrase(data_dir: Path, tmp_path: Path) -> None:
    owner = FieldWorkspace.open(data_dir)
    create_demo_survey(owner, "motor")
    owner.close()
    other = FieldWorkspace.open(data_dir, passphrase=lambda new: "a guessed passphrase")
    with pytest.raises(WrongPassphrase):
        backup_data_folder(other, tmp_path / "b.fieldapp")
    assert not (tmp_path / "b.fieldapp").exists()
    other.close()
