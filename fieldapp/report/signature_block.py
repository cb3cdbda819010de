"""The report's signature block: the surveyor's and the insured's handwritten signatures, the
signatures under the consent answers, and the visible block of the digital signature.

Handwriting is drawn as vector paths from the stored strokes (smooth curves through the sampled
points), not as pictures: crisp at any zoom and in print. It is drawn before the PDF is signed, so
the digital signature covers it. Who signed and when comes from the survey document (which never
carries the strokes); the strokes come from the store, and a masked report gets only the
surveyor's (the others are personal data and say where they are shown instead).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fieldapp.core.signature import Signature

if TYPE_CHECKING:
    from fieldapp.report.layout import SignerBlock

INK = "#102060"  # dark blue, as a pen on paper (the pad draws in the same ink)
INK_WIDTH = 1.1  # points
BOX_HEIGHT = 18.0  # mm, the height a signature is fitted into

WORDS: Mapping[str, Mapping[str, str]] = {
    "hand_signatures": {
        "zh-Hans": "手写签名",
        "zh-Hant": "手寫簽名",
        "en": "Handwritten signatures",
    },
    "consent_signatures": {
        "zh-Hans": "告知同意签名",
        "zh-Hant": "告知同意簽名",
        "en": "Signatures under the consent answers",
    },
    "role_surveyor": {"zh-Hans": "查勘员", "zh-Hant": "查勘員", "en": "Surveyor"},
    "role_insured": {"zh-Hans": "被保险人", "zh-Hant": "被保險人", "en": "Insured"},
    "role_consent": {
        "zh-Hans": "告知同意：{answer}",
        "zh-Hant": "告知同意：{answer}",
        "en": "Consent: {answer}",
    },
    "signed_on": {"zh-Hans": "签于 {at}", "zh-Hant": "簽於 {at}", "en": "signed {at}"},
    "declined": {
        "zh-Hans": "未签名，原因：{reason}",
        "zh-Hant": "未簽名，原因：{reason}",
        "en": "Did not sign. Reason: {reason}",
    },
    "not_signed": {
        "zh-Hans": "（未签名）",
        "zh-Hant": "（未簽名）",
        "en": "(not signed)",
    },
    "in_full_report": {
        "zh-Hans": "（已手写签名；签名仅在完整版报告中显示）",
        "zh-Hant": "（已手寫簽名；簽名僅在完整版報告中顯示）",
        "en": "(signed by hand; the signature is shown in the full report only)",
    },
}


def word(key: str, language: str, **params: object) -> str:
    return WORDS[key][language].format(**params)


def signature_block(story: Any, signer: SignerBlock, strokes: Mapping[str, Signature]) -> list[Any]:
    """The block's flowables, kept together on one page. ``story`` is layout's _Story."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    language, doc = story.language, story.doc
    cell_width = 89 * mm
    by_role = {h["role"]: h for h in doc.get("hand_signatures", [])}
    hand = [[_hand_cell(story, role, by_role.get(role), strokes, cell_width)
             for role in ("surveyor", "insured")]]  # fmt: skip
    consent_cells = [
        _consent_cell(story, consent, strokes, cell_width)
        for consent in doc["consents"]
        if consent.get("signed")
    ]
    digital = [
        [story.t("digital"), ""],
        [story.t("signed_by"), f"{signer.name} · {signer.organisation}"],
        [story.t("signed_at"), written_time(signer.signed_at, language)],
        [story.t("fingerprint"), fingerprint_lines(signer.fingerprint)],
        ["", story.t("digital_note")],
    ]
    block = [
        story.p(story.t("signatures"), "h1"),
        story.p(word("hand_signatures", language), "strong"),
        _cells_table(story, hand, cell_width),
    ]
    if consent_cells:
        rows = [consent_cells[i : i + 2] for i in range(0, len(consent_cells), 2)]
        rows[-1] += [[]] * (2 - len(rows[-1]))
        block += [
            Spacer(1, 4 * mm),
            story.p(word("consent_signatures", language), "strong"),
            _cells_table(story, rows, cell_width),
        ]
    block += [Spacer(1, 4 * mm), story.table(digital, [40 * mm, 138 * mm], header=True)]
    return [KeepTogether(block)]


def _hand_cell(
    story: Any,
    role: str,
    entry: Mapping[str, Any] | None,
    strokes: Mapping[str, Signature],
    width: float,
) -> list[Any]:
    language = story.language
    caption = word(f"role_{role}", language)
    if entry is None:
        name = story.doc["surveyor"] if role == "surveyor" else ""
        shown = _in_place_of_ink(story, story.p(word("not_signed", language)), width - 8)
        return [shown, *_names(story, name, caption, None)]
    # The surveyor is named in full across the report (staff); the document's masked copy of the
    # name is for the insured.
    name = story.doc["surveyor"] if role == "surveyor" else entry["name"]
    if not entry["signed"]:
        reason = entry["declined_reason"] or "—"
        shown = _in_place_of_ink(
            story, story.p(word("declined", language, reason=reason)), width - 8
        )
    elif role in strokes:
        shown = handwriting(strokes[role], width - 8, BOX_HEIGHT * _MM)
    else:
        shown = _in_place_of_ink(
            story, story.p(word("in_full_report", language), "small"), width - 8
        )
    return [shown, *_names(story, name, caption, entry["signed_at"])]


