"""Photo files sealed at rest: originals, thumbnails, display copies and failure notes.

One AES-256-GCM message per file (photos are read whole), under a photo key derived from the data
key with HKDF and a label of its own, so that the key sealing personal values and the key sealing
pictures differ. Each file: a header naming the format and its version, a fresh random 96-bit
nonce, then the ciphertext with its tag. The header, the kind of file and the original's SHA-256
are the associated data: a file swapped for another photo's, or a thumbnail put where an original
belongs, does not open.

Sealing encrypts into a buffer each thread keeps, then writes the header and that buffer one after
the other. A fresh ciphertext per camera photo cost an allocation, its zeroing and its page
faults: a third of the sealing's time during an import (0.3 of 0.9 ms CPU for 2.8 MB); joining
header and ciphertext would copy the photo once more. The buffer only ever holds ciphertext.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.errors import FieldappError

PHOTO_FORMAT = b"fieldapp.photo/1\n"  # a reader says which version wrote a file by this
PHOTO_KEY_LABEL = b"fieldapp photo key/1"
NONCE_BYTES = 12
TAG_BYTES = 16
# A thread keeps its ciphertext buffer for files up to this size (a 48 MP photo; typical ones are
# 2 to 8 MB); a larger one gets a buffer of its own, freed when written.
REUSED_BUFFER_MAX = 32 << 20
_buffers = threading.local()


class PhotoPart(StrEnum):
    ORIGINAL = "original"
    THUMBNAIL = "thumbnail"
    DISPLAY = "display"
    FAILURE = "failure"  # the reason a picture could not be decoded


class PhotoSealBroken(FieldappError):
    code = "photo_seal_broken"
    template = (
        "The stored {part} of photo {sha256:.12} does not open: {detail}. "
        "Restore the data folder from a backup."
    )


def photo_key(data_key: bytes) -> bytes:
    """The photo key: the data key through HKDF-SHA256 with the photo label (never the same
    bytes as the data key that seals values)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=PHOTO_KEY_LABEL).derive(
        data_key
    )


def is_sealed(content: bytes) -> bool:
    return content.startswith(PHOTO_FORMAT)


def sealed_size(plain_size: int) -> int:
    return len(PHOTO_FORMAT) + NONCE_BYTES + plain_size + TAG_BYTES


@dataclass(frozen=True)
class PhotoCipher:
    key: bytes = field(repr=False)  # never in a log or a traceback

    @classmethod
    def from_data_key(cls, data_key: bytes) -> PhotoCipher:
        return cls(photo_key(data_key))

    def seal(self, content: bytes, *, sha256: str, part: PhotoPart) -> bytes:
        """The whole sealed file in memory."""
        out = io.BytesIO()
        self.write_sealed(out, content, sha256=sha256, part=part)
        return out.getvalue()

    def write_sealed(self, out: BinaryIO, content: bytes, *, sha256: str, part: PhotoPart) -> None:
        """Write the sealed file to ``out``: the header (format and a fresh nonce), then the
        ciphertext with its tag."""
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = _ciphertext_buffer(len(content) + TAG_BYTES)
        AESGCM(self.key).encrypt_into(nonce, content, _bound(sha256, part), ciphertext)
        out.write(PHOTO_FORMAT + nonce)
        out.write(ciphertext)

    def open(self, sealed: bytes, *, sha256: str, part: PhotoPart) -> bytes:
        if not is_sealed(sealed):
            raise PhotoSealBroken(part=part.value, sha256=sha256, detail="it is not sealed")
        body = memoryview(sealed)[len(PHOTO_FORMAT) :]  # no copy of a camera photo to slice it
        try:
            return AESGCM(self.key).decrypt(
                body[:NONCE_BYTES], body[NONCE_BYTES:], _bound(sha256, part)
            )
        except InvalidTag:
            raise PhotoSealBroken(
                part=part.value, sha256=sha256, detail="it was altered or belongs to another photo"
            ) from None


def _bound(sha256: str, part: PhotoPart) -> bytes:
    return PHOTO_FORMAT + part.value.encode() + b"\n" + sha256.encode("ascii")


def _ciphertext_buffer(size: int) -> memoryview:
    """``size`` bytes of this thread's ciphertext buffer (grown in whole MiB when too small; it
    goes with the thread, as the import's pool threads go when it ends), or of a buffer of their
    own beyond ``REUSED_BUFFER_MAX``."""
    if size > REUSED_BUFFER_MAX:
        return memoryview(bytearray(size))
    buffer: bytearray | None = getattr(_buffers, "ciphertext", None)
    if buffer is None or len(buffer) < size:
        buffer = _buffers.ciphertext = bytearray(-(-size // (1 << 20)) << 20)
    return memoryview(buffer)[:size]
