"""The damage & valuation step through its real widgets over a real data folder: an item typed
into the editor is assessed live before it is stored and stored with its event; the editor
shows only the fields of the chosen valuation method; a refused value says why beside its field
and stores nothing; ticking a thumbnail links the photo; Delete asks before removing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from fieldapp.core.damage import DamageItem
from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.damage import save_damage_item
from fieldapp.services.damage_forms import damage_sheet
from fieldapp.services.field import record_emergency_skip, start_survey, survey_log
from fieldapp.services.photos import add_photos
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.damage_step import DamageStepPage
from fieldapp.ui.field.survey_page import SurveyPage
from fieldapp.ui.i18n import Translations


def _survey(context: FieldContext, line: str) -> str:
    return start_survey(
        context.workspace,
        claim_number=f"CLM-DMG-{line}",
        line_of_business=line,
        occurred_at=local_now(),
        surveyor="赵静",
    ).survey_id


@contextmanager
def _open(qtbot: QtBot, context: FieldContext, survey_id: str) -> Iterator[DamageStepPage]:
    survey = SurveyPage(context)
    qtbot.addWidget(survey)
    survey.resize(1366, 768)
    survey.show()
    qtbot.waitExposed(survey)
    survey.activateWindow()
    survey.open(survey_id)
    survey.navigator.go_to(Step.DAMAGE)
    page = survey.step_pages[Step.DAMAGE]
    assert isinstance(page, DamageStepPage)
    qtbot.waitUntil(lambda: page.sheet is not None, timeout=10_000)
    yield page
    survey.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)


@pytest.fixture
def property_page(
    qtbot: QtBot, field_context: FieldContext, translations: Translations
) -> Iterator[DamageStepPage]:
    with _open(qtbot, field_context, _survey(field_context, "property")) as page:
        yield page


def _line(page: DamageStepPage, name: str) -> QLineEdit:
    field = page.editor.field(name)
    assert isinstance(field, QLineEdit)
    return field


def test_a_replacement_cost_item_is_assessed_as_typed_then_stored(
    qtbot: QtBot, property_page: DamageStepPage, field_context: FieldContext
) -> None:
    page, workspace = property_page, field_context.workspace
    assert page.assessment.indemnity_text == "建议赔款：0.00 CNY"
    page.save_timer.setInterval(600_000)  # while typing, nothing is stored until a field is left
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.editing_new and page.editor.field("description").hasFocus()
    _line(page, "description").insert("客厅实木地板")
    cause = page.editor.field("causal_link")
    assert isinstance(cause, QPlainTextEdit)
    cause.insertPlainText("水渍线高 40 cm，与 11 月 20 日暴雨积水一致")
    _line(page, "quantity").clear()
    qtbot.keyClicks(_line(page, "quantity"), "2")
    qtbot.keyClicks(_line(page, "unit_cost"), "1,234.50")
    qtbot.waitUntil(
        lambda: page.assessment.indemnity_text == "建议赔款：2,469.00 CNY", timeout=5_000
    )
    assert page.assessment.state.text().startswith("包含正在输入的内容")
    assert ("损失总额：1 项受损标的价值合计 2,469.00。", "2,469.00 CNY") in (
        page.assessment.step_texts()
    )
    assert damage_sheet(workspace, page.survey_id).items == ()  # not stored yet

    qtbot.keyClick(_line(page, "unit_cost"), Qt.Key.Key_Return)  # leaving the field stores it
    [stored] = damage_sheet(workspace, page.survey_id).items
    assert (stored.description, stored.quantity, stored.unit_cost) == (
        "客厅实木地板", Decimal(2), Decimal("1234.50"),
    )  # fmt: skip
    assert stored.method.value == "replacement_cost" and stored.severity is None
    assert any(e.kind == "damage_saved" for e in survey_log(workspace, page.survey_id))
    qtbot.waitUntil(lambda: page.assessment.state.text() == "按已保存的数据计算。", timeout=5_000)
    assert page.assessment.indemnity_text == "建议赔款：2,469.00 CNY"
    assert page.items.rowCount() == 1
    assert page.items.index(0, 1).data() == "2,469.00 CNY"


def test_switching_the_method_shows_only_its_fields(
    qtbot: QtBot, property_page: DamageStepPage
) -> None:
    page = property_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.editing_new and page.editor.field("method").isEnabled()
    shown = {n for n in page.editor.rows.widgets if page.editor.field(n).isVisibleTo(page)}
    assert {"quantity", "unit_cost", "depreciation_percent", "depreciation_basis"} <= shown
    assert not {"assessed_value", "appraiser", "appraisal_basis", "repair_line"} & shown
    method = page.editor.field("method")
    method.setFocus()
    qtbot.keyClick(method, Qt.Key.Key_Down)  # market value
    assert method.currentData() == "market_value"  # type: ignore[attr-defined]
    shown = {n for n in page.editor.rows.widgets if page.editor.field(n).isVisibleTo(page)}
    assert {"assessed_value", "salvage", "causal_link"} <= shown
    assert not {"quantity", "unit_cost", "depreciation_percent", "appraiser"} & shown
    qtbot.keyClick(method, Qt.Key.Key_Down)
    qtbot.keyClick(method, Qt.Key.Key_Down)  # expert appraisal
    assert page.editor.field("appraiser").isVisibleTo(page)
    assert page.editor.field("appraisal_basis").isVisibleTo(page)
    assert page.editor.rows.labels["appraiser"].text() == "鉴定人"


def test_a_refused_value_says_why_beside_its_field_and_stores_nothing(
    qtbot: QtBot, field_context: FieldContext, translations: Translations
) -> None:
    survey_id = _survey(field_context, "motor")
    sofa = DamageItem(
        description="前保险杠",
        area="车头",
        kind="开裂",
        severity=None,
        action=None,
        causal_link="正面碰撞，撞击高度一致",
        method="replacement_cost",
        unit_cost=Decimal("800.00"),
    )
    save_damage_item(field_context.workspace, survey_id, sofa)
    with _open(qtbot, field_context, survey_id) as page:
        assert page.editing == sofa.damage_id and _line(page, "unit_cost").text() == "800.00"
        assert page.editor.field("repair_line").isVisibleTo(page)  # a motor estimate's line
        unit_cost = _line(page, "unit_cost")
        unit_cost.selectAll()
        qtbot.keyClicks(unit_cost, "12.345")
        qtbot.keyClick(unit_cost, Qt.Key.Key_Return)
        assert page.editor.rows.error_of("unit_cost") == "请输入最多两位小数的金额，例如 1,234.50。"
        assert unit_cost.text() == "12.345"  # the field keeps what was typed
        assert unit_cost.accessibleDescription() == page.editor.rows.error_of("unit_cost")
        [stored] = damage_sheet(field_context.workspace, survey_id).items
        assert stored.unit_cost == Decimal("800.00")
        description = _line(page, "description")
        description.clear()
        qtbot.keyClick(description, Qt.Key.Key_Return)
        assert page.editor.rows.error_of("description") == "此项必须填写。"
        qtbot.waitUntil(
            lambda: "正在编辑的项目有错误" in page.assessment.state.text(), timeout=5_000
        )
        assert damage_sheet(field_context.workspace, survey_id).items == (stored,)


def test_ticking_a_thumbnail_links_the_photo_and_delete_asks_first(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, tmp_path: Path
) -> None:
    workspace = field_context.workspace
    survey_id = _survey(field_context, "property")
    record_emergency_skip(workspace, survey_id, reason="水位上涨，先行拍照取证")
    picture = tmp_path / "floor.jpg"
    Image.new("RGB", (900, 600), (150, 90, 40)).save(picture)
    [outcome] = add_photos(workspace, survey_id, [picture]).outcomes
    assert outcome.photo is not None
    item = DamageItem(
        description="地板",
        area="客厅",
        kind="浸水",
        severity="moderate",
        action="replace",
        causal_link="水渍线高 40 cm",
        method="market_value",
        assessed_value=Decimal("5000"),
    )
    save_damage_item(workspace, survey_id, item)
    with _open(qtbot, field_context, survey_id) as page:
        picker = page.editor.photos
        qtbot.waitUntil(lambda: picker.photos.rowCount() == 1, timeout=10_000)
        assert not picker.photos.item(0).icon().isNull()  # the thumbnail, decoded off the UI thread
        spot = picker.visualRect(picker.index_of(outcome.photo.photo_id)).center()
        qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        [stored] = damage_sheet(workspace, survey_id).items
        assert stored.photo_ids == (outcome.photo.photo_id,)
        qtbot.waitUntil(lambda: page.items.index(0, 3).data() == "1", timeout=5_000)

        page.table.setFocus()
        page.table.setCurrentIndex(page.items.index(0, 0))
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        question = page.remove_question
        assert question is not None and question.isVisible()
        assert "地板" in question.text()
        question.button(QMessageBox.StandardButton.No).click()
        assert len(damage_sheet(workspace, survey_id).items) == 1
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        page.remove_question.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
        assert damage_sheet(workspace, survey_id).items == ()
        qtbot.waitUntil(lambda: page.items.rowCount() == 0, timeout=5_000)


def test_policy_terms_show_only_the_lines_own_and_are_stored_as_typed(
    qtbot: QtBot, field_context: FieldContext, translations: Translations
) -> None:
    survey_id = _survey(field_context, "property")
    ring = DamageItem(
        description="地板",
        area="客厅",
        kind="浸水",
        severity=None,
        action=None,
        causal_link="水渍线高 40 cm",
        method="market_value",
        assessed_value=Decimal("10000"),
    )
    save_damage_item(field_context.workspace, survey_id, ring)
    with _open(qtbot, field_context, survey_id) as page:
        shown = {n for n in page.terms.rows.widgets if page.terms.field(n).isVisibleTo(page)}
        assert shown == {"currency", "sum_insured", "value_at_risk", "deductible", "limit"}
        sum_insured, at_risk = page.terms.field("sum_insured"), page.terms.field("value_at_risk")
        assert isinstance(sum_insured, QLineEdit) and isinstance(at_risk, QLineEdit)
        sum_insured.insert("５０,０００")  # full-width digits, as a Chinese keyboard gives them
        qtbot.keyClicks(at_risk, "100000")
        qtbot.keyClick(at_risk, Qt.Key.Key_Return)
        terms = damage_sheet(field_context.workspace, survey_id).terms
        assert (terms.sum_insured, terms.value_at_risk) == (
            Decimal("50000.00"),
            Decimal("100000.00"),
        )
        qtbot.waitUntil(lambda: page.assessment.indemnity_text == "建议赔款：5,000.00 CNY")
        explained = [text for text, _ in page.assessment.step_texts()]
        assert any(text.startswith("不足额投保比例分摊") for text in explained)
