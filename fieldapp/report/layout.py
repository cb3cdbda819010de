"""The report's pages, drawn with reportlab from the very survey document the PDF embeds.

Photos go in as their cached display copies by file path, so reportlab copies the JPEG bytes
as they are instead of re-encoding pixels; annotations are drawn as vectors over them.

Any text a survey can hold must find a place: paragraphs break long words (and Chinese between
any two characters), and every table may split a row across pages, so no cell can outgrow a page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from fieldapp.core.checklist import ChecklistTemplate
from fieldapp.core.signature import Signature
from fieldapp.errors import FieldappError
from fieldapp.report.fonts import ReportFont, report_font
from fieldapp.report.pages import numbered_canvas
from fieldapp.report.photo_frame import annotated_photo, photo_grid, picture_missing
from fieldapp.report.signature_block import signature_block
from fieldapp.report.texts import code_text, text

_HAN = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


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
    display_copies: Mapping[str, Path],
    signer: SignerBlock,
    strokes: Mapping[str, Signature] | None = None,
) -> bytes:
    """The unsigned PDF of a survey document, in the document's language; ``strokes`` are the
    handwritten signatures to draw, by role or consent id (report/signature_block.py)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus.doctemplate import LayoutError

    rl_config.useA85 = 0  # raw binary streams: ~40x faster for photo-heavy reports
    font = report_font()
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


