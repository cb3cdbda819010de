"""The photo grid's model repaints only the tiles that changed when the board is read again
(every moment during an import), all of them when a damage item's name changed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.photo_board import photo_board
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.widgets.photo_grid import PhotoGridModel
from fieldapp.ui.widgets.photo_thumbs import ThumbnailCache


def test_a_board_read_again_repaints_only_what_changed(
    qtbot: QtBot, field_context: FieldContext
) -> None:
    workspace = field_context.workspace
    board = photo_board(workspace, create_demo_survey(workspace, "motor"))
    assert len(board.tiles) >= 4
    names = {d.damage_id: d.description for d in board.damage_items}
    model = PhotoGridModel(ThumbnailCache(workspace, QSize(160, 120)))
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: repainted.append((first.row(), last.row())))
    model.show_tiles(board.tiles[:-1], names)  # an import under way: the last one not yet in
    assert repainted == []
    model.show_tiles(board.tiles, names)  # it arrives: inserted, nothing else repainted
    assert repainted == [] and model.rowCount() == len(board.tiles)

    captioned = list(board.tiles)
    captioned[2] = replace(captioned[2], photo=replace(captioned[2].photo, caption="新说明"))
    model.show_tiles(captioned, names)
    assert repainted == [(2, 2)]

    repainted.clear()
    renamed = {damage_id: f"{name}（改）" for damage_id, name in names.items()}
    model.show_tiles(captioned, renamed)
    assert repainted == [(0, len(captioned) - 1)]
