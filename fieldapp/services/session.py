"""Opening a field data folder for a window: first-run setup, unlocking, and a connection per
worker thread that shares the unlocked key (scrypt runs once per session, not per thread)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from fieldapp.errors import UsageError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of
from fieldapp.store.identity import IdentitySummary
from fieldapp.store.secrets import (
    Keyring,
    PassphraseRequired,
    ValueCipher,
    check_new_passphrase,
)


class FolderState(StrEnum):
    NEW = "new"  # no passphrase chosen yet: the first-run setup
    LOCKED = "locked"  # a passphrase protects it: unlock first


def folder_state(data_dir: Path) -> FolderState:
    return (
        FolderState.LOCKED
        if Keyring(data_dir / "identity" / "keyring.json").exists()
        else (FolderState.NEW)
    )


def _refuse_prompts(new: bool) -> str:
    raise PassphraseRequired(detail="The data folder is locked; unlock it first.")


def unlock(data_dir: Path, passphrase: str) -> ValueCipher:
    """The data key, unlocked by the passphrase (WrongPassphrase when it is not the one). The
    slow part (scrypt): run it in the background, then open the workspace where it is used."""
    workspace = FieldWorkspace(data_dir, lambda new: passphrase)
    try:
        return workspace.cipher()
    finally:
        workspace.close()


def open_unlocked(data_dir: Path, key: ValueCipher) -> FieldWorkspace:
    """A workspace on this thread with the key already unlocked; nothing asks again."""
    return FieldWorkspace.unlocked(data_dir, key, _refuse_prompts)


@dataclass(frozen=True)
class DeviceSetup:
    surveyor: str
    staff_number: str
    organisation: str
    passphrase: str
    passphrase_again: str


def set_up_device(data_dir: Path, setup: DeviceSetup) -> tuple[ValueCipher, IdentitySummary]:
    """First run: choose the passphrase (which makes the data key) and make the device's signing
    identity. Every refusal comes before anything is written."""
    if folder_state(data_dir) is not FolderState.NEW:
        raise UsageError(detail="This data folder is already set up; unlock it instead.")
    if not setup.surveyor.strip() or not setup.organisation.strip():
        raise UsageError(
            "identity_incomplete", detail="The surveyor's name and the organisation are needed."
        )
    check_new_passphrase(setup.passphrase)
    if setup.passphrase != setup.passphrase_again:
        raise PassphraseRequired("passphrases_differ", detail="The two passphrases differ.")
    workspace = FieldWorkspace(data_dir, lambda new: setup.passphrase)
    try:
        summary = create_identity(
            workspace,
            surveyor=setup.surveyor,
            organisation=setup.organisation,
            staff_number=setup.staff_number,
        )
        return workspace.cipher(), summary
    finally:
        workspace.close()


def needs_identity(workspace: FieldWorkspace) -> bool:
    """An unlocked folder whose device has no signing identity yet (set up from the CLI)."""
    return not identity_of(workspace).exists()
