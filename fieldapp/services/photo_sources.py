"""Where photos come from and what became of each file: files and folders given (walked
recursively), camera cards and phones, and one outcome per file with its reason as a stable code
(for a window to translate) and in English (for the command line)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from fieldapp.core.evidence import EvidencePhoto
from fieldapp.errors import FieldappError


class Outcome(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"  # the file itself was refused: it is no photo we can keep
    NOT_ADDED = "not added"  # the file was fine, but the import stopped before it (cancel, disk)


@dataclass(frozen=True)
class PhotoOutcome:
    outcome: Outcome
    name: str
    sha256: str | None = None
    reason: str = ""  # in English, for the command line
    photo: EvidencePhoto | None = None
    # Why, as a stable code with its figures (see REASON_CODES), for a window to translate.
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def line(self) -> str:
        if self.outcome in (Outcome.REJECTED, Outcome.NOT_ADDED):
            return f"{self.outcome.value} {self.name}: {self.reason}"
        return f"{self.outcome.value} {(self.sha256 or '')[:12]} {self.name}"


@dataclass(frozen=True)
class AddReport:
    """One outcome per file given or found, in input order."""

    outcomes: tuple[PhotoOutcome, ...]
    cancelled: bool
    not_processed: int
    # What stopped the import before its end (a full disk, a database kept busy); the photos
    # added before it stay added.
    stopped_by: FieldappError | None = None

    @property
    def refused(self) -> bool:
        return any(o.outcome is Outcome.REJECTED for o in self.outcomes)

    @property
    def added(self) -> int:
        return sum(o.outcome is Outcome.ADDED for o in self.outcomes)


# The codes an outcome's reason can carry. A file refused by the decoder carries the decoder's
# code (store.imaging.PhotoRefused: empty, not_an_image, format, too_many_pixels, cut_short,
# damaged, colour_mode, out_of_memory); a name the report cannot carry, its text rule's code
# prefixed with "name_".
REASON_CODES = (
    "duplicate",
    "inside_data_folder",
    "no_such_file",
    "vanished",
    "permission_denied",
    "is_folder",
    "unreadable",
    "too_large",
    "cancelled",
    "disk_full",
    "database_busy",
)


@dataclass(frozen=True)
class Candidate:
    path: Path
    name: str


def collect_files(
    paths: Iterable[Path], *, own_folder: Path
) -> tuple[list[Candidate], list[PhotoOutcome]]:
    """Files given, and files found in folders given (recursively, hidden ones left out).

    The application's own data folder is never walked: its originals are already evidence.
    """
    found: list[Candidate] = []
    problems: list[PhotoOutcome] = []
    own = _real(own_folder)
    for given in paths:
        if _real(given).is_relative_to(own):
            problems.append(
                PhotoOutcome(
                    Outcome.REJECTED,
                    str(given),
                    reason="inside fieldapp's own data folder",
                    code="inside_data_folder",
                )
            )
        elif given.is_dir():

            def unreadable(error: OSError, *, at: Path = given) -> None:
                code, reason = os_reason(error, folder=True)
                problems.append(
                    PhotoOutcome(
                        Outcome.REJECTED, str(error.filename or at), reason=reason, code=code
                    )
                )

            for root, dirs, files in os.walk(given, onerror=unreadable):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and _real(Path(root) / d) != own
                )
                for name in sorted(files):
                    if not name.startswith("."):
                        path = Path(root) / name
                        found.append(Candidate(path, str(path)))
        elif given.exists() or given.is_symlink():
            found.append(Candidate(given, str(given)))
        else:
            problems.append(
                PhotoOutcome(
                    Outcome.REJECTED,
                    str(given),
                    reason="no such file or folder",
                    code="no_such_file",
                )
            )
    return found, problems


def _real(path: Path) -> Path:
    """Where a path leads. Unlike Path.resolve, never raises: a symlink loop stays as given
    and is refused when it is read, like any other unreadable file."""
    return Path(os.path.realpath(path))


def os_reason(error: OSError, *, folder: bool = False) -> tuple[str, str]:
    """The reason's code and its English words."""
    what = "folder" if folder else "file"
    if isinstance(error, FileNotFoundError):
        return "vanished", f"the {what} vanished before it could be read"
    if isinstance(error, PermissionError):
        return "permission_denied", f"the {what} cannot be read (permission denied)"
    if isinstance(error, IsADirectoryError):
        return "is_folder", "a folder, not a file"
    return "unreadable", f"the {what} cannot be read ({error.strerror or error})"


def camera_folders(volumes: Iterable[Path]) -> list[Path]:
    """The volumes (mounted drives: a camera card, a phone) that hold a camera's DCIM folder,
    each as its DCIM folder, in the order given."""
    found = []
    for volume in volumes:
        for name in ("DCIM", "dcim"):
            try:
                if (volume / name).is_dir():
                    found.append(volume / name)
                    break
            except OSError:  # a drive removed or unreadable meanwhile is not offered
                break
    return found
