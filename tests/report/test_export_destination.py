"""Exporting into a chosen folder (a USB stick, a shared folder), cancelling between the stages,
exporting a signed revision again, and verifying a report with this device's own certificate."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldapp.errors import FieldappError
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import (
    ExportCancelled,
    export_folder_status,
    export_report,
    verify_own_report,
)
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity
from tests.conftest import CliRun
from tests.reliability.field_folder import leftovers
from tests.reliability.test_export_all_or_nothing import state


@pytest.fixture
def survey_id(workspace: FieldWorkspace) -> str:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    return create_demo_survey(workspace, "motor")


def test_a_report_goes_into_the_chosen_folder_and_verifies_with_the_own_certificate(
    workspace: FieldWorkspace, survey_id: str, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    status = export_folder_status(stick)
    assert status.exists and status.writable and status.free_bytes and status.free_bytes > 0
    result = export_report(workspace, survey_id, folder=stick, language="en")
    assert result.path.parent == stick and result.path.name.endswith("_R1_masked.pdf")
    verdict = verify_own_report(workspace, result.path)
    assert verdict.complete, verdict.checks  # every check made, the signer trusted


def test_a_chosen_folder_that_is_gone_is_refused_and_never_made(
    workspace: FieldWorkspace, survey_id: str, data_dir: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "stick"
    assert not export_folder_status(gone).exists
    before = state(workspace, survey_id)
    with pytest.raises(FieldappError) as refused:
        export_report(workspace, survey_id, folder=gone)
    assert refused.value.code == "export_folder_missing" and str(gone) in refused.value.message
    assert not gone.exists() and state(workspace, survey_id) == before


def test_a_stick_pulled_out_during_the_export_leaves_the_survey_as_it_was(
    workspace: FieldWorkspace, survey_id: str, data_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    before = state(workspace, survey_id)
    asked: list[int] = []

    def pull_out_at_the_signature() -> bool:
        asked.append(1)
        if len(asked) == 6:  # after the signature, just before the file is written
            shutil.rmtree(stick)
        return False

    with pytest.raises(FieldappError) as refused:
        export_report(workspace, survey_id, folder=stick, cancelled=pull_out_at_the_signature)
    assert refused.value.code == "export_folder_missing"
    assert state(workspace, survey_id) == before  # the freeze was rolled back
    assert not stick.exists() and leftovers(data_dir) == []


@pytest.mark.parametrize("stage", [1, 2, 3, 4, 5, 6])
def test_a_cancelled_export_leaves_the_survey_as_it_was_and_no_file(
    workspace: FieldWorkspace, survey_id: str, data_dir: Path, tmp_path: Path, stage: int
) -> None:
    before = state(workspace, survey_id)
    asked: list[int] = []

    def cancel_at_stage() -> bool:
        asked.append(1)
        return len(asked) >= stage

    with pytest.raises(ExportCancelled):
        export_report(workspace, survey_id, folder=tmp_path, cancelled=cancel_at_stage)
    assert state(workspace, survey_id) == before
    assert list(tmp_path.glob("*.pdf")) == [] and leftovers(data_dir) == []
    assert export_report(workspace, survey_id, folder=tmp_path).revision == 1  # and then it goes


def test_a_signed_revision_exported_again_is_a_new_file_of_the_same_data(
    workspace: FieldWorkspace, survey_id: str, tmp_path: Path
) -> None:
    first = export_report(workspace, survey_id, folder=tmp_path)
    frozen = state(workspace, survey_id)
    again = export_report(workspace, survey_id, folder=tmp_path)
    assert again.path != first.path and again.path.name.endswith("_R1_masked-2.pdf")
    assert first.path.is_file() and again.revision == first.revision == 1
    data = [verify_own_report(workspace, p).survey for p in (first.path, again.path)]
    assert data[0] is not None and data[1] is not None
    # the same revision, frozen once: only the "exported" events differ
    assert data[0]["revision"] == data[1]["revision"] and data[0]["parties"] == data[1]["parties"]
    assert state(workspace, survey_id)[:3] == frozen[:3]


def test_no_identity_has_its_own_code(workspace: FieldWorkspace, tmp_path: Path) -> None:
    survey_id = create_demo_survey(workspace, "property")
    with pytest.raises(FieldappError) as refused:
        export_report(workspace, survey_id, folder=tmp_path)
    assert refused.value.code == "no_identity" and "identity create" in refused.value.message


def test_the_cli_exports_into_a_folder_and_verifies_with_this_device(
    workspace: FieldWorkspace, survey_id: str, cli: CliRun, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    code, out, err = cli("export", survey_id, "--folder", str(stick))
    assert code == 1 and "is not there" in err and not stick.exists()
    stick.mkdir()
    code, out, err = cli("export", survey_id, "--folder", str(stick))
    assert code == 0, err
    pdf = Path(out.strip())
    assert pdf.parent == stick
    code, out, err = cli("verify", str(pdf))
    assert code == 1 and "--    signer trusted" in out
    code, out, err = cli("verify", str(pdf), "--trust-this-device")
    assert code == 0 and "ok    signer trusted" in out, out + err
