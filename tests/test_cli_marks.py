"""`fieldapp photos annotate` takes every kind of mark and a colour by name or #rrggbb, and a
photo's marks go through the services' new read functions as the viewer sees them."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_marks import photo_details, photo_picture
from fieldapp.services.photos import add_photos
from tests.conftest import CliRun
from tests.photo_fixtures import jpeg_bytes, ready_survey


def test_every_kind_and_colour_is_taken_and_a_bad_one_is_said(
    cli: CliRun, workspace: FieldWorkspace, tmp_path: Path
) -> None:
    survey_id = ready_survey(workspace, place=(43.41, 11.89))
    source = tmp_path / "door.jpg"
    source.write_bytes(jpeg_bytes((1600, 1200), gps=(43.41, 11.90), camera=("NIKON", "D70")))
    [outcome] = add_photos(workspace, survey_id, [source]).outcomes
    sha = outcome.sha256 or ""
    original = workspace.photo_store.read(sha)
    code, _, err = cli(
        "photos",
        "annotate",
        survey_id,
        sha[:10],
        "arrow:0.1,0.1,0.5,0.5",
        "rectangle/yellow:0.2,0.2,0.4,0.4",
        "ellipse/#00E5FF:0.5,0.5,0.9,0.9",
        "freehand/white:0.1,0.8,0.2,0.7,0.3,0.8",
        "text/black:0.1,0.95:门板凹陷",
    )
    assert code == 0, err
    details = photo_details(workspace, survey_id, sha[:10])
    marks = details.photo.annotations
    assert [m.kind for m in marks] == ["arrow", "rectangle", "ellipse", "freehand", "text"]
    assert [m.colour for m in marks] == ["#ff2d2d", "#ffd400", "#00E5FF", "#ffffff", "#000000"]
    assert marks[3].points == (0.1, 0.8, 0.2, 0.7, 0.3, 0.8) and marks[4].text == "门板凹陷"
    assert details.distance_km is not None and 0.7 < details.distance_km < 0.9
    assert not details.frozen and details.photo.make == "NIKON"
    assert photo_picture(workspace, survey_id, sha[:10]).startswith(b"\xff\xd8")  # a JPEG
    assert hashlib.sha256(workspace.photo_store.read(sha)).hexdigest() == sha
    assert workspace.photo_store.read(sha) == original

    code, _, err = cli("photos", "annotate", survey_id, sha[:10], "freehand:0.1,0.8")
    assert code == 2 and "freehand mark needs 2 to 500 points" in err
    code, _, err = cli("photos", "annotate", survey_id, sha[:10], "arrow/pink:0.1,0.1,0.2,0.2")
    assert code == 2 and "colours are red, yellow, cyan, white, black or #rrggbb" in err
    code, _, err = cli("photos", "annotate", survey_id, sha[:10], "star:0.1,0.1")
    assert code == 2 and "arrow, ellipse, freehand, rectangle, text" in err
    assert len(photo_details(workspace, survey_id, sha[:10]).photo.annotations) == 5


def test_a_photo_whose_original_is_missing_is_said_not_crashed(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    import pytest

    from fieldapp.errors import UsageError

    survey_id = ready_survey(workspace)
    source = tmp_path / "door.jpg"
    source.write_bytes(jpeg_bytes((800, 600)))
    [outcome] = add_photos(workspace, survey_id, [source]).outcomes
    sha = outcome.sha256 or ""
    workspace.display_copies.path_for(sha).unlink(missing_ok=True)  # not made yet, or gone
    workspace.photo_store.path_for(sha).unlink()
    with pytest.raises(UsageError) as refused:
        photo_picture(workspace, survey_id, sha[:10])
    assert refused.value.code == "picture_missing"
