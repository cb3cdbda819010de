"""Removing a photo added by mistake, linking photos to damage items from the photo's side, and
the import's outcome codes (what a window translates), on a real data folder."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from fieldapp.core.damage import DamageItem
from fieldapp.core.timestamps import local_now
from fieldapp.errors import SurveyFrozen
from fieldapp.services.damage import save_damage_item
from fieldapp.services.field import FieldWorkspace, survey_log
from fieldapp.services.photo_board import photo_board
from fieldapp.services.photos import (
    Outcome,
    add_photos,
    camera_folders,
    link_photo,
    remove_photo,
)
from tests.conftest import CliRun
from tests.photo_fixtures import jpeg_bytes, ready_survey


def _item(description: str) -> DamageItem:
    return DamageItem(
        description=description,
        area="front",
        kind="dent",
        severity=None,
        action=None,
        causal_link="hit in the collision",
        method="market_value",  # type: ignore[arg-type]
        assessed_value=Decimal("100"),
    )


def _photos(workspace: FieldWorkspace, survey_id: str, tmp_path: Path, n: int = 2) -> list[str]:
    files = []
    for k in range(n):
        path = tmp_path / f"shot{k}.jpg"
        path.write_bytes(jpeg_bytes(colour=(10 * k, 40, 90)))
        files.append(path)
    report = add_photos(workspace, survey_id, files)
    return [o.photo.photo_id for o in report.outcomes if o.photo]


def test_a_removed_photo_is_logged_unlinked_and_its_original_kept(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    keep, mistake = _photos(workspace, survey_id, tmp_path)
    item = save_damage_item(workspace, survey_id, _item("bumper"), photo_refs=[keep, mistake])
    sha = next(p.sha256 for p in workspace.photos.photos(survey_id) if p.photo_id == mistake)
    removed = remove_photo(workspace, survey_id, mistake[:8])
    assert removed.photo_id == mistake and removed.unlinked_damage_ids == (item.damage_id,)
    assert removed.surveys_still_using == 0
    assert [p.photo_id for p in workspace.photos.photos(survey_id)] == [keep]
    [still] = workspace.damage.items(survey_id)
    assert still.photo_ids == (keep,)
    last = survey_log(workspace, survey_id)[-1]
    assert last.kind == "photo_removed" and sha[:12] in last.summary
    assert workspace.photo_store.has(sha)  # evidence is never silently lost
    # Added again, the same original is attached again (no second copy needed).
    again = add_photos(workspace, survey_id, [tmp_path / "shot1.jpg"])
    assert [o.outcome for o in again.outcomes] == [Outcome.ADDED]


def test_removal_is_refused_on_a_finished_revision(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    [photo] = _photos(workspace, survey_id, tmp_path, 1)
    workspace.surveys.finish(survey_id, actor="李明", at=local_now())
    events = len(survey_log(workspace, survey_id))
    with pytest.raises(SurveyFrozen):
        remove_photo(workspace, survey_id, photo)
    assert len(workspace.photos.photos(survey_id)) == 1
    assert len(survey_log(workspace, survey_id)) == events


def test_linking_from_the_photo_sets_exactly_the_items_that_show_it(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    first, second = _photos(workspace, survey_id, tmp_path)
    door = save_damage_item(workspace, survey_id, _item("door"), photo_refs=[second])
    hood = save_damage_item(workspace, survey_id, _item("hood"))
    assert link_photo(workspace, survey_id, first, [door.damage_id, hood.damage_id[:8]]) == [
        door.damage_id,
        hood.damage_id,
    ]
    link_photo(workspace, survey_id, first, [hood.damage_id])
    items = {i.damage_id: i.photo_ids for i in workspace.damage.items(survey_id)}
    assert items == {door.damage_id: (second,), hood.damage_id: (first,)}
    board = photo_board(workspace, survey_id)
    assert [t.damage_ids for t in board.tiles] == [(hood.damage_id,), (door.damage_id,)]
    assert [c.description for c in board.damage_items] == ["door", "hood"]


def test_each_refused_or_duplicate_file_carries_a_code(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace)
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes())
    (tmp_path / "b.jpg").write_text("not a photo")
    add_photos(workspace, survey_id, [tmp_path / "a.jpg"])
    report = add_photos(
        workspace, survey_id, [tmp_path / "a.jpg", tmp_path / "b.jpg", tmp_path / "gone.jpg"]
    )
    assert [(o.outcome, o.code) for o in report.outcomes] == [
        (Outcome.REJECTED, "no_such_file"),
        (Outcome.DUPLICATE, "duplicate"),
        (Outcome.REJECTED, "not_an_image"),
    ]


def test_camera_cards_are_the_volumes_with_a_dcim_folder(tmp_path: Path) -> None:
    card, stick = tmp_path / "card", tmp_path / "stick"
    (card / "DCIM" / "100CANON").mkdir(parents=True)
    stick.mkdir()
    assert camera_folders([stick, card, tmp_path / "ejected"]) == [card / "DCIM"]


def test_cli_removes_and_links_a_photo(cli: CliRun, tmp_path: Path) -> None:
    sid = cli.new_survey(claim="BA-RM", line="property", surveyor="赵静")
    assert (
        cli("survey", "emergency-skip", sid, "--reason", "Water still rising, shoot first")[0] == 0
    )
    (tmp_path / "x.jpg").write_bytes(jpeg_bytes(colour=(9, 9, 9)))
    code, out, err = cli("photos", "add", sid, str(tmp_path / "x.jpg"))
    assert code == 0, err
    sha = out.split()[1]
    code, out, err = cli(
        "damage",
        "add",
        sid,
        "--description",
        "wall",
        "--cause",
        "water from above",
        "--method",
        "market_value",
        "--assessed-value",
        "200",
    )
    assert code == 0, err
    item = out.strip().split()[-1]
    code, out, err = cli("photos", "link", sid, sha, item)
    assert (code, out.strip()) == (0, "linked to 1 damage item"), err
    code, out, err = cli("photos", "remove", sid, sha)
    assert code == 0, err
    assert out.startswith("removed ") and "unlinked from 1 damage item" in out
    assert "original kept, used by 0 surveys" in out
    listing = cli.json("photos", "list", sid, "--json")
    assert isinstance(listing, dict) and listing["photos"] == []
    code, _, err = cli("photos", "remove", sid, sha)
    assert code != 0 and "photo" in err
