"""Sealing the plain photo files a previous version left in a data folder, in place.

Each file is read, sealed in memory, written sealed to a temporary name at the top of its store,
fsynced and renamed over the plain one: at any moment a file is either the plain one or the
sealed one, never half of either, and a killed run leaves at most a sealed temporary file, which
opening the folder removes. Running again seals what is still plain, so the upgrade resumes
where it stopped. The plain bytes are never copied anywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from fieldapp.store.files import write_atomically
from fieldapp.store.photo_cipher import PhotoCipher, PhotoPart, is_sealed, sealed_size
from fieldapp.store.photos import DERIVED_SUFFIX, FAILURE_SUFFIX, STORE_FOLDERS


class Sealed(Enum):
    NOW = "now"
    ALREADY = "already"
    NOT_MATCHING = "not_matching"  # an original whose bytes do not match its SHA-256


@dataclass(frozen=True)
class PhotoFile:
    path: Path
    store: Path  # the store's top folder, where its temporary files go
    sha256: str
    part: PhotoPart


def photo_files(data_dir: Path) -> Iterator[PhotoFile]:
    """Every file of the photo stores (not the temporary files of a write), in a stable order."""
    for part, folder in STORE_FOLDERS.items():
        store = data_dir / folder
        if not store.is_dir():
            continue
        for path in sorted(store.glob("??/*")):
            if path.name.startswith(".") or not path.is_file():
                continue
            if path.name.endswith(FAILURE_SUFFIX):
                yield PhotoFile(path, store, path.name[: -len(FAILURE_SUFFIX)], PhotoPart.FAILURE)
            else:
                yield PhotoFile(path, store, path.name.removesuffix(DERIVED_SUFFIX), part)


def is_plain(file: PhotoFile) -> bool:
    with file.path.open("rb") as handle:
        return not is_sealed(handle.read(64))


def seal_in_place(file: PhotoFile, cipher: PhotoCipher) -> Sealed:
    """Seal one plain file where it is (a file sealed already, by a run that was stopped, is
    left as it is)."""
    content = file.path.read_bytes()
    if is_sealed(content):
        return Sealed.ALREADY
    # An original whose bytes no longer match its name is sealed all the same (no plain copy
    # may stay), bound to the name it has: reading it shows the mismatch as before.
    mismatch = (
        file.part is PhotoPart.ORIGINAL and hashlib.sha256(content).hexdigest() != file.sha256
    )
    write_atomically(
        file.path,
        lambda out: cipher.write_sealed(out, content, sha256=file.sha256, part=file.part),
        what=f"the sealed copy of photo {file.sha256[:12]}",
        needed_bytes=sealed_size(len(content)),
        temp_folder=file.store,
    )
    return Sealed.NOT_MATCHING if mismatch else Sealed.NOW
