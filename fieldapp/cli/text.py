"""Plain-text views of a survey for the terminal (what reaches it is escaped by
``fieldapp.cli.terminal``)."""

from __future__ import annotations

import locale
import os
from typing import Any

from fieldapp.core.survey import LineOfBusiness
from fieldapp.resources import checklist_for, shot_requirements


def terminal_language() -> str:
    """zh-Hans, zh-Hant or en, from the usual locale variables."""
    name = (
        os.environ.get("LC_ALL")
        or os.environ.get("LC_MESSAGES")
        or os.environ.get("LANG")
        or (locale.getlocale()[0] or "")
    )
    name = name.replace("-", "_")
    if name.startswith(("zh_TW", "zh_HK", "zh_MO")) or "Hant" in name:
        return "zh-Hant"
    if name.startswith("zh"):
        return "zh-Hans"
    return "en"


def survey_as_text(document: dict[str, Any], *, language: str | None = None) -> str:
    language = language or terminal_language()
    incident = document["incident"]
    place = incident["address"] or "(no address)"
    if incident["latitude"] is not None:
        place += f"  [{incident['latitude']:.5f}, {incident['longitude']:.5f}]"
    lines = [
        f"Survey     {document['survey_id']}  revision {document['revision']}  "
        f"({document['status']})",
        f"Claim      {document['claim_number']}    Policy {document['policy_number'] or '-'}",
        f"Line       {document['line_of_business']}    Surveyor {document['surveyor']}",
        f"Incident   {incident['occurred_at']}",
        f"Place      {place}",
    ]
    if incident["description"]:
        lines.append(f"What       {incident['description']}")

    if document["redaction"] == "masked":
        lines += ["", "(personal data masked; `--full` reveals it and is recorded in the log)"]
    lines += ["", f"Parties ({len(document['parties'])})"]
    for party in document["parties"]:
        extras = [f"{k} {party[k]}" for k in ("plate", "vehicle", "id_number") if k in party]
        extras.append(f"basis {party['legal_basis'] or 'none recorded'}")
        lines.append(
            f"  {party['role']:<15} {party['name']}  {party['phone']}  " + "  ".join(extras)
        )

    if document["consents"]:
        lines += ["", f"Consent records ({len(document['consents'])})"]
        for consent in document["consents"]:
            scope = ", incl. sensitive data" if consent["covers_sensitive"] else ""
            lines.append(
                f"  {consent['consent_id'][:8]}  {consent['person_name']}  "
                f"{consent['answer']}{scope}  {consent['notice']} ({consent['language']})"
                f"  {consent['given_at']}"
            )

    checklist = checklist_for(LineOfBusiness(document["line_of_business"]))
    answers = {a["item_id"]: a for a in document["safety"]["answers"]}
    lines += ["", f"Scene safety ({document['safety']['checklist']})"]
    for item in checklist.items:
        answer = answers.get(item.item_id)
        mark = answer["answer"] if answer else ("MISSING" if item.required else "-")
        note = f"  — {answer['note']}" if answer and answer["note"] else ""
        lines.append(f"  [{mark:^14}] {item.text(language)}{' *' if item.required else ''}{note}")
    skip = document["safety"]["emergency_skip"]
    if skip:
        lines.append(f"  Emergency skip at {skip['recorded_at']}: {skip['reason']}")

    lines += ["", f"Photos ({len(document['photos'])})"]
    for photo in document["photos"]:
        lines.append(
            f"  {photo['sha256'][:12]}  {photo['category']:<15} {photo['file_name']}  "
            f"{photo['caption']}"
        )
    counts: dict[str, int] = {}
    for photo in document["photos"]:
        counts[photo["category"]] = counts.get(photo["category"], 0) + 1
    for shot in shot_requirements(LineOfBusiness(document["line_of_business"])):
        have = counts.get(shot.category.value, 0)
        if have < shot.minimum:
            label = shot.label.get(language, shot.label["en"])
            lines.append(f"  MISSING shot: {label} ({have} of {shot.minimum})")
    terms, assessment = document["policy_terms"], document["assessment"]
    if document["damage_items"]:
        lines += ["", f"Damage items ({len(document['damage_items'])})"]
        for item in document["damage_items"]:
            basis = item["valuation_method"]
            if item["valuation_method"] == "replacement_cost":
                basis += f" {item['quantity']} × {item['unit_cost']}"
                if item["depreciation_percent"] != "0":
                    basis += f", −{item['depreciation_percent']}% ({item['depreciation_basis']})"
            if item["salvage"] != "0.00":
                basis += f", salvage {item['salvage']}"
            photos = len(item["photo_ids"])
            lines.append(
                f"  {item['damage_id'][:8]}  {item['description']}  "
                f"[{_stated(item['severity'])}, {_stated(item['action'])}]  loss {item['loss']}  "
                f"({basis}; {photos} photo{'' if photos == 1 else 's'})"
            )
            lines.append(f"            cause: {item['causal_link']}")
    lines += ["", f"Assessment ({terms['currency']})"]
    lines += [f"  {step['explanation']}" for step in assessment["steps"]]
    if document["risk_notes"]:
        lines += ["", f"Risk notes ({len(document['risk_notes'])})"]
        lines += [f"  {n['subject']}: {n['detail']}" for n in document["risk_notes"]]
    if document["notes"]:
        lines += ["", "Notes", f"  {document['notes']}"]
    lines += [
        "",
        f"Event log: {len(document['events'])} events "
        "(`fieldapp survey log ID --verify` checks the chain)",
    ]
    return "\n".join(lines)


def _stated(value: str | None) -> str:
    return value if value is not None else "not stated"
