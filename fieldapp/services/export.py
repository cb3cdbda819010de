"""Finish a survey and export its signed report; verify a report.

The report is built from the very survey document it embeds, then signed with the device key
in the same revision as the embedded data. Progress goes through the callback; the heavy parts
(display copies, layout, signing) run wherever the caller runs this: a worker in the GUI.

Export is all or nothing. The freeze, the layout, the signature, the file and the "exported"
event share one write transaction: the report embeds the frozen revision exactly as it will be
committed (status, finished time, event log head), and if layout, signing or writing fails the
transaction is rolled back and the survey is as it was, with no file left behind. Other writers
wait on the busy timeout meanwhile; the layout of a full report takes a second or two.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509

from fieldapp.core.checklist import LANGUAGES
from fieldapp.core.completeness import completeness_gaps, ensure_complete
from fieldapp.core.survey import LineOfBusiness, Survey
from fieldapp.core.timestamps import local_now
from fieldapp.errors import DiskFull, FieldappError, UsageError
from fieldapp.resources import checklist_for, shot_requirements
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.hand_signatures import strokes_for_report
from fieldapp.services.photos import make_display_copies
from fieldapp.services.privacy import identity_of
from fieldapp.services.report_settings import report_font_setting
from fieldapp.store.files import disk_space_for, make_private_folder, write_file_atomically

if TYPE_CHECKING:
    from fieldapp.report.layout import SignerBlock
    from fieldapp.report.verification import ReportVerification

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(FieldappError):
    code = "export_cancelled"
    template = "The export was cancelled; the survey was left as it was."


class ExportFolderMissing(FieldappError):
    code = "export_folder_missing"
    template = (
        "The folder {folder} is not there (a stick removed, a share disconnected?); "
        "choose the folder again. The survey was left as it was."
    )


@dataclass(frozen=True)
class ExportFolder:
    """What the destination is like now: a chosen folder can vanish (a stick pulled out)."""

    path: Path
    exists: bool
    writable: bool
    free_bytes: int | None  # None when it cannot be known (the folder is gone)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    revision: int
    fingerprint: str
    size_bytes: int


def _noop(done: int, total: int, message: str) -> None:
    return None


def export_report(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    out: Path | None = None,
    folder: Path | None = None,
    language: str = "zh-Hans",
    full: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Check completeness, freeze the revision, build, sign and write the report.

    ``out`` is the file; ``folder`` a folder for the report under its usual name (default: the
    data folder's ``exports/``). ``cancelled`` is asked between the stages up to the writing of
    the file; a cancelled export raises ExportCancelled and leaves the survey as it was (the
    freeze is rolled back with the rest).
    """
    from fieldapp.report.layout import SignerBlock
    from fieldapp.report.signing import sign_report

    report = progress or _noop

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    if out is not None and folder is not None:
        raise UsageError(detail="Give the report's file or a folder for it, not both.")
    if language not in LANGUAGES:
        raise UsageError(detail=f"Language {language!r} is not one of {', '.join(LANGUAGES)}.")
    _ensure_folder(folder)
    identity = identity_of(workspace)
    summary = identity.summary()  # no identity: a clear error before anything changes
    survey = workspace.surveys.get(survey_id)
    if not survey.is_frozen:
        _ready_to_freeze(workspace, survey, language)  # refused before the display copies
    # Outside the transaction: display copies are a cache, and the key needs the passphrase.
    stop_if_cancelled()
    report(1, 5, "display copies")
    make_display_copies(workspace, survey_id)
    key = identity.signing_key(workspace.cipher())
    stop_if_cancelled()
    written: Path | None = None
    try:
        with workspace.db.atomic():
            survey = workspace.surveys.get(survey_id)  # as it is now, under the write lock
            if not survey.is_frozen:
                _ready_to_freeze(workspace, survey, language)  # what is frozen was checked
                workspace.surveys.finish(survey_id, actor=survey.surveyor, at=local_now())
            stop_if_cancelled()  # raised inside the transaction: the freeze is rolled back
            report(2, 5, "survey data")
            document = survey_document(
                workspace,
                survey_id,
                full=full,
                language=language,
                purpose="exported in a signed report (--full)",
            )
            survey_json = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
            signed_at = local_now()
            stop_if_cancelled()
            report(3, 5, "layout")
            pdf = lay_out_report(
                workspace,
                survey_id,
                document,
                signer=SignerBlock(
                    name=summary.surveyor,
                    organisation=summary.organisation,
                    fingerprint=summary.fingerprint,
                    signed_at=signed_at.isoformat(),
                ),
                full=full,
                purpose="in the signed report",
            )
            stop_if_cancelled()
            report(4, 5, "signature")
            signed = sign_report(
                pdf,
                survey_json,
                key=key,
                certificate=identity.certificate(),
                signed_at=signed_at,
                location=document["incident"]["address"] if full else "",
            )
            stop_if_cancelled()  # the last moment: after this the file is written
            _ensure_folder(folder)  # a chosen folder is never made: a pulled stick is an error
            target = out or _free_name(
                folder or default_export_folder(workspace), _file_name(document)
            )
            _write_report(target, signed)
            written = target
            workspace.surveys.record_export(
                survey_id,
                actor=survey.surveyor,
                what=f"signed report of revision {document['revision']} exported "
                f"({'full' if full else 'masked'}, {language}, {len(signed)} bytes)",
            )
    except BaseException:
        # The commit itself failed (or was interrupted) after the file was written: a report
        # of a revision that was never frozen must not stay behind.
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    report(5, 5, "done")
    return ExportResult(
        path=target,
        revision=document["revision"],
        fingerprint=summary.fingerprint,
        size_bytes=len(signed),
    )


