"""The Parties & consent step over a real data folder: a signature drawn with the mouse or a
finger is stored with the consent, a blank pad is refused beside the pad, a motor survey offers
no ID-number field, edits are stored as they are made, and revealing numbers is logged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fieldapp.core.eventlog import EventKind
from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.field import record_consent, save_party, start_survey, survey_log
from fieldapp.services.parties import parties_view
from fieldapp.services.signatures import consent_signature_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.steps.parties_step import PartiesStep
from fieldapp.ui.i18n import Translations
from fieldapp.ui.names import party_field_name

ID_NUMBER = "440305199203150618"
_touch_screens: list[QPointingDevice] = []


def touch_screen() -> QPointingDevice:
    """One test touch screen, registered once the application exists."""
    if not _touch_screens:
        _touch_screens.append(QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen))
    return _touch_screens[0]


def new_survey(context: FieldContext, line: str) -> str:
    return start_survey(
        context.workspace,
        claim_number=f"BA-GUI-{line}",
        line_of_business=line,
        occurred_at=local_now(),
        surveyor="黄晓雯",
    ).survey_id


def open_page(
    qtbot: QtBot, context: FieldContext, survey_id: str, size: tuple[int, int] = (1366, 768)
) -> PartiesStep:
    """The field window opened on the survey at this step, as a surveyor reaches it."""
    window = FieldWindow(context, Translations(QApplication.instance()))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)  # touch is delivered only to a window on the screen
    window.open_survey(survey_id)
    window.survey.navigator.go_to(Step.PARTIES)
    page = window.survey.step_pages[Step.PARTIES]
    assert isinstance(page, PartiesStep) and window.survey.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.view is not None and page.survey_id == survey_id, timeout=10_000)
    return page


@pytest.fixture
def finish_background() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def fill_consent(page: PartiesStep, person: str) -> None:
    page.consent.person.setText(person)  # Chinese by setText: keyClicks would abort
    page.consent.granted.click()


def draw_with_mouse(qtbot: QtBot, page: PartiesStep) -> None:
    pad = page.consent.signature.pad
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, 40))
    for x in range(30, 260, 10):
        QTest.mouseMove(pad, QPoint(x, 40 + (x % 50)))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(260, 60)
    )


def test_a_signature_drawn_with_the_mouse_is_stored_with_the_consent(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, finish_background: None
) -> None:
    survey_id = new_survey(field_context, "property")
    page = open_page(qtbot, field_context, survey_id)
    fill_consent(page, "陈伟")
    draw_with_mouse(qtbot, page)
    qtbot.mouseClick(page.consent.record_button, Qt.MouseButton.LeftButton)
    view = parties_view(field_context.workspace, survey_id)
    assert [(c.person_name, c.answer, c.signed) for c in view.consents] == [
        ("陈伟", "granted", True)
    ]
    signature = consent_signature_of(
        field_context.workspace, survey_id, view.consents[0].consent_id, purpose="test"
    )
    assert signature is not None and signature.ink_length > 200
    assert page.consent.signature.pad.stroke_count == 0  # ready for the next person
    qtbot.waitUntil(lambda: page.consent.consents.count() == 1, timeout=10_000)
    assert "陈伟 · 同意 · 已手写签名" in page.consent.consents.item(0).text()


def test_a_signature_drawn_with_a_finger_is_stored_with_the_consent(
    qtbot: QtBot, field_context: FieldContext, finish_background: None
) -> None:
    survey_id = new_survey(field_context, "motor")
    # Touch reaches only what is on the screen, and the offscreen screen is 800 × 600.
    page = open_page(qtbot, field_context, survey_id, size=(800, 600))
    fill_consent(page, "Fang Wang")
    pad = page.consent.signature.pad
    page.scroll.ensureWidgetVisible(pad)
    finger = touch_screen()
    # PySide binds the sequence's QWindow overloads, which take screen positions.
    QTest.touchEvent(pad, finger).press(0, pad.mapToGlobal(QPoint(40, 100))).commit()
    for step in range(1, 20):
        at = pad.mapToGlobal(QPoint(40 + step * 12, 100 - step * 3))
        QTest.touchEvent(pad, finger).move(0, at).commit()
    QTest.touchEvent(pad, finger).release(0, pad.mapToGlobal(QPoint(280, 40))).commit()
    assert pad.stroke_count == 1  # one stroke: no mouse events were synthesised beside it
    page.consent.record_button.click()
    view = parties_view(field_context.workspace, survey_id)
    assert [c.signed for c in view.consents] == [True]


def test_a_blank_pad_is_refused_beside_the_pad(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, finish_background: None
) -> None:
    survey_id = new_survey(field_context, "property")
    page = open_page(qtbot, field_context, survey_id)
    fill_consent(page, "陈伟")
    page.consent.record_button.click()
    error = page.consent.signature.error
    assert error.isVisible() and error.text() == "签名板是空白的：请当事人签名。"
    assert parties_view(field_context.workspace, survey_id).consents == ()
    assert page.consent.person.text() == "陈伟"  # what was entered stays
    QTest.mouseClick(page.consent.signature.pad, Qt.MouseButton.LeftButton)  # a tap: no ink
    page.consent.record_button.click()
    assert error.text() == "这只是一个点或短划：请当事人完整签名。"
    draw_with_mouse(qtbot, page)
    assert not error.isVisible()  # signing clears the complaint
    page.consent.record_button.click()
    assert len(parties_view(field_context.workspace, survey_id).consents) == 1


def test_a_motor_survey_offers_no_id_number_field(
    qtbot: QtBot, field_context: FieldContext, finish_background: None
) -> None:
    motor = open_page(qtbot, field_context, new_survey(field_context, "motor"))
    assert list(motor.fields) == ["name", "phone", "plate", "vehicle"]
    assert motor.consent.sensitive.isHidden()  # no sensitive data to consent to
    accident = open_page(qtbot, field_context, new_survey(field_context, "personal_accident"))
    assert list(accident.fields) == ["name", "phone", "id_number"]
    assert not accident.consent.sensitive.isHidden()


def test_a_party_is_stored_as_it_is_typed_and_a_missing_basis_shows_beside_it(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, finish_background: None
) -> None:
    survey_id = new_survey(field_context, "motor")
    workspace = field_context.workspace
    consent = record_consent(
        workspace, survey_id, person_name="王芳", answer="granted", language="zh-Hans"
    )
    page = open_page(qtbot, field_context, survey_id)
    page.add_button.click()
    page.fields["name"].setText("王芳")
    page.fields["name"].textEdited.emit("王芳")  # as typing does
    with qtbot.waitSignal(page.timer.timeout, timeout=2_000):
        pass  # the debounce ran out: the page tried to store
    assert page.errors["basis"].text().startswith("请选择处理依据")
    assert workspace.surveys.get(survey_id).parties == ()
    page.basis.setCurrentIndex(page.basis.findData(f"consent:{consent.consent_id}"))
    page.basis.activated.emit(page.basis.currentIndex())
    assert [p.name for p in workspace.surveys.get(survey_id).parties] == ["王芳"]
    assert not page.errors["basis"].isVisible()
    page.fields["plate"].setText("沪A·D1234")
    page.fields["plate"].textEdited.emit("沪A·D1234")
    page.flush()  # leaving the step stores at once
    assert workspace.surveys.get(survey_id).parties[0].details == {"plate": "沪A·D1234"}


def test_revealing_phone_and_id_numbers_is_logged(
    qtbot: QtBot, field_context: FieldContext, finish_background: None
) -> None:
    survey_id = new_survey(field_context, "personal_accident")
    workspace = field_context.workspace
    consent = record_consent(
        workspace, survey_id, person_name="刘洋", answer="granted", language="zh-Hans",
        covers_sensitive=True,
    )  # fmt: skip
    save_party(workspace, survey_id, role="injured_person", name="刘洋", phone="13812345678",
               details={"id_number": ID_NUMBER}, consent_id=consent.consent_id)  # fmt: skip
    page = open_page(qtbot, field_context, survey_id)
    assert page.table.item(0, 2).text() == "138****5678"
    assert page.fields["phone"].text() == ""  # the masked value is a placeholder only
    page.fields["name"].setFocus()
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.view is not None and page.view.revealed, timeout=10_000)
    assert page.table.item(0, 2).text() == "13812345678"
    assert page.fields["id_number"].text() == ID_NUMBER
    kinds = [e.kind for e in survey_log(workspace, survey_id)]
    assert kinds.count(EventKind.PERSONAL_DATA_REVEALED) == 1
    page.fields["phone"].setText("13812345679")
    page.fields["phone"].textEdited.emit("13812345679")
    page.flush()
    qtbot.waitUntil(lambda: page.table.item(0, 2).text() == "13812345679", timeout=10_000)
    kinds = [e.kind for e in survey_log(workspace, survey_id)]
    assert kinds.count(EventKind.PERSONAL_DATA_REVEALED) == 1  # a redraw is not a new reveal


def test_another_line_of_business_shows_only_its_own_fields(
    qtbot: QtBot, field_context: FieldContext, finish_background: None
) -> None:
    motor = new_survey(field_context, "motor")
    accident = new_survey(field_context, "personal_accident")
    page = open_page(qtbot, field_context, motor)
    rows = page.form.rowCount()

    def shown_labels() -> list[str]:
        return [
            label.text()
            for label in page.form.parentWidget().findChildren(QLabel)
            if label.buddy() is not None and label.isVisibleTo(page)
        ]

    motor_labels = shown_labels()
    window = page.window()
    assert isinstance(window, FieldWindow)
    window.open_survey(accident)
    window.survey.navigator.go_to(Step.PARTIES)  # a survey opens at the step it was left at
    qtbot.waitUntil(lambda: list(page.fields) == ["name", "phone", "id_number"], timeout=10_000)
    assert page.form.rowCount() == rows - 1  # plate and vehicle gone, ID number come
    # Widgets added to a shown form are shown by a queued call once the layout activates.
    qtbot.waitUntil(lambda: party_field_name("id_number") in shown_labels(), timeout=10_000)
    assert party_field_name("plate") not in shown_labels()  # no stale field of the motor form
    window.open_survey(motor)
    window.survey.navigator.go_to(Step.PARTIES)
    qtbot.waitUntil(lambda: "plate" in page.fields, timeout=10_000)
    assert page.form.rowCount() == rows
    qtbot.waitUntil(lambda: shown_labels() == motor_labels, timeout=10_000)
