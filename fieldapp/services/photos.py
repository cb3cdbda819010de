"""Photo evidence use cases: add files and folders, describe and annotate, report what is missing.

Adding runs each file's heavy part (read, hash, check the file is whole, make a first-paint
thumbnail, store the original) on a thread pool, and records the results in input order on the
calling thread, which owns the database handle. It reports progress and stops early when asked;
every photo recorded before a stop stays recorded.

The one full decode of each photo comes after, in ``make_display_copies``: it makes the report's
display copy and the definitive thumbnail together, and a picture it cannot decode is flagged
(a risk note, and a placeholder in the report), never dropped: the original is still evidence.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from fieldapp.core.checklist import ensure_evidence_may_start
from fieldapp.core.evidence import (
    Annotation,
    EvidencePhoto,
    MissingShot,
    PhotoCategory,
    PhotoMetadata,
    check_marks,
    missing_shots,
)
from fieldapp.core.risk import PlausibilityLimits, RiskNote, photo_notes
from fieldapp.core.text_fields import FILE_NAME
from fieldapp.core.timestamps import local_now
from fieldapp.errors import DatabaseBusy, DiskFull, FieldappError, UsageError
from fieldapp.resources import checklist_for, shot_requirements
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.imaging import (
    PhotoRefused,
    derive_copies,
    first_paint,
    open_checked,
    read_metadata,
)
from fieldapp.store.settings import SettingsStore

MAX_FILE_BYTES = 256 * 1024 * 1024
# Photos recorded in one transaction at most, so progress still moves on a slow disk.
MAX_BATCH = 32
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


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
    reason: str = ""
    photo: EvidencePhoto | None = None

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


@dataclass(frozen=True)
class _Candidate:
    path: Path
    name: str


@dataclass(frozen=True)
class _Prepared:
    candidate: _Candidate
    sha256: str = ""
    size: int = 0
    metadata: PhotoMetadata | None = None
    refusal: str = ""
    skipped: bool = False
    stopped_by: FieldappError | None = None  # the disk filled while storing this one


def collect_files(
    paths: Iterable[Path], *, own_folder: Path
) -> tuple[list[_Candidate], list[PhotoOutcome]]:
    """Files given, and files found in folders given (recursively, hidden ones left out).

    The application's own data folder is never walked: its originals are already evidence.
    """
    found: list[_Candidate] = []
    problems: list[PhotoOutcome] = []
    own = _real(own_folder)
    for given in paths:
        if _real(given).is_relative_to(own):
            problems.append(
                PhotoOutcome(
                    Outcome.REJECTED, str(given), reason="inside fieldapp's own data folder"
                )
            )
        elif given.is_dir():

            def unreadable(error: OSError, *, at: Path = given) -> None:
                problems.append(
                    PhotoOutcome(
                        Outcome.REJECTED,
                        str(error.filename or at),
                        reason=_os_reason(error, folder=True),
                    )
                )

            for root, dirs, files in os.walk(given, onerror=unreadable):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and _real(Path(root) / d) != own
                )
                for name in sorted(files):
                    if not name.startswith("."):
                        path = Path(root) / name
                        found.append(_Candidate(path, str(path)))
        elif given.exists() or given.is_symlink():
            found.append(_Candidate(given, str(given)))
        else:
            problems.append(
                PhotoOutcome(Outcome.REJECTED, str(given), reason="no such file or folder")
            )
    return found, problems


def _real(path: Path) -> Path:
    """Where a path leads. Unlike Path.resolve, never raises: a symlink loop stays as given
    and is refused when it is read, like any other unreadable file."""
    return Path(os.path.realpath(path))


def _os_reason(error: OSError, *, folder: bool = False) -> str:
    what = "folder" if folder else "file"
    if isinstance(error, FileNotFoundError):
        return f"the {what} vanished before it could be read"
    if isinstance(error, PermissionError):
        return f"the {what} cannot be read (permission denied)"
    if isinstance(error, IsADirectoryError):
        return "a folder, not a file"
    return f"the {what} cannot be read ({error.strerror or error})"


def _prepare(
    candidate: _Candidate, workspace: FieldWorkspace, default_offset: object, cancelled: Cancelled
) -> _Prepared:
    """The thread-pool part: everything but the database. Refusals leave nothing behind."""
    if cancelled():
        return _Prepared(candidate, skipped=True)
    try:  # the name travels in the report: it must be text the report can carry
        FILE_NAME.check(candidate.path.name)
    except UsageError as refused:
        return _Prepared(candidate, refusal=refused.message)
    try:
        size = candidate.path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _Prepared(candidate, refusal=f"larger than {MAX_FILE_BYTES >> 20} MB")
        content = candidate.path.read_bytes()
    except OSError as error:
        return _Prepared(candidate, refusal=_os_reason(error))
    try:
        image = open_checked(content)
        metadata = read_metadata(image, default_offset=default_offset)  # type: ignore[arg-type]
        small = first_paint(image, content)
    except PhotoRefused as refused:
        return _Prepared(candidate, refusal=refused.message)
    digest = hashlib.sha256(content).hexdigest()
    try:
        if not workspace.photo_store.has(digest):  # already kept for this or another survey
            workspace.photo_store.put_hashed(content, digest)
        if not workspace.thumbnails.has(digest):  # never replace the definitive one
            workspace.thumbnails.put(digest, small)
    except DiskFull as full:
        return _Prepared(candidate, stopped_by=full)
    return _Prepared(candidate, sha256=digest, size=len(content), metadata=metadata)


def add_photos(
    workspace: FieldWorkspace,
    survey_id: str,
    paths: Sequence[Path],
    *,
    category: PhotoCategory | str = PhotoCategory.OTHER,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> AddReport:
    """Add photo files and folders to a survey; one outcome per file."""
    survey = workspace.surveys.get(survey_id)
    ensure_evidence_may_start(checklist_for(survey.line_of_business), survey)
    stop = threading.Event()  # set on any exception here, Ctrl-C included: workers then skip

    def is_cancelled() -> bool:
        return stop.is_set() or bool(cancelled and cancelled())

    candidates, outcomes = collect_files(paths, own_folder=workspace.data_dir)
    known = workspace.photos.hashes(survey_id)
    offset = survey.incident.occurred_at.tzinfo
    stopped_by: FieldappError | None = None
    # Twice the cores: each photo's fsync waits on the disk, and another photo can use the
    # core meanwhile (measured with benchmarks/bench_photos.py --workers).
    pool_size = workers or min(8, 2 * (os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="photo-import") as pool:
        pending = deque(
            pool.submit(_prepare, c, workspace, offset, is_cancelled) for c in candidates
        )
        done = 0
        try:
            while pending:
                # Results already waiting join the first in one transaction: one commit for
                # many photos when the workers are ahead of the database.
                batch: list[_Prepared] = []
                try:
                    batch.append(pending.popleft().result())
                    while pending and pending[0].done() and len(batch) < MAX_BATCH:
                        batch.append(pending.popleft().result())
                finally:
                    # Even when a later result raised, or Ctrl-C came: the originals of these
                    # are stored, so they are recorded.
                    recorded, stopped_by = _record_batch(
                        workspace,
                        survey_id,
                        batch,
                        known,
                        stopped_by,
                        actor=survey.surveyor,
                        category=category,
                    )
                    outcomes += recorded
                    if stopped_by is not None:
                        stop.set()  # the workers skip what they have not begun
                for prepared in batch:
                    done += 1
                    if progress and not prepared.skipped:
                        progress(done, len(candidates), prepared.candidate.name)
        except BaseException:
            stop.set()
            for future in pending:
                future.cancel()
            raise
    not_processed = sum(o.outcome is Outcome.NOT_ADDED for o in outcomes)
    return AddReport(
        tuple(outcomes),
        cancelled=not_processed > 0 and stopped_by is None,
        not_processed=not_processed,
        stopped_by=stopped_by,
    )


def _record_batch(
    workspace: FieldWorkspace,
    survey_id: str,
    batch: Sequence[_Prepared],
    known: set[str],
    stopped_by: FieldappError | None,
    *,
    actor: str,
    category: PhotoCategory | str,
) -> tuple[list[PhotoOutcome], FieldappError | None]:
    """Record the batch up to the first photo the disk had no room for; the rest of the
    import is then not added, each file with its line saying why."""
    ready: list[_Prepared] = []
    after_stop: list[_Prepared] = []
    for prepared in batch:
        if stopped_by is None and prepared.stopped_by is not None:
            stopped_by = prepared.stopped_by
        (ready if stopped_by is None and not prepared.skipped else after_stop).append(prepared)
    outcomes: list[PhotoOutcome] = []
    if ready:
        try:
            outcomes = _record(workspace, survey_id, ready, known, actor=actor, category=category)
        except (DiskFull, DatabaseBusy) as error:  # the transaction changed nothing
            stopped_by = error
            after_stop = [*ready, *after_stop]
    why = f"the import stopped: {_stop_reason(stopped_by)}"
    outcomes += [PhotoOutcome(Outcome.NOT_ADDED, p.candidate.name, reason=why) for p in after_stop]
    return outcomes, stopped_by


def _stop_reason(error: FieldappError | None) -> str:
    if error is None:
        return "cancelled before this file was read"
    if isinstance(error, DiskFull):
        return "the disk is full"
    return "the data folder is busy"


def _record(
    workspace: FieldWorkspace,
    survey_id: str,
    batch: Sequence[_Prepared],
    known: set[str],
    *,
    actor: str,
    category: PhotoCategory | str,
) -> list[PhotoOutcome]:
    """The database part, on the calling thread: the batch's new photos in one transaction,
    each with its own event; outcomes in input order."""
    outcomes: list[PhotoOutcome] = []
    new: list[tuple[EvidencePhoto, int, str]] = []  # photo, byte size, image format
    for prepared in batch:
        name = prepared.candidate.name
        if prepared.refusal:
            outcomes.append(PhotoOutcome(Outcome.REJECTED, name, reason=prepared.refusal))
            continue
        if prepared.sha256 in known:  # also the same photo twice in this very batch
            outcomes.append(PhotoOutcome(Outcome.DUPLICATE, name, prepared.sha256))
            continue
        assert prepared.metadata is not None
        photo = EvidencePhoto.from_metadata(
            sha256=prepared.sha256,
            file_name=prepared.candidate.path.name,
            added_at=local_now(),
            metadata=prepared.metadata,
            category=category,
        )
        known.add(prepared.sha256)
        new.append((photo, prepared.size, prepared.metadata.image_format))
        outcomes.append(PhotoOutcome(Outcome.ADDED, name, prepared.sha256, photo=photo))
    if new:
        workspace.photos.add(
            survey_id,
            [photo for photo, _, _ in new],
            actor=actor,
            byte_sizes=[size for _, size, _ in new],
            image_formats=[image_format for _, _, image_format in new],
        )
    return outcomes


@dataclass(frozen=True)
class CopiesReport:
    made: int
    damaged: dict[str, str]  # SHA-256 of each original whose picture cannot be decoded: why


def make_display_copies(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CopiesReport:
    """Make the display copies and thumbnails not cached yet, one decode per original.

    A picture that cannot be decoded is remembered as damaged, and reported with those found
    before; it stays attached to the survey.
    """
    is_cancelled = cancelled or (lambda: False)
    copies = workspace.display_copies
    hashes = workspace.photos.hashes(survey_id)
    todo = sorted(h for h in hashes if not copies.has(h) and copies.failure(h) is None)

    def make(digest: str) -> bool:
        if is_cancelled():
            return False
        content = workspace.photo_store.path_for(digest).read_bytes()
        try:
            derived = derive_copies(content)
        except PhotoRefused as refused:
            copies.record_failure(digest, refused.message)
            return False
        try:
            copies.put(digest, derived.display)
            workspace.thumbnails.put(digest, derived.thumbnail)
        except DiskFull as full:
            raise DiskFull(
                what=full.params["what"],
                needed_bytes=full.params["needed_bytes"],
                advice="The photos themselves are kept; free some space, and the next photo "
                "import or the export makes the missing copies.",
            ) from full
        return True

    made = 0
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for done, ok in enumerate(pool.map(make, todo), start=1):
            made += ok
            if progress:
                progress(done, len(todo), "display copies")
    return CopiesReport(made, damaged_pictures(workspace, hashes))


def damaged_pictures(workspace: FieldWorkspace, hashes: Iterable[str]) -> dict[str, str]:
    found = {h: workspace.display_copies.failure(h) for h in hashes}
    return {h: reason for h, reason in found.items() if reason is not None}


def plausibility_limits(workspace: FieldWorkspace) -> PlausibilityLimits:
    settings = SettingsStore(workspace.db)
    return PlausibilityLimits(
        max_days_after=settings.get("photo_max_days_after"),
        max_distance_km=settings.get("photo_max_distance_km"),
    )


def photo_risk_notes(workspace: FieldWorkspace, survey_id: str) -> list[RiskNote]:
    survey = workspace.surveys.get(survey_id)
    return photo_notes(
        survey.incident,
        workspace.photos.photos(survey_id),
        limits=plausibility_limits(workspace),
        used_elsewhere=workspace.photos.other_surveys_using(survey_id),
        damaged=damaged_pictures(workspace, workspace.photos.hashes(survey_id)),
    )


def shots_missing(workspace: FieldWorkspace, survey_id: str) -> list[MissingShot]:
    line = workspace.surveys.line_of(survey_id)
    return missing_shots(shot_requirements(line), workspace.photos.photos(survey_id))


def describe_photo(
    workspace: FieldWorkspace,
    survey_id: str,
    photo_ref: str,
    *,
    caption: str | None = None,
    category: str | None = None,
) -> str:
    survey = workspace.surveys.get(survey_id)
    photo_id = workspace.photos.resolve(survey_id, photo_ref)
    try:
        chosen = PhotoCategory(category) if category else None
    except ValueError:
        kinds = ", ".join(c.value for c in PhotoCategory)
        raise UsageError(detail=f"Category {category!r} is not one of {kinds}.") from None
    workspace.photos.describe(
        survey_id, photo_id, actor=survey.surveyor, caption=caption, category=chosen
    )
    return photo_id


def annotate_photo(
    workspace: FieldWorkspace, survey_id: str, photo_ref: str, annotations: Sequence[Annotation]
) -> str:
    """Replace the photo's annotation layer; the original is never touched."""
    survey = workspace.surveys.get(survey_id)
    photo_id = workspace.photos.resolve(survey_id, photo_ref)
    marks = check_marks(annotations)
    workspace.photos.set_annotations(survey_id, photo_id, marks, actor=survey.surveyor)
    return photo_id