def lay_out_report(
    workspace: FieldWorkspace,
    survey_id: str,
    document: dict[str, Any],
    *,
    signer: SignerBlock,
    full: bool,
    purpose: str,
    log: bool = True,
) -> bytes:
    """The unsigned PDF of a survey document: the one layout both the export and the review's
    preview use, with the photos' display copies and the handwritten signatures drawn."""
    from fieldapp.report.fonts import font_for
    from fieldapp.report.layout import build_report_pdf

    return build_report_pdf(
        document,
        font=font_for(document, setting=report_font_setting(workspace)),
        checklist=checklist_for(LineOfBusiness(document["line_of_business"])),
        display_copies={
            p["sha256"]: display_copy_of(workspace, p["sha256"])
            for p in document["photos"]
            if workspace.display_copies.has(p["sha256"])  # a damaged picture has none
        },
        signer=signer,
        strokes=strokes_for_report(workspace, survey_id, full=full, purpose=purpose, log=log),
    )


def display_copy_of(workspace: FieldWorkspace, sha256: str) -> Callable[[], bytes]:
    """The report's picture of one photo: its display copy, opened in memory when the layout
    asks for it (sealed at rest; never written out plain)."""

    def opened() -> bytes:
        content = workspace.display_copies.get(sha256)
        if content is None:
            raise UsageError(
                "picture_missing",
                detail=f"The display copy of photo {sha256[:12]} went away while the report "
                "was laid out; export again.",
            )
        return content

    return opened


def _ready_to_freeze(workspace: FieldWorkspace, survey: Survey, language: str) -> None:
    """Refuse an incomplete survey, or one with text the report font cannot draw."""
    from fieldapp.report.fonts import ensure_renderable

    ensure_renderable(
        survey_document(workspace, survey.survey_id, language=language),
        setting=report_font_setting(workspace),
    )
    ensure_complete(
        completeness_gaps(
            survey,
            checklist=checklist_for(survey.line_of_business),
            photos=workspace.photos.photos(survey.survey_id),
            shots=shot_requirements(survey.line_of_business),
            damage_items=workspace.damage.items(survey.survey_id),
        )
    )


def default_export_folder(workspace: FieldWorkspace) -> Path:
    """The data folder's exports/, made if missing (it is ours, unlike a chosen folder)."""
    folder = workspace.data_dir / "exports"
    with disk_space_for(f"the folder {folder}"):
        make_private_folder(folder)
    return folder


def export_folder_status(folder: Path) -> ExportFolder:
    """Whether a report can be written into ``folder`` now, and the room left there."""
    if not folder.is_dir():
        return ExportFolder(folder, exists=False, writable=False, free_bytes=None)
    try:
        free: int | None = shutil.disk_usage(folder).free
    except OSError:
        free = None
    return ExportFolder(
        folder, exists=True, writable=os.access(folder, os.W_OK | os.X_OK), free_bytes=free
    )


def _ensure_folder(folder: Path | None) -> None:
    if folder is not None and not folder.is_dir():
        raise ExportFolderMissing(folder=str(folder))


def _free_name(folder: Path, name: str) -> Path:
    """A report already written is never replaced: exporting a signed revision again (another
    copy for the office, another language) gives a new file beside the first."""
    target = folder / name
    stem, suffix = target.stem, target.suffix
    copy = 1
    while target.exists():
        copy += 1
        target = folder / f"{stem}-{copy}{suffix}"
    return target


def _write_report(target: Path, signed: bytes) -> None:
    """Write the report whole or not at all; a full disk is DiskFull, from the file writer."""
    try:
        write_file_atomically(target, signed, what=f"the report {target.name}")
    except DiskFull as full:
        error = DiskFull(
            what=f"the report {target}",
            needed_bytes=len(signed),
            advice="Free some space and export again; the survey was left as it was.",
        )
        error.params["report_folder"] = str(target.parent)  # the window names the folder
        raise error from full
    except OSError as exc:
        raise FieldappError(
            "export_write",
            detail=f"Cannot write {target}: {exc.strerror or exc}. "
            "The survey was left as it was; export again.",
        ) from exc


def _file_name(document: dict[str, object]) -> str:
    claim = re.sub(r"[^\w.-]+", "_", str(document["claim_number"]))
    return f"{claim}_R{document['revision']}_{document['redaction']}.pdf"


def verify_report_file(
    path: Path, *, trusted: list[x509.Certificate] | None = None
) -> ReportVerification:
    from fieldapp.report.verification import verify_report

    try:
        content = path.read_bytes()
    except OSError as exc:
        raise UsageError(detail=f"Cannot read {path}: {exc.strerror or exc}.") from exc
    return verify_report(content, trusted=trusted or [])


def verify_own_report(workspace: FieldWorkspace, path: Path) -> ReportVerification:
    """Verify a report as the office will, trusting this device's own certificate: what
    `fieldapp verify FILE --trust-this-device` shows."""
    return verify_report_file(path, trusted=[identity_of(workspace).certificate()])


def load_trusted_certificates(source: Path) -> list[x509.Certificate]:
    """Certificates from a PEM file or from every .pem/.crt file of a folder."""
    files = (
        sorted(p for p in source.iterdir() if p.suffix.lower() in (".pem", ".crt"))
        if source.is_dir()
        else [source]
    )
    certificates = []
    for file in files:
        try:
            certificates += x509.load_pem_x509_certificates(file.read_bytes())
        except (OSError, ValueError) as exc:
            raise UsageError(detail=f"{file} is not a PEM certificate ({exc}).") from exc
    if not certificates:
        raise UsageError(detail=f"No certificate found in {source}.")
    return certificates
