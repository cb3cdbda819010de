"""The office on a real PostgreSQL server: the same queries as on SQLite, roles the server
enforces, and who made each change."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from fieldapp.errors import OfficeDatabaseError, OfficeNotPermitted
from fieldapp.office.archive import ReportFilter, latest_reports, rejection_counts, survey_history
from fieldapp.office.archive_detail import report_detail
from fieldapp.office.archive_listing import archive_choices, archive_listing
from fieldapp.office.figures import figures_for_period
from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
from fieldapp.office.roles import IMPORTER_ROLE, VIEWER_ROLE, setup_roles
from fieldapp.office.schema import rejections, reports, trusted_devices
from tests.conftest import CliRun
from tests.office.signed_batch import ReportSigner
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def database(postgres: PostgresServer) -> str:
    return postgres.new_database(f"office_{uuid.uuid4().hex[:12]}")


def test_the_office_works_on_postgresql_with_the_same_queries(
    database: str, signer: ReportSigner, tmp_path: Path
) -> None:
    from fieldapp.core.service_figures import Period

    inbox = tmp_path / "inbox"
    first = signer.sign(inbox / "a.pdf", claim="CLM-PG-000001")
    survey_id = str(uuid.uuid4())
    second = signer.sign(inbox / "b.pdf", claim="CLM-PG-000002", survey_id=survey_id)
    rival = signer.sign(inbox / "c.pdf", claim="CLM-PG-000002", survey_id=survey_id, note="x")
    (inbox / "letter.pdf").write_text("Dear office")
    office = OfficeWorkspace(tmp_path / "office", database)
    try:
        office.trust.add(signer.certificate_file, name="李明的平板")
        outcomes = import_reports(office, [first, second, rival, inbox / "letter.pdf"])
        assert [o.status for o in outcomes] == [
            Status.ACCEPTED,
            Status.ACCEPTED,
            Status.REJECTED,
            Status.REJECTED,
        ]
        assert outcomes[2].code == "conflict"
        [again] = import_reports(office, [first])
        assert again.status is Status.DUPLICATE
        assert not (tmp_path / "office" / "office.db").exists()  # everything is on the server
        listed = latest_reports(office.db, ReportFilter(number="pg-000002"))  # any case, as SQLite
        assert [r["claim_number"] for r in listed] == ["CLM-PG-000002"]
        surveyor = listed[0]["surveyor"]
        assert len(latest_reports(office.db, ReportFilter(surveyor=surveyor[1:]))) == 2
        listing = archive_listing(office.db, sort="incident")
        assert len(listing.keys) == 2 and {r["device_name"] for r in listing.first_page} == {
            "李明的平板"
        }
        assert archive_choices(office.db).surveyors
        assert rejection_counts(office.db) == {"conflict": 1, "not_pdf": 1}
        assert survey_history(office.db, "CLM-PG-000001")[0]["revision"] == 1
        detail = report_detail(office.db, office.data_dir, listing.keys[0])
        assert detail.signer.device_name == "李明的平板" and detail.pdf.is_file()
        assert figures_for_period(office.db, Period()).report_count == 2
        user = office.db.rows(select(reports.c.imported_by))[0]["imported_by"]
        assert user == "postgres"  # current_user on the server
    finally:
        office.close()


def test_a_viewer_can_read_but_the_server_refuses_its_import_and_trust_changes(
    postgres: PostgresServer, database: str, signer: ReportSigner, tmp_path: Path
) -> None:
    suffix = uuid.uuid4().hex[:8]
    importer, viewer = f"desk_{suffix}", f"view_{suffix}"
    postgres.add_login(importer)
    postgres.add_login(viewer)
    folder = tmp_path / "office"
    owner = OfficeWorkspace(folder, database)
    try:
        roles = setup_roles(owner.db, importers=[importer], viewers=[viewer])
        assert roles.granted == [(importer, IMPORTER_ROLE), (viewer, VIEWER_ROLE)]
    finally:
        owner.close()
    as_importer = database.replace("postgres@", f"{importer}@")
    as_viewer = database.replace("postgres@", f"{viewer}@")

    desk = OfficeWorkspace(folder, as_importer)
    try:
        device = desk.trust.add(signer.certificate_file, name="tablet")
        report = signer.sign(tmp_path / "in" / "r.pdf", claim="CLM-ROLE-1")
        [accepted] = import_reports(desk, [report])
        assert accepted.status is Status.ACCEPTED
        [refused] = import_reports(desk, [tmp_path / "in" / "missing.pdf"])
        assert refused.status is Status.REJECTED  # an importer records refusals too
        assert desk.db.rows(select(reports.c.imported_by)) == [{"imported_by": importer}]
        assert desk.db.rows(select(rejections.c.recorded_by)) == [{"recorded_by": importer}]
        assert desk.trust.changed_by(device.fingerprint) == (importer, "")
    finally:
        desk.close()

    office = OfficeWorkspace(folder, as_viewer)
    try:
        assert [r["claim_number"] for r in latest_reports(office.db)] == ["CLM-ROLE-1"]
        other = signer.sign(tmp_path / "in" / "s.pdf", claim="CLM-ROLE-2")
        outcomes = import_reports(office, [other, tmp_path / "in" / "missing.pdf"])
        assert {o.status for o in outcomes} == {Status.NOT_IMPORTED}
        assert outcomes[0].code == "office_not_permitted"
        assert f"does not allow {viewer} to import reports" in outcomes[0].message
        with pytest.raises(OfficeNotPermitted, match="change the trusted devices"):
            office.trust.revoke(device.fingerprint)
        with pytest.raises(OfficeNotPermitted):
            office.trust.add(signer.certificate_file, name="mine")
        assert office.db.count(reports) == 1 and office.db.count(rejections) == 1
        assert not list((folder / "quarantine").rglob("s.pdf"))  # no file left by a refusal
        [row] = office.db.rows(select(trusted_devices.c.revoked_at_utc))
        assert row["revoked_at_utc"] is None
    finally:
        office.close()


def test_the_command_line_says_a_refused_change_in_one_line(
    postgres: PostgresServer, database: str, signer: ReportSigner, tmp_path: Path, cli: CliRun
) -> None:
    viewer = f"view_{uuid.uuid4().hex[:8]}"
    postgres.add_login(viewer)
    office = CliRun(tmp_path / "office", cli.capsys)
    code, out, _ = office("office", "setup-roles", "--database", database, "--viewer", viewer)
    assert code == 0 and f"granted fieldapp_viewer to {viewer}" in out
    as_viewer = database.replace("postgres@", f"{viewer}@")
    code, _, err = office(
        "office", "trust", "add", str(signer.certificate_file), "--database", as_viewer
    )
    assert code == 1
    assert err.strip() == (
        f"fieldapp: The office database does not allow {viewer} to change the trusted devices; "
        "nothing was changed. Ask the office's database administrator for the importer role."
    )
    code, out, _ = office("office", "trust", "list", "--database", as_viewer)
    assert code == 0 and "No device is trusted yet" in out


def test_roles_are_refused_on_a_sqlite_office(tmp_path: Path, cli: CliRun) -> None:
    office = CliRun(tmp_path / "office", cli.capsys)
    code, _, err = office("office", "setup-roles")
    assert code == 2 and "only on a PostgreSQL office database" in err


@pytest.mark.parametrize("password", ["wrong-password", None])
def test_a_refused_login_is_said_as_such_not_as_a_server_out_of_reach(
    postgres: PostgresServer,
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    password: str | None,
) -> None:
    user = f"desk_{uuid.uuid4().hex[:8]}"
    postgres.add_login(user)
    # The password file holds the right one: PGPASSWORD is tried first when set; a file
    # without the user's line gives no password at all.
    if password is None:
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "empty-passfile"))
        (tmp_path / "empty-passfile").write_text("")
        (tmp_path / "empty-passfile").chmod(0o600)
    else:
        monkeypatch.setenv("PGPASSWORD", password)
    url = make_url(database).set(username=user).render_as_string(hide_password=False)
    with pytest.raises(OfficeDatabaseError) as refused:
        OfficeWorkspace(tmp_path / "office", url)
    assert refused.value.params["reason"] == OfficeDatabaseError.LOGIN_REFUSED, refused.value
    assert "refused the login" in str(refused.value)
