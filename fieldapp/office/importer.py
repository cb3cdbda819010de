"""The import gate: each report file is verified before any of its data is read, then archived,
or refused with a reason code and copied to quarantine. The source file is never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection, select, update

from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.errors import (
    DatabaseBusy,
    DiskFull,
    FieldappError,
    OfficeDatabaseError,
    OfficeNotPermitted,
)
from fieldapp.office.archive_files import archive_target, store_archived
from fieldapp.office.database import (
    OfficeAction,
    OfficeDatabase,
    insert_for,
    open_office_database,
)
from fieldapp.office.schema import rejections, reports
from fieldapp.office.trust import TrustStore
from fieldapp.paths import ensure_data_dir
from fieldapp.report.reasons import REASONS
from fieldapp.report.verification import ReportVerification, verify_report
from fieldapp.store.secrets import write_file_atomically

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
SETTLE_SECONDS = 2.0  # a file changed more recently than this may still be being copied
# The office's own trouble, not the file's: the batch stops and no rejection is recorded.
STOPPING = (DiskFull, DatabaseBusy, OfficeNotPermitted, OfficeDatabaseError)


class Status(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    SKIPPED = "skipped"
    NOT_IMPORTED = "not imported"  # the office's disk or database stopped the batch first


@dataclass(frozen=True)
class ImportOutcome:
    status: Status
    file: str
    claim_number: str = ""
    revision: int = 0
    code: str = ""  # a reason code (report/reasons.py), or why a file waits (WAIT_CODES)
    message: str = ""
    quarantined: str = ""  # the refused file's copy in quarantine/ (its reason file beside it)
    at_utc: str = field(default_factory=lambda: utc_text(utc_now()))

    @property
    def reason_file(self) -> str:
        return f"{self.quarantined}.reason.txt" if self.quarantined else ""

    def as_data(self) -> dict[str, object]:
        return asdict(self) | {"status": self.status.value, "reason_file": self.reason_file}

    @classmethod
    def from_data(cls, data: dict[str, object]) -> ImportOutcome:
        """An outcome written by ``as_data`` (the desk's last results, `office import --json`)."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known | {"status": Status(str(data["status"]))})  # type: ignore[arg-type]

    @property
    def line(self) -> str:
        if self.status is Status.REJECTED:
            return f"rejected {self.file}: {self.code} {self.message}"
        if self.status in (Status.SKIPPED, Status.NOT_IMPORTED):
            return f"{self.status.value} {self.file}: {self.message}"
        return f"{self.status.value} {self.claim_number} r{self.revision} {self.file}"


class OfficeWorkspace:
    """An office folder (archive/, quarantine/) and its database: the SQLite file in it, or the
    shared database ``database`` names (a URL; else $FIELDAPP_OFFICE_DB or the setting)."""

    def __init__(
        self,
        data_dir: Path,
        database: str | None = None,
        *,
        shared: OfficeDatabase | None = None,
        password: str | None = None,
    ) -> None:
        if shared is None:
            ensure_data_dir(data_dir)
        self.data_dir = data_dir
        self.database = database
        self.db: OfficeDatabase = shared or open_office_database(
            data_dir, database, password=password
        )
        self._owns_db = shared is None
        self.trust = TrustStore(self.db)
        self.archive = data_dir / "archive"
        self.quarantine = data_dir / "quarantine"

    def sharing(self) -> OfficeWorkspace:
        """The same office for another thread: the same database (its pool gives each thread a
        connection of its own), opened, upgraded and its folders tidied once, not per task."""
        return OfficeWorkspace(self.data_dir, self.database, shared=self.db)

    def close(self) -> None:
        if self._owns_db:
            self.db.close()


def file_to_import_again(outcome: ImportOutcome) -> Path:
    """A refused or waiting file brought back (after its device was trusted, once it finished
    arriving): the file where it was received if it is still there, else its quarantined copy."""
    source = Path(outcome.file)
    if source.is_file() or not outcome.quarantined:
        return source
    return Path(outcome.quarantined)


def report_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for given in paths:
        if given.is_dir():
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root) / f for f in sorted(files) if not f.startswith(".")]
        else:
            found.append(given)
    return found


