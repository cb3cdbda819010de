"""Original photo files, kept byte for byte and named by their SHA-256, sealed at rest.

Every file here (originals, thumbnails, display copies, failure notes) is one AES-256-GCM message
under the photo key (``photo_cipher``); what is read is opened in memory, never to a plain file.
"Byte for byte" holds for the original's plaintext: its SHA-256 names the file and is bound to
the seal. A file is written to a temporary name in the store (sealed already), fsynced, then
renamed into place, so a crash or a full disk never leaves a half-written file under a real name.

A data folder written before photos were sealed holds plain files until the upgrade
(``photo_upgrade``) seals them; until it has finished, ``PhotoSeal.plain_readable`` lets them be
read (an original only when its bytes still match its SHA-256).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from fieldapp.store.files import write_atomically
from fieldapp.store.photo_cipher import (
    PhotoCipher,
    PhotoPart,
    PhotoSealBroken,
    is_sealed,
    sealed_size,
)

# Where a data folder keeps its photo files, by the part they are. An original is named by its
# SHA-256, a thumbnail or display copy by it and DERIVED_SUFFIX, and the note that a picture could
# not be decoded by it and FAILURE_SUFFIX, beside that picture's display copy.
STORE_FOLDERS = {
    PhotoPart.ORIGINAL: "photos",
    PhotoPart.THUMBNAIL: "thumbs",
    PhotoPart.DISPLAY: "display",
}
DERIVED_SUFFIX = ".jpg"
FAILURE_SUFFIX = ".damaged.txt"


class PhotoSeal:
    """The photo key of one open data folder (asked for only when a photo is read or written:
    listing surveys needs no passphrase) and whether plain files of the previous version may
    still be read."""

    def __init__(self, cipher: Callable[[], PhotoCipher], *, plain_readable: bool = False) -> None:
        self._cipher = cipher
        self.plain_readable = plain_readable

    def cipher(self) -> PhotoCipher:
        return self._cipher()

    def write_sealed(self, out: BinaryIO, content: bytes, *, sha256: str, part: PhotoPart) -> None:
        self._cipher().write_sealed(out, content, sha256=sha256, part=part)

    def open(self, stored: bytes, *, sha256: str, part: PhotoPart) -> bytes:
        if self.plain_readable and not is_sealed(stored):
            if part is PhotoPart.ORIGINAL and hashlib.sha256(stored).hexdigest() != sha256:
                raise PhotoSealBroken(
                    part=part.value, sha256=sha256, detail="it does not match its SHA-256"
                )
            return stored  # the previous version's plain file, until the upgrade seals it
        return self._cipher().open(stored, sha256=sha256, part=part)


class PhotoStore:
    def __init__(self, root: Path, seal: PhotoSeal) -> None:
        self.root = root
        self.seal = seal

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        """The original's bytes, exactly as they were imported (opened in memory).
        FileNotFoundError when this folder does not hold it."""
        stored = self.path_for(sha256).read_bytes()
        return self.seal.open(stored, sha256=sha256, part=PhotoPart.ORIGINAL)

    def put_hashed(self, content: bytes, digest: str) -> str:
        """Store bytes whose SHA-256 the caller has just computed from these very bytes."""
        return self._store(content, digest)

    def put_bytes(self, content: bytes) -> str:
        """Store bytes made by the application itself (e.g. demo photos); return their SHA-256."""
        return self._store(content, hashlib.sha256(content).hexdigest())

    def put_file(self, source: Path) -> str:
        """Copy a user's file into the store without touching it; return its SHA-256. The file
        is read whole (one sealed message a photo; the import refuses files over 256 MB)."""
        content = source.read_bytes()
        return self._store(content, hashlib.sha256(content).hexdigest())

    def _store(self, content: bytes, digest: str) -> str:
        """Seal, write to a temporary file, fsync, and rename it to its digest; never a partial
        file, never a plain one.

        The temporary file sits at the top of the store (where opening the data folder looks
        for leftovers of killed writes).
        """
        target = self.path_for(digest)
        if target.is_file():
            return digest
        write_atomically(
            target,
            lambda out: self.seal.write_sealed(
                out, content, sha256=digest, part=PhotoPart.ORIGINAL
            ),
            what="the photo's original",
            needed_bytes=sealed_size(len(content)),
            temp_folder=self.root,
            keep_existing=True,  # another thread or process stored it meanwhile: the same photo
        )
        return digest


class DerivedImages:
    """Images made from originals (thumbnails, display copies), named by the original's hash.

    A cache: anything here can be made again from the original, so a lost file costs time only.
    An original whose picture could not be decoded is remembered here too, with the reason, so
    that each pass does not try it again.
    """

    def __init__(self, root: Path, seal: PhotoSeal, *, part: PhotoPart, what: str) -> None:
        self.root = root
        self.seal = seal
        self.part = part
        self.what = what  # names the file in a full disk's message

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{DERIVED_SUFFIX}"

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def get(self, sha256: str) -> bytes | None:
        """The derived image's bytes, or None when it is not made (yet, or at all)."""
        try:
            stored = self.path_for(sha256).read_bytes()
        except FileNotFoundError:
            return None
        return self.seal.open(stored, sha256=sha256, part=self.part)

    def failure_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{FAILURE_SUFFIX}"

    def failure(self, sha256: str) -> str | None:
        try:
            stored = self.failure_path(sha256).read_bytes()
        except FileNotFoundError:
            return None
        return self.seal.open(stored, sha256=sha256, part=PhotoPart.FAILURE).decode("utf-8")

    def record_failure(self, sha256: str, reason: str) -> None:
        self._write(self.failure_path(sha256), reason.encode("utf-8"), sha256, PhotoPart.FAILURE)

    def put(self, sha256: str, content: bytes) -> Path:
        return self._write(self.path_for(sha256), content, sha256, self.part)

    def _write(self, target: Path, content: bytes, sha256: str, part: PhotoPart) -> Path:
        write_atomically(
            target,
            lambda out: self.seal.write_sealed(out, content, sha256=sha256, part=part),
            what=self.what,
            needed_bytes=sealed_size(len(content)),
            temp_folder=self.root,
            durable=False,  # a cache: a lost file is made again from the original
        )
        return target
