"""Evidence photos as the survey document knows them: an original by SHA-256, and what it shows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from fieldapp.core.ids import new_id
from fieldapp.errors import UsageError

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class PhotoCategory(StrEnum):
    OVERVIEW = "overview"
    DAMAGE_CLOSEUP = "damage_closeup"
    PLATE_VIN = "plate_vin"
    ODOMETER = "odometer"
    DOCUMENT = "document"
    OTHER = "other"


@dataclass(frozen=True)
class EvidencePhoto:
    sha256: str
    file_name: str
    added_at: datetime
    caption: str = ""
    category: PhotoCategory = PhotoCategory.OTHER
    captured_at: datetime | None = None
    photo_id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not SHA256_HEX.match(self.sha256):
            raise UsageError(detail=f"Not a SHA-256 digest: {self.sha256!r}.")
        object.__setattr__(self, "category", PhotoCategory(self.category))
        object.__setattr__(self, "caption", self.caption.strip())

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]
