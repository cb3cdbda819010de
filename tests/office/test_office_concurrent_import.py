"""Four import processes (four desks) share one PostgreSQL database and one archive folder and
import 400 reports, each given to two of them: every input gets exactly one outcome, every
report is archived exactly once, and of two different files of one survey revision exactly one
is accepted. The unique keys of the database decide; there is no lock file."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.office.importer import OfficeWorkspace
from fieldapp.office.roles import setup_roles
from fieldapp.office.schema import rejections, reports
from tests.conftest import REPO_ROOT
from tests.office.signed_batch import ReportSigner
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgres

DESKS = 4
REPORTS = 400
RIVALS = 20  # surveys sent twice, as two different files of the same revision


def _batch(signer: ReportSigner, inbox: Path) -> tuple[list[Path], dict[str, str]]:
    """400 report files sorted by name, a rival beside its original; and file → survey id."""
    files, survey_of = [], {}
    surveys = REPORTS - RIVALS
    for n in range(surveys):
        survey_id = str(uuid.uuid4())
        claim = f"CLM-DESK-{n:05d}"
        files.append(signer.sign(inbox / f"r{n:05d}a.pdf", claim=claim, survey_id=survey_id))
        survey_of[files[-1].name] = survey_id
        if n % (surveys // RIVALS) == 0 and n // (surveys // RIVALS) < RIVALS:
            rival = signer.sign(
                inbox / f"r{n:05d}b.pdf", claim=claim, survey_id=survey_id, note="resent"
            )
            files.append(rival)
            survey_of[rival.name] = survey_id
    return sorted(files), survey_of


def test_four_desks_import_400_reports_each_exactly_once(
    postgres: PostgresServer, signer: ReportSigner, tmp_path: Path
) -> None:
    database = postgres.new_database(f"desks_{uuid.uuid4().hex[:8]}")
    desk_user = f"desk_{uuid.uuid4().hex[:8]}"
    postgres.add_login(desk_user)
    folder = tmp_path / "office"  # the shared office folder: one archive for every desk
    owner = OfficeWorkspace(folder, database)
    try:
        setup_roles(owner.db, importers=[desk_user])
        owner.trust.add(signer.certificate_file, name="tablet")
    finally:
        owner.close()
    files, survey_of = _batch(signer, tmp_path / "inbox")
    assert len(files) == REPORTS
    given = {
        desk: [f for j, f in enumerate(files) if j % DESKS in (desk, (desk + 1) % DESKS)]
        for desk in range(DESKS)
    }
    url = database.replace("postgres@", f"{desk_user}@")
    environment = postgres.environment() | {"PYTHONPATH": str(REPO_ROOT)}
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "fieldapp",
                "--data-dir",
                str(folder),
                "office",
                "import",
                "--database",
                url,
                "--json",
                *map(str, given[desk]),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
            text=True,
        )
        for desk in range(DESKS)
    ]
    results = [desk.communicate(timeout=600) for desk in desks]
    for desk, (_, err) in zip(desks, results, strict=True):
        assert desk.returncode in (0, 3), err  # 3: some were refused (the conflicts)

    by_file: dict[str, list[dict[str, object]]] = defaultdict(list)
    for desk, (out, _) in enumerate(results):
        outcomes = json.loads(out)
        # Exactly one outcome for each input of each desk, in the order given.
        assert [o["file"] for o in outcomes] == [str(f) for f in given[desk]]
        for outcome in outcomes:
            by_file[Path(str(outcome["file"])).name].append(outcome)
    assert all(len(seen) == 2 for seen in by_file.values()) and len(by_file) == REPORTS

    accepted_files = set()
    for name, seen in by_file.items():
        statuses = Counter(str(o["status"]) for o in seen)
        codes = {o["code"] for o in seen if o["status"] == "rejected"}
        assert statuses in (
            Counter(accepted=1, duplicate=1),  # the same file at two desks
            Counter(rejected=2),  # the other file of an archived revision, at both desks
        ), (name, seen)
        assert codes <= {"conflict"}, (name, seen)
        if statuses["accepted"]:
            accepted_files.add(name)
    per_survey = Counter(survey_of[name] for name in accepted_files)
    assert set(per_survey.values()) == {1} and len(per_survey) == REPORTS - RIVALS

    digests = {
        hashlib.sha256((tmp_path / "inbox" / n).read_bytes()).hexdigest() for n in accepted_files
    }
    office = OfficeWorkspace(folder, url)
    try:
        archived = office.db.rows(select(reports.c.report_sha256, reports.c.imported_by))
        refused = office.db.rows(select(rejections.c.code, rejections.c.file_sha256))
    finally:
        office.close()
    assert {r["report_sha256"] for r in archived} == digests and len(archived) == len(digests)
    assert {r["imported_by"] for r in archived} == {desk_user}
    assert {r["code"] for r in refused} == {"conflict"}
    assert not {r["file_sha256"] for r in refused} & digests
    on_disk = sorted((folder / "archive").rglob("*.pdf"))
    assert sorted(p.stem for p in on_disk) == sorted(digests)  # each accepted report once
    assert all(hashlib.sha256(p.read_bytes()).hexdigest() == p.stem for p in on_disk)
    assert not [p for p in folder.rglob(".partial-*")]  # no temporary file left behind
