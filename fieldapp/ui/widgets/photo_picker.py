"""The survey's photos as thumbnails to tick: a list view in icon mode whose items carry a
check mark. A tap or click anywhere on a thumbnail (a big target) or Space on the current one
toggles it; the images arrive already decoded, off the UI thread."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_PX = 96


class PhotoPicker(QListView):
    toggled = Signal()  # the user ticked or unticked a photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos = QStandardItemModel(self)
        self.setModel(self.photos)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setGridSize(QSize(ICON_PX + 40, ICON_PX + 48))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMinimumHeight(ICON_PX + 60)
        self.clicked.connect(self._toggle)
        # The ticks are kept here, not only in the shown items: a save made before the
        # thumbnails have arrived must keep the links it does not show yet.
        self._ticked: set[str] = set()

    def show_photos(self, photos: Sequence[tuple[str, str, QImage | None]]) -> None:
        """(photo id, label, decoded thumbnail or None) in the survey's order; ticks kept."""
        ticked = self._ticked
        self.photos.clear()
        for photo_id, label, image in photos:
            item = QStandardItem(label)
            item.setData(photo_id, PHOTO_ID_ROLE)
            item.setToolTip(label)
            item.setData(label, Qt.ItemDataRole.AccessibleTextRole)
            if image is not None and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            # Ticked by the view's own click handling, not the tiny check box alone.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(
                Qt.CheckState.Checked if photo_id in ticked else Qt.CheckState.Unchecked
            )
            self.photos.appendRow(item)

    def photo_ids(self) -> list[str]:
        return [self.photos.item(row).data(PHOTO_ID_ROLE) for row in range(self.photos.rowCount())]

    def set_checked(self, photo_ids: Iterable[str]) -> None:
        wanted = self._ticked = set(photo_ids)
        for row in range(self.photos.rowCount()):
            item = self.photos.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(PHOTO_ID_ROLE) in wanted
                else (Qt.CheckState.Unchecked)
            )
            item.setCheckState(state)

    def checked_ids(self) -> list[str]:
        """The ticked photos in the survey's order (those not shown yet last)."""
        shown = self.photo_ids()
        return [i for i in shown if i in self._ticked] + sorted(self._ticked - set(shown))

    def index_of(self, photo_id: str) -> QModelIndex:
        for row in range(self.photos.rowCount()):
            if self.photos.item(row).data(PHOTO_ID_ROLE) == photo_id:
                return self.photos.index(row, 0)
        return QModelIndex()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and self.currentIndex().isValid():
            self._toggle(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _toggle(self, index: QModelIndex) -> None:
        if not self.isEnabled() or not index.isValid():
            return
        item = self.photos.itemFromIndex(index)
        photo_id = item.data(PHOTO_ID_ROLE)
        if photo_id in self._ticked:
            self._ticked.discard(photo_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        else:
            self._ticked.add(photo_id)
            item.setCheckState(Qt.CheckState.Checked)
        self.toggled.emit()
