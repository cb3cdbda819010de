"""A survey's photos as a grid of tiles: one model row per photo, painted by a delegate (never a
widget per photo), so that 500 photos cost 500 small rows and a screenful of paints.

Each tile shows its thumbnail (read lazily off the UI thread by ``ThumbnailCache``), its
category, caption and linked damage items, and its risk notes as badges; the tooltip explains
each badge in words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from fieldapp.services.photo_board import PhotoTile
from fieldapp.ui.names import PHOTO_BADGES, photo_badge_name, photo_category_name, photo_note_text
from fieldapp.ui.preferences import Theme
from fieldapp.ui.theme import status_colour
from fieldapp.ui.widgets.photo_thumbs import ThumbnailCache

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TILE_ROLE = Qt.ItemDataRole.UserRole + 2
IMAGE_SIZE = QSize(152, 114)
PADDING = 6
TEXT_LINES = 3  # category, caption, damage items

AnyIndex = QModelIndex | QPersistentModelIndex


def badges_of(tile: PhotoTile) -> list[str]:
    """The tile's badge codes, each once, in the order they are drawn."""
    codes = {note.code for note in tile.notes}
    return [code for code in PHOTO_BADGES if code in codes]


def tile_explanation(tile: PhotoTile) -> list[str]:
    """Each badge of the tile explained in a sentence."""
    return [photo_note_text(note.code, dict(note.params)) for note in tile.notes]


class PhotoGridModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.tiles: list[PhotoTile] = []
        self.damage_names: Mapping[str, str] = {}
        self._rows: dict[str, int] = {}  # SHA-256 → row, to repaint a tile when its image comes
        thumbnails.ready.connect(self.refresh_image)

    def show_tiles(self, tiles: Sequence[PhotoTile], damage_names: Mapping[str, str]) -> None:
        """The survey's photos in its order. Photos added at the end (an import going on) are
        inserted, the others updated in place, so the selection and scroll position stay."""
        old = [t.photo.photo_id for t in self.tiles]
        new = [t.photo.photo_id for t in tiles]
        renamed = dict(damage_names) != self.damage_names  # a tile shows its items' names
        self.damage_names = dict(damage_names)
        if new[: len(old)] == old:
            # Only the tiles that changed are repainted: during an import the board is read
            # again every moment, and repainting every tile in sight each time cost the UI
            # thread a Python call per tile while the import's threads hold the interpreter.
            changed = [row for row in range(len(old)) if renamed or self.tiles[row] != tiles[row]]
            self.tiles[: len(old)] = tiles[: len(old)]
            for first, last in _runs(changed):
                self.dataChanged.emit(self.index(first), self.index(last))
            if len(new) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
                self.tiles[len(old) :] = tiles[len(old) :]
                self.endInsertRows()
        else:
            self.beginResetModel()
            self.tiles = list(tiles)
            self.endResetModel()
        self._rows = {t.photo.sha256: row for row, t in enumerate(self.tiles)}

    def row_of(self, photo_id: str) -> int:
        for row, tile in enumerate(self.tiles):
            if tile.photo.photo_id == photo_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tiles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        tile = self.tiles[index.row()]
        if role == TILE_ROLE:
            return tile
        if role == PHOTO_ID_ROLE:
            return tile.photo.photo_id
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.photo.caption or photo_category_name(tile.photo.category)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(tile)
        return None

    def describe(self, tile: PhotoTile) -> str:
        """The tile in words: what the tooltip and a screen reader say."""
        translate = QCoreApplication.translate
        lines = [photo_category_name(tile.photo.category)]
        if tile.photo.caption:
            lines.append(tile.photo.caption)
        if tile.damage_ids:
            lines.append(translate("PhotoGrid", "Shows: %1").replace("%1", self.damage_text(tile)))
        lines += tile_explanation(tile)
        return "\n".join(lines)

    def damage_text(self, tile: PhotoTile) -> str:
        separator = QCoreApplication.translate("PhotoGrid", ", ")
        return separator.join(self.damage_names.get(d, d[:8]) for d in tile.damage_ids)

    def refresh_image(self, digest: str) -> None:
        """Paint this original's tile again (its picture came or changed)."""
        row = self._rows.get(digest)
        if row is not None and row < len(self.tiles):
            self.dataChanged.emit(self.index(row), self.index(row), [TILE_ROLE])


