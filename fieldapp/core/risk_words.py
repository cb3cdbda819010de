"""The words of the risk notes in the report's three languages, made from each note's figures.

A note is stored by its kind and figures; its words are made in the language of the document
they go into, so a Chinese report never carries an English sentence. A figure that is itself
English text (a decoder's error message) is left out of the Chinese words: it is in the log.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

SUBJECTS: Mapping[str, Mapping[str, str]] = {
    "photo": {"zh-Hans": "照片 {photo}", "zh-Hant": "照片 {photo}", "en": "photo {photo}"},
    "item": {
        "zh-Hans": "损失项目 {item}（{description}）",
        "zh-Hant": "損失項目 {item}（{description}）",
        "en": "damage item {item} ({description})",
    },
}

# Short, so that a report can list many photos under one kind of note; each still reads alone.
DETAILS: Mapping[str, Mapping[str, str]] = {
    "photo_before_incident": {
        "zh-Hans": "早于所述出险时间 {span}",
        "zh-Hant": "早於所述出險時間 {span}",
        "en": "taken {span} before the stated incident time",
    },
    "photo_long_after_incident": {
        "zh-Hans": "晚于出险时间 {span}（上限 {limit_days} 天）",
        "zh-Hant": "晚於出險時間 {span}（上限 {limit_days} 天）",
        "en": "taken {span} after the incident (limit {limit_days} days)",
    },
    "photo_far_from_scene": {
        "zh-Hans": "距出险地点 {km} km（上限 {limit_km} km）",
        "zh-Hant": "距出險地點 {km} km（上限 {limit_km} km）",
        "en": "{km} km from the incident place (limit {limit_km} km)",
    },
    "photo_in_other_survey": {
        "zh-Hans": "本设备上另有 {surveys} 个查勘附有同一原始文件",
        "zh-Hant": "本裝置上另有 {surveys} 件查勘附有同一原始檔案",
        "en": "also attached to {surveys} other survey(s) on this device",
    },
    "photo_damaged": {
        "zh-Hans": "图像无法解码，原始文件按收到时原样保存",
        "zh-Hant": "圖像無法解碼，原始檔案按收到時原樣保存",
        "en": "the picture cannot be decoded ({reason}); the original is kept as received",
    },
    "damage_without_photo": {
        "zh-Hans": "未关联照片",
        "zh-Hant": "未連結照片",
        "en": "no photo is linked to it",
    },
    "item_exceeds_sum_insured": {
        "zh-Hans": "损失 {loss}，超过保险金额 {sum_insured}",
        "zh-Hant": "損失 {loss}，超過保險金額 {sum_insured}",
        "en": "loss of {loss} above the sum insured of {sum_insured}",
    },
}

_HOURS = {"zh-Hans": "{n} 小时", "zh-Hant": "{n} 小時", "en": "{n} hours"}
_DAYS = {"zh-Hans": "{n} 天", "zh-Hant": "{n} 天", "en": "{n} days"}


def note_subject(params: Mapping[str, Any], language: str) -> str:
    kind = "photo" if "photo" in params else "item"
    return _pick(SUBJECTS[kind], language).format(**params)


def note_detail(code: str, params: Mapping[str, Any], language: str) -> str:
    shown = {key: _figure(value) for key, value in params.items()}
    if "seconds" in params:
        hours = float(params["seconds"]) / 3600
        shown["span"] = (
            _pick(_HOURS, language).format(n=f"{hours:.1f}")
            if hours < 48
            else _pick(_DAYS, language).format(n=f"{hours / 24:.1f}")
        )
    if "km" in params:
        shown["km"] = f"{float(params['km']):.1f}"
    return _pick(DETAILS[code], language).format(**shown)


def _figure(value: Any) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _pick(words: Mapping[str, str], language: str) -> str:
    return words.get(language) or words["en"]
