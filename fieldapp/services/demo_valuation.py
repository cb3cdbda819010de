"""Damage items, policy terms and photo marks of the demo surveys, as a surveyor would make them."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal as D
from typing import Any

from fieldapp.core.damage import DamageItem
from fieldapp.core.evidence import Annotation
from fieldapp.core.survey import LineOfBusiness
from fieldapp.core.valuation import PolicyTerms
from fieldapp.services.damage import save_damage_item, set_policy_terms
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import annotate_photo

REAR_END = "后车追尾撞击标的车尾部，受损位置与撞击方向、高度一致"
FLOOD = "喷淋管接头爆裂积水漫入货架区，受淹高度与水渍线一致"

# (item fields, indexes of the demo photos that show it)
ITEMS: dict[LineOfBusiness, list[tuple[dict[str, Any], tuple[int, ...]]]] = {
    LineOfBusiness.MOTOR: [
        (
            {
                "description": "后保险杠皮（原厂件）",
                "area": "车尾",
                "kind": "凹陷、开裂",
                "severity": "severe",
                "action": "replace",
                "repair_line": "part",
                "method": "replacement_cost",
                "unit_cost": D("1850.00"),
            },
            (4,),
        ),
        (
            {
                "description": "左尾灯总成",
                "area": "车尾左侧",
                "kind": "破裂",
                "severity": "severe",
                "action": "replace",
                "repair_line": "part",
                "method": "replacement_cost",
                "unit_cost": D("680.00"),
            },
            (4,),
        ),
        (
            {
                "description": "尾门钣金修复工时",
                "area": "尾门",
                "kind": "变形",
                "severity": "moderate",
                "action": "repair",
                "repair_line": "labour",
                "method": "replacement_cost",
                "quantity": D("6"),
                "unit_cost": D("120.00"),
            },
            (5,),
        ),
        (
            {
                "description": "尾门及后保险杠喷漆",
                "area": "车尾",
                "kind": "漆面损伤",
                "severity": "moderate",
                "action": "repair",
                "repair_line": "paint",
                "method": "replacement_cost",
                "unit_cost": D("1600.00"),
            },
            (4, 5),
        ),
    ],
    LineOfBusiness.PROPERTY: [
        (
            {
                "description": "受淹小家电库存（电水壶、吹风机等 46 件）",
                "area": "一楼货架区",
                "kind": "水浸",
                "severity": "total",
                "action": "replace",
                "method": "book_value",
                "assessed_value": D("36800.00"),
                "salvage": D("2400.00"),
            },
            (2, 3),
        ),
        (
            {
                "description": "货架底层板材",
                "area": "一楼货架区",
                "kind": "水浸膨胀",
                "severity": "moderate",
                "action": "replace",
                "method": "replacement_cost",
                "quantity": D("12"),
                "unit_cost": D("450.00"),
                "depreciation_percent": D("30"),
                "depreciation_basis": "已使用 4.5 年，按 15 年使用寿命直线折旧",
            },
            (0,),
        ),
        (
            {
                "description": "喷淋管爆裂接头及管段",
                "area": "二楼",
                "kind": "爆裂",
                "severity": "total",
                "action": "replace",
                "method": "replacement_cost",
                "unit_cost": D("260.00"),
            },
            (1,),
        ),
    ],
    LineOfBusiness.PERSONAL_ACCIDENT: [],
}

TERMS: dict[LineOfBusiness, PolicyTerms] = {
    LineOfBusiness.MOTOR: PolicyTerms(
        sum_insured=D("150000.00"), deductible=D("0.00"), vehicle_actual_value=D("98000.00")
    ),
    LineOfBusiness.PROPERTY: PolicyTerms(
        sum_insured=D("2000000.00"), value_at_risk=D("2500000.00"), deductible=D("1000.00")
    ),
    LineOfBusiness.PERSONAL_ACCIDENT: PolicyTerms(
        sum_insured=D("200000.00"), medical_expenses=D("36540.20"), medical_limit=D("50000.00")
    ),
}


# Marks a surveyor would draw: (photo index, annotations).
MARKS: dict[LineOfBusiness, list[tuple[int, tuple[Annotation, ...]]]] = {
    LineOfBusiness.MOTOR: [
        (
            4,
            (
                Annotation("ellipse", (0.3, 0.35, 0.72, 0.72)),
                Annotation("arrow", (0.12, 0.2, 0.32, 0.42)),
                Annotation("text", (0.08, 0.17), text="凹陷 约 12 cm"),
            ),
        )
    ],
    LineOfBusiness.PROPERTY: [
        (
            1,
            (
                Annotation("rectangle", (0.25, 0.3, 0.75, 0.75)),
                Annotation("text", (0.26, 0.27), text="爆裂接头"),
            ),
        )
    ],
    LineOfBusiness.PERSONAL_ACCIDENT: [],
}


def add_demo_valuation(
    workspace: FieldWorkspace, survey_id: str, line: LineOfBusiness, photo_ids: Sequence[str]
) -> None:
    for fields, shown_in in ITEMS[line]:
        cause = REAR_END if line is LineOfBusiness.MOTOR else FLOOD
        item = DamageItem(
            causal_link=cause, photo_ids=tuple(photo_ids[i] for i in shown_in), **fields
        )
        save_damage_item(workspace, survey_id, item)
    for index, marks in MARKS[line]:
        annotate_photo(workspace, survey_id, photo_ids[index], marks)
    set_policy_terms(workspace, survey_id, TERMS[line])
