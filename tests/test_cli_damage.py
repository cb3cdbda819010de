from __future__ import annotations

import json

from tests.conftest import CliRun


def test_damage_terms_and_assessment_from_the_command_line(cli: CliRun) -> None:
    sid = cli.new_survey(claim="BA-D", line="property", surveyor="赵静")
    code, _, err = cli(
        "damage",
        "add",
        sid,
        "--description",
        "Ring",
        "--cause",
        "Burglary",
        "--method",
        "expert_appraisal",
        "--assessed-value",
        "9000",
    )
    assert code == 1 and "names the appraiser and the basis" in err
    code, _, err = cli(
        "damage",
        "add",
        sid,
        "--description",
        "Sofa",
        "--cause",
        "Flood",
        "--method",
        "replacement_cost",
        "--unit-cost",
        "12.345",
    )
    assert code == 2 and "is not an amount" in err
    code, item_id, err = cli(
        "damage",
        "add",
        sid,
        "--description",
        "Sofa",
        "--cause",
        "Flood water 40 cm, tide mark matches",
        "--method",
        "replacement_cost",
        "--quantity",
        "2",
        "--unit-cost",
        "3,500.00",
        "--depreciation",
        "20",
        "--depreciation-basis",
        "3 of 15 years",
    )
    assert code == 0, err
    assert cli("terms", "set", sid, "--sum-insured", "5000", "--deductible", "500")[0] == 0
    code, text, _ = cli("assessment", sid, "--lang", "en")
    assert code == 0
    assert "Net loss: 7,000.00 − 1,400.00 − 0.00 = 5,600.00." in text
    assert "capped by the sum insured of 5,000.00" in text
    assert text.strip().endswith("indemnity 5000.00 CNY")
    document = json.loads(cli("survey", "show", sid, "--json")[1])
    assert document["assessment"]["indemnity"] == "5000.00"
    assert document["damage_items"][0]["loss"] == "5600.00"
    codes = {n["code"] for n in document["risk_notes"]}
    assert codes == {"damage_without_photo", "item_exceeds_sum_insured"}
    code, listed, _ = cli("damage", "list", sid)
    assert item_id.strip()[:8] in listed and "5,600.00" in listed
    assert cli("damage", "remove", sid, item_id.strip()[:8])[0] == 0
    assert "No damage items yet" in cli("damage", "list", sid)[1]
