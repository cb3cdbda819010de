"""Export is all or nothing: when layout, signing or writing fails after the freeze began, the
survey is as it was (status, revision, finished time, event log) and no file is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.errors import FieldappError
from fieldapp.report.fonts import ReportFontError
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace, save_party
from fieldapp.services.privacy import create_identity
from fieldapp.store.events import survey_events
from tests.conftest import CliRun
from tests.reliability.field_folder import leftovers
from tests.reliability.ledger import Ledger


def state(workspace: FieldWorkspace, survey_id: str) -> tuple[object, ...]:
    survey = workspace.surveys.get(survey_id)
    events = survey_events(workspace.db, survey_id)
    return survey.status, survey.revision, survey.finished_at, len(events), events[-1].hash


@pytest.fixture
def survey_id(workspace: FieldWorkspace) -> str:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    return create_demo_survey(workspace, "motor")


def test_text_only_the_full_report_shows_is_refused_and_rolled_back(
    workspace: FieldWorkspace, survey_id: str, data_dir: Path, ledger: Ledger
) -> None:
    # The masked name 王** passes the check before the freeze; the full one is found by the
    # layout itself, after the revision was frozen inside the export's transaction.
    save_party(workspace, survey_id, role="witness", name="王₩芳", legal_basis="contract")
    before = state(workspace, survey_id)
    with pytest.raises(ReportFontError) as refused:
        export_report(workspace, survey_id, full=True)
    observed = "refused, survey unchanged" if state(workspace, survey_id) == before else "changed"
    ledger.case(
        "report PDFs",
        "full export with a glyph the font lacks (masked copy fine)",
        expected="refused, survey unchanged",
        observed=observed,
    )
    assert "₩" in refused.value.message
    assert state(workspace, survey_id) == before
    assert list((data_dir / "exports").glob("*")) == [] and leftovers(data_dir) == []
    # the masked report, which does not show the name, still exports
    assert export_report(workspace, survey_id).revision == before[1]


def test_a_report_that_cannot_be_written_leaves_the_survey_as_it_was(
    workspace: FieldWorkspace, survey_id: str, data_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "not-a-folder").write_text("a file where the folder should be")
    before = state(workspace, survey_id)
    with pytest.raises(FieldappError) as refused:
        export_report(workspace, survey_id, out=tmp_path / "not-a-folder" / "report.pdf")
    assert refused.value.code == "export_write"
    assert "left as it was" in refused.value.message
    assert state(workspace, survey_id) == before
    assert list(tmp_path.glob("not-a-folder*")) == [tmp_path / "not-a-folder"]
    assert leftovers(data_dir) == []


def test_the_cli_says_it_in_one_line_and_the_next_export_freezes(
    workspace: FieldWorkspace, survey_id: str, cli: CliRun, tmp_path: Path
) -> None:
    (tmp_path / "not-a-folder").write_text("")
    before = state(workspace, survey_id)
    code, out, err = cli("export", survey_id, "--out", str(tmp_path / "not-a-folder" / "r.pdf"))
    assert (code, out) == (1, "")
    assert err.startswith("fieldapp: Cannot write ") and err.count("\n") == 1, err
    assert state(workspace, survey_id) == before
    code, out, err = cli("export", survey_id, "--out", str(tmp_path / "r.pdf"))
    assert code == 0, err
    after = state(workspace, survey_id)
    assert after[0] == "finished" and after[1] == before[1]
    assert after[3] == before[3] + 2  # finished, then exported: one transaction, both events
