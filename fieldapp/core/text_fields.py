"""The text fields of a survey, each with its domain (see ``domains.TextDomain``), by the JSON
path it has in the survey document. The survey values check their texts with these; the JSON
Schema states the same limits, and a test holds the two together."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.core.domains import TextDomain

CLAIM_NUMBER = TextDomain("The claim number", 64, required=True)
POLICY_NUMBER = TextDomain("The policy number", 64)
SURVEYOR = TextDomain("The surveyor's name", 200, required=True)
INCIDENT_ADDRESS = TextDomain("The incident address", 4000, lines=True)
INCIDENT_DESCRIPTION = TextDomain("The incident description", 4000, lines=True)
PARTY_NAME = TextDomain("A party's name", 200, required=True)
PHONE = TextDomain("A phone number", 40)
PARTY_DETAILS: Mapping[str, TextDomain] = {
    "plate": TextDomain("A registration plate", 200),
    "vehicle": TextDomain("A vehicle's description", 200),
    "id_number": TextDomain("An ID number", 200),
}
CONSENT_PERSON = TextDomain("The name of the person who answered", 200, required=True)
SAFETY_NOTE = TextDomain("A safety note", 4000, lines=True)
# At least 10 written characters: a reason, not a word; the report shows it.
EMERGENCY_REASON = TextDomain(
    "The emergency reason", 4000, min_written=10, lines=True, required=True
)
FILE_NAME = TextDomain("A photo's file name", 255)
CAPTION = TextDomain("A caption", 4000, lines=True)
CAMERA_MAKE = TextDomain("A camera make", 100)
CAMERA_MODEL = TextDomain("A camera model", 100)
METADATA_NOTE = TextDomain("A metadata note", 4000, lines=True)
ANNOTATION_TEXT = TextDomain("An annotation's text", 200)
DAMAGE_DESCRIPTION = TextDomain("A damage item's description", 4000, lines=True, required=True)
DAMAGE_AREA = TextDomain("A damage item's area", 200)
DAMAGE_KIND = TextDomain("A damage item's kind of damage", 200)
CAUSAL_LINK = TextDomain(
    "A damage item's causal link to the incident", 4000, lines=True, required=True
)
DEPRECIATION_BASIS = TextDomain("The depreciation basis", 4000, lines=True)
APPRAISER = TextDomain("The appraiser", 200)
APPRAISAL_BASIS = TextDomain("The appraisal basis", 4000, lines=True)
NOTES = TextDomain("The notes", 20000, lines=True, plural=True)
SIGNER_NAME = TextDomain("The name under a signature", 200, required=True)
DECLINE_REASON = TextDomain("Why the insured did not sign", 200)

# "[]" stands for every element of an array, as in core/privacy.py.
DOCUMENT_TEXTS: Mapping[str, TextDomain] = {
    "$.claim_number": CLAIM_NUMBER,
    "$.policy_number": POLICY_NUMBER,
    "$.surveyor": SURVEYOR,
    "$.incident.address": INCIDENT_ADDRESS,
    "$.incident.description": INCIDENT_DESCRIPTION,
    "$.parties[].name": PARTY_NAME,
    "$.parties[].phone": PHONE,
    **{f"$.parties[].{name}": domain for name, domain in PARTY_DETAILS.items()},
    "$.consents[].person_name": CONSENT_PERSON,
    "$.safety.answers[].note": SAFETY_NOTE,
    "$.safety.emergency_skip.reason": EMERGENCY_REASON,
    "$.photos[].file_name": FILE_NAME,
    "$.photos[].caption": CAPTION,
    "$.photos[].make": CAMERA_MAKE,
    "$.photos[].model": CAMERA_MODEL,
    "$.photos[].metadata_note": METADATA_NOTE,
    "$.photos[].annotations[].text": ANNOTATION_TEXT,
    "$.damage_items[].description": DAMAGE_DESCRIPTION,
    "$.damage_items[].area": DAMAGE_AREA,
    "$.damage_items[].kind": DAMAGE_KIND,
    "$.damage_items[].causal_link": CAUSAL_LINK,
    "$.damage_items[].depreciation_basis": DEPRECIATION_BASIS,
    "$.damage_items[].appraiser": APPRAISER,
    "$.damage_items[].appraisal_basis": APPRAISAL_BASIS,
    "$.notes": NOTES,
    "$.hand_signatures[].name": SIGNER_NAME,
    "$.hand_signatures[].declined_reason": DECLINE_REASON,
}
