"""Id prefixes are matched literally: wildcards typed by a user select nothing, and a prefix that
fits several records is refused with those records named."""

from __future__ import annotations

import pytest

from fieldapp.core.timestamps import local_now
from fieldapp.errors import AmbiguousId, NotFound, UsageError
from fieldapp.services.damage import remove_damage_item
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import FieldWorkspace, start_survey
from tests.conftest import CliRun

WILDCARDS = ["%%%%", "____", "%_%_", "\\%%%", "a%%%", "%"]


@pytest.mark.parametrize("given", WILDCARDS)
def test_wildcards_select_nothing_anywhere(workspace: FieldWorkspace, given: str) -> None:
    survey_id = create_demo_survey(workspace, "motor")
    items, photos = workspace.damage.items(survey_id), workspace.photos.photos(survey_id)
    assert items and photos
    with pytest.raises((NotFound, UsageError)):
        workspace.surveys.resolve_id(given)
    with pytest.raises((NotFound, UsageError)):
        workspace.damage.resolve(survey_id, given)
    with pytest.raises((NotFound, UsageError)):
        workspace.photos.resolve(survey_id, given)
    with pytest.raises((NotFound, UsageError)):
        remove_damage_item(workspace, survey_id, given)
    assert workspace.damage.items(survey_id) == items


def test_a_survey_of_its_own_still_resolves_from_its_prefix(workspace: FieldWorkspace) -> None:
    survey_id = create_demo_survey(workspace, "property")
    assert workspace.surveys.resolve_id(survey_id[:4].upper()) == survey_id
    item = workspace.damage.items(survey_id)[0]
    assert workspace.damage.resolve(survey_id, item.damage_id[:6]) == item.damage_id


def test_an_ambiguous_prefix_names_the_candidates(workspace: FieldWorkspace) -> None:
    made = [
        start_survey(
            workspace,
            claim_number=f"CLM-AMB-{n}",
            line_of_business="property",
            occurred_at=local_now(),
            surveyor="赵静",
        ).survey_id
        for n in range(3)
    ]
    # Real ids are random; give three surveys ids that share their first characters.
    with workspace.db.atomic():
        workspace.db.execute("PRAGMA defer_foreign_keys = ON")  # consistent again at commit
        for n, survey_id in enumerate(made):
            for table in workspace.db.table_names():
                if "survey_id" in workspace.db[table].columns_dict:
                    workspace.db.execute(
                        f"UPDATE [{table}] SET survey_id = ? WHERE survey_id = ?",
                        [f"abcd{n}{survey_id[5:]}", survey_id],
                    )
    with pytest.raises(AmbiguousId) as refused:
        workspace.surveys.resolve_id("abcd")
    message = refused.value.message
    assert message.startswith("'abcd' matches several surveys: abcd0")
    assert all(f"CLM-AMB-{n}" in message for n in range(3)) and "give more of the id" in message
    assert workspace.surveys.resolve_id("abcd1").startswith("abcd1")


def test_damage_remove_with_a_wildcard_prefix_removes_nothing(cli: CliRun) -> None:
    _, out, _ = cli("demo", "--line", "property")
    survey_id = out.strip()
    before = cli("damage", "list", survey_id)[1]
    code, _, err = cli("damage", "remove", survey_id, "%%%%")
    assert (
        code == 1
        and err == "fieldapp: No damage item of this survey with id %%%% in this data folder.\n"
    )
    assert cli("damage", "list", survey_id)[1] == before
