from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

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


def test_a_dry_run_prints_the_assessment_it_would_give_and_stores_nothing(cli: CliRun) -> None:
    sid = cli.new_survey(claim="BA-DRY", line="property")
    code, item_id, err = cli(
        "damage", "add", sid, "--description", "Sofa", "--cause", "Flood water 40 cm",
        "--method", "replacement_cost", "--unit-cost", "1,000.00",
    )  # fmt: skip
    assert code == 0, err
    code, text, err = cli(
        "damage", "add", sid, "--description", "Rug", "--cause", "Flood water 40 cm",
        "--method", "replacement_cost", "--quantity", "2", "--unit-cost", "250", "--dry-run",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0, err
    assert "Gross loss: the value of the 2 damage items adds up to 1,500.00." in text
    assert text.strip().endswith("indemnity 1500.00 CNY")
    code, text, err = cli(
        "damage", "edit", sid, item_id.strip()[:8], "--unit-cost", "800", "--dry-run",
        "--lang", "zh-Hans",
    )  # fmt: skip
    assert code == 0, err
    assert "损失总额：1 项受损标的价值合计 800.00。" in text
    code, text, err = cli("terms", "set", sid, "--deductible", "300", "--dry-run", "--lang", "en")
    assert code == 0, err
    assert text.strip().endswith("indemnity 700.00 CNY")
    code, text, err = cli("terms", "set", sid, "--disability-grade", "3", "--dry-run")
    assert code == 1 and "does not collect disability grade" in err  # the save's own rules
    # Nothing of it was stored.
    assert cli("assessment", sid, "--lang", "en")[1].strip().endswith("indemnity 1000.00 CNY")
    document = json.loads(cli("survey", "show", sid, "--json")[1])
    assert [i["description"] for i in document["damage_items"]] == ["Sofa"]


def test_a_photos_thumbnail_is_written_to_a_file(cli: CliRun, tmp_path: Path) -> None:
    sid = cli.new_survey(claim="BA-THUMB", line="property")
    assert cli("survey", "emergency-skip", sid, "--reason", "水位上涨，先行拍照取证")[0] == 0
    picture = tmp_path / "wall.jpg"
    Image.new("RGB", (1200, 900), (30, 90, 200)).save(picture)
    code, added, err = cli("photos", "add", sid, str(picture))
    assert code == 0, err
    digest = added.split()[1]
    out = tmp_path / "thumb.jpg"
    code, printed, err = cli("photos", "thumbnail", sid, digest, "--out", str(out))
    assert code == 0 and printed.strip() == str(out), err
    with Image.open(out) as thumbnail:
        assert thumbnail.format == "JPEG" and max(thumbnail.size) <= 320


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
