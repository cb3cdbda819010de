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


def test_an_item_is_edited_in_place_and_unstated_facts_stay_unstated(cli: CliRun) -> None:
    sid = cli.new_survey(claim="BA-E", line="property", surveyor="赵静")
    code, out, err = cli(
        "damage", "add", sid, "--description", "Sofa", "--cause", "Flood water 40 cm",
        "--method", "replacement_cost", "--unit-cost", "3500",
    )  # fmt: skip
    assert code == 0, err
    item_id = out.strip()
    document = cli.json("survey", "show", sid, "--json")
    [item] = document["damage_items"]  # type: ignore[index]
    assert (item["severity"], item["action"]) == (None, None)
    shown = cli("survey", "show", sid)[1]
    assert "[not stated, not stated]" in shown
    assert "not stated" in cli("damage", "list", sid)[1].splitlines()[1]

    code, out, err = cli(
        "damage", "edit", sid, item_id[:8], "--severity", "severe", "--quantity", "2"
    )
    assert code == 0 and out.strip() == item_id, err
    document = cli.json("survey", "show", sid, "--json")
    [item] = document["damage_items"]  # type: ignore[index]
    assert (item["damage_id"], item["severity"], item["action"]) == (item_id, "severe", None)
    assert (item["quantity"], item["loss"], item["description"]) == ("2", "7000.00", "Sofa")
    log = cli("survey", "log", sid)[1]
    assert f"damage item {item_id[:8]} changed: replacement_cost, 0 photos" in log

    # The edited item meets every rule a new one does, and a refused edit changes nothing.
    code, _, err = cli("damage", "edit", sid, item_id[:8], "--method", "market_value")
    assert code == 1 and "A market value item needs its assessed value." in err
    code, _, err = cli("damage", "edit", sid, item_id[:8])
    assert code == 2 and "Give at least one thing to change" in err
    assert cli.json("survey", "show", sid, "--json")["damage_items"] == [item]  # type: ignore[index]


def test_the_checklist_lists_item_ids_with_their_answers(cli: CliRun) -> None:
    sid = cli.new_survey(claim="BA-C", line="motor")
    assert cli("survey", "answer", sid, "police_called", "yes", "--note", "110 ref 42")[0] == 0
    code, out, _ = cli("survey", "checklist", sid, "--lang", "en")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["ITEM", "REQUIRED", "ANSWER", "QUESTION"]
    police = next(r for r in rows if r.startswith("police_called"))
    assert " yes " in police and police.endswith("— 110 ref 42")
    assert len(rows) == 7 and sum(" not answered " in r for r in rows) == 6
    help_text = cli("survey", "answer", "--help")[1]
    assert "survey checklist" in help_text
