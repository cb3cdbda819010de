"""The surveyor's and the insured's handwritten signatures under the report: storing them (or
that the insured did not sign, and why), listing who signed, and reading the strokes back for the
report, each read logged as an access to personal data."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.core.hand_signatures import HandSignature, SignatureStatus, SignerRole
from fieldapp.core.signature import Signature
from fieldapp.core.survey import PartyRole
from fieldapp.core.timestamps import local_now
from fieldapp.errors import RuleViolation
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.signatures import (
    consent_signature_strokes,
    hand_signature_strokes,
    hand_signatures,
    save_hand_signature,
)


def signer_names(workspace: FieldWorkspace, survey_id: str) -> dict[SignerRole, str]:
    """The names the pads show: the survey's surveyor, and the insured from the parties."""
    survey = workspace.surveys.get(survey_id)
    names = {SignerRole.SURVEYOR: survey.surveyor}
    insured = next((p.name for p in survey.parties if p.role is PartyRole.INSURED), None)
    if insured:
        names[SignerRole.INSURED] = insured
    return names


def sign_by_hand(
    workspace: FieldWorkspace,
    survey_id: str,
    role: SignerRole | str,
    *,
    signature: Signature | None = None,
    declined_reason: str = "",
) -> SignatureStatus:
    """Store a signature under the report; for the insured, or why they did not sign.

    A blank pad, a dot or a short mark is refused (core/signature.py ``check_ink``). The name is
    the surveyor's of the survey, or the insured party's: the insured is recorded first.
    """
    role = SignerRole(role)
    names = signer_names(workspace, survey_id)
    if role not in names:
        raise RuleViolation(
            "insured_not_recorded",
            detail="Record the insured as a party first: the name under the signature is theirs.",
        )
    record = HandSignature(
        role=role,
        name=names[role],
        signed_at=local_now(),
        signature=signature,
        declined_reason=declined_reason,
    )
    actor = names[SignerRole.SURVEYOR]
    save_hand_signature(workspace.db, workspace.surveys.sealer, survey_id, record, actor=actor)
    return record.status()


def signatures_of(workspace: FieldWorkspace, survey_id: str) -> list[SignatureStatus]:
    """Who signed under the report and when (no strokes are read)."""
    workspace.surveys.resolve_id(survey_id)  # a clear NotFound for an unknown survey
    return hand_signatures(workspace.db, workspace.surveys.sealer, survey_id)


def strokes_for_report(
    workspace: FieldWorkspace, survey_id: str, *, full: bool, purpose: str, log: bool = True
) -> Mapping[str, Signature]:
    """The strokes the report draws, by role ("surveyor", "insured") or consent id.

    A masked report carries no personal data, so it draws only the surveyor's signature (the
    surveyor is named in it as staff); a full one draws the insured's and the consent signatures
    too. Reading them is logged, except for the review's preview (``log=False``): a masked
    preview on the surveyor's own screen draws only the surveyor's own signature.
    """
    sealer = workspace.surveys.sealer
    strokes = dict(hand_signature_strokes(workspace.db, sealer, survey_id))
    if full:
        strokes.update(consent_signature_strokes(workspace.db, sealer, survey_id))
    else:
        strokes = {k: v for k, v in strokes.items() if k == SignerRole.SURVEYOR.value}
    if strokes and log:
        survey = workspace.surveys.get(survey_id)
        workspace.surveys.record_access(
            survey_id,
            actor=survey.surveyor,
            what=f"{len(strokes)} handwritten signature(s) drawn {purpose}",
        )
    return strokes
