"""The device identity: an EC P-256 signing key under the passphrase and its X.509 certificate.

The private key is kept only sealed with the data key (which the passphrase unwraps), so signing
data stays under the surveyor's sole control (Electronic Signature Law Art 13). The certificate is
public: the office trusts a device by its SHA-256 fingerprint.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldapp.errors import FieldappError
from fieldapp.store.secrets import ValueCipher, write_file_atomically

KEY_FILE = "device-key.sealed"
CERT_FILE = "device-cert.pem"
KEY_PURPOSE = "fieldapp device signing key"
VALID_DAYS = 3 * 365


class IdentityError(FieldappError):
    code = "identity"
    template = "{detail}"


@dataclass(frozen=True)
class IdentitySummary:
    surveyor: str
    organisation: str
    staff_number: str
    device_id: str
    fingerprint: str
    not_before: datetime
    not_after: datetime


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, upper-case hex in colon-separated pairs."""
    digest = certificate.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _name_value(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


class DeviceIdentity:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def certificate_path(self) -> Path:
        return self.folder / CERT_FILE

    def exists(self) -> bool:
        return self.certificate_path.is_file() and (self.folder / KEY_FILE).is_file()

    def create(
        self, cipher: ValueCipher, *, surveyor: str, organisation: str, staff_number: str = ""
    ) -> IdentitySummary:
        if self.exists():
            raise IdentityError(
                detail=f"This device already has an identity ({self.summary().fingerprint}); "
                "it is kept so reports it signed stay verifiable."
            )
        surveyor, organisation = surveyor.strip(), organisation.strip()
        if not surveyor or not organisation:
            raise IdentityError(detail="The identity needs the surveyor's name and organisation.")
        key = ec.generate_private_key(ec.SECP256R1())
        device_id = str(uuid.uuid4())
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, surveyor),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, device_id),
                # The staff number travels in the certificate, so the office sees who signed.
                *(
                    [x509.NameAttribute(NameOID.USER_ID, staff_number.strip())]
                    if staff_number.strip()
                    else []
                ),
            ]
        )
        now = datetime.now(UTC).replace(microsecond=0)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=VALID_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(key, hashes.SHA256())
        )
        der_key = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        # Key first: a certificate never exists without the key it certifies.
        write_file_atomically(
            self.folder / KEY_FILE, cipher.seal_bytes(der_key, purpose=KEY_PURPOSE)
        )
        write_file_atomically(
            self.certificate_path, certificate.public_bytes(serialization.Encoding.PEM)
        )
        return self.summary()

    def certificate(self) -> x509.Certificate:
        if not self.exists():
            raise IdentityError(  # its own code: the window says it in the user's language
                "no_identity",
                detail="This device has no identity yet: run `fieldapp identity create`.",
            )
        return x509.load_pem_x509_certificate(self.certificate_path.read_bytes())

    def summary(self) -> IdentitySummary:
        certificate = self.certificate()
        return IdentitySummary(
            surveyor=_name_value(certificate, NameOID.COMMON_NAME),
            organisation=_name_value(certificate, NameOID.ORGANIZATION_NAME),
            staff_number=_name_value(certificate, NameOID.USER_ID),
            device_id=_name_value(certificate, NameOID.SERIAL_NUMBER),
            fingerprint=fingerprint(certificate),
            not_before=certificate.not_valid_before_utc,
            not_after=certificate.not_valid_after_utc,
        )

    def signing_key(self, cipher: ValueCipher) -> ec.EllipticCurvePrivateKey:
        self.certificate()
        der = cipher.open_bytes((self.folder / KEY_FILE).read_bytes(), purpose=KEY_PURPOSE)
        key = serialization.load_der_private_key(der, password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return key

    def export_certificate(self, out: Path) -> Path:
        pem = self.certificate().public_bytes(serialization.Encoding.PEM)
        try:
            write_file_atomically(out, pem)
        except OSError as exc:
            raise IdentityError(detail=f"Cannot write {out}: {exc.strerror or exc}.") from exc
        return out
