"""The devices the office trusts, each by the SHA-256 fingerprint of its certificate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from sqlalchemy import func, select, update

from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.errors import UsageError
from fieldapp.office.database import OfficeAction, OfficeDatabase, insert_for
from fieldapp.office.schema import reports, trusted_devices
from fieldapp.store.id_prefixes import CANDIDATES_SHOWN, starting_with, the_one
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


@dataclass(frozen=True)
class CertificateDetails:
    """What the office compares with the surveyor (by phone, on the tablet) before trusting."""

    surveyor: str
    organisation: str
    staff_number: str
    fingerprint: str
    valid_from_utc: str
    valid_until_utc: str
    subject: str


def read_certificate(pem_file: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(pem_file.read_bytes())
    except (OSError, ValueError) as exc:
        raise UsageError(detail=f"{pem_file} is not a PEM certificate ({exc}).") from exc


def certificate_details(pem_file: Path) -> CertificateDetails:
    """The certificate in a PEM file, read without trusting it."""
    certificate = read_certificate(pem_file)

    def name(oid: x509.ObjectIdentifier) -> str:
        values = certificate.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return CertificateDetails(
        surveyor=name(NameOID.COMMON_NAME),
        organisation=name(NameOID.ORGANIZATION_NAME),
        staff_number=name(NameOID.USER_ID),
        fingerprint=fingerprint(certificate),
        valid_from_utc=utc_text(certificate.not_valid_before_utc),
        valid_until_utc=utc_text(certificate.not_valid_after_utc),
        subject=certificate.subject.rfc4514_string(),
    )


def normalise_fingerprint(text: str) -> str:
    hexdigits = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    return ":".join(hexdigits[i : i + 2] for i in range(0, len(hexdigits), 2))


class TrustStore:
    def __init__(self, db: OfficeDatabase) -> None:
        self.db = db

    def add(self, pem_file: Path, *, name: str | None = None) -> TrustedDevice:
        """Trust a device (again: a revoked one trusted anew), recording who did it."""
        certificate = read_certificate(pem_file)
        print_ = fingerprint(certificate)
        row = {
            "fingerprint": print_,
            "name": name or certificate.subject.rfc4514_string(),
            "certificate_pem": certificate.public_bytes(serialization.Encoding.PEM).decode(),
            "added_at_utc": utc_text(utc_now()),
            "revoked_at_utc": None,
            "added_by": self.db.user,
            "revoked_by": None,
        }
        statement = insert_for(self.db)(trusted_devices).values(row)
        statement = statement.on_conflict_do_update(
            index_elements=["fingerprint"],
            set_={k: statement.excluded[k] for k in row if k != "fingerprint"},
        )
        with self.db.write(OfficeAction.TRUST) as conn:
            conn.execute(statement)
        return self.get(print_)

    def get(self, fingerprint_text: str) -> TrustedDevice:
        wanted = normalise_fingerprint(fingerprint_text)
        if len(wanted) < 11:  # four bytes, as "AB:CD:EF:01"
            raise UsageError(
                detail="Give at least the first 4 bytes (8 hex digits) of the fingerprint."
            )
        rows = {
            r["fingerprint"]: r
            for r in self.db.rows(
                select(trusted_devices)
                .where(trusted_devices.c.fingerprint.like(starting_with(wanted), escape="\\"))
                .order_by(trusted_devices.c.fingerprint)
                .limit(CANDIDATES_SHOWN + 1)
            )
        }
        found = the_one(
            [(f, r["name"]) for f, r in rows.items()],
            given=fingerprint_text,
            what="trusted device with fingerprint",
            many="trusted devices",
        )
        return self._device(rows[found])

    def revoke(self, fingerprint_text: str) -> TrustedDevice:
        device = self.get(fingerprint_text)
        with self.db.write(OfficeAction.TRUST) as conn:
            conn.execute(
                update(trusted_devices)
                .where(trusted_devices.c.fingerprint == device.fingerprint)
                .values(revoked_at_utc=utc_text(utc_now()), revoked_by=self.db.user)
            )
        return self.get(device.fingerprint)

    def devices(self) -> list[TrustedDevice]:
        return [
            self._device(r)
            for r in self.db.rows(select(trusted_devices).order_by(trusted_devices.c.added_at_utc))
        ]

    def changed_by(self, fingerprint_text: str) -> tuple[str, str]:
        """The database users who trusted and who revoked a device ("" when not recorded)."""
        device = self.get(fingerprint_text)
        [row] = self.db.rows(
            select(trusted_devices.c.added_by, trusted_devices.c.revoked_by).where(
                trusted_devices.c.fingerprint == device.fingerprint
            )
        )
        return row["added_by"] or "", row["revoked_by"] or ""

    def reports_received(self) -> dict[str, int]:
        """Archived reports (every revision) per device fingerprint."""
        with self.db.read() as conn:
            return dict(
                conn.execute(  # type: ignore[arg-type]
                    select(reports.c.device_fingerprint, func.count()).group_by(
                        reports.c.device_fingerprint
                    )
                ).all()
            )

    @staticmethod
    def _device(row: dict[str, str]) -> TrustedDevice:
        return TrustedDevice(
            fingerprint=row["fingerprint"],
            name=row["name"],
            added_at_utc=row["added_at_utc"],
            revoked_at_utc=row["revoked_at_utc"],
            certificate=x509.load_pem_x509_certificate(row["certificate_pem"].encode()),
        )