def import_reports(
    office: OfficeWorkspace,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    settle_seconds: float = SETTLE_SECONDS,
    cancelled: Cancelled | None = None,
    skip_known: bool = False,
) -> list[ImportOutcome]:
    """Import files and folders of reports; one outcome per file, whatever goes wrong in one.

    ``cancelled`` is asked between files: the file being verified is finished (archived or
    refused), the rest are "not imported" with code ``cancelled``. With ``skip_known`` (a watched
    folder looked at again) files whose very bytes were archived or refused before give no
    outcome at all, so a rescan neither repeats "duplicate" nor quarantines a file twice."""
    files = report_files(paths)
    outcomes: list[ImportOutcome] = []
    growing: list[Path] = []

    def one(path: Path) -> None:
        outcome = _import_one(office, path, skip_known=skip_known)
        if outcome is not None:
            outcomes.append(outcome)

    try:
        for done, path in enumerate(files, start=1):
            if cancelled and cancelled():
                raise _Cancelled
            if _still_growing(path, settle_seconds):
                growing.append(path)
            else:
                one(path)
            if progress:
                progress(done, len(files), path.name)
        for path in growing:  # one more chance once the rest is done
            if cancelled and cancelled():
                raise _Cancelled
            if _still_growing(path, settle_seconds):
                outcomes.append(
                    ImportOutcome(
                        Status.SKIPPED,
                        str(path),
                        code="still_copying",
                        message="still being copied; import it again later",
                    )
                )
            else:
                one(path)
    except (*STOPPING, _Cancelled) as stop:  # nothing is wrong with the files
        code, message = (
            ("cancelled", "the import was cancelled before this file; import it again")
            if isinstance(stop, _Cancelled)
            else (stop.code, stop.message)
        )
        handled = {o.file for o in outcomes}
        outcomes += [
            ImportOutcome(Status.NOT_IMPORTED, str(p), code=code, message=message)
            for p in dict.fromkeys([*files, *growing])
            if str(p) not in handled
        ]
    return outcomes


class _Cancelled(Exception):
    """The user cancelled the batch between two files."""


def _refused_before(office: OfficeWorkspace, digest: str) -> bool:
    return bool(
        office.db.rows(
            select(rejections.c.id)
            .where(rejections.c.file_sha256 == digest, rejections.c.resolved_at_utc.is_(None))
            .limit(1)
        )
    )


def _archived_as(office: OfficeWorkspace, digest: str) -> tuple[str, int] | None:
    found = office.db.rows(
        select(reports.c.claim_number, reports.c.revision).where(reports.c.report_sha256 == digest)
    )
    return (found[0]["claim_number"], found[0]["revision"]) if found else None


def _still_growing(path: Path, settle_seconds: float) -> bool:
    try:
        before = path.stat()
    except OSError:
        return False  # reading it will say what is wrong
    if time.time() - before.st_mtime >= settle_seconds:
        return False
    time.sleep(min(settle_seconds, 0.5))
    try:
        after = path.stat()
    except OSError:
        return False
    return (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns)


def _import_one(office: OfficeWorkspace, path: Path, *, skip_known: bool) -> ImportOutcome | None:
    try:
        content = path.read_bytes()
    except OSError as exc:
        return _reject(office, path, None, "unreadable", _said("unreadable", exc.strerror or exc))
    digest = hashlib.sha256(content).hexdigest()
    try:
        known = _archived_as(office, digest)
        if skip_known and (known or _refused_before(office, digest)):
            return None
        if known:
            return ImportOutcome(Status.DUPLICATE, str(path), known[0], known[1])
        return _verify_and_archive(office, path, content, digest)
    except STOPPING:
        raise  # the office's own trouble, not the file's: no rejection is recorded
    except FieldappError as error:
        return _reject(office, path, content, error.code, error.message)
    except Exception as exc:  # one bad file must not stop the batch; the reason is kept in full
        return _reject(
            office,
            path,
            content,
            "internal_error",
            f"{type(exc).__name__}: {exc}",
            details=traceback.format_exc(),
        )


def _verify_and_archive(
    office: OfficeWorkspace, path: Path, content: bytes, digest: str
) -> ImportOutcome:
    devices = office.trust.devices()
    # The same verification as `fieldapp verify`, before any embedded data is read.
    result = verify_report(content, trusted=[d.certificate for d in devices])
    if result.failure_code:
        code = result.failure_code
        return _reject(office, path, content, code, _said(code, result.failure))
    fingerprint = result.fingerprint
    if not devices:  # an empty trust store trusts no one; verify_report treats it as "not asked"
        return _reject(
            office,
            path,
            content,
            "untrusted_signer",
            _said("untrusted_signer", "no device is trusted yet: `fieldapp office trust add`"),
        )
    if any(d.fingerprint == fingerprint and d.revoked for d in devices):
        return _reject(
            office,
            path,
            content,
            "revoked_signer",
            _said("revoked_signer", f"{fingerprint[:23]}…"),
        )
    survey = result.survey
    record = _record(office, path, digest, result)
    # The unique keys decide between desks importing at once (one database, any number of
    # processes and machines): the report's SHA-256, and its survey revision. The insert that
    # finds either taken changes nothing; a second desk's insert of the same key waits for the
    # first one's transaction to end, then finds it.
    with office.db.write(OfficeAction.IMPORT) as conn:
        inserted = conn.execute(
            insert_for(office.db)(reports)
            .values(record)
            .on_conflict_do_nothing()
            .returning(reports.c.report_sha256)
        ).first()
        if inserted:
            store_archived(office.archive, digest, content)
            _resolve_quarantined(
                office, conn, digest, f"accepted as {survey['claim_number']} r{survey['revision']}"
            )
    if inserted:
        return ImportOutcome(Status.ACCEPTED, str(path), survey["claim_number"], survey["revision"])
    known = _archived_as(office, digest)
    if known:  # the same file, archived by another desk a moment ago
        return ImportOutcome(Status.DUPLICATE, str(path), known[0], known[1])
    clash = office.db.rows(
        select(reports.c.report_sha256).where(
            reports.c.survey_id == survey["survey_id"], reports.c.revision == survey["revision"]
        )
    )
    archived = clash[0]["report_sha256"][:12] if clash else "?"
    return _reject(office, path, content, "conflict", _said("conflict", f"archived {archived}"))