def photo_thumbnails(
    workspace: FieldWorkspace, survey_id: str, *, cancelled: Callable[[], bool] = lambda: False
) -> list[tuple[EvidencePhoto, bytes | None]]:
    """Each photo of the survey with its thumbnail (JPEG bytes, at most 320 px), in the
    survey's order; None for a picture that could not be decoded or whose thumbnail is not made.
    Reads files: a window calls it off the UI thread."""
    found = []
    for photo in workspace.photos.photos(survey_id):
        if cancelled():
            break
        found.append((photo, workspace.thumbnails.get(photo.sha256)))
    return found


def photo_thumbnail(workspace: FieldWorkspace, survey_id: str, ref: str) -> bytes:
    """One photo's thumbnail (JPEG bytes); ``ref`` is its id or SHA-256 (first characters)."""
    photo_id = workspace.photos.resolve(survey_id, ref)
    [photo] = [p for p in workspace.photos.photos(survey_id) if p.photo_id == photo_id]
    thumbnail = workspace.thumbnails.get(photo.sha256)
    if thumbnail is None:
        reason = workspace.thumbnails.failure(photo.sha256)
        raise UsageError(
            "thumbnail_missing",
            detail=f"Photo {photo_id[:8]} has no thumbnail"
            + (f": {reason}" if reason else " yet; it is made when the photo is imported."),
        )
    return thumbnail
