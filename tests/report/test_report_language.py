"""A report speaks one language: every code that reaches it is in words of that language.

Each line of business, in each report language, from a survey that holds every kind of code the
report can meet: every kind of risk note (made by the real rules from photos that trigger them),
every kind of event in its log, consents, roles, methods, categories. The PDF's own text
(pdftotext) must carry no code and no ISO time, and a Chinese report no English word besides
the few that are names (SHA-256, CNY, km, GPS...); amounts are grouped; a time has its offset.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldapp.core.eventlog import EventKind
from fieldapp.report.layout import SignerBlock, build_report_pdf
from fieldapp.resources import checklist_for
from fieldapp.services.damage import edit_damage_item, set_policy_terms
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import survey_document
from fieldapp.services.export import display_copy_of
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import add_photos, make_display_copies
from tests.photo_fixtures import jpeg_bytes, with_broken_huffman_table

LANGUAGES = ("zh-Hans", "zh-Hant", "en")
LINES = ("motor", "property", "personal_accident")
RISK_KINDS = {
    "photo_before_incident",
    "photo_long_after_incident",
    "photo_far_from_scene",
    "photo_in_other_survey",
    "photo_damaged",
    "damage_without_photo",
    "item_exceeds_sum_insured",
}
DAMAGE_KINDS = {"damage_without_photo", "item_exceeds_sum_insured"}
# Latin words a Chinese report may carry: names of standards, units, the currency and the
# command that checks the file. Anything with a digit (claim numbers, hashes, times) is data.
NAMES = {"SHA", "CNY", "km", "cm", "GPS", "EXIF", "PAdES", "survey.json", "fieldapp", "verify"}
CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b|\bzh-Han[st]\b|privacy-notice|\d{4}-\d\d-\d\dT\d")


def survey_with_every_code(workspace: FieldWorkspace, line: str, tmp_path: Path) -> str:
    """A demo survey plus photos and figures that set off every kind of risk note."""
    survey_id = create_demo_survey(workspace, line)
    occurred = datetime.fromisoformat(
        survey_document(workspace, survey_id)["incident"]["occurred_at"]
    )
    folder = tmp_path / f"odd-{survey_id[:8]}"
    folder.mkdir()
    shots = {
        "before.jpg": jpeg_bytes(taken=occurred - timedelta(hours=5), colour=(1, 2, 3)),
        "later.jpg": jpeg_bytes(taken=occurred + timedelta(days=10), colour=(4, 5, 6)),
        "far.jpg": jpeg_bytes(
            taken=occurred + timedelta(hours=1), gps=(45.75, 126.63), colour=(7, 8, 9)
        ),
        "damaged.jpg": with_broken_huffman_table(
            jpeg_bytes((1600, 1200), embedded_thumbnail=Image.new("RGB", (160, 120), "red"))
        ),
    }
    for name, content in shots.items():
        (folder / name).write_bytes(content)
    add_photos(workspace, survey_id, [folder])
    add_photos(workspace, create_demo_survey(workspace, line), [folder / "before.jpg"])
    items = workspace.damage.items(survey_id)
    if items:  # a personal-accident survey values benefits, not damage items
        edit_damage_item(workspace, survey_id, items[0].damage_id, {}, photo_refs=[])
        terms = workspace.damage.terms(survey_id)
        set_policy_terms(workspace, survey_id, replace(terms, sum_insured=Decimal("100.00")))
    return survey_id


def with_every_event_kind(document: dict[str, Any]) -> dict[str, Any]:
    """The document's log with one more event of every kind the log knows."""
    last = document["events"][-1]
    extra = [
        {**last, "seq": last["seq"] + n, "kind": kind.value, "summary": kind.value}
        for n, kind in enumerate(EventKind, start=1)
    ]
    return {**document, "events": [*document["events"], *extra]}


def report_text(workspace: FieldWorkspace, survey_id: str, language: str, out: Path) -> str:
    make_display_copies(workspace, survey_id)
    document = with_every_event_kind(survey_document(workspace, survey_id, language=language))
    expected = RISK_KINDS if document["damage_items"] else RISK_KINDS - DAMAGE_KINDS
    assert {n["code"] for n in document["risk_notes"]} == expected
    line = workspace.surveys.get(survey_id).line_of_business
    pdf = build_report_pdf(
        document,
        checklist=checklist_for(line),
        display_copies={
            p["sha256"]: display_copy_of(workspace, p["sha256"])
            for p in document["photos"]
            if workspace.display_copies.has(p["sha256"])
        },
        signer=SignerBlock(
            name="李明",
            organisation="平安财险上海分公司",
            fingerprint=":".join(f"{n:02X}" for n in range(32)),
            signed_at="2026-11-25T14:05:00+08:00",
        ),
    )
    out.write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    return subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("line", LINES)
