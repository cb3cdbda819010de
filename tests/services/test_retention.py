from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from fieldapp.core.timestamps import utc_now
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.field import FieldWorkspace, verify_log
from fieldapp.services.privacy import purge_exported
from fieldapp.store.settings import SettingsStore


def export(workspace: FieldWorkspace, survey_id: str) -> None:
    workspace.surveys.record_export(survey_id, actor="李明", what="report exported (test)")


def test_only_surveys_exported_longer_ago_than_the_retention_are_purged(
    workspace: FieldWorkspace, data_dir: Path
) -> None:
    exported = create_demo_survey(workspace, "motor")
    kept_draft = create_demo_survey(workspace, "property")
    export(workspace, exported)
    names = [p.name for p in workspace.surveys.get(exported).parties]
    photo_files = [
        workspace.photo_store.path_for(p.sha256) for p in workspace.photos.photos(exported)
    ]

    early = purge_exported(workspace, older_than_days=30, now=utc_now() + timedelta(days=29))
    assert early.surveys == ()

    later = utc_now() + timedelta(days=31)
    dry = purge_exported(workspace, older_than_days=30, dry_run=True, now=later)
    assert [c.survey_id for c in dry.surveys] == [exported]
    assert workspace.surveys.get(exported).parties  # dry run changed nothing

    report = purge_exported(workspace, older_than_days=30, photos=True, now=later)
    assert [c.survey_id for c in report.surveys] == [exported]
    purged = workspace.surveys.get(exported)
    assert purged.parties == () and purged.consents == () and purged.notes == ""
    assert purged.incident.address == "" and purged.incident.latitude is None
    assert purged.claim_number.startswith("BA")  # the tombstone keeps the claim data
    assert workspace.photos.photos(exported) == []
    assert not any(f.exists() for f in photo_files)
    assert workspace.surveys.get(kept_draft).parties  # never exported: untouched
    assert verify_log(workspace, exported).intact
    last = survey_document(workspace, exported)["events"][-1]
    assert last["kind"] == "personal_data_purged" and "30 days" in last["summary"]
    for name in names:  # nothing of the erased names is left anywhere
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert name.encode() not in path.read_bytes()
    assert purge_exported(workspace, older_than_days=30, now=later).surveys == ()


def test_the_default_retention_is_a_setting(workspace: FieldWorkspace) -> None:
    settings = SettingsStore(workspace.db)
    assert settings.get("retention_days") == 90
    survey_id = create_demo_survey(workspace, "personal_accident")
    export(workspace, survey_id)
    assert purge_exported(workspace, now=utc_now() + timedelta(days=60)).surveys == ()
    settings.set("retention_days", "45")
    report = purge_exported(workspace, now=utc_now() + timedelta(days=60), dry_run=True)
    assert report.retention_days == 45 and len(report.surveys) == 1
    from fieldapp.errors import UsageError

    with pytest.raises(UsageError, match="whole number"):
        settings.set("retention_days", "soon")
