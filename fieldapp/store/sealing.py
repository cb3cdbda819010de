"""Personal columns of the field database, and sealing them on the way in and out.

Which columns are sealed follows ``fieldapp.core.privacy``: every value of a personal or sensitive
field is stored only as AES-GCM ciphertext bound to its table, column and row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from fieldapp.store.migrations import (
    CONSENTS,
    EVIDENCE_PHOTOS,
    HAND_SIGNATURES,
    PARTIES,
    POLICY_TERMS,
    SURVEYS,
)
from fieldapp.store.secrets import ValueCipher

# table -> (key column, sealed columns). The document paths they hold are classified personal.
SEALED_COLUMNS: Mapping[str, tuple[str, tuple[str, ...]]] = {
    SURVEYS: (
        "survey_id",
        (
            "incident_address",
            "incident_description",
            "incident_latitude",
            "incident_longitude",
            "notes",
        ),
    ),
    PARTIES: ("party_id", ("name", "phone", "details_json")),
    CONSENTS: ("consent_id", ("person_name", "signature_json")),
    POLICY_TERMS: ("survey_id", ("disability_grade", "medical_expenses")),  # health data
    EVIDENCE_PHOTOS: ("photo_id", ("file_name", "caption", "latitude", "longitude", "altitude")),
    HAND_SIGNATURES: ("signature_id", ("name", "signature_json", "declined_reason")),
}


ERASED = "[erased]"  # tombstone of a personal value removed by retention; not itself personal


class RowSealer:
    """Seals and opens the personal columns of rows, asking for the key only when needed."""

    def __init__(self, cipher: Callable[[], ValueCipher]) -> None:
        self._cipher = cipher

    def seal(self, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
        key_column, columns = SEALED_COLUMNS[table]
        sealed = dict(row)
        for column in columns:
            if column in sealed and sealed[column] is not None:
                sealed[column] = self._cipher().seal(
                    str(sealed[column]), place=f"{table}.{column}:{row[key_column]}"
                )
        return sealed

    def open(self, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
        key_column, columns = SEALED_COLUMNS[table]
        opened = dict(row)
        for column in columns:
            if opened.get(column) not in (None, ERASED):
                opened[column] = self._cipher().open(
                    opened[column], place=f"{table}.{column}:{row[key_column]}"
                )
        return opened