def test_every_word_of_the_report_is_in_its_language(
    workspace: FieldWorkspace, tmp_path: Path, line: str
) -> None:
    survey_id = survey_with_every_code(workspace, line, tmp_path)
    for language in LANGUAGES:
        words = report_text(workspace, survey_id, language, tmp_path / f"{language}.pdf")
        assert not CODE.findall(words), (language, sorted(set(CODE.findall(words))))
        if language.startswith("zh"):
            latin = re.findall(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9_.\-/:*+@#]*", words)
            # A single letter is data too (the province letter of a plate, 沪A).
            english = {
                w for w in latin if not re.search(r"\d", w) and w not in NAMES and len(w) > 1
            }
            assert not english, (language, sorted(english))
        assert "UTC+08:00" in words and "14:05" in words  # a time with its offset


@pytest.mark.parametrize("language", LANGUAGES)
def test_amounts_times_and_risk_notes_read_one_way(
    workspace: FieldWorkspace, tmp_path: Path, language: str
) -> None:
    survey_id = survey_with_every_code(workspace, "property", tmp_path)
    words = report_text(workspace, survey_id, language, tmp_path / "report.pdf")
    flat = " ".join(words.split())
    document = survey_document(workspace, survey_id, language=language)
    for item in document["damage_items"]:
        grouped = f"{Decimal(item['value']):,.2f}"
        assert grouped in flat, grouped
        if "," in grouped:
            assert f" {item['value']} " not in f" {flat} "  # never 36800.00 beside 36,800.00
    indemnity = f"{Decimal(document['assessment']['indemnity']):,.2f} CNY"
    label = {"zh-Hans": "建议赔款：", "zh-Hant": "建議賠款：", "en": "Proposed indemnity: "}
    assert label[language] + indemnity in flat
    # One entry per kind of note naming every photo or item it concerns, not a line per note.
    from fieldapp.report.code_words import code_word

    for code in RISK_KINDS:
        assert flat.count(code_word("risk", code, language)) == 1, code
    dense = re.sub(r"\s", "", words)  # as read, whatever the line breaks
    for note in document["risk_notes"]:
        said = f"{note['subject']}{':' if language == 'en' else '：'}{note['detail']}"
        assert re.sub(r"\s", "", said) in dense, note
    # No line starts with a closing mark; no line ends with an opening one.
    for text_line in words.splitlines():
        stripped = text_line.strip()
        assert not stripped.startswith(tuple("，。、：；！？）》」")), text_line
        assert not stripped.endswith(tuple("（《「")), text_line


def test_the_report_table_has_words_for_every_code_of_every_domain() -> None:
    from fieldapp.core.consent import ConsentAnswer, LegalBasis
    from fieldapp.core.damage import RepairAction, Severity, ValuationMethod
    from fieldapp.core.evidence import PhotoCategory
    from fieldapp.core.survey import (
        LineOfBusiness,
        PartyRole,
        SafetyAnswerValue,
        SurveyStatus,
    )
    from fieldapp.report.code_words import CODES

    domains = {
        "line": LineOfBusiness,
        "status": SurveyStatus,
        "answer": SafetyAnswerValue,
        "role": PartyRole,
        "basis": LegalBasis,
        "consent": ConsentAnswer,
        "severity": Severity,
        "action": RepairAction,
        "method": ValuationMethod,
        "category": PhotoCategory,
        "event": EventKind,
    }
    for group, domain in domains.items():
        missing = {code.value for code in domain} - set(CODES[group])
        assert not missing, (group, missing)
    assert set(CODES["risk"]) == set(CODES["risk_explained"]) == RISK_KINDS
    for group in CODES.values():
        for words in group.values():
            assert set(words) == set(LANGUAGES) and all(words.values())


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh-Hans", "第 1 版"), ("zh-Hant", "第 1 版"), ("en", ", version 1")],
)
def test_a_consent_under_an_earlier_notice_version_is_named_by_title(
    language: str, expected: str
) -> None:
    """Consents recorded before the notice changed (version 1) keep being named in words."""
    from fieldapp.report.code_words import notice_name
    from fieldapp.resources import privacy_notice

    notice = privacy_notice()
    earlier = notice.reference.rpartition("/")[0] + "/1"
    named = notice_name(earlier, language)
    title = notice.title.get(language) or notice.title["en"]
    assert named == title + expected
    assert "privacy-notice" not in named
    assert notice_name("another-notice/3", language) == "another-notice/3"
