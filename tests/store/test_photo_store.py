from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from fieldapp.store.photo_cipher import PhotoCipher, is_sealed
from fieldapp.store.photos import PhotoSeal, PhotoStore
from tests.photo_fixtures import SAMPLE_SOURCES, sample

SEAL = PhotoSeal(lambda: CIPHER)
CIPHER = PhotoCipher.from_data_key(os.urandom(32))


@pytest.mark.parametrize("sample_set", SAMPLE_SOURCES)
def test_an_original_is_kept_byte_for_byte_under_its_sha256(
    tmp_path: Path, sample_set: str
) -> None:
    source = tmp_path / "in" / "相机 photo.jpg"
    source.parent.mkdir()
    shutil.copy(sample("gps", sample_set), source)
    before = source.read_bytes()
    store = PhotoStore(tmp_path / "photos", SEAL)
    digest = store.put_file(source)
    assert digest == hashlib.sha256(before).hexdigest()
    assert store.read(digest) == before  # opened in memory, byte for byte
    assert is_sealed(store.path_for(digest).read_bytes())  # sealed at rest
    assert source.read_bytes() == before
    assert store.put_file(source) == digest  # stored once
    stored = [p for p in (tmp_path / "photos").rglob("*") if p.is_file()]
    assert stored == [store.path_for(digest)]


def test_a_failed_copy_leaves_no_partial_file(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos", SEAL)
    store.put_bytes(b"first")
    with pytest.raises(FileNotFoundError):
        store.put_file(tmp_path / "vanished.jpg")
    leftovers = [p.name for p in (tmp_path / "photos").rglob(".*")]
    assert leftovers == []
