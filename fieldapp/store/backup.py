"""One encrypted file holding a consistent copy of a data folder, and bringing it back.

Layout: magic, a JSON header (format, scrypt parameters, salt, nonce), then a tar stream of the
database (taken with SQLite's backup API, so it is consistent while the app runs), ``photos/``
and ``identity/``, encrypted with AES-256-GCM under a key derived from the passphrase; the last
16 bytes are the GCM tag. Restore writes nothing into place until the tag has been verified.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from fieldapp.errors import DiskFull, FieldappError
from fieldapp.store.database import is_disk_full
from fieldapp.store.files import disk_space_for
from fieldapp.store.secrets import SCRYPT_N, SCRYPT_P, SCRYPT_R, derive_key

MAGIC = b"FIELDAPP-BACKUP\n"
FORMAT = "fieldapp.backup/1"
CHUNK = 1 << 20
TAG_SIZE = 16
Progress = Callable[[int, int, str], None]


class BackupError(FieldappError):
    code = "backup"
    template = "{detail}"


class _EncryptingWriter:
    """A write-only file that encrypts what tarfile streams into it."""

    def __init__(self, out: BinaryIO, key: bytes, nonce: bytes, header: bytes) -> None:
        self._out = out
        self._encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
        self._encryptor.authenticate_additional_data(header)

    def write(self, data: bytes) -> int:
        self._out.write(self._encryptor.update(data))
        return len(data)

    def finish(self) -> None:
        self._out.write(self._encryptor.finalize())
        self._out.write(self._encryptor.tag)


def write_backup(
    data_dir: Path, database: Path, out: Path, passphrase: str, progress: Progress | None = None
) -> int:
    """Write the backup of ``data_dir`` to ``out``; return the number of files it holds."""
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps(
        {
            "format": FORMAT,
            "kdf": {
                "name": "scrypt",
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode(),
            },
            "nonce": base64.b64encode(nonce).decode(),
        }
    ).encode()
    key = derive_key(passphrase, salt)
    files = [
        p
        for folder in ("photos", "identity")
        if (data_dir / folder).is_dir()
        for p in sorted((data_dir / folder).rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    ]
    with disk_space_for(f"the backup {out.name}"):
        return _write_backup(database, data_dir, out, files, header, key, nonce, progress)


def _write_backup(
    database: Path,
    data_dir: Path,
    out: Path,
    files: list[Path],
    header: bytes,
    key: bytes,
    nonce: bytes,
    progress: Progress | None,
) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    with tempfile.TemporaryDirectory(prefix="fieldapp-backup-", dir=out.parent) as scratch:
        snapshot = Path(scratch) / database.name
        source = sqlite3.connect(database)
        target = sqlite3.connect(snapshot)
        try:
            source.backup(target)
        except sqlite3.OperationalError as error:
            if is_disk_full(error, database) or is_disk_full(error, snapshot):
                raise DiskFull(what=f"the backup {out.name}") from error
            raise
        finally:
            target.close()
            source.close()
        try:
            with partial.open("wb") as raw:
                raw.write(MAGIC + len(header).to_bytes(4, "big") + header)
                writer = _EncryptingWriter(raw, key, nonce, MAGIC + header)
                with tarfile.open(fileobj=writer, mode="w|") as archive:  # type: ignore[call-overload]
                    archive.add(snapshot, arcname=database.name)
                    for done, path in enumerate(files, start=1):
                        archive.add(path, arcname=path.relative_to(data_dir).as_posix())
                        if progress:
                            progress(done, len(files), path.name)
                writer.finish()
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, out)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return len(files) + 1


def restore_backup(backup: Path, data_dir: Path, passphrase: str) -> list[Path]:
    """Bring a backup back into an empty (or absent) data folder; return the files restored."""
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError(detail=f"{data_dir} is not empty; restore only into an empty folder.")
    try:
        handle = backup.open("rb")
    except OSError as exc:
        raise BackupError(detail=f"Cannot read {backup}: {exc.strerror or exc}.") from exc
    with handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise BackupError(detail=f"{backup.name} is not a fieldapp backup.")
        try:
            size = int.from_bytes(handle.read(4), "big")
            header_bytes = handle.read(size)
            header = json.loads(header_bytes)
            if header["format"] != FORMAT:
                raise BackupError(detail=f"{backup.name} is a backup of an unknown format.")
            kdf = header["kdf"]
            key = derive_key(
                passphrase, base64.b64decode(kdf["salt"]), n=kdf["n"], r=kdf["r"], p=kdf["p"]
            )
            nonce = base64.b64decode(header["nonce"])
        except (ValueError, KeyError, TypeError) as exc:
            raise BackupError(detail=f"{backup.name} has a damaged header.") from exc
        body_start = handle.tell()
        total = backup.stat().st_size
        if total - body_start < TAG_SIZE:
            raise BackupError(detail=f"{backup.name} is cut short.")
        handle.seek(total - TAG_SIZE)
        tag = handle.read(TAG_SIZE)
        handle.seek(body_start)
        decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(MAGIC + header_bytes)
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        with (
            disk_space_for(f"the data folder restored from {backup.name}"),
            tempfile.TemporaryDirectory(prefix=".fieldapp-restore-", dir=data_dir.parent) as tmp,
        ):
            plain = Path(tmp) / "backup.tar"
            remaining = total - TAG_SIZE - body_start
            with plain.open("wb") as out:
                while remaining > 0:
                    chunk = handle.read(min(CHUNK, remaining))
                    remaining -= len(chunk)
                    out.write(decryptor.update(chunk))
                try:
                    out.write(decryptor.finalize())
                except InvalidTag:
                    raise BackupError(
                        detail="The passphrase is not right, or the backup was altered. "
                        "Nothing was restored."
                    ) from None
            staged = Path(tmp) / "data"
            with tarfile.open(plain) as archive:
                archive.extractall(staged, filter="data")
            restored = sorted(p.relative_to(staged) for p in staged.rglob("*") if p.is_file())
            if data_dir.exists():
                data_dir.rmdir()
            shutil.move(staged, data_dir)
    return [data_dir / p for p in restored]
