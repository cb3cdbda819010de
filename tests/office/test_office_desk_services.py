"""What the office desk and trust page need below the window: cancelling a batch, looking at a
watched folder again without repeating anything, quarantine paths in each outcome, certificate
details before trusting, reports received per device; and the same through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.office.importer import ImportOutcome, OfficeWorkspace, Status, import_reports
from fieldapp.office.trust import certificate_details
from fieldapp.office.watch import FolderWatch, import_new
from tests.office.devices import Device, make_device


@pytest.fixture
def device(tmp_path: Path) -> Device:
    made = make_device(tmp_path / "tablet", surveyor="李明", organisation="平安财险上海分公司")
    yield made  # type: ignore[misc]
    made.workspace.close()


@pytest.fixture
def office(tmp_path: Path) -> OfficeWorkspace:
    opened = OfficeWorkspace(tmp_path / "office-data")
    yield opened  # type: ignore[misc]
    opened.close()


def test_a_cancelled_batch_finishes_the_file_in_hand_and_lists_the_rest_as_not_imported(
    device: Device, office: OfficeWorkspace, tmp_path: Path
) -> None:
    office.trust.add(device.certificate)
    inbox = tmp_path / "inbox"
    first = device.report("property", inbox / "a.pdf")
    for name in ("b.pdf", "c.pdf"):
        (inbox / name).write_text("not a report")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # the user pressed Cancel while the first file was verified

    outcomes = import_reports(office, [inbox], cancelled=cancelled, settle_seconds=0)
    assert [(Path(o.file).name, o.status, o.code) for o in outcomes] == [
        (first.name, Status.ACCEPTED, ""),
        ("b.pdf", Status.NOT_IMPORTED, "cancelled"),
        ("c.pdf", Status.NOT_IMPORTED, "cancelled"),
    ]
    assert not office.quarantine.exists()  # nothing refused: the rest waits untouched


def test_a_watched_folder_imports_each_new_file_once_even_after_a_restart(
    device: Device, office: OfficeWorkspace, tmp_path: Path
) -> None:
    office.trust.add(device.certificate)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watch = FolderWatch(inbox)
    assert import_new(office, watch) == []
    device.report("motor", inbox / "motor.pdf")
    (inbox / "junk.pdf").write_text("junk")
    first = import_new(office, watch, settle_seconds=0)
    assert sorted((Path(o.file).name, o.status) for o in first) == [
        ("junk.pdf", Status.REJECTED),
        ("motor.pdf", Status.ACCEPTED),
    ]
    [refused] = [o for o in first if o.status is Status.REJECTED]
    assert Path(refused.quarantined).read_text() == "junk"
    assert Path(refused.reason_file).read_text().startswith("not_pdf: not a PDF file")
    assert import_new(office, watch, settle_seconds=0) == []  # nothing changed: nothing read
    restarted = FolderWatch(inbox)
    assert import_new(office, restarted, settle_seconds=0) == []  # known bytes are left out
    assert len(list(office.quarantine.rglob("*.reason.txt"))) == 1
    shutil.copy(inbox / "motor.pdf", inbox / "motor copy.pdf")
    assert import_new(office, restarted, settle_seconds=0) == []  # the same bytes again


def test_an_outcome_survives_being_written_and_read_back(tmp_path: Path) -> None:
    outcome = ImportOutcome(
        Status.REJECTED, "/in/x.pdf", code="not_pdf", message="m", quarantined="/q/x.pdf"
    )
    data = json.loads(json.dumps(outcome.as_data()))
    assert data["reason_file"] == "/q/x.pdf.reason.txt" and data["status"] == "rejected"
    assert ImportOutcome.from_data(data) == outcome


def test_certificate_details_and_reports_received_through_the_cli(
    device: Device, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    details = certificate_details(device.certificate)
    assert (details.surveyor, details.organisation) == ("李明", "平安财险上海分公司")
    folder = tmp_path / "office-cli"

    def run(*argv: str) -> tuple[int, str]:
        code = main(["--data-dir", str(folder), "office", *argv])
        return code, capsys.readouterr().out

    code, out = run("trust", "inspect", str(device.certificate))
    assert code == 0 and f"fingerprint      {details.fingerprint}" in out
    assert "surveyor         李明" in out
    assert run("trust", "add", str(device.certificate))[0] == 0
    inbox = tmp_path / "cli-inbox"
    device.report("property", inbox / "p.pdf")
    (inbox / "note.txt").write_text("hello")
    code, out = run("watch", str(inbox), "--once")
    assert code == 0 and "accepted " in out and "rejected " in out
    assert run("watch", str(inbox), "--once")[1].splitlines()[1:] == []
    code, out = run("import", "--json", str(inbox / "note.txt"))
    [outcome] = json.loads(out)
    assert outcome["status"] == "rejected" and Path(outcome["reason_file"]).is_file()
    code, out = run("trust", "list", "--json")
    [listed] = json.loads(out)
    assert listed["reports_received"] == 1 and listed["fingerprint"] == details.fingerprint
    header, row = run("trust", "list")[1].splitlines()
    assert " 1  " in row
    # Every column starts where its heading does: a long time never runs into the state.
    for heading, value in (("ADDED (UTC)", listed["added_at_utc"]), ("STATE", "trusted")):
        assert row.index(value) == header.index(heading)
