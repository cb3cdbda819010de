"""The one table through which every stored code reaches the report: a code is never printed.

Each group holds every code its domain has (tests compare the groups with the enums), with its
words in zh-Hans, zh-Hant and en. A code missing from the table is a bug caught by those tests;
at run time it falls back to the code itself rather than failing an export.
"""

from __future__ import annotations

from collections.abc import Mapping

Words = Mapping[str, str]


def _w(hans: str, hant: str, en: str) -> Words:
    return {"zh-Hans": hans, "zh-Hant": hant, "en": en}


CODES: Mapping[str, Mapping[str, Words]] = {
    "line": {
        "motor": _w("机动车辆保险", "機動車輛保險", "Motor"),
        "property": _w("财产保险", "財產保險", "Property"),
        "personal_accident": _w("人身意外伤害保险", "人身意外傷害保險", "Personal accident"),
    },
    "status": {
        "draft": _w("草稿", "草稿", "Draft"),
        "finished": _w("已定稿", "已定稿", "Finished"),
    },
    "answer": {
        "yes": _w("是", "是", "Yes"),
        "no": _w("否", "否", "No"),
        "not_applicable": _w("不适用", "不適用", "N/A"),
    },
    "role": {
        "insured": _w("被保险人", "被保險人", "Insured"),
        "driver": _w("驾驶人", "駕駛人", "Driver"),
        "third_party": _w("第三者", "第三者", "Third party"),
        "injured_person": _w("伤者", "傷者", "Injured person"),
        "witness": _w("证人", "證人", "Witness"),
        "claimant": _w("索赔人", "索賠人", "Claimant"),
        "other": _w("其他", "其他", "Other"),
    },
    "basis": {
        "consent": _w("本人同意", "本人同意", "Consent"),
        "contract": _w("履行保险合同所必需", "履行保險契約所必需", "Contract"),
        "legal_obligation": _w("法定义务", "法定義務", "Legal obligation"),
        "emergency": _w("紧急情况", "緊急情況", "Emergency"),
    },
    "consent": {
        "granted": _w("同意", "同意", "Granted"),
        "refused": _w("拒绝", "拒絕", "Refused"),
    },
    "severity": {
        "minor": _w("轻微", "輕微", "Minor"),
        "moderate": _w("中等", "中等", "Moderate"),
        "severe": _w("严重", "嚴重", "Severe"),
        "total": _w("全损", "全損", "Total"),
        "not_stated": _w("未说明", "未說明", "Not stated"),
    },
    "action": {
        "repair": _w("修复", "修復", "Repair"),
        "replace": _w("更换", "更換", "Replace"),
        "not_stated": _w("未说明", "未說明", "Not stated"),
    },
    "method": {
        "replacement_cost": _w("重置成本法", "重置成本法", "Replacement cost"),
        "market_value": _w("市场价值法", "市場價值法", "Market value"),
        "book_value": _w("账面价值法", "帳面價值法", "Book value"),
        "expert_appraisal": _w("专家评估法", "專家評估法", "Expert appraisal"),
    },
    "category": {
        "overview": _w("全景", "全景", "Overview"),
        "damage_closeup": _w("损失近景", "損失近景", "Damage close-up"),
        "plate_vin": _w("号牌/车架号", "號牌/車架號", "Plate / VIN"),
        "odometer": _w("里程表", "里程表", "Odometer"),
        "document": _w("单证", "單證", "Document"),
        "other": _w("其他", "其他", "Other"),
    },
    "language": {
        "zh-Hans": _w("简体中文", "簡體中文", "Simplified Chinese"),
        "zh-Hant": _w("繁体中文", "繁體中文", "Traditional Chinese"),
        "en": _w("英文", "英文", "English"),
    },
    "event": {
        "survey_created": _w("创建查勘", "建立查勘", "survey created"),
        "survey_imported": _w("导入查勘", "匯入查勘", "survey imported"),
        "party_saved": _w("保存当事人", "儲存當事人", "party saved"),
        "safety_answered": _w("安全检查作答", "安全檢查作答", "safety item answered"),
        "emergency_skip": _w("紧急跳过安全检查", "緊急跳過安全檢查", "safety skipped (emergency)"),
        "notes_changed": _w("修改备注", "修改備註", "notes changed"),
        "photo_added": _w("添加照片", "新增照片", "photo added"),
        "photo_described": _w("填写照片说明", "填寫照片說明", "photo described"),
        "photo_annotated": _w("标注照片", "標註照片", "photo annotated"),
        "photo_removed": _w("移除照片", "移除照片", "photo removed"),
        "damage_saved": _w("保存损失项目", "儲存損失項目", "damage item saved"),
        "damage_removed": _w("删除损失项目", "刪除損失項目", "damage item removed"),
        "policy_terms_saved": _w("保存保单条件", "儲存保單條件", "policy terms saved"),
        "consent_recorded": _w("记录告知同意", "記錄告知同意", "consent recorded"),
        "personal_data_revealed": _w("查看个人信息", "檢視個人資料", "personal data revealed"),
        "personal_data_purged": _w("清除个人信息", "清除個人資料", "personal data purged"),
        "survey_exported": _w("导出报告", "匯出報告", "report exported"),
        "survey_finished": _w("定稿", "定稿", "survey finished"),
        "survey_revised": _w("开始修订", "開始修訂", "revision started"),
        "start_edited": _w("修改基本信息", "修改基本資料", "survey details edited"),
        "hand_signature_recorded": _w(
            "记录手写签名", "記錄手寫簽名", "handwritten signature recorded"
        ),
    },
    "risk": {
        "photo_before_incident": _w(
            "拍摄时间早于出险时间", "拍攝時間早於出險時間", "Photos taken before the incident"
        ),
        "photo_long_after_incident": _w(
            "拍摄时间远晚于出险时间",
            "拍攝時間遠晚於出險時間",
            "Photos taken long after the incident",
        ),
        "photo_far_from_scene": _w(
            "拍摄地点远离出险地点", "拍攝地點遠離出險地點", "Photos taken far from the scene"
        ),
        "photo_in_other_survey": _w(
            "照片也用于其他查勘", "照片也用於其他查勘", "Photos also used in another survey"
        ),
        "photo_damaged": _w("照片图像损坏", "照片圖像損壞", "Photos whose picture is damaged"),
        "damage_without_photo": _w(
            "损失项目无照片佐证", "損失項目無照片佐證", "Damage items without a photo"
        ),
        "item_exceeds_sum_insured": _w(
            "单项损失超过保险金额", "單項損失超過保險金額", "Items above the sum insured"
        ),
    },
    # What each kind of risk note means, said once above its list.
    "risk_explained": {
        "photo_before_incident": _w(
            "照片的拍摄时间（EXIF）早于所述出险时间。",
            "照片的拍攝時間（EXIF）早於所述出險時間。",
            "The capture time (EXIF) is earlier than the stated incident time.",
        ),
        "photo_long_after_incident": _w(
            "照片拍摄于出险后较长时间，现场可能已有变化。",
            "照片拍攝於出險後較長時間，現場可能已有變化。",
            "The photo was taken long after the incident; the scene may have changed.",
        ),
        "photo_far_from_scene": _w(
            "照片的 GPS 位置与出险地点相距较远。",
            "照片的 GPS 位置與出險地點相距較遠。",
            "The photo's GPS position is far from the incident place.",
        ),
        "photo_in_other_survey": _w(
            "同一原始照片文件也附在本设备上的其他查勘中。",
            "同一原始照片檔案也附在本裝置上的其他查勘中。",
            "The same original file is attached to other surveys on this device.",
        ),
        "photo_damaged": _w(
            "图像数据损坏，无法显示；原始文件按收到时原样保存。",
            "圖像資料損壞，無法顯示；原始檔案按收到時原樣保存。",
            "The picture's image data is damaged; the original is kept as received.",
        ),
        "damage_without_photo": _w(
            "以下损失项目没有关联任何照片作为证据。",
            "以下損失項目沒有連結任何照片作為證據。",
            "No photo is linked to these damage items as evidence.",
        ),
        "item_exceeds_sum_insured": _w(
            "以下单项损失已超过保险金额。",
            "以下單項損失已超過保險金額。",
            "The loss of each of these items alone exceeds the sum insured.",
        ),
    },
}


def code_word(group: str, code: str | None, language: str) -> str:
    """A stored code of ``group`` in the report's language; "—" for none."""
    if not code:
        return "—"
    words = CODES[group].get(code)
    if words is None:
        return code  # a code newer than this table: shown, never an export failure
    return words.get(language) or words["en"]


def notice_name(reference: str, language: str) -> str:
    """A privacy notice's reference (``privacy-notice/1``) as its title and version."""
    from fieldapp.resources import privacy_notice

    notice = privacy_notice()
    # A consent given under an earlier version of this notice is named by the notice's title
    # and the version it was given under; only another notice's reference is shown as it is.
    notice_id, _, version = reference.rpartition("/")
    if notice_id != notice.reference.rpartition("/")[0] or not version.isdigit():
        return reference
    title = notice.title.get(language) or notice.title["en"]
    if language.startswith("zh"):
        return f"{title}第 {version} 版"
    return f"{title}, version {version}"
