"""Key material and personal data are readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_and_its_key_material_are_the_owners_only(data_dir: Path) -> None:
    old_umask = os.umask(0o022)  # the usual desktop umask: new files readable by all
    try:
        workspace = FieldWorkspace.open(data_dir)
        create_identity(workspace, surveyor="李明", organisation="Example Mutual")
        create_demo_survey(workspace, "motor")
        workspace.close()
    finally:
        os.umask(old_umask)
    assert mode(data_dir) == 0o700
    identity = [p for p in data_dir.rglob("*") if p.parent.name == "identity"]
    assert {p.name for p in identity} >= {"device-key.sealed", "device-cert.pem", "keyring.json"}
    assert mode(identity[0].parent) == 0o700
    assert all(mode(p) == 0o600 for p in identity), {p.name: oct(mode(p)) for p in identity}
    for folder in (p for p in data_dir.rglob("*") if p.is_dir()):
        assert mode(folder) & 0o077 == 0, folder  # photos, thumbnails, display copies too


def test_an_older_looser_data_folder_is_tightened_when_opened(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    FieldWorkspace.open(data_dir).close()
    assert mode(data_dir) == 0o700
