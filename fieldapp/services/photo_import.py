"""Importing photo evidence: add files and folders to a survey, one outcome per file.

Adding runs each file's heavy part (read, hash, check the file is whole, make a first-paint
thumbnail, store the original) on a thread pool, and records the results in input order on the
calling thread, which owns the database handle. It reports progress and stops early when asked;
every photo recorded before a stop stays recorded.

The one full decode of each photo comes after, in ``photo_copies.make_display_copies``.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.core.checklist import ensure_evidence_may_start
from fieldapp.core.evidence import EvidencePhoto, PhotoCategory, PhotoMetadata
from fieldapp.core.text_fields import FILE_NAME
from fieldapp.core.timestamps import local_now
from fieldapp.errors import DatabaseBusy, DiskFull, FieldappError, UsageError
from fieldapp.resources import checklist_for
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_sources import (
    AddReport,
    Candidate,
    Outcome,
    PhotoOutcome,
    collect_files,
    os_reason,
)
from fieldapp.store.imaging import PhotoRefused, first_paint, open_checked, read_metadata

MAX_FILE_BYTES = 256 * 1024 * 1024
# Photos recorded in one transaction at most, so progress still moves on a slow disk.
MAX_BATCH = 32
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class _Prepared:
    candidate: Candidate
    sha256: str = ""
    size: int = 0
    metadata: PhotoMetadata | None = None
    refusal: str = ""
    refusal_code: str = ""
    refusal_params: Mapping[str, object] = field(default_factory=dict)
    skipped: bool = False
    stopped_by: FieldappError | None = None  # the disk filled while storing this one


def _prepare(
    candidate: Candidate, workspace: FieldWorkspace, default_offset: object, cancelled: Cancelled
) -> _Prepared:
    """The thread-pool part: everything but the database. Refusals leave nothing behind."""
    if cancelled():
        return _Prepared(candidate, skipped=True)
    try:  # the name travels in the report: it must be text the report can carry
        FILE_NAME.check(candidate.path.name)
    except UsageError as refused:
        return _Prepared(
            candidate,
            refusal=refused.message,
            refusal_code=f"name_{refused.code}",
            refusal_params=refused.params,
        )
    try:
        size = candidate.path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _Prepared(
                candidate,
                refusal=f"larger than {MAX_FILE_BYTES >> 20} MB",
                refusal_code="too_large",
                refusal_params={"max_mb": MAX_FILE_BYTES >> 20},
            )
        content = candidate.path.read_bytes()
    except OSError as error:
        code, reason = os_reason(error)
        return _Prepared(candidate, refusal=reason, refusal_code=code)
    try:
        image = open_checked(content)
        metadata = read_metadata(image, default_offset=default_offset)  # type: ignore[arg-type]
        small = first_paint(image, content)
    except PhotoRefused as refused:
        return _Prepared(
            candidate,
            refusal=refused.message,
            refusal_code=refused.code,
            refusal_params=refused.params,
        )
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
    code, words = _stop_reason(stopped_by)
    why = f"the import stopped: {words}"
    outcomes += [
        PhotoOutcome(Outcome.NOT_ADDED, p.candidate.name, reason=why, code=code) for p in after_stop
    ]
    return outcomes, stopped_by


def _stop_reason(error: FieldappError | None) -> tuple[str, str]:
    if error is None:
        return "cancelled", "cancelled before this file was read"
    if isinstance(error, DiskFull):
        return "disk_full", "the disk is full"
    return "database_busy", "the data folder is busy"


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
            outcomes.append(
                PhotoOutcome(
                    Outcome.REJECTED,
                    name,
                    reason=prepared.refusal,
                    code=prepared.refusal_code,
                    params=prepared.refusal_params,
                )
            )
            continue
        if prepared.sha256 in known:  # also the same photo twice in this very batch
            outcomes.append(
                PhotoOutcome(Outcome.DUPLICATE, name, prepared.sha256, code="duplicate")
            )
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
