"""Privacy use cases: device identity, passphrase, retention purge, backup and restore."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fieldapp.core.timestamps import utc_now
from fieldapp.errors import FieldappError
from fieldapp.paths import DATABASE_NAME
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.backup import BackupError, Progress, restore_backup, write_backup
from fieldapp.store.identity import DeviceIdentity, IdentitySummary
from fieldapp.store.photo_cipher import PhotoCipher, PhotoSealBroken
from fieldapp.store.photos import PhotoSeal, PhotoStore
from fieldapp.store.retention import PurgeCandidate, compact, purge_candidates, purge_survey
from fieldapp.store.secrets import Keyring, PassphraseSource
from fieldapp.store.settings import SettingsStore


def identity_of(workspace: FieldWorkspace) -> DeviceIdentity:
    return DeviceIdentity(workspace.data_dir / "identity")


def create_identity(
    workspace: FieldWorkspace, *, surveyor: str, organisation: str, staff_number: str = ""
) -> IdentitySummary:
    return identity_of(workspace).create(
        workspace.cipher(), surveyor=surveyor, organisation=organisation, staff_number=staff_number
    )


def change_passphrase(workspace: FieldWorkspace, *, old: str, new: str) -> None:
    """Re-wrap the data key under a new passphrase; no personal value is re-encrypted."""
    workspace.keyring.change_passphrase(old, new)


@dataclass(frozen=True)
class PurgeReport:
    retention_days: int
    surveys: tuple[PurgeCandidate, ...]
    dry_run: bool


def purge_exported(
    workspace: FieldWorkspace,
    *,
    older_than_days: int | None = None,
    photos: bool = False,
    dry_run: bool = False,
    now: datetime | None = None,
) -> PurgeReport:
    """Erase personal data of surveys exported more than the retention period ago."""
    days = older_than_days or SettingsStore(workspace.db).get("retention_days")
    moment = now or utc_now()
    candidates = purge_candidates(workspace.db, exported_before=moment - timedelta(days=days))
    if not dry_run:
        for candidate in candidates:
            purge_survey(
                workspace.db,
                workspace.photo_store,
                candidate,
                derived=(workspace.thumbnails, workspace.display_copies),
                now=moment,
                retention_days=days,
                photos=photos,
            )
        if candidates:
            compact(workspace.db)
    return PurgeReport(retention_days=days, surveys=tuple(candidates), dry_run=dry_run)


def backup_data_folder(
    workspace: FieldWorkspace, out: Path, *, progress: Progress | None = None
) -> int:
    """Write an encrypted backup under the device passphrase (checked first)."""
    passphrase = _checked_passphrase(workspace)
    if out.resolve().is_relative_to(workspace.data_dir.resolve()):
        raise BackupError(detail="Write the backup outside the data folder it backs up.")
    return write_backup(
        workspace.data_dir, workspace.data_dir / DATABASE_NAME, out, passphrase, progress
    )


def _checked_passphrase(workspace: FieldWorkspace) -> str:
    passphrase = workspace.passphrase_source(False)
    workspace.keyring.unlock(passphrase)  # a typo must not make a backup nobody can open
    return passphrase


@dataclass(frozen=True)
class RestoreReport:
    files: int
    photos_checked: int


def restore_data_folder(
    backup: Path, data_dir: Path, passphrase: PassphraseSource
) -> RestoreReport:
    """Restore into an empty folder, then check every photo original against its SHA-256.

    The originals are opened in memory with the restored folder's photo key (a backup of an
    earlier version holds plain ones, which the first unlock seals)."""
    given = passphrase(False)
    files = restore_backup(backup, data_dir, given)
    photos = [f for f in files if f.parent.parent.name == "photos"]
    if photos:
        keyring = Keyring(data_dir / "identity" / "keyring.json")
        cipher = PhotoCipher.from_data_key(keyring.unlock(given).data_key)
        store = PhotoStore(data_dir / "photos", PhotoSeal(lambda: cipher, plain_readable=True))
        for path in photos:
            try:
                content = store.read(path.name)
            except PhotoSealBroken:
                content = b""
            if hashlib.sha256(content).hexdigest() != path.name:
                raise FieldappError(
                    "backup_damaged",
                    detail=f"Restored photo {path.name[:12]} does not match its hash.",
                )
    return RestoreReport(files=len(files), photos_checked=len(photos))
