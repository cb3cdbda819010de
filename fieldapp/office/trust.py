"""The devices the office trusts, each by the SHA-256 fingerprint of its certificate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlite_utils import Database

from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.errors import NotFound, UsageError
from fieldapp.office.database import TRUSTED_DEVICES
from fieldapp.store.identity import fingerprint


@dataclass(frozen=True)
class TrustedDevice:
    fingerprint: str
    name: str
    added_at_utc: str
    revoked_at_utc: str | None
    certificate: x509.Certificate

    @property
    def revoked(self) -> bool:
        return self.revoked_at_utc is not None


def _normalise(text: str) -> str:
    hexdigits = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    return ":".join(hexdigits[i : i + 2] for i in range(0, len(hexdigits), 2))


class TrustStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, pem_file: Path, *, name: str | None = None) -> TrustedDevice:
        try:
            certificate = x509.load_pem_x509_certificate(pem_file.read_bytes())
        except (OSError, ValueError) as exc:
            raise UsageError(detail=f"{pem_file} is not a PEM certificate ({exc}).") from exc
        print_ = fingerprint(certificate)
        subject = certificate.subject.rfc4514_string()
        self.db[TRUSTED_DEVICES].upsert(
            {  # type: ignore[union-attr]
                "fingerprint": print_,
                "name": name or subject,
                "certificate_pem": certificate.public_bytes(serialization.Encoding.PEM).decode(),
                "added_at_utc": utc_text(utc_now()),
                "revoked_at_utc": None,
            },
            pk="fingerprint",
        )
        return self.get(print_)

    def get(self, fingerprint_text: str) -> TrustedDevice:
        wanted = _normalise(fingerprint_text)
        rows = list(
            self.db.query(
                f"SELECT * FROM {TRUSTED_DEVICES} WHERE fingerprint LIKE ?", [wanted + "%"]
            )
        )
        if len(rows) != 1 or len(wanted) < 11:
            raise NotFound(what="single trusted device with fingerprint", ident=fingerprint_text)
        return self._device(rows[0])

    def revoke(self, fingerprint_text: str) -> TrustedDevice:
        device = self.get(fingerprint_text)
        self.db[TRUSTED_DEVICES].update(  # type: ignore[union-attr]
            device.fingerprint, {"revoked_at_utc": utc_text(utc_now())}
        )
        return self.get(device.fingerprint)

    def devices(self) -> list[TrustedDevice]:
        return [
            self._device(r)
            for r in self.db.query(f"SELECT * FROM {TRUSTED_DEVICES} ORDER BY added_at_utc")
        ]

    @staticmethod
    def _device(row: dict[str, str]) -> TrustedDevice:
        return TrustedDevice(
            fingerprint=row["fingerprint"],
            name=row["name"],
            added_at_utc=row["added_at_utc"],
            revoked_at_utc=row["revoked_at_utc"],
            certificate=x509.load_pem_x509_certificate(row["certificate_pem"].encode()),
        )
