"""The Safety step over a real data folder: each toggle is stored at once, a note after a pause
or on leaving it; a required "no" without its note is refused beside the note and not stored;
Y/N/A and the arrow keys answer from the keyboard; the emergency skip asks for its reason and
is shown on the page and in the navigator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from fieldapp.core.progress import Step
from fieldapp.core.survey import SafetyAnswerValue
from fieldapp.core.timestamps import local_now
from fieldapp.services.field import safety_checklist, start_survey, survey_log, survey_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.steps.safety_step import SafetyStepPage
from fieldapp.ui.i18n import Translations
from fieldapp.ui.theme import MIN_TARGET_PX


@pytest.fixture
def survey_id(field_context: FieldContext) -> str:
    return start_survey(
        field_context.workspace,
        claim_number="CLM-SAFE-1",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="赵静",
    ).survey_id


@pytest.fixture
def window(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, survey_id: str
) -> Iterator[FieldWindow]:
    shown = FieldWindow(field_context, translations)
    qtbot.addWidget(shown)
    shown.show()
    shown.open_survey(survey_id)
    shown.survey.navigator.go_to(Step.SAFETY)
    yield shown
    shown.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)


def safety_page(qtbot: QtBot, window: FieldWindow) -> SafetyStepPage:
    page = window.survey.step_pages[Step.SAFETY]
    assert isinstance(page, SafetyStepPage)
    qtbot.waitUntil(lambda: bool(page.rows), timeout=10_000)
    return page


def answers(field_context: FieldContext, survey_id: str) -> dict[str, tuple[str, str]]:
    return {
        row.item.item_id: (row.answer.answer.value, row.answer.note)
        for row in safety_checklist(field_context.workspace, survey_id)
        if row.answer is not None
    }


def test_a_toggle_is_stored_at_once_and_a_required_no_asks_for_its_note(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = safety_page(qtbot, window)
    first, second = page.rows[0], page.rows[1]
    assert first.question.text().startswith("<b>伤者已得到救助")
    yes = first.buttons[SafetyAnswerValue.YES]
    assert yes.minimumHeight() >= MIN_TARGET_PX and yes.accessibleName()
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert answers(field_context, survey_id) == {first.item.item_id: ("yes", "")}
    no = list(second.buttons.values())[1]
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert second.item.item_id not in answers(field_context, survey_id)  # refused: no note
    assert second.note_error.text().startswith("必答项答“否”时须填写备注")
    assert no.isChecked()  # what the user chose stays on the screen
    second.note.insert("三角牌遗失，已用锥桶代替")
    second.note.textEdited.emit(second.note.text())
    qtbot.waitUntil(
        lambda: second.item.item_id in answers(field_context, survey_id), timeout=5_000
    )  # stored after the pause in typing
    assert answers(field_context, survey_id)[second.item.item_id] == (
        "no",
        "三角牌遗失，已用锥桶代替",
    )
    assert second.note_error.text() == ""
    kinds = [e.kind for e in survey_log(field_context.workspace, survey_id)]
    assert kinds.count("safety_answered") == 2


def test_the_keyboard_answers_with_y_n_a_and_the_arrows(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = safety_page(qtbot, window)
    third = page.rows[2]
    third.setFocus()
    qtbot.keyClick(third, Qt.Key.Key_A)
    assert answers(field_context, survey_id)[third.item.item_id] == ("not_applicable", "")
    qtbot.keyClick(third, Qt.Key.Key_Left)  # from not applicable back to no: needs a note
    assert answers(field_context, survey_id)[third.item.item_id] == ("not_applicable", "")
    assert third.note_error.text() and third.note.hasFocus()
    third.setFocus()
    qtbot.keyClick(third, Qt.Key.Key_Y)
    assert answers(field_context, survey_id)[third.item.item_id] == ("yes", "")
    assert third.accessibleName().endswith(": 是")


def test_a_note_typed_and_the_step_left_is_stored(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = safety_page(qtbot, window)
    row = page.rows[0]
    qtbot.mouseClick(row.buttons[SafetyAnswerValue.YES], Qt.MouseButton.LeftButton)
    row.note.insert("救护车已到场")
    row.note.textEdited.emit(row.note.text())
    window.survey.navigator.go_to(Step.START)  # leaving the step stores what was typed
    assert answers(field_context, survey_id)[row.item.item_id] == ("yes", "救护车已到场")


def test_the_emergency_skip_asks_for_a_reason_and_is_shown(
    qtbot: QtBot, window: FieldWindow, field_context: FieldContext, survey_id: str
) -> None:
    page = safety_page(qtbot, window)
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.reason.setPlainText("火")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()  # too short: said, not stored
    assert survey_of(field_context.workspace, survey_id).emergency_skip is None
    dialog.reason.setPlainText("火势蔓延至邻屋，消防队在场，立即取证")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert survey_of(field_context.workspace, survey_id).emergency_skip is not None
    qtbot.waitUntil(lambda: page.skip_banner.isVisible(), timeout=10_000)
    assert "火势蔓延至邻屋" in page.skip_banner.text() and "UTC" in page.skip_banner.text()
    assert not page.skip_button.isVisible()
    navigator = window.survey.navigator
    qtbot.waitUntil(lambda: "已记录紧急跳过" in navigator.item(1).text(), timeout=10_000)
