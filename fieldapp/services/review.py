"""What the review step shows: the completeness list (each entry leading to the step that meets
it), the names the signature pads carry and who has signed."""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.core.hand_signatures import SignatureStatus, SignerRole
from fieldapp.core.progress import ReviewEntry, review_entries
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.hand_signatures import signatures_of, signer_names
from fieldapp.services.progress import survey_overview_of


@dataclass(frozen=True)
class ReviewSheet:
    survey_id: str
    editable: bool  # a finished (frozen) revision is not signed again
    entries: tuple[ReviewEntry, ...]
    names: dict[SignerRole, str]  # the insured's only once the insured is a party
    signatures: dict[SignerRole, SignatureStatus]

    @property
    def complete(self) -> bool:
        return not any(e.blocks_export for e in self.entries)


def review_sheet(workspace: FieldWorkspace, survey_id: str) -> ReviewSheet:
    overview, progress = survey_overview_of(workspace, survey_id)
    return ReviewSheet(
        survey_id=survey_id,
        editable=overview.summary.status != "finished",
        entries=review_entries(progress),
        names=signer_names(workspace, survey_id),
        signatures={s.role: s for s in signatures_of(workspace, survey_id)},
    )
