"""The import desk's results: one row per file, newest first, coloured by outcome, the claim or
the reason in words with what to do. Kept (the last ``KEPT`` rows) across a restart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from fieldapp.core.timestamps import shown_stored_time
from fieldapp.office.importer import ImportOutcome, Status
from fieldapp.ui.office.desk_words import reason_words, status_word
from fieldapp.ui.preferences import DESK_RESULTS, Preferences, Theme
from fieldapp.ui.theme import status_colour

Index = QModelIndex | QPersistentModelIndex
KEPT = 500  # rows remembered across a restart; the archive keeps everything else

_TONE = {  # outcome → the theme's status colour
    Status.ACCEPTED: "done",
    Status.DUPLICATE: "",
    Status.REJECTED: "blocked",
    Status.SKIPPED: "attention",
    Status.NOT_IMPORTED: "attention",
}
_TINT = {"done": "#e3f3e6", "blocked": "#fbe4e2", "attention": "#fdf0dc"}  # light theme rows
AGAIN = {Status.REJECTED, Status.SKIPPED, Status.NOT_IMPORTED}  # may succeed another time


class ResultsModel(QAbstractTableModel):
    COLUMNS = ("time", "file", "result", "what", "advice")

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.rows: list[ImportOutcome] = []
        # A refused or waiting row a newer row settles (the same file imported again and
        # archived): it stays in the list, in plain colours, saying so, not "trust its device".
        self.settled: dict[int, ImportOutcome] = {}

    def restore(self) -> None:
        try:
            saved = json.loads(self.preferences.get(DESK_RESULTS))
            rows = [ImportOutcome.from_data(d) for d in saved]
        except (ValueError, KeyError, TypeError):
            rows = []  # a damaged preference costs the list, never the window
        self.beginResetModel()
        self.rows = rows
        self._find_settled()
        self.endResetModel()

    def add_batch(self, outcomes: list[ImportOutcome]) -> None:
        """A batch's outcomes on top, the newest first (a batch's last file is its newest)."""
        if not outcomes:
            return
        newest_first = list(reversed(outcomes))
        self.beginInsertRows(QModelIndex(), 0, len(newest_first) - 1)
        self.rows[:0] = newest_first
        self.endInsertRows()
        if len(self.rows) > KEPT:
            self.beginRemoveRows(QModelIndex(), KEPT, len(self.rows) - 1)
            del self.rows[KEPT:]
            self.endRemoveRows()
        self._find_settled()
        if self.rows:  # older rows may now read as settled
            last = self.index(len(self.rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.preferences.set(DESK_RESULTS, json.dumps([o.as_data() for o in self.rows]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Received"),
            self.tr("File"),
            self.tr("Result"),
            self.tr("Claim, or why not"),
            self.tr("What to do"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            later = self.settled.get(index.row())
            if later is not None and column == "advice":
                return self.settled_words(later)
            return self.shown(outcome, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a column cuts it
            if column == "file":
                return outcome.file
            if column in ("what", "advice") and outcome.code:
                return "\n".join(reason_words(outcome.code))
            return None
        tone = "" if index.row() in self.settled else _TONE[outcome.status]
        theme = self.preferences.theme
        if role == Qt.ItemDataRole.ForegroundRole and column == "result" and tone:
            return QBrush(status_colour(tone, theme))
        if role == Qt.ItemDataRole.BackgroundRole and tone and theme is Theme.LIGHT:
            return QBrush(QColor(_TINT[tone]))
        if role == Qt.ItemDataRole.FontRole and column == "result":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def shown(self, outcome: ImportOutcome, column: str) -> str:
        if column == "time":
            return shown_stored_time(outcome.at_utc, compact=True)
        if column == "file":
            return Path(outcome.file).name
        if column == "result":
            return status_word(outcome.status)
        if outcome.status in (Status.ACCEPTED, Status.DUPLICATE):
            if column == "advice":
                return ""
            return (
                self.tr("%1, revision %2")
                .replace("%1", outcome.claim_number)
                .replace("%2", str(outcome.revision))
            )
        meaning, advice = reason_words(outcome.code)
        return meaning if column == "what" else advice

    def settled_words(self, later: ImportOutcome) -> str:
        return (
            self.tr("Imported again %1: %2, revision %3.")
            .replace("%1", shown_stored_time(later.at_utc, compact=True))
            .replace("%2", later.claim_number)
            .replace("%3", str(later.revision))
        )

    def outcome(self, row: int) -> ImportOutcome | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def needs_importing_again(self, row: int) -> bool:
        outcome = self.outcome(row)
        return bool(outcome and outcome.status in AGAIN and row not in self.settled)

    def _find_settled(self) -> None:
        """Which refused or waiting rows a newer row archived: the same file, or its
        quarantined copy, imported again (newest first, so one pass)."""
        archived: dict[str, ImportOutcome] = {}  # by the path imported: newer rows only
        self.settled = {}
        for row, outcome in enumerate(self.rows):
            if outcome.status in AGAIN:
                later = archived.get(outcome.file) or archived.get(outcome.quarantined or "\0")
                if later is not None:
                    self.settled[row] = later
            elif outcome.status in (Status.ACCEPTED, Status.DUPLICATE):
                archived.setdefault(outcome.file, outcome)
