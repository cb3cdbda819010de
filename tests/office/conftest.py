"""Signed reports shared by the office database tests (signed once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.office.signed_batch import ReportSigner, report_signer


@pytest.fixture(scope="session")
def signer(tmp_path_factory: pytest.TempPathFactory) -> ReportSigner:
    return report_signer(tmp_path_factory.mktemp("signing-device"))


@pytest.fixture
def signed_report(signer: ReportSigner, tmp_path: Path) -> tuple[Path, Path]:
    """One signed report of its own survey, and the signing device's certificate."""
    return signer.sign(tmp_path / "inbox" / "r1.pdf", claim="CLM-2026-100001"), (
        signer.certificate_file
    )