def _consent_cell(
    story: Any, consent: Mapping[str, Any], strokes: Mapping[str, Signature], width: float
) -> list[Any]:
    drawn = strokes.get(consent["consent_id"])
    shown = (
        handwriting(drawn, width - 8, BOX_HEIGHT * _MM)
        if drawn is not None
        else _in_place_of_ink(
            story, story.p(word("in_full_report", story.language), "small"), width - 8
        )
    )
    caption = word("role_consent", story.language, answer=story.c("consent", consent["answer"]))
    return [shown, *_names(story, consent["person_name"], caption, consent["given_at"])]


def _names(story: Any, name: str, caption: str, at: str | None) -> list[Any]:
    lines = [story.p(name or "—", "strong"), story.p(caption, "small")]
    if at:
        lines.append(
            story.p(word("signed_on", story.language, at=written_time(at, story.language)), "small")
        )
    return lines


def written_time(text: str, language: str) -> str:
    """A document time as a person writes it, with its UTC offset: the report's one formatter."""
    from datetime import datetime

    from fieldapp.report.formatting import moment

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return text  # a preview's "—"
    return moment(when, language) if when.tzinfo is not None else text


def fingerprint_lines(fingerprint: str) -> str:
    """A SHA-256 fingerprint in two halves of 16 groups, so that it breaks between groups,
    never inside one."""
    groups = fingerprint.split(":")
    if len(groups) < 32:
        return fingerprint
    return f"{':'.join(groups[:16])} {':'.join(groups[16:])}"


def _in_place_of_ink(story: Any, paragraph: Any, width: float) -> Any:
    """Words where handwriting would be, in a box of the handwriting's height: cells line up."""
    from reportlab.platypus import Table

    return Table(
        [[[paragraph]]],
        colWidths=[width],
        rowHeights=[BOX_HEIGHT * _MM],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), story.font.name),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )


def _cells_table(story: Any, rows: list[list[Any]], cell_width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=[cell_width, cell_width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), story.font.name),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


_MM = 72 / 25.4


def handwriting(signature: Signature, width: float, height: float) -> Any:
    """A flowable drawing the strokes as vector paths, fitted in ``width`` × ``height`` points
    (aspect kept, the ink's own box rather than the pad's, so a small signature is not lost)."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    points = [p for stroke in signature.strokes for p in stroke]
    left, top = min(x for x, _ in points), min(y for _, y in points)
    ink_w = max(max(x for x, _ in points) - left, 1.0)
    ink_h = max(max(y for _, y in points) - top, 1.0)
    inset = 3.0  # points kept clear around the ink, so a loop does not touch the frame
    scale = min((width - 2 * inset) / ink_w, (height - 2 * inset) / ink_h)

    def at(point: tuple[float, float]) -> tuple[float, float]:  # pad y grows down, PDF y up
        return (inset + (point[0] - left) * scale, height - inset - (point[1] - top) * scale)

    class Handwriting(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = width, height

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setStrokeColor(colors.HexColor(INK))
            canvas.setFillColor(colors.HexColor(INK))
            canvas.setLineWidth(INK_WIDTH)
            canvas.setLineCap(1)  # round
            canvas.setLineJoin(1)
            for stroke in signature.strokes:
                mapped = [at(p) for p in stroke]
                if len(mapped) == 1:
                    canvas.circle(*mapped[0], INK_WIDTH / 2, stroke=0, fill=1)
                    continue
                canvas.drawPath(_smooth(canvas, mapped), stroke=1, fill=0)
            canvas.restoreState()

    return Handwriting()


def _smooth(canvas: Any, points: list[tuple[float, float]]) -> Any:
    """The pad's curve (core of ui/widgets/signature_pad.smooth_path): through the midpoints,
    each sampled point a control point; each quadratic piece written as the cubic PDF draws."""
    path = canvas.beginPath()
    path.moveTo(*points[0])
    current = points[0]
    for here, after in itertools.pairwise(points[1:]):
        end = ((here[0] + after[0]) / 2, (here[1] + after[1]) / 2)
        path.curveTo(*_cubic(current, here, end))
        current = end
    path.lineTo(*points[-1])
    return path


def _cubic(
    start: tuple[float, float], control: tuple[float, float], end: tuple[float, float]
) -> tuple[float, float, float, float, float, float]:
    c1 = (start[0] + 2 / 3 * (control[0] - start[0]), start[1] + 2 / 3 * (control[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
    return (*c1, *c2, *end)
