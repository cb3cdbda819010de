"""Handwritten signatures under consent answers: read from a stroke file (the command line),
read back from the store, and drawn as a PNG with Pillow (for a person to look at, and for the
report to place later)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image, ImageDraw

from fieldapp.core.signature import Signature, signature_from_data
from fieldapp.errors import UsageError
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.signatures import consent_signature

INK = (16, 32, 96, 255)  # dark blue, as a pen on paper


def read_signature_file(path: Path) -> Signature:
    """A signature's stroke data from a JSON file (the form ``signature_to_json`` writes)."""
    if path.suffix.lower() != ".json":
        raise UsageError(
            detail="A signature file is stroke data in JSON (points per stroke); "
            "an image cannot be checked for ink the way a pad's strokes are."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UsageError(detail=f"No such file: {path}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(detail=f"{path.name} is not a JSON signature file: {exc}") from None
    return signature_from_data(data)


def consent_signature_of(
    workspace: FieldWorkspace, survey_id: str, consent_id: str, *, purpose: str
) -> Signature | None:
    """The signature under one consent (None if the person did not sign); reading it is logged."""
    survey = workspace.surveys.get(survey_id)
    matches = [c.consent_id for c in survey.consents if c.consent_id.startswith(consent_id.lower())]
    if len(matches) != 1:
        raise UsageError(
            detail=f"No single consent record of this survey starts with {consent_id!r}."
        )
    stored = consent_signature(workspace.db, workspace.surveys.sealer, survey_id, matches[0])
    if stored is None:
        return None
    workspace.surveys.record_access(
        survey_id, actor=survey.surveyor, what=f"signature of consent {matches[0][:8]} {purpose}"
    )
    return signature_from_data(json.loads(stored))


def signature_png(signature: Signature, *, width: int = 600) -> bytes:
    """The signature drawn in ink on a transparent background, ``width`` pixels wide."""
    scale = width / signature.width
    height = max(1, round(signature.height * scale))
    # Drawn at twice the size and scaled down: smooth edges without an anti-aliasing brush.
    big = 2 * scale
    image = Image.new("RGBA", (width * 2, height * 2), (255, 255, 255, 0))
    pen = ImageDraw.Draw(image)
    line = max(2, round(3 * big))
    for stroke in signature.strokes:
        points = [(x * big, y * big) for x, y in stroke]
        if len(points) == 1:
            x, y = points[0]
            pen.ellipse((x - line / 2, y - line / 2, x + line / 2, y + line / 2), fill=INK)
        else:
            pen.line(points, fill=INK, width=line, joint="curve")
            for x, y in (points[0], points[-1]):  # round ends
                pen.ellipse((x - line / 2, y - line / 2, x + line / 2, y + line / 2), fill=INK)
    out = io.BytesIO()
    image.resize((width, height), Image.Resampling.LANCZOS).save(out, format="PNG")
    return out.getvalue()
