"""Original photo files, kept byte for byte and named by their SHA-256.

A file is copied to a temporary name in the store, hashed while copying, fsynced, then renamed
into place, so a crash or a full disk never leaves a half-written original under a real name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from fieldapp.store.files import (
    PARTIAL_PREFIX,
    disk_space_for,
    fsync_folder,
    make_private_folder,
    write_atomically,
)

CHUNK = 1 << 20


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_hashed(self, content: bytes, digest: str) -> str:
        """Store bytes whose SHA-256 the caller has just computed from these very bytes."""

        def write(out: BinaryIO) -> str:
            out.write(content)
            return digest

        return self._store(write)

    def put_bytes(self, content: bytes) -> str:
        """Store bytes made by the application itself (e.g. demo photos); return their SHA-256."""

        def write(out: BinaryIO) -> str:
            out.write(content)
            return hashlib.sha256(content).hexdigest()

        return self._store(write)

    def put_file(self, source: Path) -> str:
        """Copy a user's file into the store without touching it; return its SHA-256."""

        def write(out: BinaryIO) -> str:
            hasher = hashlib.sha256()
            with source.open("rb") as handle:
                while chunk := handle.read(CHUNK):
                    hasher.update(chunk)
                    out.write(chunk)
            return hasher.hexdigest()

        return self._store(write)

    def _store(self, write: Callable[[BinaryIO], str]) -> str:
        """Write to a temporary file, fsync, and rename it to its digest; never a partial file.

        The digest is known only once the bytes are written, so the temporary file sits at the
        top of the store (where opening the data folder looks for leftovers of killed writes).
        """
        with disk_space_for("the photo's original"):
            make_private_folder(self.root)
            fd, temp_name = tempfile.mkstemp(
                prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", suffix=".tmp", dir=self.root
            )
            temp = Path(temp_name)
            try:
                with os.fdopen(fd, "wb") as out:
                    digest = write(out)
                    out.flush()
                    os.fsync(out.fileno())
                target = self.path_for(digest)
                if target.is_file():
                    temp.unlink()
                    return digest
                make_private_folder(target.parent)
                os.replace(temp, target)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            fsync_folder(target.parent)
            return digest


class DerivedImages:
    """Images made from originals (thumbnails, display copies), named by the original's hash.

    A cache: anything here can be made again from the original, so a lost file costs time only.
    An original whose picture could not be decoded is remembered here too, with the reason, so
    that each pass does not try it again.
    """

    def __init__(self, root: Path, *, what: str, suffix: str = ".jpg") -> None:
        self.root = root
        self.what = what  # names the file in a full disk's message
        self.suffix = suffix

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{self.suffix}"

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def get(self, sha256: str) -> bytes | None:
        """The derived image's bytes, or None when it is not made (yet, or at all)."""
        try:
            return self.path_for(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def _failure_path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.damaged.txt"

    def failure(self, sha256: str) -> str | None:
        try:
            return self._failure_path(sha256).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def record_failure(self, sha256: str, reason: str) -> None:
        self._write(self._failure_path(sha256), reason.encode("utf-8"))

    def put(self, sha256: str, content: bytes) -> Path:
        return self._write(self.path_for(sha256), content)

    def _write(self, target: Path, content: bytes) -> Path:
        write_atomically(
            target,
            lambda out: out.write(content),
            what=self.what,
            needed_bytes=len(content),
            temp_folder=self.root,
            durable=False,  # a cache: a lost file is made again from the original
        )
        return target
