"""Photo files sealed at rest: what opens, what does not, and that nothing of the picture shows."""

from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.store import photo_cipher
from fieldapp.store.photo_cipher import (
    PHOTO_FORMAT,
    PhotoCipher,
    PhotoPart,
    PhotoSealBroken,
    photo_key,
    sealed_size,
)
from tests.photo_fixtures import gradient, jpeg_bytes

DATA_KEY = os.urandom(32)


@pytest.fixture(scope="module")
def photo() -> tuple[bytes, str]:
    content = jpeg_bytes(picture=gradient((1200, 900)), camera=("Canon", "EOS R6"))
    return content, hashlib.sha256(content).hexdigest()


def test_a_sealed_original_opens_byte_for_byte_and_shows_nothing_of_the_picture(
    photo: tuple[bytes, str],
) -> None:
    content, digest = photo
    cipher = PhotoCipher.from_data_key(DATA_KEY)
    sealed = cipher.seal(content, sha256=digest, part=PhotoPart.ORIGINAL)
    assert sealed.startswith(PHOTO_FORMAT)  # says which version wrote it
    assert b"\xff\xd8\xff" not in sealed[: len(PHOTO_FORMAT) + 16] and b"Exif" not in sealed
    for start in range(0, len(content) - 64, max(1, len(content) // 50)):
        assert content[start : start + 64] not in sealed
    opened = cipher.open(sealed, sha256=digest, part=PhotoPart.ORIGINAL)
    assert hashlib.sha256(opened).hexdigest() == digest


def test_the_photo_key_is_not_the_value_key_and_each_file_has_its_own_nonce(
    photo: tuple[bytes, str],
) -> None:
    content, digest = photo
    assert photo_key(DATA_KEY) != DATA_KEY and len(photo_key(DATA_KEY)) == 32
    cipher = PhotoCipher.from_data_key(DATA_KEY)
    first = cipher.seal(content, sha256=digest, part=PhotoPart.ORIGINAL)
    second = cipher.seal(content, sha256=digest, part=PhotoPart.ORIGINAL)
    assert first != second  # fresh nonce each time
    with pytest.raises(PhotoSealBroken):  # the data key itself does not open a photo
        PhotoCipher(DATA_KEY).open(first, sha256=digest, part=PhotoPart.ORIGINAL)


def test_a_file_swapped_for_another_photo_or_part_does_not_open(
    photo: tuple[bytes, str],
) -> None:
    content, digest = photo
    cipher = PhotoCipher.from_data_key(DATA_KEY)
    sealed = cipher.seal(content, sha256=digest, part=PhotoPart.ORIGINAL)
    other = hashlib.sha256(b"another photo").hexdigest()
    with pytest.raises(PhotoSealBroken, match="belongs to another photo"):
        cipher.open(sealed, sha256=other, part=PhotoPart.ORIGINAL)
    with pytest.raises(PhotoSealBroken):
        cipher.open(sealed, sha256=digest, part=PhotoPart.THUMBNAIL)
    with pytest.raises(PhotoSealBroken, match="not sealed"):
        cipher.open(content, sha256=digest, part=PhotoPart.ORIGINAL)


@settings(max_examples=60, deadline=None)
@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_any_changed_byte_is_refused(position: int, flip: int) -> None:
    content = b"a small picture" * 20
    digest = hashlib.sha256(content).hexdigest()
    cipher = PhotoCipher.from_data_key(DATA_KEY)
    sealed = bytearray(cipher.seal(content, sha256=digest, part=PhotoPart.DISPLAY))
    sealed[position % len(sealed)] ^= flip
    with pytest.raises(PhotoSealBroken):
        cipher.open(bytes(sealed), sha256=digest, part=PhotoPart.DISPLAY)


def test_files_of_any_size_in_turn_on_one_thread_each_open(
    photo: tuple[bytes, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread's ciphertext buffer is reused, grown, and passed by for a file larger than it
    may grow: no file carries another's bytes."""
    monkeypatch.setattr(photo_cipher, "REUSED_BUFFER_MAX", 2 << 20)
    content, digest = photo
    cipher = PhotoCipher.from_data_key(DATA_KEY)
    files = [content, b"a failure note", os.urandom(3 << 20), content[:1000], b""]
    sealed = [cipher.seal(c, sha256=digest, part=PhotoPart.DISPLAY) for c in files]
    for plain, stored in zip(files, sealed, strict=True):
        assert len(stored) == sealed_size(len(plain))
        assert cipher.open(stored, sha256=digest, part=PhotoPart.DISPLAY) == plain
