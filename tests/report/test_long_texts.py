"""Any text a survey can hold finds a place in the report.

A survey with every text at the longest the survey accepts, written without a single space (one
Latin "word", unbroken Chinese, a long address with a URL in it), exports: the text wraps, table
rows continue on the next page, and qpdf and pdfsig accept the signed file.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.documents import import_survey_document, survey_document
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity

SCRIPTS = {
    "latin": "Waterdamage",
    "chinese": "后保险杠皮原厂件受损",
    "url": "见https://claims.example.com/evidence/",
}


def unbroken(script: str, length: int) -> str:
    """``length`` characters of one script with no space anywhere."""
    word = SCRIPTS[script]
    return (word * (length // len(word) + 1))[:length]


def long_text_survey(workspace: FieldWorkspace, script: str) -> tuple[str, dict[str, str]]:
    """A complete survey (imported from the demo's document) whose texts are all at their limit;
    returns its id and the texts by where they are."""
    document: dict[str, Any] = survey_document(
        workspace, create_demo_survey(workspace, "motor"), full=True
    )
    texts = {
        "incident description": unbroken(script, 4000),
        "incident address": unbroken(script, 4000)[::-1],
        "safety note": unbroken(script, 3999),
        "photo caption": unbroken(script, 3998),
        "damage description": unbroken(script, 3997),
        "causal link": unbroken(script, 3996),
        "party name": unbroken(script, 200),
        "vehicle": unbroken(script, 199),
    }
    document["incident"]["description"] = texts["incident description"]
    document["incident"]["address"] = texts["incident address"]
    document["safety"]["answers"][0]["note"] = texts["safety note"]
    document["photos"][0]["caption"] = texts["photo caption"]
    document["damage_items"][0]["description"] = texts["damage description"]
    document["damage_items"][0]["causal_link"] = texts["causal link"]
    document["parties"][0]["name"] = texts["party name"]
    document["parties"][0]["vehicle"] = texts["vehicle"]
    outcome = import_survey_document(workspace, document)
    assert not outcome.missing_photos
    return outcome.survey_id, texts


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_texts_at_their_limit_without_spaces_export_and_check(
    workspace: FieldWorkspace, tmp_path: Path, script: str
) -> None:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id, texts = long_text_survey(workspace, script)
    pdf = export_report(
        workspace, survey_id, out=tmp_path / "long.pdf", language="en", full=True
    ).path
    assert run("qpdf", "--check", str(pdf)).returncode == 0
    assert "Signature is Valid." in run("pdfsig", str(pdf)).stdout
    assert workspace.surveys.get(survey_id).status == "finished"
    # Nothing was cut: each text is in the page text (lines and pages joined again).
    words = "".join(run("pdftotext", str(pdf), "-").stdout.split())
    for where, text in texts.items():
        assert text[:300] in words and text[-300:] in words, where


def test_a_header_line_too_long_for_the_page_is_cut_with_an_ellipsis() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from fieldapp.report.fonts import report_font
    from fieldapp.report.pages import fitted_line

    name = report_font().name
    assert fitted_line("BA-1", name, 8, 100) == "BA-1"
    cut = fitted_line("报案号 " + "9" * 64, name, 8, 100)
    assert cut.startswith("报案号 99") and cut.endswith("…")
    assert stringWidth(cut, name, 8) <= 100 < stringWidth(cut[:-1] + "9…", name, 8)
