"""The handwritten signatures under the report: the surveyor's and the insured's.

What a surveyor expects on site: the surveyor signs every report they issue; the insured signs to
acknowledge the survey, but may be absent or refuse, and then the surveyor records that, with the
reason, instead of a signature. Neither holds up finishing: the report is bound by the surveyor's
digital signature, and the review step names what is still to be signed (core/progress.py). The
report says plainly what is missing or why the insured did not sign.

The stroke data is personal (core/privacy.py ``STORED_CLASSES``): the store seals it, the survey
document records only who signed and when, never the strokes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from fieldapp.core.domains import check_moment
from fieldapp.core.signature import Signature, check_ink
from fieldapp.core.text_fields import DECLINE_REASON, SIGNER_NAME
from fieldapp.errors import RuleViolation


class SignerRole(StrEnum):
    SURVEYOR = "surveyor"
    INSURED = "insured"


@dataclass(frozen=True)
class HandSignature:
    """A signature under the report, or the record that the person did not sign and why."""

    role: SignerRole
    name: str
    signed_at: datetime
    signature: Signature | None = None  # None: not signed, see declined_reason
    declined_reason: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", SignerRole(self.role))
        object.__setattr__(self, "name", SIGNER_NAME.check(self.name))
        check_moment(self.signed_at, what="The signature time")
        reason = DECLINE_REASON.check(" ".join(self.declined_reason.split()))
        object.__setattr__(self, "declined_reason", reason)
        if self.signature is not None:
            check_ink(self.signature)
            if reason:
                raise RuleViolation(
                    "signature_and_reason",
                    detail="A signature needs no reason for not signing: give one or the other.",
                )
            return
        if self.role is SignerRole.SURVEYOR:
            raise RuleViolation(
                "surveyor_must_sign",
                detail="The surveyor signs the report by hand; only the insured may decline.",
            )
        if not reason:
            raise RuleViolation(
                "decline_reason_missing",
                detail="Say why the insured did not sign (absent, refused, …).",
            )

    @property
    def signed(self) -> bool:
        return self.signature is not None

    def status(self) -> SignatureStatus:
        return SignatureStatus(
            role=self.role,
            name=self.name,
            signed_at=self.signed_at,
            signed=self.signed,
            declined_reason=self.declined_reason,
        )


@dataclass(frozen=True)
class SignatureStatus:
    """Who signed (or did not, and why) and when, without the strokes: what lists, the survey
    document and the report's captions show."""

    role: SignerRole
    name: str
    signed_at: datetime
    signed: bool
    declined_reason: str = ""


def signature_needs(settled: frozenset[str]) -> tuple[str, ...]:
    """The roles whose signature (or, for the insured, recorded refusal) is still missing."""
    return tuple(
        f"{role.value}_signature_missing" for role in SignerRole if role.value not in settled
    )
