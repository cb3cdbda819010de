"""Bad report PDFs given to `fieldapp verify --trust` and to the office import: each ends with the
verdict and outcome the corpus says, never a traceback, and nothing else changes at the office
(reports, rejections, archive and quarantine files). Then hypothesis mutates a signed report:
verification always gives a verdict for every check and the office a reason code, never
internal_error (`--fuzz-examples N` for a longer run).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
from fieldapp.office.schema import rejections, reports
from fieldapp.report.reasons import REASONS
from fieldapp.report.signing import sign_report
from fieldapp.report.verification import CHECKS, verify_report
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of
from tests.conftest import TEST_PASSPHRASE, CliRun
from tests.photo_fixtures import jpeg_bytes
from tests.reliability import report_mutations as mutate
from tests.reliability.ledger import Ledger

SIGNED_AT = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
BROKEN_BEFORE_DATA = {"not_pdf", "pdf_damaged", "not_signed", "signature_invalid"}


@dataclass(frozen=True)
class Device:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    certificate_file: Path

    def sign(self, document: Any, *, raw: bytes | None = None) -> bytes:
        data = raw if raw is not None else json.dumps(document, ensure_ascii=False).encode()
        return sign_report(
            mutate.one_page_pdf(),
            data,
            key=self.key,
            certificate=self.certificate,
            signed_at=SIGNED_AT,
        )


@dataclass(frozen=True)
class Material:
    report: bytes  # exported by the genuine device
    second_export: bytes  # the same frozen revision exported again: same survey, other bytes
    document: dict[str, Any]  # what the genuine report embeds
    genuine: Device
    stranger: Device  # never trusted by the office
    revoked: Device  # trusted by the office, then revoked


def _device(data_dir: Path, surveyor: str, *, survey: bool = False) -> tuple[Device, Any]:
    workspace = FieldWorkspace.open(data_dir)
    create_identity(workspace, surveyor=surveyor, organisation="Example Mutual")
    identity = identity_of(workspace)
    certificate_file = identity.export_certificate(data_dir.parent / f"{data_dir.name}.pem")
    device = Device(
        identity.signing_key(workspace.cipher()), identity.certificate(), certificate_file
    )
    return device, workspace


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    root = tmp_path_factory.mktemp("report-corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDAPP_PASSPHRASE", TEST_PASSPHRASE)
        genuine, workspace = _device(root / "genuine", "李明")
        try:
            survey_id = create_demo_survey(workspace, "motor")
            report = export_report(workspace, survey_id, out=root / "r1.pdf").path.read_bytes()
            again = export_report(workspace, survey_id, out=root / "again.pdf").path.read_bytes()
            document = survey_document(workspace, survey_id)
        finally:
            workspace.close()
        others = []
        for name in ("stranger", "revoked"):
            device, opened = _device(root / name, name)
            opened.close()
            others.append(device)
    return Material(report, again, document, genuine, *others)


def _inflated(m: Material) -> bytes:
    document = json.loads(json.dumps(m.document))
    document["assessment"]["indemnity"] = "999999.00"
    return m.genuine.sign(document)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Material], bytes]
    verify: str  # "ok" or the failure code `verify --trust <genuine device>` gives
    office: str  # accepted / duplicate / the rejection code
    prior: Callable[[Material], bytes] | None = None  # imported first, not asserted

    @property
    def expected(self) -> str:
        return f"verify {self.verify}; office {self.office}"


def _genuine(m: Material) -> bytes:
    return m.report


CASES = [
    Case("genuine report", _genuine, "ok", "accepted"),
    Case("the same report twice", _genuine, "ok", "duplicate", prior=_genuine),
    Case(
        "the same revision exported again",
        lambda m: m.second_export,
        "ok",
        "conflict",
        prior=_genuine,
    ),
    Case(
        "byte flip in the page content",
        lambda m: mutate.flip_byte(m.report, mutate.page_content_offset(m.report)),
        "signature_invalid",
        "signature_invalid",
    ),
    Case(
        "byte flip in the embedded survey.json",
        lambda m: mutate.flip_byte(m.report, mutate.survey_json_offset(m.report)),
        "signature_invalid",
        "signature_invalid",
    ),
    Case(
        "byte flip in the signer's certificate",
        lambda m: mutate.flip_hex_digit(m.report, mutate.certificate_offset(m.report)),
        "signature_invalid",
        "signature_invalid",
    ),
    Case(
        "byte flip in the signature value",
        lambda m: mutate.flip_hex_digit(m.report, mutate.signature_value_offset(m.report)),
        "signature_invalid",
        "signature_invalid",
    ),
    Case(
        "signature replaced by zeros",
        lambda m: mutate.signature_contents_zeroed(m.report),
        "signature_invalid",
        "signature_invalid",
    ),
    Case(
        "update after signing swaps survey.json",
        lambda m: mutate.swap_survey_json(m.report, b'{"claim_number": "forged"}'),
        "modified_after_signing",
        "modified_after_signing",
    ),
    Case(
        "update after signing adds an annotation",
        lambda m: mutate.add_annotation(m.report, "approved"),
        "modified_after_signing",
        "modified_after_signing",
    ),
    Case(
        "update after signing changes only the document info",
        lambda m: mutate.change_document_info(m.report, "Approved"),
        "modified_after_signing",
        "modified_after_signing",
    ),
    Case(
        "bytes appended after the signed end",
        lambda m: m.report + b"\n% appended\n",
        "modified_after_signing",
        "modified_after_signing",
    ),
    Case("cut in half", lambda m: m.report[: len(m.report) // 2], "pdf_damaged", "pdf_damaged"),
    Case("last 10 bytes cut", lambda m: m.report[:-10], "pdf_damaged", "pdf_damaged"),
    Case(
        "a PDF header then garbage",
        lambda m: b"%PDF-1.7\n" + random.Random(7).randbytes(4000),
        "pdf_damaged",
        "pdf_damaged",
    ),
    Case("random garbage", lambda m: random.Random(3).randbytes(4000), "not_pdf", "not_pdf"),
    Case("empty file", lambda m: b"", "not_pdf", "not_pdf"),
    Case("a letter saved as .pdf", lambda m: b"Dear office,\n", "not_pdf", "not_pdf"),
    Case("a photo saved as .pdf", lambda m: jpeg_bytes((64, 48)), "not_pdf", "not_pdf"),
    Case("unsigned PDF", lambda m: mutate.one_page_pdf(), "not_signed", "not_signed"),
    Case(
        "signed by a device never trusted",
        lambda m: m.stranger.sign(m.document),
        "untrusted_signer",
        "untrusted_signer",
    ),
    Case(
        "signed by a revoked device",
        lambda m: m.revoked.sign(m.document),
        "untrusted_signer",
        "revoked_signer",
    ),
    Case("genuine key, inflated indemnity", _inflated, "data_inconsistent", "data_inconsistent"),
    Case(
        "genuine key, data of another schema version",
        lambda m: m.genuine.sign(dict(m.document, schema="fieldapp.survey/2")),
        "schema_unsupported",
        "schema_unsupported",
    ),
    Case(
        "genuine key, no survey.json",
        lambda m: mutate.signed_without_data(m.genuine.key, m.genuine.certificate),
        "no_survey_data",
        "no_survey_data",
    ),
    Case(
        "genuine key, survey.json not JSON",
        lambda m: m.genuine.sign(None, raw=b"\xff{not json"),
        "data_inconsistent",
        "data_inconsistent",
    ),
    Case(
        "genuine key, survey.json nested 100,000 deep",
        lambda m: m.genuine.sign(None, raw=b"[" * 100_000 + b"]" * 100_000),
        "data_inconsistent",
        "data_inconsistent",
    ),
    Case(
        "genuine key, survey.json a list",
        lambda m: m.genuine.sign([m.document]),
        "data_inconsistent",
        "data_inconsistent",
    ),
]


def _office(folder: Path, m: Material) -> OfficeWorkspace:
    office = OfficeWorkspace(folder)
    office.trust.add(m.genuine.certificate_file, name="genuine")
    revoked = office.trust.add(m.revoked.certificate_file, name="revoked")
    office.trust.revoke(revoked.fingerprint)
    return office


def _office_state(office: OfficeWorkspace) -> dict[str, Any]:
    def files(folder: Path) -> set[str]:
        return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}

    return {
        "reports": office.db.count(reports),
        "rejections": office.db.count(rejections),
        "archive": files(office.archive) if office.archive.exists() else set(),
        "quarantine": files(office.quarantine) if office.quarantine.exists() else set(),
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_report_corpus(
    case: Case,
    material: Material,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    ledger: Ledger,
) -> None:
    content = case.make(material)
    report = tmp_path / "inbox" / "report.pdf"
    report.parent.mkdir()
    report.write_bytes(content)

    code, verdict, err = CliRun(tmp_path / "verifier", capsys)(
        "verify", str(report), "--trust", str(material.genuine.certificate_file)
    )
    lines = verdict.splitlines()
    assert [
        line[6:].split(":")[0] for line in lines if line[:4] in ("ok  ", "FAIL", "--  ")
    ] == list(CHECKS), verdict  # every check has a verdict, in order
    assert "Traceback" not in verdict + err and "None" not in verdict + err
    if case.verify == "ok":
        assert code == 0 and err == "", err
        seen_verify = "ok"
    else:
        assert code == 1 and err.count("\n") == 1, err
        assert err.startswith(f"fieldapp: not verified: {REASONS[case.verify].meaning} (")
        result = verify_report(content, trusted=[material.genuine.certificate])
        seen_verify = result.failure_code or "ok"
        if seen_verify in BROKEN_BEFORE_DATA:  # nothing embedded was read
            assert result.survey is None
            after = [c for c in result.checks[[c.ok for c in result.checks].index(False) + 1 :]]
            assert after and all(c.ok is None and "not checked, because" in c.detail for c in after)

    office = _office(tmp_path / "office", material)
    try:
        if case.prior:
            (tmp_path / "prior.pdf").write_bytes(case.prior(material))
            assert import_reports(office, [tmp_path / "prior.pdf"])[0].status is Status.ACCEPTED
        before = _office_state(office)
        [outcome] = import_reports(office, [report], settle_seconds=0)
        after = _office_state(office)
    finally:
        office.close()
    seen_office = outcome.code if outcome.status is Status.REJECTED else outcome.status.value
    ledger.case(
        "report PDFs",
        case.name,
        expected=case.expected,
        observed=f"verify {seen_verify}; office {seen_office}",
    )
    assert (seen_verify, seen_office) == (case.verify, case.office), outcome.message
    assert report.read_bytes() == content  # the source is never touched
    digest = hashlib.sha256(content).hexdigest()
    if outcome.status is Status.ACCEPTED:
        assert after == {
            **before,
            "reports": before["reports"] + 1,
            "archive": before["archive"] | {f"{digest[:2]}/{digest}.pdf"},
        }
    elif outcome.status is Status.DUPLICATE:
        assert after == before
    else:
        assert REASONS[outcome.code].advice in outcome.message
        assert after == {
            **before,
            "rejections": before["rejections"] + 1,
            "quarantine": before["quarantine"]
            | {f"{digest[:16]}/report.pdf", f"{digest[:16]}/report.pdf.reason.txt"},
        }


# --- fuzzing: mutated signed reports -------------------------------------------------------

CI_FUZZ_EXAMPLES = 40


@st.composite
def mutated_report(draw: st.DrawFn, report: bytes) -> bytes:
    """The report with one to four byte-level changes; flips land anywhere, and half of all
    positions are drawn from the file's last 30 kB, where the signature, the embedded data and
    the cross-reference tables lie."""
    content = bytearray(report)
    for _ in range(draw(st.integers(1, 4))):
        tail = draw(st.booleans())
        low = max(0, len(content) - 30_000) if tail else 0
        at = draw(st.integers(low, max(low, len(content) - 1)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete", "overwrite"]))
        if action == "flip" and content:
            content[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del content[at:]
        elif action == "insert":
            content[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif action == "delete":
            del content[at : at + draw(st.integers(1, 40))]
        else:
            patch = draw(st.binary(min_size=1, max_size=40))
            content[at : at + len(patch)] = patch
    return bytes(content)


def test_mutated_signed_reports_always_get_a_verdict(
    material: Material,
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
    ledger: Ledger,
) -> None:
    asked = request.config.getoption("--fuzz-examples")
    folder = tmp_path_factory.mktemp("fuzzed-reports")
    office = _office(folder / "office", material)
    seen: dict[str, int] = {}

    @settings(
        max_examples=asked or CI_FUZZ_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=asked is None,  # the bounded CI run is the same every time
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated_report(material.report))
    def verify_and_import(content: bytes) -> None:
        result = verify_report(content, trusted=[material.genuine.certificate])
        assert [c.name for c in result.checks] == list(CHECKS)
        if result.failure_code in BROKEN_BEFORE_DATA:
            assert result.survey is None
        report = folder / "report.pdf"
        report.write_bytes(content)
        [outcome] = import_reports(office, [report], settle_seconds=0)
        label = outcome.code if outcome.status is Status.REJECTED else outcome.status.value
        assert label != "internal_error", outcome.message
        assert label == (result.failure_code or label)  # the office says what verify says
        seen[label] = seen.get(label, 0) + 1

    try:
        verify_and_import()
    finally:
        office.close()
    ledger.figure(
        "Fuzzing",
        "mutated signed reports",
        f"{sum(seen.values())} examples ("
        + ", ".join(f"{n} {label}" for label, n in sorted(seen.items()))
        + "), 0 crashes, 0 internal_error",
    )


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("FIELDAPP_PASSPHRASE", TEST_PASSPHRASE)
    yield
