"""The report's pages, drawn with reportlab from the very survey document the PDF embeds.

Photos go in as their cached display copies by file path, so reportlab copies the JPEG bytes
as they are instead of re-encoding pixels; annotations are drawn as vectors over them. Each
part of the report is a section (front_sections, evidence_sections, record_sections) written
with the words, times and amounts of the report's language (story, code_words, formatting).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.core.checklist import ChecklistTemplate
from fieldapp.core.signature import Signature
from fieldapp.errors import FieldappError
from fieldapp.report.evidence_sections import EvidenceSections
from fieldapp.report.fonts import ReportFont, font_for
from fieldapp.report.front_sections import FrontSections
from fieldapp.report.pages import numbered_canvas
from fieldapp.report.photo_frame import PictureSource
from fieldapp.report.record_sections import RecordSections
from fieldapp.report.signature_block import signature_block
from fieldapp.report.texts import text


class ReportLayoutError(FieldappError):
    """A part of the report found no place on a page; raised before anything is frozen."""

    code = "report_layout"
    template = "{detail}"


@dataclass(frozen=True)
class SignerBlock:
    """What the visible digital-signature block shows; the signature itself comes after."""

    name: str
    organisation: str
    fingerprint: str
    signed_at: str


def build_report_pdf(
    document: Mapping[str, Any],
    *,
    checklist: ChecklistTemplate,
    display_copies: Mapping[str, PictureSource],
    signer: SignerBlock,
    strokes: Mapping[str, Signature] | None = None,
    font: ReportFont | None = None,
) -> bytes:
    """The unsigned PDF of a survey document, in the document's language; ``strokes`` are the
    handwritten signatures to draw, by role or consent id (report/signature_block.py); ``font``
    the report font the export chose (fonts.py), else the first that draws this document."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    rl_config.useA85 = 0  # raw binary streams: ~40x faster for photo-heavy reports
    font = font or font_for(document)
    rl_config.canvas_basefontname = font.name  # no unembedded Helvetica in the resources
    story = _Story(font, document["language"], document)
    story.strokes = strokes or {}
    out = io.BytesIO()
    pdf = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=f"{document['claim_number']} r{document['revision']}",
        author=signer.name,
        subject=text("title", document["language"]),
        creator="fieldapp",
    )
    flowables = story.build(checklist, display_copies, signer)
    try:
        pdf.build(flowables, canvasmaker=numbered_canvas(font, document))
    except LayoutError as exc:
        # Every text is made splittable, so this is a part nobody foresaw. The export runs the
        # layout before its freeze is committed: the survey stays as it was.
        raise ReportLayoutError(
            detail="The report cannot be laid out: a part of it does not fit on a page "
            f"({str(exc)[:120]}). Nothing was changed; shorten that text and export again."
        ) from exc
    return out.getvalue()


class _Story(FrontSections, EvidenceSections, RecordSections):
    def build(
        self,
        checklist: ChecklistTemplate,
        display_copies: Mapping[str, PictureSource],
        signer: SignerBlock,
    ) -> list[Any]:
        from reportlab.platypus import PageBreak

        story: list[Any] = []
        story += self.cover()
        story += self.safety(checklist)
        story += self.parties()
        story.append(PageBreak())
        story += self.photos(display_copies)
        story += self.damage()
        story += self.assessment()
        story += self.risk_notes()
        story += self.event_log()
        story += signature_block(self, signer, self.strokes)
        return story