class _Story:
    def __init__(self, font: ReportFont, language: str, document: Mapping[str, Any]) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.font, self.language, self.doc = font, language, document
        base = ParagraphStyle("base", fontName=font.name, fontSize=9, leading=12.5)
        self.styles = {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
            "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, spaceAfter=10),
            "h1": ParagraphStyle(
                "h1",
                parent=base,
                fontSize=12.5,
                leading=17,
                spaceBefore=10,
                spaceAfter=5,
                textColor="#1f3a5f",
                keepWithNext=1,  # a heading never ends a page alone
            ),
            "strong": ParagraphStyle("strong", parent=base, fontSize=11, leading=15),
            "amount": ParagraphStyle("amount", parent=base, alignment=2),  # right-aligned
        }

    def t(self, key: str, **params: object) -> str:
        return text(key, self.language, **params)

    def c(self, code: str | None) -> str:
        return code_text(code, self.language)

    def p(self, value: object, style: str = "base") -> Any:
        """A paragraph; text with Chinese in it may break between any two characters, other text
        only between words."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        text = self.font.check(str(value))
        chosen = self.styles[style]
        if _HAN.search(text):
            chosen = ParagraphStyle(f"{style}-cjk", parent=chosen, wordWrap="CJK")
        return Paragraph(escape(text), chosen)

    def table(self, rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        # A cell is a list of flowables: reportlab can split a list across pages, but it drops
        # the content of a bare flowable cell when it splits a row.
        cells = [[[self.p(c)] if isinstance(c, str) else [c] for c in row] for row in rows]
        table = Table(
            cells,
            colWidths=widths,
            repeatRows=1 if header else 0,
            splitInRow=1,  # a row taller than a page (one very long note) continues on the next
        )
        style = [
            # Every table names the report font: the default would pull in unembedded Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.font.name),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
        table.setStyle(TableStyle(style))
        return table

    def build(
        self, checklist: ChecklistTemplate, display_copies: Mapping[str, Path], signer: SignerBlock
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
        story += self.risk_and_log()
        story += signature_block(self, signer, self.strokes)
        return story

    def cover(self) -> list[Any]:
        from reportlab.lib.units import mm

        d, incident = self.doc, self.doc["incident"]
        place = incident["address"] or "—"
        if incident["latitude"] is not None:
            place += f" ({incident['latitude']:.5f}, {incident['longitude']:.5f})"
        rows = [
            [self.t("claim"), d["claim_number"]],
            [self.t("policy"), d["policy_number"] or "—"],
            [self.t("line"), self.t(d["line_of_business"])],
            [self.t("incident_time"), incident["occurred_at"]],
            [self.t("place"), place],
            [self.t("surveyor"), d["surveyor"]],
            [self.t("revision"), f"R{d['revision']}"],
            [self.t("finished"), d["finished_at"] or "—"],
            [self.t("language"), self.language],
        ]
        redaction = self.t("masked" if d["redaction"] == "masked" else "full")
        return [
            self.p(self.t("title"), "title"),
            self.table(rows, [38 * mm, 140 * mm], header=False),
            self.p(redaction, "small"),
            self.p(self.t("what_happened"), "h1"),
            self.p(incident["description"] or "—"),
        ]

    def safety(self, checklist: ChecklistTemplate) -> list[Any]:
        from reportlab.lib.units import mm

        answers = {a["item_id"]: a for a in self.doc["safety"]["answers"]}
        rows: list[list[Any]] = [[self.t("item"), self.t("answer"), self.t("note")]]
        for item in checklist.items:
            answer = answers.get(item.item_id)
            rows.append(
                [
                    item.text(self.language) + (" *" if item.required else ""),
                    self.t(answer["answer"]) if answer else self.t("unanswered"),
                    answer["note"] if answer else "",
                ]
            )
        story = [self.p(self.t("safety"), "h1"), self.table(rows, [95 * mm, 20 * mm, 63 * mm])]
        skip = self.doc["safety"]["emergency_skip"]
        if skip:
            story.append(
                self.p(f"{self.t('emergency')}{skip['reason']} ({skip['recorded_at']})", "strong")
            )
        return story

    def parties(self) -> list[Any]:
        from reportlab.lib.units import mm

        rows: list[list[Any]] = [
            [self.t("role"), self.t("name"), self.t("phone"), self.t("details"), self.t("basis")]
        ]
        for party in self.doc["parties"]:
            details = " · ".join(
                party[k] for k in ("plate", "vehicle", "id_number") if party.get(k)
            )
            rows.append(
                [
                    self.c(party["role"]),
                    party["name"],
                    party["phone"] or "—",
                    details or "—",
                    self.c(party["legal_basis"]),
                ]
            )
        consents: list[list[Any]] = [
            [self.t("name"), self.t("answer"), self.t("note"), self.t("given_at")]
        ]
        for consent in self.doc["consents"]:
            scope = f" + {self.t('sensitive')}" if consent["covers_sensitive"] else ""
            consents.append(
                [
                    consent["person_name"],
                    self.c(consent["answer"]) + scope,
                    f"{consent['notice']} ({consent['language']})",
                    consent["given_at"],
                ]
            )
        return [
            self.p(self.t("parties"), "h1"),
            self.table(rows, [28 * mm, 32 * mm, 30 * mm, 63 * mm, 25 * mm]),
            self.p(self.t("consent"), "h1"),
            self.table(consents, [40 * mm, 38 * mm, 50 * mm, 50 * mm]),
        ]

    def photos(self, display_copies: Mapping[str, Path]) -> list[Any]:
        from reportlab.lib.units import mm

        story: list[Any] = [self.p(self.t("photos"), "h1")]
        shows: dict[str, list[str]] = {}
        for item in self.doc["damage_items"]:
            for photo_id in item["photo_ids"]:
                shows.setdefault(photo_id, []).append(item["description"])
        cells = []
        for photo in self.doc["photos"]:
            place = (
                f"{photo['latitude']:.5f}, {photo['longitude']:.5f}"
                if photo["latitude"] is not None
                else "—"
            )
            caption = [
                f"{photo['caption'] or '—'}",
                f"{self.t('taken')}: {photo['captured_at'] or '—'} · {place}",
                f"{self.c(photo['category'])} · SHA-256 {photo['sha256'][:12]}",
            ]
            if shows.get(photo["photo_id"]):
                caption.append(f"{self.t('shows')}: {'; '.join(shows[photo['photo_id']])}")
            copy = display_copies.get(photo["sha256"])
            image = (
                annotated_photo(copy, photo["annotations"], 86 * mm, 62 * mm)
                if copy is not None
                else picture_missing(self.p(self.t("picture_damaged"), "small"), 86 * mm, 62 * mm)
            )
            cells.append([image, *[self.p(line, "small") for line in caption]])
        if cells:
            story.append(photo_grid(cells, self.font.name))
        return story

    def damage(self) -> list[Any]:
        from reportlab.lib.units import mm

        currency = self.doc["policy_terms"]["currency"]
        rows: list[list[Any]] = [
            [
                self.t("item"),
                self.t("method"),
                self.t("value"),
                self.t("depreciation"),
                self.t("salvage"),
                f"{self.t('loss')} ({currency})",
            ]
        ]
        for item in self.doc["damage_items"]:
            basis = self.c(item["valuation_method"])
            if item["valuation_method"] == "replacement_cost":
                basis += f": {item['quantity']} × {item['unit_cost']}"
                if item["depreciation_percent"] not in ("0", "0.00"):
                    basis += f", {item['depreciation_percent']}% ({item['depreciation_basis']})"
            elif item["appraiser"]:
                basis += f": {item['appraiser']} ({item['appraisal_basis']})"
            rows.append(
                [
                    f"{item['description']} / {item['area'] or '—'} "
                    # An observation the surveyor did not give is printed as not stated.
                    f"[{self.c(item['severity'] or 'not_stated')}, "
                    f"{self.c(item['action'] or 'not_stated')}] — "
                    f"{self.t('cause')}: {item['causal_link']}",
                    basis,
                    *(
                        self.p(item[k], "amount")
                        for k in ("value", "depreciation", "salvage", "loss")
                    ),
                ]
            )
        if len(rows) == 1:
            return []
        return [
            self.p(self.t("damage"), "h1"),
            self.table(rows, [58 * mm, 40 * mm, 20 * mm, 22 * mm, 18 * mm, 20 * mm]),
        ]

    def assessment(self) -> list[Any]:
        assessment = self.doc["assessment"]
        story = [self.p(self.t("assessment"), "h1")]
        story += [
            self.p(f"{n}. {step['explanation']}")
            for n, step in enumerate(assessment["steps"], start=1)
        ]
        story.append(
            self.p(
                f"{self.t('indemnity')}: {assessment['indemnity']} "
                f"{self.doc['policy_terms']['currency']}",
                "strong",
            )
        )
        return story

    def risk_and_log(self) -> list[Any]:
        notes = self.doc["risk_notes"]
        story = [self.p(self.t("risk"), "h1")]
        story += [self.p(f"• {n['subject']}: {n['detail']}") for n in notes] or [
            self.p(self.t("no_risk"))
        ]
        events = self.doc["events"]
        story.append(self.p(self.t("log"), "h1"))
        if events:
            kinds: dict[str, int] = {}
            for event in events:
                kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
            story.append(
                self.p(
                    self.t(
                        "log_summary",
                        count=len(events),
                        first=events[0]["at"],
                        last=events[-1]["at"],
                        head=events[-1]["hash"][:16],
                    )
                )
            )
            story.append(self.p(", ".join(f"{k} ×{n}" for k, n in sorted(kinds.items())), "small"))
        return story
