"""The Start step over a real data folder: what is typed is stored through the services (after
a pause, on leaving a field, on leaving the step), a refused value stays in its field with the
reason beside it, the line of business is shown and fixed, a signed survey is read-only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.field import start_survey, survey_log, survey_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.steps.start_step import StartStepPage
from fieldapp.ui.i18n import Translations

TOKYO = timezone(timedelta(hours=9))


@pytest.fixture
def survey_id(field_context: FieldContext) -> str:
    return start_survey(
        field_context.workspace,
        claim_number="CLM-START-1",
        line_of_business="property",
        occurred_at=datetime(2026, 1, 5, 9, 30, tzinfo=TOKYO),
        surveyor="赵静",
        address="上海市浦东新区世纪大道 100 号",
    ).survey_id


@pytest.fixture
def window(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, survey_id: str
) -> Iterator[FieldWindow]:
    shown = FieldWindow(field_context, translations)
    qtbot.addWidget(shown)
    shown.show()
    shown.open_survey(survey_id)
    yield shown
    shown.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)


def start_page(qtbot: QtBot, window: FieldWindow) -> StartStepPage:
    page = window.survey.step_pages[Step.START]
    assert isinstance(page, StartStepPage)
    qtbot.waitUntil(lambda: page.claim.isEnabled(), timeout=10_000)
    return page


def test_typing_is_stored_after_a_pause_and_on_leaving_a_field(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = start_page(qtbot, window)
    assert page.claim.text() == "CLM-START-1"
    assert page.address.toPlainText() == "上海市浦东新区世纪大道 100 号"
    assert page.line.text() == "财产险"  # shown in the UI language, not editable
    assert "安全检查清单" in page.line_hint.text()
    page.policy.setFocus()
    qtbot.keyClicks(page.policy, "POL-42")
    qtbot.waitUntil(
        lambda: survey_of(field_context.workspace, survey_id).policy_number == "POL-42",
        timeout=5_000,
    )  # no Save button and no leaving the field: the pause is enough
    page.description.setFocus()
    page.description.insertPlainText("水管破裂，地板受潮")
    page.latitude.setFocus()  # leaving the description stores it at once
    assert survey_of(field_context.workspace, survey_id).incident.description == (
        "水管破裂，地板受潮"
    )
    qtbot.keyClicks(page.latitude, "31.2304")
    qtbot.keyClicks(page.longitude, "121.4737")
    page.flush()  # leaving the step
    incident = survey_of(field_context.workspace, survey_id).incident
    assert (incident.latitude, incident.longitude) == (31.2304, 121.4737)
    kinds = [e.kind for e in survey_log(field_context.workspace, survey_id)]
    assert kinds.count("start_edited") >= 3
    assert page.saved.text().startswith("已于")


def test_a_refused_value_stays_with_the_reason_and_the_others_are_stored(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = start_page(qtbot, window)
    page.claim.clear()
    page.claim.textEdited.emit("")
    page.latitude.setText("95")
    page.longitude.setText("北纬")
    page.address.setPlainText("上海市徐汇区")
    page.flush()
    survey = survey_of(field_context.workspace, survey_id)
    assert survey.claim_number == "CLM-START-1"  # refused: not stored
    assert survey.incident.address == "上海市徐汇区"  # stored although others were refused
    assert page.claim.text() == "" and page.fields["claim_number"].error.text()
    assert page.fields["claim_number"].error.text() != "usage"  # a sentence, never a code
    assert page.fields["location"].error.text() == "纬度和经度是度数，例如 25.0330。"
    page.longitude.setText("121.5")
    page.flush()
    assert page.fields["location"].error.text() == "纬度是 -90 到 90 之间的度数。"
    page.latitude.setText("31.5")
    page.flush()
    assert page.fields["location"].error.text() == ""
    assert survey_of(field_context.workspace, survey_id).incident.latitude == 31.5


def test_the_incident_time_is_shown_in_this_devices_zone_with_its_offset(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = start_page(qtbot, window)
    local = datetime(2026, 1, 5, 9, 30, tzinfo=TOKYO).astimezone()
    assert page.occurred_at.dateTime().toPython() == local.replace(tzinfo=None)
    offset = local.strftime("%z")
    assert f"UTC{offset[:3]}:{offset[3:]}" in page.offset.text()
    page.occurred_at.setFocus()
    page.occurred_at.setDateTime(page.occurred_at.dateTime().addSecs(-3600))
    qtbot.keyClick(page.occurred_at, Qt.Key.Key_Return)  # Enter stores at once
    stored = survey_of(field_context.workspace, survey_id).incident.occurred_at
    assert stored == datetime(2026, 1, 5, 8, 30, tzinfo=TOKYO)
    assert stored.utcoffset() == local.utcoffset()  # recorded in the device's zone now


def test_a_signed_survey_is_read_only_and_says_how_to_correct_it(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, survey_id: str
) -> None:
    field_context.workspace.surveys.finish(survey_id, actor="赵静", at=local_now())
    shown = FieldWindow(field_context, translations)
    qtbot.addWidget(shown)
    shown.show()
    shown.open_survey(survey_id)
    page = shown.survey.step_pages[Step.START]
    assert isinstance(page, StartStepPage)
    qtbot.waitUntil(lambda: page.survey is not None, timeout=10_000)
    assert not page.claim.isEnabled() and "修订" in page.saved.text()
    shown.close()
    QThreadPool.globalInstance().waitForDone(10_000)
