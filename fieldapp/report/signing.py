"""Signing the report (PAdES B-B, SHA-256, the device's EC P-256 key) with survey.json attached
in the same revision, so the signature covers the data the office imports."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

SURVEY_FILE = "survey.json"
FIELD_NAME = "SurveyorSignature"


def sign_report(
    pdf: bytes,
    survey_json: bytes,
    *,
    key: ec.EllipticCurvePrivateKey,
    certificate: x509.Certificate,
    signed_at: datetime,
    location: str = "",
) -> bytes:
    """Attach ``survey.json`` (/AFRelationship /Data) and sign, in one incremental revision."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        data=survey_json,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(
            embed_size=True, embed_checksum=True, modification_date=signed_at
        ),
    )
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=SURVEY_FILE,
            file_name=SURVEY_FILE,
            embedded_data=data,
            description="Survey data (fieldapp.survey/1), covered by the signature",
            af_relationship=generic.NameObject("/Data"),
        ),
    )
    signer = device_signer(key, certificate)
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="Survey report signed by the surveyor",
        location=location or None,
    )
    # An invisible field: the visible block is drawn in the page content with the report font.
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=signer,
        new_field_spec=fields.SigFieldSpec(sig_field_name=FIELD_NAME, box=None),
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def device_signer(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> Any:
    """pyHanko's signer for a device key and its self-signed certificate."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    return signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(
            certificate.public_bytes(serialization.Encoding.DER)
        ),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        cert_registry=SimpleCertificateStore(),  # the signer's certificate goes in once
    )
