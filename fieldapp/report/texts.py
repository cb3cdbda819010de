"""The report's fixed words in its three languages."""

from __future__ import annotations

from collections.abc import Mapping

TEXTS: Mapping[str, Mapping[str, str]] = {
    "title": {
        "zh-Hans": "现场查勘定损报告",
        "zh-Hant": "現場查勘定損報告",
        "en": "On-site survey and loss report",
    },
    "claim": {"zh-Hans": "报案号", "zh-Hant": "報案號", "en": "Claim number"},
    "policy": {"zh-Hans": "保单号", "zh-Hant": "保單號", "en": "Policy number"},
    "line": {"zh-Hans": "险种", "zh-Hant": "險種", "en": "Line of business"},
    "incident_time": {"zh-Hans": "出险时间", "zh-Hant": "出險時間", "en": "Incident time"},
    "place": {"zh-Hans": "出险地点", "zh-Hant": "出險地點", "en": "Place"},
    "surveyor": {"zh-Hans": "查勘员", "zh-Hant": "查勘員", "en": "Surveyor"},
    "revision": {"zh-Hans": "版本", "zh-Hant": "版本", "en": "Revision"},
    "language": {"zh-Hans": "报告语言", "zh-Hant": "報告語言", "en": "Report language"},
    "notice_shown": {
        "zh-Hans": "告知书（告知语言）",
        "zh-Hant": "告知書（告知語言）",
        "en": "Notice shown (language)",
    },
    "unanswered": {"zh-Hans": "未答", "zh-Hant": "未答", "en": "Not answered"},
    "sensitive": {
        "zh-Hans": "含敏感信息单独同意",
        "zh-Hant": "含敏感資料單獨同意",
        "en": "separate consent to sensitive data",
    },
    "given_at": {"zh-Hans": "记录时间", "zh-Hant": "記錄時間", "en": "Recorded at"},
    "finished": {"zh-Hans": "定稿时间", "zh-Hant": "定稿時間", "en": "Finished at"},
    "what_happened": {"zh-Hans": "出险经过", "zh-Hant": "出險經過", "en": "How the loss happened"},
    "safety": {
        "zh-Hans": "现场安全检查",
        "zh-Hant": "現場安全檢查",
        "en": "Scene safety checklist",
    },
    "item": {"zh-Hans": "项目", "zh-Hant": "項目", "en": "Item"},
    "answer": {"zh-Hans": "结果", "zh-Hant": "結果", "en": "Answer"},
    "note": {"zh-Hans": "说明", "zh-Hant": "說明", "en": "Note"},
    "emergency": {
        "zh-Hans": "紧急情况跳过安全检查，理由：",
        "zh-Hant": "緊急情況跳過安全檢查，理由：",
        "en": "Safety checklist skipped for an emergency. Reason: ",
    },
    "parties": {"zh-Hans": "当事人", "zh-Hant": "當事人", "en": "Parties"},
    "role": {"zh-Hans": "身份", "zh-Hant": "身分", "en": "Role"},
    "name": {"zh-Hans": "姓名", "zh-Hant": "姓名", "en": "Name"},
    "phone": {"zh-Hans": "电话", "zh-Hant": "電話", "en": "Phone"},
    "details": {"zh-Hans": "其他", "zh-Hant": "其他", "en": "Details"},
    "basis": {"zh-Hans": "处理依据", "zh-Hant": "處理依據", "en": "Legal basis"},
    "consent": {
        "zh-Hans": "告知与同意记录",
        "zh-Hant": "告知與同意記錄",
        "en": "Privacy notice and consent",
    },
    "photos": {"zh-Hans": "现场照片", "zh-Hant": "現場照片", "en": "Photo evidence"},
    "taken": {"zh-Hans": "拍摄", "zh-Hant": "拍攝", "en": "Taken"},
    "shows": {"zh-Hans": "对应损失", "zh-Hant": "對應損失", "en": "Shows"},
    "picture_damaged": {
        "zh-Hans": "图像数据损坏，无法显示。原始文件按收到时原样保存，见下方 SHA-256。",
        "zh-Hant": "圖像資料損壞，無法顯示。原始檔案按收到時原樣保存，見下方 SHA-256。",
        "en": "The picture cannot be shown: its image data is damaged. The original is kept "
        "exactly as received; its SHA-256 is below.",
    },
    "damage": {
        "zh-Hans": "损失清单与定损依据",
        "zh-Hant": "損失清單與定損依據",
        "en": "Damage items and valuation basis",
    },
    "method": {"zh-Hans": "估价方法", "zh-Hant": "估價方法", "en": "Method"},
    "value": {"zh-Hans": "价值", "zh-Hant": "價值", "en": "Value"},
    "depreciation": {"zh-Hans": "折旧", "zh-Hant": "折舊", "en": "Depreciation"},
    "salvage": {"zh-Hans": "残值", "zh-Hant": "殘值", "en": "Salvage"},
    "loss": {"zh-Hans": "损失", "zh-Hant": "損失", "en": "Loss"},
    "cause": {"zh-Hans": "因果关系", "zh-Hant": "因果關係", "en": "Causal link"},
    "assessment": {"zh-Hans": "理算过程", "zh-Hant": "理算過程", "en": "From loss to indemnity"},
    "indemnity": {"zh-Hans": "建议赔款", "zh-Hant": "建議賠款", "en": "Proposed indemnity"},
    "risk": {"zh-Hans": "需关注的事项", "zh-Hant": "需關注的事項", "en": "Facts to note"},
    "no_risk": {"zh-Hans": "无。", "zh-Hant": "無。", "en": "None."},
    "log": {"zh-Hans": "操作记录摘要", "zh-Hant": "操作記錄摘要", "en": "Event log summary"},
    "log_summary": {
        "zh-Hans": "共 {count} 条记录，{first} 至 {last}；哈希链末端 {head}。",
        "zh-Hant": "共 {count} 條記錄，{first} 至 {last}；雜湊鏈末端 {head}。",
        "en": "{count} events from {first} to {last}; chain head {head}.",
    },
    "signatures": {"zh-Hans": "签署", "zh-Hant": "簽署", "en": "Signatures"},
    "surveyor_sign": {"zh-Hans": "查勘员签名", "zh-Hant": "查勘員簽名", "en": "Surveyor"},
    "insured_sign": {
        "zh-Hans": "被保险人确认",
        "zh-Hant": "被保險人確認",
        "en": "Acknowledged by the insured",
    },
    "not_captured": {
        "zh-Hans": "（未采集手写签名）",
        "zh-Hant": "（未採集手寫簽名）",
        "en": "(no handwritten signature captured)",
    },
    "digital": {"zh-Hans": "数字签名", "zh-Hant": "數位簽章", "en": "Digital signature"},
    "signed_by": {"zh-Hans": "签署人", "zh-Hant": "簽署人", "en": "Signed by"},
    "signed_at": {"zh-Hans": "签署时间", "zh-Hant": "簽署時間", "en": "Signed at"},
    "fingerprint": {
        "zh-Hans": "证书指纹（SHA-256）",
        "zh-Hant": "憑證指紋（SHA-256）",
        "en": "Certificate SHA-256",
    },
    "digital_note": {
        "zh-Hans": "本报告及其内嵌数据 survey.json 以 PAdES 数字签名保护，任何改动均可被检出"
        "（fieldapp verify）。",
        "zh-Hant": "本報告及其內嵌資料 survey.json 以 PAdES 數位簽章保護，任何改動均可被檢出"
        "（fieldapp verify）。",
        "en": "This report and its embedded data (survey.json) are protected by a PAdES digital "
        "signature; any change is detectable (fieldapp verify).",
    },
    "page": {
        "zh-Hans": "第 {n} 页，共 {total} 页",
        "zh-Hant": "第 {n} 頁，共 {total} 頁",
        "en": "Page {n} of {total}",
    },
    "confidential": {
        "zh-Hans": "保密：仅供理赔处理使用",
        "zh-Hant": "保密：僅供理賠處理使用",
        "en": "Confidential: for claim handling only",
    },
    "masked": {
        "zh-Hans": "个人信息已按最小必要原则脱敏。",
        "zh-Hant": "個人資料已依最小必要原則遮蔽。",
        "en": "Personal data is masked to the minimum necessary.",
    },
    "full": {
        "zh-Hans": "完整版：含未脱敏个人信息（已记录）。",
        "zh-Hant": "完整版：含未遮蔽個人資料（已記錄）。",
        "en": "Full copy: personal data unmasked (recorded in the log).",
    },
}


def text(key: str, language: str, **params: object) -> str:
    entry = TEXTS[key]
    template = entry.get(language) or entry["en"]
    return template.format(**params) if params else template
