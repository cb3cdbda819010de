"""Whatever the services accept can be shown, exported, signed, verified and imported by the
office (issue 12). Hypothesis makes random edits through the services at the domains' edges:
the longest texts in Latin and in wide Chinese characters, line breaks and tabs, the largest
amounts, the extreme UTC offsets and years. An edit a rule refuses is refused with the project's
error and changes nothing; after the accepted ones the survey shows through the CLI, exports,
verifies and is accepted by the office. Each example exports a PDF: few in CI,
``--fuzz-examples N`` for more.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.core import text_fields as texts
from fieldapp.core.checklist import LANGUAGES
from fieldapp.core.damage import DamageItem
from fieldapp.core.domains import FIRST_YEAR, MONEY_LIMIT, TextDomain
from fieldapp.core.evidence import Annotation
from fieldapp.core.valuation import PolicyTerms
from fieldapp.errors import FieldappError
from fieldapp.office.importer import OfficeWorkspace, Status, import_reports
from fieldapp.report.verification import verify_report
from fieldapp.services.damage import remove_damage_item, save_damage_item, set_policy_terms
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace, answer_safety_item, save_party, set_notes
from fieldapp.services.photos import annotate_photo, describe_photo
from fieldapp.services.privacy import create_identity, identity_of
from tests.conftest import CliRun
from tests.reliability.ledger import Ledger

CI_EXAMPLES = 10
# Characters the report font draws: Latin, digits, punctuation, common Chinese (wide), full-width
# punctuation; line breaks and tabs where a text may hold several lines.
LATIN = "AZaz09 .,;:-/()#&'"
CHINESE = "车险财产损失查勘定损现场照片修复更换保险金额免赔额赔偿限额水渍追尾，。、（）"
ALPHABETS = (LATIN, CHINESE, LATIN + CHINESE)


@st.composite
def domain_text(draw: st.DrawFn, domain: TextDomain) -> str:
    """A text of the domain, most often at its longest, in one of the alphabets."""
    low = max(1, domain.min_chars if domain.min_written else 1)
    size = draw(st.sampled_from([low, max(low, domain.max_chars // 2), domain.max_chars]))
    alphabet = draw(st.sampled_from(ALPHABETS))
    seed = draw(st.text(alphabet + ("\n\t" if domain.lines else ""), min_size=1, max_size=12))
    # No white space at the ends: it is cut off.
    edge = draw(st.sampled_from([c for c in alphabet if not c.isspace()]))
    body = (seed * (size // len(seed) + 1))[: size - 2] if size > 2 else ""
    return (edge + body + edge)[:size]


AMOUNTS = st.sampled_from(
    [Decimal("0.01"), Decimal("1.00"), Decimal("123456.78"), MONEY_LIMIT - Decimal("0.01")]
)
QUANTITIES = st.sampled_from([Decimal("0.0001"), Decimal(1), Decimal("999999.9999")])
OFFSETS = st.sampled_from([-12 * 60, -9 * 60 - 30, 0, 5 * 60 + 45, 8 * 60, 12 * 60 + 45, 14 * 60])


@st.composite
def answer_time(draw: st.DrawFn) -> datetime:
    offset = timezone(timedelta(minutes=draw(OFFSETS)))
    year = draw(st.sampled_from([FIRST_YEAR, 2000, 2026]))
    return datetime(year, 1, 1, 0, 0, tzinfo=offset)


@st.composite
def damage_item(draw: st.DrawFn) -> DamageItem:
    method = draw(st.sampled_from(["replacement_cost", "market_value", "expert_appraisal"]))
    figures: dict[str, Any] = (
        {"quantity": draw(QUANTITIES), "unit_cost": draw(AMOUNTS)}
        if method == "replacement_cost"
        else {"assessed_value": draw(AMOUNTS)}
    )
    if method == "expert_appraisal":
        figures |= {
            "appraiser": draw(domain_text(texts.APPRAISER)),
            "appraisal_basis": draw(domain_text(texts.APPRAISAL_BASIS)),
        }
    return DamageItem(
        description=draw(domain_text(texts.DAMAGE_DESCRIPTION)),
        area=draw(domain_text(texts.DAMAGE_AREA)),
        kind=draw(domain_text(texts.DAMAGE_KIND)),
        severity=draw(st.sampled_from([None, "minor", "total"])),
        action=draw(st.sampled_from([None, "repair", "replace"])),
        causal_link=draw(domain_text(texts.CAUSAL_LINK)),
        method=method,
        **figures,
    )


@st.composite
def edits(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "notes": draw(domain_text(texts.NOTES)),
        "caption": draw(domain_text(texts.CAPTION)),
        "mark": draw(domain_text(texts.ANNOTATION_TEXT)),
        "party": draw(domain_text(texts.PARTY_NAME)),
        "phone": draw(st.sampled_from(["", "+86 138 0013 8000", "1" * 40])),
        "answered_at": draw(answer_time()),
        "note": draw(domain_text(texts.SAFETY_NOTE)),
        "items": draw(st.lists(damage_item(), min_size=1, max_size=3)),
        "sum_insured": draw(st.none() | AMOUNTS),
        "deductible": draw(AMOUNTS),
        "currency": draw(st.sampled_from(["CNY", "HKD", "JPY", "XOF"])),
        "language": draw(st.sampled_from(LANGUAGES)),
        "full": draw(st.booleans()),
    }


def apply(ws: FieldWorkspace, survey_id: str, edit: dict[str, Any], refused: list[str]) -> None:
    """Each edit through its service; one a rule refuses is noted, and the next one goes on."""
    photo = ws.photos.photos(survey_id)[0].photo_id
    steps = [
        lambda: set_notes(ws, survey_id, edit["notes"]),
        lambda: describe_photo(ws, survey_id, photo, caption=edit["caption"]),
        lambda: annotate_photo(
            ws, survey_id, photo, [Annotation(kind="text", points=(0.5, 0.5), text=edit["mark"])]
        ),
        lambda: save_party(
            ws,
            survey_id,
            role="witness",
            name=edit["party"],
            phone=edit["phone"],
            legal_basis="emergency",
        ),
        lambda: answer_safety_item(
            ws,
            survey_id,
            item_id="hazard_lights",
            answer="yes",
            note=edit["note"],
            answered_at=edit["answered_at"],
        ),
        lambda: set_policy_terms(
            ws,
            survey_id,
            PolicyTerms(
                currency=edit["currency"],
                sum_insured=edit["sum_insured"],
                deductible=edit["deductible"],
            ),
        ),
        *(
            lambda item=item: save_damage_item(ws, survey_id, item, photo_refs=[photo])
            for item in edit["items"]
        ),
    ]
    for step in steps:
        try:
            step()
        except FieldappError as error:  # refused by a rule: the project's error, one line
            assert "\n" not in error.message
            refused.append(error.code)


def test_accepted_values_are_shown_exported_verified_and_imported_at_the_office(
    workspace: FieldWorkspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
    ledger: Ledger,
) -> None:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "motor")
    certificate_file = identity_of(workspace).export_certificate(tmp_path / "device.pem")
    trusted = [x509.load_pem_x509_certificate(certificate_file.read_bytes())]
    office = OfficeWorkspace(tmp_path / "office-data")
    office.trust.add(certificate_file, name="device")
    cli = CliRun(workspace.data_dir, capsys)
    asked = request.config.getoption("--fuzz-examples")
    seen = {"examples": 0, "refused edits": 0, "edits": 0}

    @settings(
        max_examples=asked or CI_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=asked is None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(edits())
    def travels(edit: dict[str, Any]) -> None:
        if workspace.surveys.get(survey_id).is_frozen:
            workspace.surveys.revise(survey_id, actor="李明")
        for item in workspace.damage.items(survey_id):
            remove_damage_item(workspace, survey_id, item.damage_id)
        refused: list[str] = []
        apply(workspace, survey_id, edit, refused)
        seen["examples"] += 1
        seen["refused edits"] += len(refused)
        seen["edits"] += 6 + len(edit["items"])
        for argv in (
            ("survey", "show", survey_id),
            ("survey", "show", survey_id, "--json", "--full"),
            ("survey", "list"),
            ("survey", "checklist", survey_id),
            ("assessment", survey_id),
            ("damage", "list", survey_id),
        ):
            code, out, err = cli(*argv)
            assert code == 0 and out and err == "", (argv, err)
            assert "\x1b" not in out
        report = export_report(
            workspace,
            survey_id,
            out=tmp_path / f"r{seen['examples']}.pdf",
            language=edit["language"],
            full=edit["full"],
        )
        verdict = verify_report(report.path.read_bytes(), trusted=trusted)
        assert verdict.ok, verdict.failure
        [outcome] = import_reports(office, [report.path], settle_seconds=0)
        assert outcome.status is Status.ACCEPTED, outcome.line

    try:
        travels()
    finally:
        office.close()
    # Most edits sit inside the domains; only sums past the money limit are refused.
    assert seen["refused edits"] < seen["edits"] / 2, seen
    ledger.figure(
        "Fuzzing",
        "accepted values travel",
        f"{seen['examples']} examples ({seen['refused edits']} "
        f"{'edit' if seen['refused edits'] == 1 else 'edits'} refused by a rule), "
        "each shown, exported, verified and accepted by the office",
    )
