"""A watched folder (a shared folder, a USB inbox): each look imports the files that are new or
changed since the last look, once they have finished arriving.

Change notifications do not arrive from network shares, so the desk also looks again now and
then; a look costs one directory walk, because a file is read (and hashed) only when its size or
time changed. Across a restart every file is read once more and the gate's ``skip_known`` leaves
out those archived or refused before, so nothing is listed or quarantined twice.
"""

from __future__ import annotations

from pathlib import Path

from fieldapp.errors import UsageError
from fieldapp.office.importer import (
    SETTLE_SECONDS,
    Cancelled,
    ImportOutcome,
    OfficeWorkspace,
    Progress,
    Status,
    import_reports,
    report_files,
)

_RETRY = {Status.SKIPPED, Status.NOT_IMPORTED}  # still arriving, cancelled, disk full: look again


class FolderWatch:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen: dict[Path, tuple[int, int]] = {}  # file → (size, mtime_ns) when handled

    def changed_files(self) -> list[Path]:
        if not self.folder.is_dir():
            raise UsageError(detail=f"{self.folder} is not a folder (or it cannot be reached).")
        return [f for f in report_files([self.folder]) if self._seen.get(f) != _stamp(f)]

    def handled(self, files: list[Path], outcomes: list[ImportOutcome]) -> None:
        again = {o.file for o in outcomes if o.status in _RETRY}
        for file in files:
            if str(file) not in again:
                self._seen[file] = _stamp(file)


def _stamp(file: Path) -> tuple[int, int]:
    try:
        stat = file.stat()
    except OSError:
        return (-1, -1)  # gone or unreadable: looked at again next time
    return (stat.st_size, stat.st_mtime_ns)


def import_new(
    office: OfficeWorkspace,
    watch: FolderWatch,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    settle_seconds: float = SETTLE_SECONDS,
) -> list[ImportOutcome]:
    """One look at the watched folder: import what is new; files still arriving wait."""
    files = watch.changed_files()
    if not files:
        return []
    outcomes = import_reports(
        office,
        files,
        progress=progress,
        cancelled=cancelled,
        settle_seconds=settle_seconds,
        skip_known=True,
    )
    watch.handled(files, outcomes)
    return outcomes
