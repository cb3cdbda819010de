"""A damage item and the policy terms from what a form holds, field by field, on a real data
folder: the fields each method asks for, errors named by the field they concern, the assessment
of a draft computed without storing it, and a photo's thumbnail."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from fieldapp.core.timestamps import local_now
from fieldapp.services.damage import preview_damage_item, save_damage_item
from fieldapp.services.damage_forms import (
    FormRefused,
    assess_draft,
    damage_sheet,
    item_form_fields,
    item_from_form,
    terms_form_fields,
    terms_from_form,
)
from fieldapp.services.field import FieldWorkspace, record_emergency_skip, start_survey
from fieldapp.services.photos import add_photos, photo_thumbnail, photo_thumbnails

SOFA = {
    "description": "沙发",
    "causal_link": "水渍线 40 cm，与洪水一致",
    "method": "replacement_cost",
    "quantity": "2",
    "unit_cost": "１,２５0.50",  # full-width digits and a thousands separator
}


def _survey(workspace: FieldWorkspace, line: str = "property") -> str:
    return start_survey(
        workspace,
        claim_number=f"CLM-{line}",
        line_of_business=line,
        occurred_at=local_now(),
        surveyor="赵静",
    ).survey_id


def test_each_method_asks_for_its_own_figures() -> None:
    replacement = item_form_fields("replacement_cost", line_of_business="motor")
    assert {"quantity", "unit_cost", "depreciation_percent", "depreciation_basis"} <= set(
        replacement
    )
    assert "repair_line" in replacement and "assessed_value" not in replacement
    appraisal = item_form_fields("expert_appraisal", line_of_business="property")
    assert {"assessed_value", "appraiser", "appraisal_basis", "salvage"} <= set(appraisal)
    assert not {"unit_cost", "quantity", "depreciation_percent", "repair_line"} & set(appraisal)
    assert terms_form_fields("personal_accident") == (
        "currency", "sum_insured", "disability_grade", "medical_expenses", "medical_limit",
    )  # fmt: skip


def test_an_item_from_its_form_and_its_errors_by_field() -> None:
    item = item_from_form(SOFA, line_of_business="property")
    assert item.unit_cost == Decimal("1250.50") and item.quantity == Decimal(2)
    assert item.severity is None  # not stated
    # Fields the method does not use are not read: no stale unit cost on a market-value item.
    market = item_from_form(
        {**SOFA, "method": "market_value", "assessed_value": "900"}, line_of_business="property"
    )
    assert market.unit_cost == 0 and market.assessed_value == Decimal("900.00")
    with pytest.raises(FormRefused) as refused:
        item_from_form(
            {**SOFA, "unit_cost": "12.345", "quantity": "0", "description": " "},
            line_of_business="property",
        )
    assert {n: e.code for n, e in refused.value.errors.items()} == {
        "unit_cost": "amount_invalid",
        "quantity": "quantity_out_of_range",
        "description": "text_missing",
    }
    with pytest.raises(FormRefused) as refused:
        item_from_form({**SOFA, "unit_cost": ""}, line_of_business="property")
    assert {n: e.code for n, e in refused.value.errors.items()} == {
        "unit_cost": "unit_cost_missing"
    }
    with pytest.raises(FormRefused) as refused:
        item_from_form({**SOFA, "depreciation_percent": "20"}, line_of_business="property")
    assert list(refused.value.errors) == ["depreciation_basis"]


def test_terms_from_their_form() -> None:
    terms = terms_from_form(
        {"currency": "hkd", "sum_insured": "50,000", "deductible": "", "limit": ""},
        line_of_business="property",
    )
    assert (terms.currency, terms.sum_insured, terms.deductible, terms.limit) == (
        "HKD", Decimal("50000.00"), Decimal("0.00"), None,
    )  # fmt: skip
    with pytest.raises(FormRefused) as refused:
        terms_from_form({"currency": "ABC", "sum_insured": "-1"}, line_of_business="motor")
    assert set(refused.value.errors) == {"sum_insured"}
    with pytest.raises(FormRefused) as refused:
        terms_from_form({"currency": "ABC"}, line_of_business="motor")
    assert refused.value.errors["currency"].code == "currency_unknown"


def test_a_draft_is_assessed_without_being_stored(workspace: FieldWorkspace) -> None:
    survey_id = _survey(workspace)
    stored = save_damage_item(
        workspace, survey_id, item_from_form(SOFA, line_of_business="property")
    )
    sheet = damage_sheet(workspace, survey_id)
    assert sheet.items == (stored,) and sheet.editable
    changed = item_from_form(
        {**SOFA, "quantity": "1"}, line_of_business="property", damage_id=stored.damage_id
    )
    assert assess_draft(sheet.items, sheet.terms, line_of_business="property").indemnity == (
        Decimal("2501.00")
    )
    in_place = assess_draft(sheet.items, sheet.terms, line_of_business="property", draft=changed)
    assert in_place.indemnity == Decimal("1250.50") and len(in_place.items) == 1
    added = preview_damage_item(
        workspace, survey_id, item_from_form(SOFA, line_of_business="property")
    )
    assert added.indemnity == Decimal("5002.00")
    assert damage_sheet(workspace, survey_id).items == (stored,)  # nothing stored


def test_thumbnails_of_a_survey(workspace: FieldWorkspace, tmp_path: Path) -> None:
    survey_id = _survey(workspace)
    record_emergency_skip(workspace, survey_id, reason="水位上涨，先行拍照取证")
    picture = tmp_path / "door.jpg"
    Image.new("RGB", (800, 600), (200, 40, 40)).save(picture)
    report = add_photos(workspace, survey_id, [picture])
    [(photo, thumbnail)] = photo_thumbnails(workspace, survey_id)
    assert photo.photo_id == report.outcomes[0].photo.photo_id  # type: ignore[union-attr]
    assert thumbnail and thumbnail[:2] == b"\xff\xd8"  # a JPEG
    assert photo_thumbnail(workspace, survey_id, photo.sha256[:8]) == thumbnail