class PhotoTileDelegate(QStyledItemDelegate):
    """Paints a tile: the picture, its badges over the picture's foot, three lines of text."""

    def __init__(self, model: PhotoGridModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.theme = theme
        self._font_key = ""
        self._regular = self._bold = QFont()
        self._metrics: dict[bool, QFontMetrics] = {}
        self._words: dict[str, str] = {}
        self._shortened: dict[tuple[str, bool, int], str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()  # type: ignore[attr-defined]
        return QSize(
            IMAGE_SIZE.width() + 2 * PADDING,
            IMAGE_SIZE.height() + TEXT_LINES * line + 3 * PADDING,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        tile: PhotoTile = index.data(TILE_ROLE)
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        contrast = self.theme is Theme.HIGH_CONTRAST
        border = (
            QPen(palette.color(QPalette.ColorRole.Highlight), 4 if contrast else 3)
            if selected or focused
            else QPen(
                palette.color(QPalette.ColorRole.Text if contrast else QPalette.ColorRole.Mid)
            )
        )
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if selected and not contrast:  # a tint the text stays readable on
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40)
            painter.setBrush(tint)
            painter.drawRoundedRect(rect, 6, 6)
        frame = QRect(rect.left() + PADDING - 2, rect.top() + PADDING - 2, *IMAGE_SIZE.toTuple())
        self._picture(painter, frame, tile, palette)
        self._badges(painter, frame, tile)
        self._texts(painter, option, rect, frame, tile, selected)
        painter.restore()

    def _picture(self, painter: QPainter, frame: QRect, tile: PhotoTile, palette: QPalette):
        image = self.model.thumbnails.image(tile.photo.sha256)
        if image is None or image.isNull():
            painter.fillRect(frame, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = (
                "…"
                if image is None
                else QCoreApplication.translate("PhotoGrid", "no picture to show")
            )
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, text)
            return
        x = frame.left() + (frame.width() - image.width()) // 2
        y = frame.top() + (frame.height() - image.height()) // 2
        painter.drawImage(x, y, image)

    def _badges(self, painter: QPainter, frame: QRect, tile: PhotoTile) -> None:
        codes = badges_of(tile)
        if not codes:
            return
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        colour = status_colour("attention", self.theme)
        if tile.notes and any(n.code == "photo_damaged" for n in tile.notes):
            colour = status_colour("blocked", self.theme)
        x, y = frame.left() + 3, frame.bottom() - metrics.height() - 5
        for code in codes:
            text = f"⚠ {photo_badge_name(code)}"
            width = min(metrics.horizontalAdvance(text) + 10, frame.width() - 6)
            if x + width > frame.right() - 2 and x > frame.left() + 3:  # next row, upwards
                x, y = frame.left() + 3, y - metrics.height() - 6
            box = QRect(x, y, width, metrics.height() + 4)
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 4, 4)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 8),
            )
            x += width + 4

    def _texts(self, painter, option, rect: QRect, frame: QRect, tile: PhotoTile, selected: bool):  # type: ignore[no-untyped-def]
        palette: QPalette = option.palette
        regular, bold = self._fonts(option.font)
        line = QFontMetrics(regular).lineSpacing()
        width = rect.width() - 2 * PADDING
        top = frame.bottom() + PADDING
        text_colour = palette.color(QPalette.ColorRole.Text)
        hint = palette.color(QPalette.ColorRole.PlaceholderText)
        category, caption, links = self._lines(tile)
        for n, (text, font, colour) in enumerate(
            (
                (category, bold, text_colour),
                (caption, regular, text_colour if tile.photo.caption else hint),
                (links, regular, text_colour if tile.damage_ids else hint),
            )
        ):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QRect(rect.left() + PADDING, top + n * line, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._elided(text, font, width),
            )

    # What a paint would compute again and again for 500 tiles is kept: the fonts, the words
    # in the user's language (forgotten on a language switch), and the shortened lines.

    def forget_words(self) -> None:
        self._words.clear()
        self._shortened.clear()

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        if self._font_key != base.key():
            self._font_key = base.key()
            bold = QFont(base)
            bold.setBold(True)
            self._regular, self._bold = QFont(base), bold
            self._metrics = {}
            self._shortened.clear()
        return self._regular, self._bold

    def _lines(self, tile: PhotoTile) -> tuple[str, str, str]:
        translate = QCoreApplication.translate
        words = self._words
        if not words:
            words["no caption"] = translate("PhotoGrid", "no caption")
            words["no damage"] = translate("PhotoGrid", "no damage item linked")
            words["shows"] = translate("PhotoGrid", "Shows: %1")
        category = words.get(tile.photo.category.value)
        if category is None:
            category = words[tile.photo.category.value] = photo_category_name(tile.photo.category)
        links = (
            words["shows"].replace("%1", self.model.damage_text(tile))
            if tile.damage_ids
            else words["no damage"]
        )
        return category, tile.photo.caption or words["no caption"], links

    def _elided(self, text: str, font: QFont, width: int) -> str:
        key = (text, font.bold(), width)
        found = self._shortened.get(key)
        if found is None:
            if len(self._shortened) > 4000:
                self._shortened.clear()
            metrics = self._metrics.get(font.bold())
            if metrics is None:
                metrics = self._metrics[font.bold()] = QFontMetrics(font)
            found = self._shortened[key] = metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width
            )
        return found


class PhotoGrid(QListView):
    """The tiles in rows that wrap with the width; arrows move, Enter opens."""

    def __init__(self, model: PhotoGridModel, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.tile_delegate = PhotoTileDelegate(model, theme, self)
        self.setItemDelegate(self.tile_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)  # one size for all: no per-row measuring of 500 tiles
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)  # files dropped here go to the page, which imports them
        self.viewport().setAcceptDrops(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMouseTracking(True)  # the tooltip explains the badges on hover

    def photo_id(self) -> str:
        index = self.currentIndex()
        return str(index.data(PHOTO_ID_ROLE)) if index.isValid() else ""

    def choose(self, photo_id: str) -> None:
        row = self.model().row_of(photo_id)  # type: ignore[attr-defined]
        if row >= 0:
            self.setCurrentIndex(self.model().index(row, 0))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
