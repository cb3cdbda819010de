"""A table's columns fitted to the table's width: each column as wide as its texts (measured
once on the rows in sight, not per row as pages arrive), and when they would not fit, the
elastic columns (long texts a user can do without in full: their tooltips hold them) give up
width, cut with "…", so that the others are never scrolled out of sight. Refitted whenever the
table's width changes; a column the user drags keeps its width until then."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_ELASTIC_CHARS = 7  # an elastic column keeps about this many characters in sight


def fitted_widths(
    wanted: Sequence[int], available: int, elastic: Collection[int], minimum: int
) -> list[int]:
    """Column widths for ``available`` pixels: each column ``wanted``; an overflow is taken from
    the elastic columns in proportion to their width above ``minimum`` (never below it); room
    to spare goes to the elastic columns in proportion to their width."""
    widths = list(wanted)
    flexible = [column for column in elastic if 0 <= column < len(widths)]
    spare = available - sum(widths)
    if not flexible or spare == 0:
        return widths
    if spare > 0:
        weights = {column: max(1, widths[column]) for column in flexible}
        change = spare
    else:
        weights = {column: max(0, widths[column] - minimum) for column in flexible}
        change = -min(-spare, sum(weights.values()))
    total = sum(weights.values())
    if total == 0:
        return widths
    given = 0
    for column in flexible[:-1]:
        share = int(change * weights[column] / total)
        widths[column] += share
        given += share
    widths[flexible[-1]] += change - given  # the rounding's pixels to the last one
    return widths


class FittedColumns(QObject):
    def __init__(self, table: QTableView, *, elastic: Collection[int]) -> None:
        super().__init__(table)
        self.table = table
        self.elastic = sorted(elastic)
        self.wanted: list[int] = []  # each column's width for its texts, once measured
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the fit fills the width, not the last column
        table.viewport().installEventFilter(self)

    def measure(self) -> None:
        """Each column's width for its header and the rows in sight (after the first page
        arrives, and after the language changed its words); then fitted."""
        header = self.table.horizontalHeader()
        self.wanted = [
            max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(header.count())
        ]
        self.fit()

    def fit(self) -> None:
        if not self.wanted:
            return
        minimum = self.table.fontMetrics().averageCharWidth() * MIN_ELASTIC_CHARS
        widths = fitted_widths(self.wanted, self.table.viewport().width(), self.elastic, minimum)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)
