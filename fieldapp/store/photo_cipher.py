"""Photo files sealed at rest: originals, thumbnails, display copies and failure notes.

One AES-256-GCM message per file (photos are read whole), under a photo key derived from the data
key with HKDF and a label of its own, so that the key sealing personal values and the key sealing
pictures differ. Each file: a header naming the format and its version, a fresh random 96-bit
nonce, then the ciphertext with its tag. The header, the kind of file and the original's SHA-256
are the associated data: a file swapped for another photo's, or a thumbnail put where an original
belongs, does not open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.errors import FieldappError

PHOTO_FORMAT = b"fieldapp.photo/1\n"  # a reader says which version wrote a file by this
PHOTO_KEY_LABEL = b"fieldapp photo key/1"
NONCE_BYTES = 12


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


@dataclass(frozen=True)
class PhotoCipher:
    key: bytes = field(repr=False)  # never in a log or a traceback

    @classmethod
    def from_data_key(cls, data_key: bytes) -> PhotoCipher:
        return cls(photo_key(data_key))

    def seal(self, content: bytes, *, sha256: str, part: PhotoPart) -> bytes:
        return b"".join(self.seal_parts(content, sha256=sha256, part=part))

    def seal_parts(self, content: bytes, *, sha256: str, part: PhotoPart) -> tuple[bytes, bytes]:
        """The sealed file as its header (format and nonce) and its ciphertext, for a writer
        that writes them one after the other rather than copy a camera photo once more."""
        nonce = os.urandom(NONCE_BYTES)
        return PHOTO_FORMAT + nonce, AESGCM(self.key).encrypt(nonce, content, _bound(sha256, part))

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
