"""A preview of the report as it stands, for the review step: the export's own layout
(services/export.py ``lay_out_report``) on the current survey, neither frozen nor signed.

Nothing of the survey changes: it is not finished, no event is logged, no report file is left
(only the photos' display copies, a cache the export uses too, may be made). The
visible signature block says it is a preview; the masked report is what is shown (the default
export), so no personal data is revealed and only the surveyor's own handwriting is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.core.checklist import LANGUAGES
from fieldapp.errors import FieldappError, UsageError
from fieldapp.services.documents import survey_document
from fieldapp.services.export import lay_out_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import make_display_copies

PREVIEW_SIGNER = {
    "zh-Hans": "预览——未签署",
    "zh-Hant": "預覽——未簽署",
    "en": "Preview — not signed",
}


class PreviewCancelled(FieldappError):
    code = "preview_cancelled"
    template = "The preview was cancelled."


@dataclass(frozen=True)
class ReportPreview:
    survey_id: str
    language: str
    pdf: bytes


def report_preview(
    workspace: FieldWorkspace,
    survey_id: str,
    language: str,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> ReportPreview:
    """The unsigned report of the survey as it is now, in ``language``."""
    from fieldapp.report.layout import SignerBlock

    if language not in LANGUAGES:
        raise UsageError(detail=f"Language {language!r} is not one of {', '.join(LANGUAGES)}.")
    make_display_copies(workspace, survey_id, cancelled=cancelled)  # a cache, as for the export
    if cancelled():
        raise PreviewCancelled()
    document = survey_document(workspace, survey_id, language=language)
    pdf = lay_out_report(
        workspace,
        survey_id,
        document,
        signer=SignerBlock(
            name=PREVIEW_SIGNER[language], organisation="—", fingerprint="—", signed_at="—"
        ),
        full=False,
        purpose="",  # not logged: see log=False
        log=False,
    )
    if cancelled():
        raise PreviewCancelled()
    return ReportPreview(survey_id=survey_id, language=language, pdf=pdf)
