"""The field window over a real data folder: the survey list (model/view, search as you type,
filters, Enter opens), the step navigator (states and what blocks them, Ctrl+1…7, the step a
survey was left at), and the language switched without a restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from fieldapp.core.progress import Step, StepStatus
from fieldapp.core.timestamps import local_now
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import start_survey
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.i18n import Translations
from fieldapp.ui.preferences import LANGUAGE


@pytest.fixture
def window(
    qtbot: QtBot, field_context: FieldContext, translations: Translations
) -> Iterator[FieldWindow]:
    workspace = field_context.workspace
    create_demo_survey(workspace, "motor")
    create_demo_survey(workspace, "property")
    start_survey(
        workspace,
        claim_number="CLM-NEW-1",
        line_of_business="property",
        occurred_at=local_now(),
        surveyor="赵静",
        policy_number="POL-77-PROP",
    )
    shown = FieldWindow(field_context, translations)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.home.model.rowCount() == 3, timeout=10_000)
    yield shown
    shown.close()
    QThreadPool.globalInstance().waitForDone(10_000)  # outcomes reach this window, not the next
    qtbot.wait(50)


def visible_claims(window: FieldWindow) -> list[str]:
    table = window.home.filtered
    return sorted(table.index(row, 0).data() for row in range(table.rowCount()))


def test_the_list_searches_as_you_type_and_filters(qtbot: QtBot, window: FieldWindow) -> None:
    home = window.home
    assert home.model.headerData(6, Qt.Orientation.Horizontal) == "尚缺"
    new_row = next(r for r in home.model.rows if r.overview.summary.claim_number == "CLM-NEW-1")
    assert not new_row.progress.complete  # safety, parties and shots are missing
    home.search.setText("pol-77")  # a policy number, any case
    assert visible_claims(window) == ["CLM-NEW-1"]
    home.search.clear()
    home.line.setCurrentIndex(home.line.findData("motor"))
    assert len(visible_claims(window)) == 1 and visible_claims(window) != ["CLM-NEW-1"]
    home.line.setCurrentIndex(0)
    home.status.setCurrentIndex(home.status.findData("finished"))
    assert visible_claims(window) == [] and home.empty.isVisible()
    assert home.empty.text() == "没有符合搜索条件的查勘。"


def test_enter_opens_a_survey_whose_navigator_says_what_blocks_each_step(
    qtbot: QtBot, window: FieldWindow
) -> None:
    home = window.home
    home.search.setText("CLM-NEW-1")
    home.table.setFocus()
    home.table.setCurrentIndex(home.filtered.index(0, 0))
    qtbot.keyClick(home.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.survey
    navigator = window.survey.navigator
    qtbot.waitUntil(lambda: navigator.progress is not None, timeout=10_000)
    states = {s.step: s for s in navigator.progress.steps}
    assert states[Step.SAFETY].status is StepStatus.ATTENTION
    assert states[Step.PHOTOS].status is StepStatus.BLOCKED
    photos_item = navigator.item(3)
    assert "已锁定" in photos_item.text() and "须先完成现场安全检查" in photos_item.text()
    assert "CLM-NEW-1" in window.survey.title.text()


def test_ctrl_number_jumps_and_a_survey_reopens_at_the_step_it_was_left(
    qtbot: QtBot, window: FieldWindow
) -> None:
    survey_id = window.home.model.rows[0].survey_id
    window.open_survey(survey_id)
    qtbot.keySequence(window, QKeySequence("Ctrl+5"))
    assert window.survey.current_step is Step.DAMAGE
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.home
    window.open_survey(window.home.model.rows[1].survey_id)
    assert window.survey.current_step is Step.START  # never opened: its first step
    window.open_survey(survey_id)
    assert window.survey.current_step is Step.DAMAGE


def test_switching_the_language_takes_effect_without_a_restart(
    qtbot: QtBot, window: FieldWindow
) -> None:
    assert window.home.new_button.text() == "新建查勘"
    window.use_language("en")
    qtbot.waitUntil(lambda: window.home.new_button.text() == "New survey")
    assert window.home.model.headerData(6, Qt.Orientation.Horizontal) == "Still missing"
    assert window.context.preferences.get(LANGUAGE) == "en"
    window.use_language("zh-Hant")
    qtbot.waitUntil(lambda: window.home.new_button.text() == "新增查勘")


def test_the_list_says_what_is_still_to_sign_when_nothing_is_required(window: FieldWindow) -> None:
    model = window.home.model
    column = model.COLUMNS.index("missing")
    ready = [r for r, row in enumerate(model.rows) if not row.progress.missing]
    assert ready, "the demo survey is complete"
    for r in ready:
        shown = model.index(r, column).data()
        unsigned = model.rows[r].progress.unsigned
        assert shown.startswith("无必填项；尚待签名：") == bool(unsigned), shown
        if unsigned:
            assert "被保险人" in shown  # the demo's insured has not signed the report
