"""Which survey fields are personal, why each is collected, and how it is masked (信息分級).

Every field of the survey document has a class and a purpose here; a test walks the JSON Schema
and fails on any field without one. The store encrypts ``personal`` and ``sensitive`` values at
rest, and every outward face masks them unless a full export is explicitly asked for (and logged).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class DataClass(StrEnum):
    PUBLIC = "public"  # may appear anywhere (schema names, categories)
    INTERNAL = "internal"  # the insurer's business data, no one's personal data
    PERSONAL = "personal"  # identifies or describes a person: encrypted, masked when it travels
    SENSITIVE = "sensitive"  # PIPL Art 28: needs separate consent, strictest handling


# Minimum necessary: beyond role, name and phone, a party carries only what its line of business
# needs to settle the claim. Anything else is refused, not stored "just in case".
PARTY_DETAIL_FIELDS: Mapping[str, tuple[str, ...]] = {
    "motor": ("plate", "vehicle"),
    "property": (),
    "personal_accident": ("id_number",),
}


def mask_phone(phone: str) -> str:
    """138****5678: keep the first 3 and last 4 digits (after a written country code)."""
    text = phone.strip()
    country = re.match(r"^\+(\d{1,3})[\s-]+", text)
    prefix = f"+{country.group(1)} " if country else ""
    digits = re.sub(r"\D", "", text[country.end() :] if country else text)
    if len(digits) <= 7:
        return prefix + "*" * len(digits)
    return prefix + digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_id_number(number: str) -> str:
    """First 3 and last 4 characters, the rest starred (an ID number shows no birth date)."""
    text = number.strip()
    if len(text) <= 7:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


def mask_name(name: str) -> str:
    """Keep the first character (a Chinese surname, a Latin initial), star the rest."""
    text = name.strip()
    if not text:
        return ""
    if " " in text:  # Latin "Fang Wang": initials
        return " ".join(part[0] + "." for part in text.split())
    return text[0] + "*" * max(1, min(len(text) - 1, 3))


def mask_plate(plate: str) -> str:
    """沪A·D1234 -> 沪A·***34: the region stays, the vehicle is not identifiable."""
    text = plate.strip()
    if len(text) <= 4:
        return "*" * len(text)
    return text[:2] + ("·" if "·" in text else "") + "***" + text[-2:]


_CHINESE_ADMIN = re.compile(r"^(.{2,}?(?:省|自治区|市))?(.{1,}?(?:市|州|盟))?(.{1,}?(?:区|县|旗))?")


def reduce_address(address: str) -> str:
    """Keep the district (区/县) or the last two comma parts; the street and number go."""
    text = address.strip()
    if not text:
        return ""
    match = _CHINESE_ADMIN.match(text)
    if match and match.group(0) and match.group(0) != text:
        return match.group(0) + "…"
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 2:
        return "…, " + ", ".join(parts[-2:])
    return "…"


def drop(_: Any) -> None:
    return None


def redact_text(_: str) -> str:
    return "[redacted]"


def redact_given_text(text: str) -> str:
    """An optional text: redacted when given, left empty when not (empty says nothing)."""
    return redact_text(text) if text else text


@dataclass(frozen=True)
class FieldClass:
    level: DataClass
    purpose: str
    mask: Callable[[Any], Any] | None = None  # how it travels when redacted; None = as is

    @property
    def encrypted_at_rest(self) -> bool:
        return self.level in (DataClass.PERSONAL, DataClass.SENSITIVE)


PERSONAL, INTERNAL, SENSITIVE, PUBLIC = (
    DataClass.PERSONAL,
    DataClass.INTERNAL,
    DataClass.SENSITIVE,
    DataClass.PUBLIC,
)

# JSON paths of the survey document: "[]" stands for every element of an array.
FIELD_CLASSES: Mapping[str, FieldClass] = {
    "$.schema": FieldClass(PUBLIC, "names the document format and version"),
    "$.redaction": FieldClass(PUBLIC, "says whether personal fields are masked in this copy"),
    "$.survey_id": FieldClass(INTERNAL, "identifies the survey across revisions"),
    "$.revision": FieldClass(INTERNAL, "orders corrections of the report"),
    "$.status": FieldClass(INTERNAL, "tells a draft from a frozen, signed revision"),
    "$.claim_number": FieldClass(INTERNAL, "links the survey to the reported claim"),
    "$.policy_number": FieldClass(INTERNAL, "links the survey to the policy that may pay"),
    "$.line_of_business": FieldClass(PUBLIC, "selects checklist, fields and valuation rules"),
    "$.surveyor": FieldClass(INTERNAL, "accountability: who surveyed (staff, not a claimant)"),
    "$.created_at": FieldClass(INTERNAL, "service-time figures"),
    "$.finished_at": FieldClass(INTERNAL, "service-time figures"),
    "$.incident": FieldClass(INTERNAL, "the incident"),
    "$.incident.occurred_at": FieldClass(INTERNAL, "coverage period and plausibility of evidence"),
    "$.incident.address": FieldClass(PERSONAL, "where the loss is; may be a home", reduce_address),
    "$.incident.latitude": FieldClass(PERSONAL, "checks photo places against the scene", drop),
    "$.incident.longitude": FieldClass(PERSONAL, "checks photo places against the scene", drop),
    "$.incident.description": FieldClass(PERSONAL, "how the loss happened (cause and coverage)"),
    "$.parties": FieldClass(INTERNAL, "people involved"),
    "$.parties[].party_id": FieldClass(INTERNAL, "refers to the party within the survey"),
    "$.parties[].role": FieldClass(INTERNAL, "the party's part in the incident"),
    "$.parties[].name": FieldClass(PERSONAL, "identifies who claims or is involved", mask_name),
    "$.parties[].phone": FieldClass(PERSONAL, "follow-up contact about the claim", mask_phone),
    "$.parties[].plate": FieldClass(
        PERSONAL, "motor: identifies the vehicles involved", mask_plate
    ),
    "$.parties[].vehicle": FieldClass(INTERNAL, "motor: make and model for repair valuation"),
    "$.parties[].id_number": FieldClass(
        SENSITIVE, "personal accident: identifies the insured person", mask_id_number
    ),
    "$.parties[].legal_basis": FieldClass(INTERNAL, "why the party's data may be processed"),
    "$.parties[].consent_id": FieldClass(INTERNAL, "the consent the party's data rests on"),
    "$.consents": FieldClass(INTERNAL, "privacy notice and consent records (告知同意)"),
    "$.consents[].consent_id": FieldClass(INTERNAL, "refers to the consent record"),
    "$.consents[].person_name": FieldClass(PERSONAL, "who was informed and answered", mask_name),
    "$.consents[].notice": FieldClass(PUBLIC, "which privacy notice text was shown"),
    "$.consents[].language": FieldClass(PUBLIC, "the language the notice was shown in"),
    "$.consents[].answer": FieldClass(INTERNAL, "whether consent was given"),
    "$.consents[].covers_sensitive": FieldClass(INTERNAL, "separate consent for sensitive data"),
    "$.consents[].given_at": FieldClass(INTERNAL, "when consent was recorded"),
    "$.consents[].signed": FieldClass(INTERNAL, "whether the person signed the answer by hand"),
    "$.hand_signatures": FieldClass(
        INTERNAL, "who signed the report by hand and when (the strokes are not in the document)"
    ),
    "$.hand_signatures[].role": FieldClass(INTERNAL, "surveyor or insured"),
    "$.hand_signatures[].name": FieldClass(PERSONAL, "the name under the signature", mask_name),
    "$.hand_signatures[].signed": FieldClass(INTERNAL, "signed, or did not sign (see reason)"),
    "$.hand_signatures[].declined_reason": FieldClass(
        PERSONAL, "why the insured did not sign; may tell of the person", redact_given_text
    ),
    "$.hand_signatures[].signed_at": FieldClass(INTERNAL, "when it was signed or declined"),
    "$.safety": FieldClass(INTERNAL, "scene safety record"),
    "$.safety.checklist": FieldClass(PUBLIC, "the checklist template answered"),
    "$.safety.answers": FieldClass(INTERNAL, "scene safety answers"),
    "$.safety.answers[].item_id": FieldClass(PUBLIC, "the checklist item"),
    "$.safety.answers[].answer": FieldClass(INTERNAL, "the answer"),
    "$.safety.answers[].note": FieldClass(
        INTERNAL, "what was done or found (e.g. police reference)"
    ),
    "$.safety.answers[].answered_at": FieldClass(INTERNAL, "when it was answered"),
    "$.safety.emergency_skip": FieldClass(INTERNAL, "why safety was skipped"),
    "$.safety.emergency_skip.reason": FieldClass(INTERNAL, "the written emergency reason"),
    "$.safety.emergency_skip.recorded_at": FieldClass(INTERNAL, "when the skip was recorded"),
    "$.photos": FieldClass(INTERNAL, "evidence photos"),
    "$.photos[].photo_id": FieldClass(INTERNAL, "refers to the photo"),
    "$.photos[].sha256": FieldClass(INTERNAL, "proves the original is unaltered"),
    "$.photos[].file_name": FieldClass(
        PERSONAL, "the original's name; may name a person", redact_text
    ),
    "$.photos[].caption": FieldClass(PERSONAL, "what the photo shows; may name a person or plate"),
    "$.photos[].category": FieldClass(PUBLIC, "kind of shot"),
    "$.photos[].added_at": FieldClass(INTERNAL, "when it was added"),
    "$.photos[].captured_at": FieldClass(INTERNAL, "when it was taken (plausibility)"),
    "$.photos[].width": FieldClass(PUBLIC, "layout of the photo"),
    "$.photos[].height": FieldClass(PUBLIC, "layout of the photo"),
    "$.photos[].orientation": FieldClass(PUBLIC, "showing the photo upright"),
    "$.photos[].latitude": FieldClass(PERSONAL, "where the shot was taken (plausibility)", drop),
    "$.photos[].longitude": FieldClass(PERSONAL, "where the shot was taken (plausibility)", drop),
    "$.photos[].altitude": FieldClass(PERSONAL, "where the shot was taken", drop),
    "$.photos[].make": FieldClass(INTERNAL, "which device took it (authenticity)"),
    "$.photos[].model": FieldClass(INTERNAL, "which device took it (authenticity)"),
    "$.photos[].metadata_note": FieldClass(INTERNAL, "what metadata could not be read"),
    "$.photos[].annotations": FieldClass(INTERNAL, "marks drawn over the photo"),
    **{
        f"$.photos[].annotations[].{name}": FieldClass(INTERNAL, "an annotation mark")
        for name in ("kind", "points", "text", "colour")
    },
    "$.risk_notes": FieldClass(INTERNAL, "facts that do not fit, stated neutrally"),
    **{
        f"$.risk_notes[].{name}": FieldClass(INTERNAL, "a risk note")
        for name in ("code", "subject", "detail")
    },
    "$.language": FieldClass(PUBLIC, "language of the explanations"),
    "$.damage_items": FieldClass(INTERNAL, "damage and valuation"),
    **{
        f"$.damage_items[].{name}": FieldClass(INTERNAL, "damage item and its valuation basis")
        for name in (
            "damage_id",
            "description",
            "area",
            "kind",
            "severity",
            "action",
            "causal_link",
            "photo_ids",
            "valuation_method",
            "repair_line",
            "quantity",
            "unit_cost",
            "depreciation_percent",
            "depreciation_basis",
            "assessed_value",
            "salvage",
            "appraiser",
            "appraisal_basis",
            "value",
            "depreciation",
            "loss",
        )
    },
    "$.policy_terms": FieldClass(INTERNAL, "policy terms of the valuation"),
    "$.policy_terms.currency": FieldClass(PUBLIC, "currency of every amount"),
    **{
        f"$.policy_terms.{name}": FieldClass(INTERNAL, "policy term the valuation applies")
        for name in (
            "sum_insured",
            "value_at_risk",
            "deductible",
            "limit",
            "vehicle_actual_value",
            "medical_limit",
        )
    },
    # Health data (PIPL Art 28): a disability grade and medical costs describe a body.
    "$.policy_terms.disability_grade": FieldClass(SENSITIVE, "personal accident benefit"),
    "$.policy_terms.medical_expenses": FieldClass(SENSITIVE, "personal accident benefit"),
    "$.assessment": FieldClass(INTERNAL, "the computed loss assessment"),
    **{
        f"$.assessment.{name}": FieldClass(INTERNAL, "a figure of the assessment")
        for name in (
            "gross_loss",
            "depreciation",
            "salvage",
            "net_loss",
            "apportionment_ratio",
            "apportioned_loss",
            "after_deductible",
            "indemnity",
            "constructive_total_loss",
            "disability_benefit",
            "medical_covered",
            "steps",
        )
    },
    "$.assessment.disability_ratio": FieldClass(SENSITIVE, "personal accident benefit"),
    **{
        f"$.assessment.steps[].{name}": FieldClass(INTERNAL, "a step of the calculation")
        for name in ("name", "amount", "explanation")
    },
    "$.notes": FieldClass(PERSONAL, "the surveyor's facts and open questions; may name people"),
    "$.events": FieldClass(INTERNAL, "the hash-chained event log (never holds personal data)"),
    **{
        f"$.events[].{name}": FieldClass(INTERNAL, "event log entry")
        for name in ("seq", "at", "actor", "kind", "summary", "prev_hash", "hash")
    },
}


# Personal data the store keeps that the survey document does not carry yet: the report draws it
# (issue 14) from the store, sealed at rest like the fields above.
STORED_CLASSES: Mapping[str, FieldClass] = {
    "consents.signature": FieldClass(
        PERSONAL, "the person's handwritten signature under their consent answer"
    ),
    "hand_signatures.signature": FieldClass(
        PERSONAL, "the surveyor's and the insured's handwritten signatures under the report"
    ),
}

# On screen a party's phone and ID number are masked as in a redacted report, until the surveyor
# reveals them, which is logged like a full export.
SCREEN_MASKED_PARTY_FIELDS = ("phone", "id_number")


def mask_on_screen(name: str, value: str) -> str:
    """A party field as the screen shows it before "reveal": masked by the report's rule."""
    if name not in SCREEN_MASKED_PARTY_FIELDS or not value:
        return value
    mask = FIELD_CLASSES[f"$.parties[].{name}"].mask
    assert mask is not None
    return str(mask(value))


def redact_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the survey document with every personal and sensitive field masked."""
    redacted: dict[str, Any] = _redact(document, "$")
    redacted["redaction"] = "masked"
    return redacted


def _redact(node: Any, path: str) -> Any:
    if isinstance(node, Mapping):
        out = {}
        for key, value in node.items():
            child = f"{path}.{key}"
            rule = FIELD_CLASSES.get(child)
            if rule and rule.encrypted_at_rest and rule.mask and value is not None:
                out[key] = rule.mask(value)
            else:
                out[key] = _redact(value, child)
        return out
    if isinstance(node, list):
        return [_redact(item, f"{path}[]") for item in node]
    return node
