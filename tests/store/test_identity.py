from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of
from fieldapp.store.identity import IdentityError
from fieldapp.store.secrets import WrongPassphrase


def test_the_device_gets_an_ec_p256_key_and_a_self_signed_certificate(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    summary = create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    identity = identity_of(workspace)
    certificate = identity.certificate()
    assert certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "李明"
    assert summary.device_id and summary.organisation == "平安财险上海分公司"
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    key = identity.signing_key(workspace.cipher())
    assert isinstance(key.curve, ec.SECP256R1)
    signature = key.sign(b"report", ec.ECDSA(hashes.SHA256()))
    certificate.public_key().verify(signature, b"report", ec.ECDSA(hashes.SHA256()))  # type: ignore[call-arg,union-attr]
    exported = identity.export_certificate(tmp_path / "device.pem")
    # An independent tool agrees on the fingerprint the office will trust.
    openssl = subprocess.run(
        ["openssl", "x509", "-in", str(exported), "-noout", "-fingerprint", "-sha256"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert openssl.stdout.strip().split("=", 1)[1] == summary.fingerprint
    with pytest.raises(IdentityError, match="already has an identity"):
        create_identity(workspace, surveyor="x", organisation="y")


def test_the_key_file_holds_no_usable_key_without_the_passphrase(
    workspace: FieldWorkspace, data_dir: Path
) -> None:
    create_identity(workspace, surveyor="李明", organisation="Org")
    sealed = (data_dir / "identity" / "device-key.sealed").read_bytes()
    assert b"PRIVATE KEY" not in sealed
    other = FieldWorkspace.open(data_dir, passphrase=lambda new: "wrong passphrase!")
    with pytest.raises(WrongPassphrase):
        identity_of(other).signing_key(other.cipher())
    other.close()