def _record(
    office: OfficeWorkspace, path: Path, digest: str, result: ReportVerification
) -> dict[str, object]:
    survey = result.survey
    assessment, incident = survey["assessment"], survey["incident"]
    return {
        "report_sha256": digest,
        "survey_id": survey["survey_id"],
        "revision": survey["revision"],
        "claim_number": survey["claim_number"],
        "policy_number": survey["policy_number"],
        "line_of_business": survey["line_of_business"],
        "surveyor": survey["surveyor"],
        "incident_at": incident["occurred_at"],
        "finished_at": survey["finished_at"],
        "received_at_utc": utc_text(utc_now()),
        "device_fingerprint": result.fingerprint,
        "signed_at": result.signing_time.isoformat() if result.signing_time else None,
        "net_loss": assessment["net_loss"],
        "indemnity": assessment["indemnity"],
        "currency": survey["policy_terms"]["currency"],
        "photo_count": len(survey["photos"]),
        "file_name": path.name,
        "archive_path": archive_target(office.archive, digest)
        .relative_to(office.data_dir)
        .as_posix(),
        "survey_json": json.dumps(survey, ensure_ascii=False),
        "verification_json": json.dumps(
            [{"check": c.name, "ok": c.ok, "detail": c.detail} for c in result.checks]
        ),
        "imported_by": office.db.user,
    }


def _resolve_quarantined(
    office: OfficeWorkspace, conn: Connection, digest: str, resolution: str
) -> None:
    """Earlier refusals of these very bytes (e.g. before the device was trusted) are resolved:
    marked so in the database and beside the quarantined copy, which stays as received."""
    now = utc_text(utc_now())
    unresolved = (rejections.c.file_sha256 == digest) & rejections.c.resolved_at_utc.is_(None)
    refusals = conn.execute(select(rejections.c.quarantine_path).where(unresolved)).scalars().all()
    if not refusals:
        return
    conn.execute(
        update(rejections).where(unresolved).values(resolved_at_utc=now, resolved_as=resolution)
    )
    for quarantined in refusals:
        if quarantined:
            copy = office.data_dir / quarantined
            write_file_atomically(
                copy.with_name(f"{copy.name}.resolved.txt"),
                f"resolved {now}: {resolution}; this copy is kept as it was received\n".encode(),
            )


def _said(code: str, detail: object) -> str:
    """The line an office user reads: what the reason means, the particulars, what to do."""
    reason = REASONS[code]
    return f"{reason.meaning} ({detail}); {reason.advice}"


def _reject(
    office: OfficeWorkspace,
    path: Path,
    content: bytes | None,
    code: str,
    message: str,
    *,
    details: str = "",
) -> ImportOutcome:
    received = utc_text(utc_now())
    digest = hashlib.sha256(content).hexdigest() if content is not None else None
    folder = office.quarantine / (digest[:16] if digest else received.replace(":", ""))
    quarantined = folder / path.name if content is not None else None
    with office.db.write(
        OfficeAction.IMPORT
    ) as conn:  # the record first: a refused write leaves no file
        conn.execute(
            rejections.insert().values(
                file_sha256=digest,
                file_name=path.name,
                code=code,
                message=message,
                received_at_utc=received,
                quarantine_path=quarantined.relative_to(office.data_dir).as_posix()
                if quarantined
                else None,
                recorded_by=office.db.user,
            )
        )
        if quarantined is not None and content is not None:
            write_file_atomically(quarantined, content)
            write_file_atomically(
                folder / f"{path.name}.reason.txt",
                f"{code}: {message}\nreceived {received}\nfrom {path}\n{details}".encode(),
            )
    return ImportOutcome(
        Status.REJECTED,
        str(path),
        code=code,
        message=message,
        quarantined=str(quarantined) if quarantined else "",
    )
