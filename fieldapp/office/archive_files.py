"""The archive folder's PDFs, content-addressed (``archive/ab/<sha256>.pdf``), on a disk of this
desk or a network share several desks write at once.

A report is written to a temporary name in its folder (naming this machine and process, so that
another desk never takes it for a leftover of its own), fsynced, renamed into place, and read
back: it counts as archived only once the bytes on the share hash to its name. Two desks
archiving the same report write the same bytes under the same name; the rename makes either
one the file, never a mix. Every read of an archived PDF checks its hash first."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fieldapp.errors import FieldappError
from fieldapp.store.files import write_file_atomically


class ArchivedFileDamaged(FieldappError):
    """An archived PDF whose bytes no longer hash to its name (a share that lost or changed
    them). The report's database record is intact; the file must be restored from a backup or
    imported again from the surveyor's copy."""

    code = "archived_file_damaged"
    template = (
        "The archived report {name} does not match its SHA-256 ({problem}); import the "
        "surveyor's copy again or restore the archive folder from a backup."
    )


def archive_target(archive: Path, digest: str) -> Path:
    return archive / digest[:2] / f"{digest}.pdf"


def digest_of_name(path: Path) -> str:
    return path.name.removesuffix(".pdf")


def store_archived(archive: Path, digest: str, content: bytes) -> Path:
    """``content`` archived under ``digest``; returns its path once read back intact. A file
    already there with those very bytes (another desk, an import cut short) is kept."""
    target = archive_target(archive, digest)
    if _holds(target):
        return target
    write_file_atomically(target, content, what=f"the archived report {target.name}", shared=True)
    read_archived(target)  # what the share kept, not what was sent
    return target


def read_archived(path: Path) -> bytes:
    """An archived PDF's bytes, checked against the SHA-256 in its name."""
    try:
        content = path.read_bytes()
    except FileNotFoundError as exc:
        raise ArchivedFileDamaged(name=path.name, problem="the file is missing") from exc
    except OSError as exc:
        raise ArchivedFileDamaged(name=path.name, problem=exc.strerror or str(exc)) from exc
    if hashlib.sha256(content).hexdigest() != digest_of_name(path):
        raise ArchivedFileDamaged(name=path.name, problem="its bytes changed")
    return content


def _holds(target: Path) -> bool:
    """Whether an archived file is already there, whole (its name is its SHA-256)."""
    try:
        read_archived(target)
    except ArchivedFileDamaged:
        return False
    return True
