"""The chosen photo, beside the grid: what its badges mean, and what the surveyor says of it
(caption, category, the damage items it shows), each stored as it is edited by the page; and
the ways to view it or remove it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.evidence import PhotoCategory
from fieldapp.core.timestamps import shown_time
from fieldapp.services.photo_board import DamageChoice, PhotoTile
from fieldapp.ui.names import photo_badge_name, photo_category_name, photo_note_text
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.autosave import on_focus_out
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating

DAMAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoDetails(Retranslating, QWidget):
    caption_typed = Signal()
    caption_left = Signal()
    category_chosen = Signal(str)
    links_changed = Signal()
    view_asked = Signal()
    remove_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile: PhotoTile | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()  # the badges explained: what a tap on a tile shows
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "emergency")
        self.caption = QPlainTextEdit()
        self.caption.setTabChangesFocus(True)
        self.caption.setFixedHeight(78)
        self.caption.textChanged.connect(self._caption_typed)
        on_focus_out(self.caption, self.caption_left.emit)
        self.caption_error = FieldError(self.caption)
        self.category = QComboBox()
        self.category.setMinimumHeight(MIN_TARGET_PX)
        for category in PhotoCategory:
            self.category.addItem("", category.value)
        self.category.activated.connect(
            lambda _: self.category_chosen.emit(self.category.currentData())
        )
        self.damage = QListWidget()
        self.damage.setMinimumHeight(2 * MIN_TARGET_PX + 8)
        self.damage.setMaximumHeight(5 * MIN_TARGET_PX + 8)
        self.damage.itemChanged.connect(lambda _: self._links_toggled())
        self.damage_hint = QLabel()
        self.damage_hint.setProperty("role", "hint")
        self.damage_hint.setWordWrap(True)
        self.links_error = FieldError(self.damage)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(self.view_asked.emit)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_asked.emit)
        self.caption_label, self.category_label, self.damage_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.caption_label, self.caption),
            (self.category_label, self.category),
            (self.damage_label, self.damage),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.caption_label, self.caption)
        form.addRow(self.caption_error)
        form.addRow(self.category_label, self.category)
        form.addRow(self.damage_label, self.damage)
        form.addRow(self.damage_hint)
        form.addRow(self.links_error)
        buttons = QHBoxLayout()  # at the top: always in sight without scrolling
        for button in (self.view_button, self.remove_button):
            button.setMinimumHeight(MIN_TARGET_PX)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.notes)
        layout.addLayout(form)
        layout.addStretch()
        self._showing = False  # filling the fields from the store: no edit signals
        self._shown_caption = ""  # the stored caption last put in the field
        self.show_tile(None, ())
        self.retranslate()

    def retranslate(self) -> None:
        self.caption_label.setText(self.tr("Capt&ion"))
        self.caption.setAccessibleName(self.tr("Caption of the photo"))
        self.caption.setPlaceholderText(self.tr("What the photo shows, e.g. water stain"))
        self.category_label.setText(self.tr("Ca&tegory"))
        self.category.setAccessibleName(self.tr("Category of the photo"))
        for row in range(self.category.count()):
            self.category.setItemText(row, photo_category_name(self.category.itemData(row)))
        self.damage_label.setText(self.tr("&Damage items this photo shows"))
        self.damage.setAccessibleName(self.tr("Damage items this photo shows"))
        self.damage_hint.setText(self.tr("No damage item yet: add them in Damage & valuation."))
        self.view_button.setText(self.tr("&View / mark up"))
        self.view_button.setAccessibleName(self.tr("View the photo full size and mark it up"))
        self.remove_button.setText(self.tr("&Remove photo…"))
        self.remove_button.setAccessibleName(self.tr("Remove this photo from the survey"))
        self._draw_title()

    def show_tile(
        self, tile: PhotoTile | None, damage: Sequence[DamageChoice], *, frozen: bool = False
    ) -> None:
        """Show this photo (None: none chosen). Shown again (a redraw after a change), what is
        typed and not stored (or refused) stays in the caption, and the damage list keeps its
        current row: a redraw never takes the user's place or words."""
        same = tile is not None and self.tile is not None and tile.photo.photo_id == self.photo_id
        self.tile = tile
        self._showing = True
        stored = tile.photo.caption if tile else ""
        typed_unstored = same and self.caption.toPlainText() != self._shown_caption
        if not typed_unstored:
            if self.caption.toPlainText() != stored:
                self.caption.setPlainText(stored)
            self.caption_error.clear_error()
        self._shown_caption = stored
        if tile is not None:
            self.category.setCurrentIndex(self.category.findData(tile.photo.category.value))
        self._show_damage(tile, damage)
        self._showing = False
        for field in (self.caption, self.category, self.damage, self.remove_button):
            field.setEnabled(tile is not None and not frozen)
        self.view_button.setEnabled(tile is not None)
        self._draw_title()

    def _show_damage(self, tile: PhotoTile | None, damage: Sequence[DamageChoice]) -> None:
        ids = [choice.damage_id for choice in damage]
        shown = [self.damage.item(r).data(DAMAGE_ID_ROLE) for r in range(self.damage.count())]
        if ids != shown:  # other items: build the list again
            self.damage.clear()
            for choice in damage:
                item = QListWidgetItem()
                item.setData(DAMAGE_ID_ROLE, choice.damage_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setSizeHint(QSize(0, MIN_TARGET_PX))  # a finger's row
                self.damage.addItem(item)
        for row, choice in enumerate(damage):  # the same items: ticks and names in place
            item = self.damage.item(row)
            item.setText(choice.description or choice.damage_id[:8])
            linked = tile is not None and choice.damage_id in tile.damage_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        self.damage_hint.setVisible(not damage)

    @property
    def photo_id(self) -> str:
        return self.tile.photo.photo_id if self.tile else ""

    def linked_ids(self) -> list[str]:
        return [
            self.damage.item(row).data(DAMAGE_ID_ROLE)
            for row in range(self.damage.count())
            if self.damage.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _caption_typed(self) -> None:
        if not self._showing:
            self.caption_typed.emit()

    def _links_toggled(self) -> None:
        if not self._showing:
            self.links_changed.emit()

    def _draw_title(self) -> None:
        if self.tile is None:
            self.title.setText(self.tr("Choose a photo to describe it."))
            self.notes.hide()
            return
        photo = self.tile.photo
        taken = (
            shown_time(photo.captured_at)
            if photo.captured_at
            else self.tr("capture time not recorded")
        )
        self.title.setText(
            f"<b>{photo.file_name}</b><br>"
            + self.tr("Taken %1 · %2×%3 px")
            .replace("%1", taken)
            .replace("%2", str(photo.width))
            .replace("%3", str(photo.height))
        )
        explained = [
            "⚠ "
            + self.tr("%1: %2")
            .replace("%1", f"<b>{photo_badge_name(n.code)}</b>")
            .replace("%2", photo_note_text(n.code, dict(n.params)))
            for n in self.tile.notes
        ]
        self.notes.setText("<br>".join(explained))
        self.notes.setVisible(bool(explained))
