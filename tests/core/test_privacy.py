from __future__ import annotations

from typing import Any

import pytest

from fieldapp.core.privacy import (
    FIELD_CLASSES,
    PARTY_DETAIL_FIELDS,
    DataClass,
    mask_id_number,
    mask_name,
    mask_phone,
    mask_plate,
    redact_document,
    reduce_address,
)
from fieldapp.resources import survey_schema


def schema_paths(node: dict[str, Any], path: str = "$") -> list[str]:
    """Every field path the schema allows, "[]" standing for array elements."""
    paths = []
    for name, sub in node.get("properties", {}).items():
        child = f"{path}.{name}"
        paths.append(child)
        paths += _below(sub, child)
    return paths


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    return survey_schema()["$defs"][ref.rsplit("/", 1)[1]] if ref else node


def _below(node: dict[str, Any], path: str) -> list[str]:
    node = _resolve(node)
    found = schema_paths(node, path)
    if isinstance(node.get("items"), dict):
        found += schema_paths(_resolve(node["items"]), f"{path}[]")
    for option in node.get("anyOf", []):
        found += schema_paths(_resolve(option), path)
    return found


def test_every_field_of_the_survey_schema_has_a_class_and_a_purpose() -> None:
    paths = set(schema_paths(survey_schema()))
    assert "$.parties[].phone" in paths and "$.safety.emergency_skip.reason" in paths
    unclassified = sorted(paths - set(FIELD_CLASSES))
    assert unclassified == []
    stale = sorted(set(FIELD_CLASSES) - paths)
    assert stale == []
    for path, rule in FIELD_CLASSES.items():
        assert rule.purpose.strip(), path


def test_sensitive_and_personal_fields_depend_on_the_line() -> None:
    assert FIELD_CLASSES["$.parties[].id_number"].level is DataClass.SENSITIVE
    assert PARTY_DETAIL_FIELDS["personal_accident"] == ("id_number",)
    assert "id_number" not in PARTY_DETAIL_FIELDS["motor"]
    assert "plate" not in PARTY_DETAIL_FIELDS["property"]


@pytest.mark.parametrize(
    ("mask", "value", "expected"),
    [
        (mask_phone, "13812345678", "138****5678"),
        (mask_phone, "+86 138-1234-5678", "+86 138****5678"),
        (mask_id_number, "440305199203150618", "440***********0618"),
        (mask_name, "王芳", "王*"),
        (mask_name, "欧阳娜娜", "欧***"),
        (mask_name, "Fang Wang", "F. W."),
        (mask_plate, "沪A·D1234", "沪A·***34"),
        (reduce_address, "上海市浦东新区世纪大道100号", "上海市浦东新区…"),
        (reduce_address, "浙江省杭州市余杭区仓前街道良睦路1399号", "浙江省杭州市余杭区…"),
        (reduce_address, "12 High Street, Camden, London", "…, Camden, London"),
    ],
)
def test_masks(mask: Any, value: str, expected: str) -> None:
    assert mask(value) == expected


def test_redaction_masks_every_personal_field_that_has_a_mask() -> None:
    document = {
        "schema": "fieldapp.survey/1",
        "redaction": "full",
        "incident": {
            "address": "上海市浦东新区世纪大道100号",
            "latitude": 31.2,
            "longitude": 121.5,
            "description": "rear-end collision",
        },
        "parties": [
            {"name": "王芳", "phone": "13812345678", "plate": "沪A·D1234", "role": "insured"}
        ],
        "photos": [{"file_name": "王芳身份证.jpg", "caption": "plate"}],
    }
    redacted = redact_document(document)
    assert redacted["redaction"] == "masked"
    assert redacted["parties"][0] == {
        "name": "王*",
        "phone": "138****5678",
        "plate": "沪A·***34",
        "role": "insured",
    }
    assert redacted["incident"]["latitude"] is None
    assert redacted["incident"]["address"] == "上海市浦东新区…"
    assert redacted["photos"][0]["file_name"] == "[redacted]"
    assert document["parties"][0]["name"] == "王芳"  # the original is untouched
