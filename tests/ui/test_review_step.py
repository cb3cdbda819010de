"""Review & sign over a real data folder: each entry of the completeness list leads to its step
and focuses the field that meets it; a blank pad is refused beside it; the surveyor's and the
insured's signatures (or the insured's recorded refusal) are stored through the services; the
report's preview is built in the background by the export's layout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from fieldapp.core.eventlog import EventKind
from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import start_survey, survey_log
from fieldapp.services.hand_signatures import signatures_of, strokes_for_report
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.steps.damage_step import DamageStepPage
from fieldapp.ui.field.steps.parties_step import PartiesStep
from fieldapp.ui.field.steps.review_step import ReviewStepPage
from fieldapp.ui.field.steps.safety_item import SafetyItemRow
from fieldapp.ui.field.steps.safety_step import SafetyStepPage
from fieldapp.ui.i18n import Translations


@pytest.fixture(autouse=True)
def finish_background() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


def open_review(qtbot: QtBot, context: FieldContext, survey_id: str) -> FieldWindow:
    window = FieldWindow(context, Translations(QApplication.instance()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_survey(survey_id)
    window.survey.go_to(Step.REVIEW)
    page = review_page(window)
    qtbot.waitUntil(lambda: page.sheet is not None and page.survey_id == survey_id, timeout=10_000)
    return window


def review_page(window: FieldWindow) -> ReviewStepPage:
    page = window.survey.step_pages[Step.REVIEW]
    assert isinstance(page, ReviewStepPage)
    return page


def entry_button(page: ReviewStepPage, code: str, subject: str = "") -> QPushButton:
    entries = page.completeness.entries or ()
    for button, entry in zip(page.completeness.buttons, entries, strict=True):
        if entry.need.code == code and (not subject or entry.need.subject == subject):
            return button
    raise AssertionError(f"no entry {code} {subject} in {[e.need.code for e in entries]}")


def draw(qtbot: QtBot, pad: QPushButton) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, 40))
    for x in range(30, 300, 10):
        QTest.mouseMove(pad, QPoint(x, 40 + (x % 60)))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 70)
    )


def test_an_entry_leads_to_its_step_and_focuses_the_field(
    qtbot: QtBot, field_context: FieldContext
) -> None:
    survey_id = start_survey(
        field_context.workspace,
        claim_number="BA-REVIEW-1",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="黄晓雯",
    ).survey_id
    window = open_review(qtbot, field_context, survey_id)
    page = review_page(window)
    entries = page.completeness.entries or ()
    first_item = next(e.need.subject for e in entries if e.need.code == "safety_unanswered")
    assert entry_button(page, "safety_unanswered", first_item).text().endswith("(needed to export)")
    qtbot.mouseClick(entry_button(page, "safety_unanswered", first_item), Qt.MouseButton.LeftButton)
    safety = window.survey.step_pages[Step.SAFETY]
    assert isinstance(safety, SafetyStepPage)
    assert window.survey.pages.currentWidget() is safety
    assert window.survey.current_step is Step.SAFETY
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), SafetyItemRow), timeout=10_000)
    focused = QApplication.focusWidget()
    assert isinstance(focused, SafetyItemRow) and focused.item.item_id == first_item
    assert not focused.visibleRegion().isEmpty()  # scrolled into view

    window.survey.go_to(Step.REVIEW)
    entry_button(page, "no_parties").click()
    parties = window.survey.step_pages[Step.PARTIES]
    assert isinstance(parties, PartiesStep)
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is parties.fields.get("name"), timeout=10_000
    )

    window.survey.go_to(Step.REVIEW)
    entry_button(page, "surveyor_signature_missing").click()
    assert window.survey.pages.currentWidget() is page
    assert QApplication.focusWidget() is page.panels["surveyor"].box.pad


def test_an_item_without_a_photo_is_chosen_at_its_photo_list(
    qtbot: QtBot, field_context: FieldContext
) -> None:
    from decimal import Decimal

    from fieldapp.core.damage import DamageItem
    from fieldapp.services.damage import save_damage_item

    survey_id = create_demo_survey(field_context.workspace, "property")
    saved = save_damage_item(
        field_context.workspace,
        survey_id,
        DamageItem(
            description="书架倒塌",
            area="书房",
            kind="倒塌",
            severity="moderate",
            action="replace",
            causal_link="水浸后木板变形",
            method="market_value",
            assessed_value=Decimal("300"),
        ),
    )
    window = open_review(qtbot, field_context, survey_id)
    page = review_page(window)
    qtbot.waitUntil(
        lambda: any(
            e.need.code == "damage_without_evidence" for e in page.completeness.entries or ()
        ),
        timeout=10_000,
    )
    entry_button(page, "damage_without_evidence").click()
    damage = window.survey.step_pages[Step.DAMAGE]
    assert isinstance(damage, DamageStepPage)
    qtbot.waitUntil(lambda: damage.editing == saved.damage_id, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is damage.editor.photos, timeout=10_000)


def test_a_blank_pad_is_refused_and_signatures_are_stored(
    qtbot: QtBot, field_context: FieldContext
) -> None:
    workspace = field_context.workspace
    survey_id = create_demo_survey(workspace, "motor")
    window = open_review(qtbot, field_context, survey_id)
    page = review_page(window)
    surveyor, insured = page.panels["surveyor"], page.panels["insured"]
    survey = workspace.surveys.get(survey_id)
    insured_name = next(p.name for p in survey.parties if p.role == "insured")
    assert survey.surveyor in surveyor.signer.text() and insured_name in insured.signer.text()

    qtbot.mouseClick(surveyor.sign_button, Qt.MouseButton.LeftButton)
    assert surveyor.box.error.isVisible()
    assert surveyor.box.error.text() == "The signature pad is blank: ask the person to sign."
    assert signatures_of(workspace, survey_id) == []

    draw(qtbot, surveyor.box.pad)
    assert not surveyor.box.error.isVisible()  # the person is signing: the complaint is stale
    qtbot.mouseClick(surveyor.sign_button, Qt.MouseButton.LeftButton)
    stored = signatures_of(workspace, survey_id)
    assert [(s.role, s.signed) for s in stored] == [("surveyor", True)]
    assert surveyor.stored.text().startswith("Signed at ")
    strokes = strokes_for_report(workspace, survey_id, full=False, purpose="test")
    assert strokes["surveyor"].ink_length > 200

    qtbot.mouseClick(insured.decline_button, Qt.MouseButton.LeftButton)
    assert insured.reason_error.isVisible()  # no reason given
    insured.reason.setText("被保险人不在现场")
    qtbot.mouseClick(insured.decline_button, Qt.MouseButton.LeftButton)
    assert [s.signed for s in signatures_of(workspace, survey_id)] == [True, False]
    assert "被保险人不在现场" in insured.stored.text()
    assert survey_log(workspace, survey_id)[-1].kind == EventKind.HAND_SIGNATURE_RECORDED
    qtbot.waitUntil(lambda: page.completeness.entries == (), timeout=10_000)
    assert page.completeness.summary.text() == "Nothing is missing: the report can be exported."

    # The insured signs after all: the refusal is replaced by the signature.
    assert insured.again_button.isVisible() and insured.again_button.text() == "Sign &now"
    assert not insured.box.isVisible()  # a stored answer is not drawn back
    qtbot.mouseClick(insured.again_button, Qt.MouseButton.LeftButton)
    assert insured.box.isVisible() and QApplication.focusWidget() is insured.box.pad
    draw(qtbot, insured.box.pad)
    qtbot.mouseClick(insured.sign_button, Qt.MouseButton.LeftButton)
    assert [s.signed for s in signatures_of(workspace, survey_id)] == [True, True]
    assert not insured.box.isVisible() and insured.again_button.text() == "Sign a&gain"


def test_the_preview_is_built_in_the_background_and_rebuilt_on_a_change(
    qtbot: QtBot, field_context: FieldContext
) -> None:
    survey_id = create_demo_survey(field_context.workspace, "motor")
    window = open_review(qtbot, field_context, survey_id)
    preview = review_page(window).preview
    # Asked for on showing the page, built by a worker: the UI thread does not wait for it.
    qtbot.waitUntil(lambda: preview.operation is not None, timeout=10_000)
    assert preview.state.text() == "Building the preview…" or preview.page_count > 0
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=60_000)
    assert preview.state.text().endswith("page(s).") or "page" in preview.state.text()
    first = preview.generation
    field_context.changes.changed.emit(survey_id)
    qtbot.waitUntil(lambda: preview.generation > first, timeout=10_000)
    qtbot.waitUntil(lambda: preview.state.property("shown") == "shown", timeout=60_000)
    assert preview.page_count > 0
