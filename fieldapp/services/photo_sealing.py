"""Upgrading a data folder of an earlier version: its plain photo files sealed, on first unlock.

Runs in the background (the window shows its progress; ``progress(done, total, message)`` and
``cancelled()`` as the other long services take them). Each file is sealed in place by a
temporary file and a rename, so a run killed at any moment leaves every file either plain or
sealed, and the next run seals what is still plain. When none is left, the folder's log notes it
once; from then on a plain photo file is refused as not sealed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.services.field import FieldWorkspace
from fieldapp.store.folder_log import note_photos_sealed, photos_plain
from fieldapp.store.photo_cipher import PHOTO_FORMAT
from fieldapp.store.photo_upgrade import Sealed, is_plain, photo_files, seal_in_place

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class SealingReport:
    sealed: int  # files sealed by this run
    finished: bool  # every photo file of the folder is sealed (False: cancelled)


def photos_to_seal(workspace: FieldWorkspace) -> bool:
    """Whether the folder still holds plain photo files of an earlier version (no passphrase
    needed to ask)."""
    return photos_plain(workspace.db)


def seal_plain_photos(
    workspace: FieldWorkspace,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SealingReport:
    """Seal every plain photo file (originals, thumbnails, display copies, failure notes) in
    place; resumable; logged once per folder when done."""
    cipher = workspace.photo_cipher()  # unlocks first: nothing is touched without the key
    todo = [f for f in photo_files(workspace.data_dir) if is_plain(f)]
    outcomes: list[Sealed] = []
    for done, file in enumerate(todo, start=1):
        if cancelled and cancelled():
            return SealingReport(outcomes.count(Sealed.NOW), finished=False)
        outcomes.append(seal_in_place(file, cipher))
        if progress:
            progress(done, len(todo), file.sha256[:12])
    not_matching = outcomes.count(Sealed.NOT_MATCHING)
    note_photos_sealed(
        workspace.db,
        f"photo files sealed at rest ({PHOTO_FORMAT.decode().strip()}, AES-256-GCM under the "
        f"photo key); the last run sealed {len(outcomes) - outcomes.count(Sealed.ALREADY)}"
        + (f", {not_matching} originals not matching their SHA-256" if not_matching else ""),
    )
    workspace.photo_seal.plain_readable = False
    return SealingReport(len(outcomes) - outcomes.count(Sealed.ALREADY), finished=True)
