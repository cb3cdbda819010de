"""Photos: the survey's evidence photos in a grid, the import (file dialog, files or folders
dropped on the page, a camera card or phone), the required shots still missing, and beside the
grid the chosen photo's caption, category and damage items.

There is no Save button: the caption is stored on a short debounce while typing and at once on
leaving it; a category or a damage item ticked is stored at once. A value the core refuses is
not stored and its error stands beside the field. Viewing a photo full size is another window's
job: this page only says which photo was opened (``photoOpened``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.progress import Step, StepState
from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_board import PhotoBoard, PhotoTile, photo_board
from fieldapp.services.photos import describe_photo, link_photo, remove_photo
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.base import StepNeeds, StepPage
from fieldapp.ui.field.steps.photos_details import PhotoDetails
from fieldapp.ui.field.steps.photos_import import ImportPanel
from fieldapp.ui.field.steps.photos_shots import RequiredShots
from fieldapp.ui.field.steps.photos_sources import (
    CameraCard,
    choose_files,
    choose_folder,
    dropped_paths,
    find_camera_cards,
)
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import photo_category_name
from fieldapp.ui.operations import Cancelled, Progress, with_workspace
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.autosave import Debounced
from fieldapp.ui.widgets.photo_grid import IMAGE_SIZE, TILE_ROLE, PhotoGrid, PhotoGridModel
from fieldapp.ui.widgets.photo_thumbs import ThumbnailCache

GRID_REDRAW_MS = 500  # while an import runs, the grid shows the new photos this often
SIDE_MIN_PX = 320  # the panel beside the grid: at least this, and as wide as its buttons' words


class PhotosStepPage(StepPage):
    step = Step.PHOTOS
    photoOpened = Signal(str)  # the photo id, for the viewer (named as the caller asked)

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.board: PhotoBoard | None = None
        self._reading = False  # one board read at a time; another asked meanwhile: again
        self._read_again = False
        self.remove_question: QMessageBox | None = None
        self.camera_menu: QMenu | None = None
        self._build()
        self.setAcceptDrops(True)
        self.retranslate()

    def _build(self) -> None:
        self.needs = StepNeeds()
        self.read_only = QLabel()
        self.read_only.setProperty("role", "hint")
        self.read_only.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(lambda: self.ask_files("other"))
        self.card_button = QPushButton()
        self.card_button.setMinimumHeight(MIN_TARGET_PX)
        self.card_button.clicked.connect(self.look_for_cards)
        self.drop_hint = QLabel()
        self.drop_hint.setProperty("role", "hint")
        self.drop_hint.setWordWrap(True)
        self.importer = ImportPanel(self.context)
        self.importer.progressed.connect(self._redraw_soon)
        # The survey imported into, which another survey opened meanwhile does not change.
        self.importer.imported.connect(
            lambda _: self.context.changes.changed.emit(self.importer.survey_id)
        )
        self.importer.thumbnail_final.connect(self._final_thumbnail)
        self.thumbnails = ThumbnailCache(self.context.workspace, IMAGE_SIZE, self)
        self.model = PhotoGridModel(self.thumbnails, self)
        self.grid = PhotoGrid(self.model, self.context.preferences.theme)
        self.grid.selectionModel().currentChanged.connect(lambda current, _: self._chose(current))
        self.grid.activated.connect(lambda _: self.open_photo())  # Enter, double click
        self.empty = QLabel()
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        self.shots = RequiredShots()
        self.shots.shot_chosen.connect(self.ask_files)
        self.details = PhotoDetails()
        self.details.caption_typed.connect(lambda: self.caption_saver.typed())
        self.details.caption_left.connect(lambda: self.caption_saver.now())
        self.details.category_chosen.connect(self._store_category)
        self.details.links_changed.connect(self._store_links)
        self.details.view_asked.connect(self.open_photo)
        self.details.remove_asked.connect(self.ask_remove)
        self.caption_saver = Debounced(self._store_caption, self)
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setSingleShot(True)
        self.redraw_timer.setInterval(GRID_REDRAW_MS)
        self.redraw_timer.timeout.connect(self.reload)
        # Keyboard: Insert adds photos anywhere on the page; Delete removes the chosen photo.
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self, lambda: self.ask_files("other"))
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.grid, self.ask_remove)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.drop_hint, 1)
        grid_column = QWidget()
        grid_layout = QVBoxLayout(grid_column)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.empty)
        grid_layout.addWidget(self.grid, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.shots)
        side_layout.addSpacing(12)
        side_layout.addWidget(self.details, 1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setWidget(side)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(SIDE_MIN_PX)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(grid_column)
        columns.addWidget(self.side_scroll)
        columns.setStretchFactor(0, 3)
        columns.setStretchFactor(1, 1)
        columns.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs)
        layout.addWidget(self.read_only)
        layout.addLayout(buttons)
        layout.addWidget(self.importer)
        layout.addWidget(columns, 1)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add photos…"))
        self.add_button.setAccessibleName(self.tr("Add photos from files"))
        self.card_button.setText(self.tr("From camera &card / phone…"))
        self.card_button.setAccessibleName(self.tr("Add photos from a camera card or a phone"))
        self.drop_hint.setText(self.tr("or drop photos or folders here"))
        self.grid.setAccessibleName(self.tr("Photos of the survey"))
        self.read_only.setText(self.tr("This survey is signed: its photos are shown, not changed."))
        self.empty.setText(self.tr("No photos yet. Add them, or drop files or folders here."))
        self.needs.retranslate()
        self.grid.tile_delegate.forget_words()
        self.grid.viewport().update()
        self._fit_side()

    def _fit_side(self) -> None:
        """The panel beside the grid as wide as its widest button (a required shot's words in
        English are long): nothing in it is cut off, and its notes wrap inside it."""
        content = self.side_scroll.widget()
        if content is None:
            return
        for part in (self.shots, self.details, content):  # their new words measured now
            part.layout().invalidate()
            part.updateGeometry()
        wanted = content.minimumSizeHint().width()
        wanted += self.side_scroll.verticalScrollBar().sizeHint().width()
        wanted += 2 * self.side_scroll.frameWidth()
        self.side_scroll.setMinimumWidth(max(SIDE_MIN_PX, wanted))

    # Showing the survey

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self.flush()
            self.board = None
            self.thumbnails.cancel()
            self.model.show_tiles([], {})
            self.details.show_tile(None, ())
        super().show_survey(survey_id, state)
        self.needs.show_state(state)
        self.reload()

    @property
    def reading(self) -> bool:
        return self._reading

    def reload(self) -> None:
        """Read the photos, their notes and the shots missing in the background, then redraw."""
        if not self.survey_id:
            return
        if self._reading:
            self._read_again = True
            return
        self._reading, survey_id = True, self.survey_id

        def read(ws: FieldWorkspace, progress: Progress, cancelled: Cancelled) -> PhotoBoard:
            return photo_board(ws, survey_id)

        with_workspace(
            self.context.workspace,
            read,
            on_success=lambda board: self._read(survey_id, board),
            on_failure=self._read_failed,
            owner=self,
        )

    def _read(self, survey_id: str, board: PhotoBoard) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.reload()
        if survey_id == self.survey_id:
            self._show_board(board)

    def _read_failed(self, error: FieldappError) -> None:
        self._reading = False
        self.empty.setText(error_text(error))
        self.empty.show()

    def _show_board(self, board: PhotoBoard) -> None:
        self.board = board
        chosen = self.grid.photo_id()
        self.model.show_tiles(board.tiles, {d.damage_id: d.description for d in board.damage_items})
        if chosen:
            self.grid.choose(chosen)
        elif board.tiles and not self.grid.currentIndex().isValid():
            self.grid.choose(board.tiles[0].photo.photo_id)
        self._chose(self.grid.currentIndex())
        can_add = self._can_add()
        self.add_button.setEnabled(can_add)
        self.card_button.setEnabled(can_add)
        self.read_only.setVisible(board.frozen)
        self.empty.setVisible(not board.tiles)
        if self.shots.show_missing(board.missing, can_add=can_add):
            self._fit_side()  # measured when the buttons change, not at each read of an import

    def _can_add(self) -> bool:
        locked = self.state is not None and any(
            n.code == "evidence_locked" for n in self.state.needs
        )
        return self.board is not None and not self.board.frozen and not locked

    def _chose(self, index: QModelIndex) -> None:
        tile: PhotoTile | None = index.data(TILE_ROLE) if index.isValid() else None
        if tile is None or tile.photo.photo_id != self.details.photo_id:
            self.caption_saver.now()  # the caption typed for the photo left, stored first
        self.details.show_tile(
            tile,
            self.board.damage_items if self.board else (),
            frozen=bool(self.board and self.board.frozen),
        )

    def _redraw_soon(self) -> None:
        if not self.redraw_timer.isActive():
            self.redraw_timer.start()

    def _final_thumbnail(self, digest: str) -> None:
        self.thumbnails.forget([digest])
        self.model.refresh_image(digest)

    def _changed(self) -> None:
        self.context.changes.changed.emit(self.survey_id)  # redraws this page too

    # Adding photos

    def ask_files(self, category: str) -> None:
        if not self._can_add() or self.importer.running:
            return
        title = (
            self.tr("Add photos")
            if category == "other"
            else self.tr("Add photos as: %1").replace("%1", photo_category_name(category))
        )
        self.add_paths(choose_files(self, title), category)

    def add_paths(self, paths: list[Path], category: str = "other") -> None:
        """Import these files and folders (the file dialog's, a drop's, a card's)."""
        if paths and self._can_add():
            self.flush()
            self.importer.start(self.survey_id, paths, category)

    def look_for_cards(self) -> None:
        if self._can_add():
            find_camera_cards(self, self._offer_cards)

    def _offer_cards(self, cards: list[CameraCard]) -> None:
        """A menu of the cards found, and a folder of one's choice (a phone's, a card's copy)."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Camera cards and phones"))
        for name, dcim in cards:
            action = menu.addAction(
                self.tr("All photos on %1 (%2)").replace("%1", name).replace("%2", str(dcim))
            )
            action.triggered.connect(lambda _=False, d=dcim: self.add_paths([d]))
        if not cards:
            menu.addAction(self.tr("No camera card or phone found")).setEnabled(False)
        menu.addSeparator()
        other = menu.addAction(self.tr("Choose a folder…"))
        other.triggered.connect(
            lambda: self.add_paths(choose_folder(self, self.tr("Folder of photos to add")))
        )
        self.camera_menu = menu
        menu.popup(self.card_button.mapToGlobal(QPoint(0, self.card_button.height())))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._can_add() and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths and self._can_add() and not self.importer.running:
            event.acceptProposedAction()
            self.add_paths(paths)
        else:
            event.ignore()

    # Editing the chosen photo

    def flush(self) -> None:
        self.caption_saver.now()

    def _store_caption(self) -> None:
        tile = self.details.tile
        caption = self.details.caption.toPlainText()
        if tile is None or not self.survey_id or caption == tile.photo.caption:
            return
        if self.board is not None and self.board.frozen:
            return
        try:
            describe_photo(
                self.context.workspace, self.survey_id, tile.photo.photo_id, caption=caption
            )
        except FieldappError as error:
            self.details.caption_error.show_error(error_text(error))
            return
        self.details.caption_error.clear_error()
        self._changed()

    def _store_category(self, category: str) -> None:
        photo_id = self.details.photo_id
        if not photo_id or category == self.details.tile.photo.category.value:  # type: ignore[union-attr]
            return
        self.caption_saver.now()
        try:
            describe_photo(self.context.workspace, self.survey_id, photo_id, category=category)
        except FieldappError as error:
            self.details.caption_error.show_error(error_text(error))
            return
        self._changed()

    def _store_links(self) -> None:
        photo_id = self.details.photo_id
        if not photo_id:
            return
        try:
            link_photo(self.context.workspace, self.survey_id, photo_id, self.details.linked_ids())
        except FieldappError as error:
            self.details.links_error.show_error(error_text(error))
            return
        self.details.links_error.clear_error()
        self._changed()

    def open_photo(self) -> None:
        photo_id = self.details.photo_id or self.grid.photo_id()
        if photo_id:
            self.caption_saver.now()
            self.photoOpened.emit(photo_id)

    def ask_remove(self) -> None:
        tile = self.details.tile
        if tile is None or (self.board is not None and self.board.frozen):
            return
        name = tile.photo.caption or tile.photo.file_name
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove photo"),
            self.tr(
                "Remove “%1” from this survey? Use this for a photo added by mistake. The removal "
                "is recorded in the survey's log, and the original file is kept."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setDefaultButton(QMessageBox.StandardButton.No)
        photo_id = tile.photo.photo_id
        question.finished.connect(
            lambda answer: (
                self._remove(photo_id) if answer == QMessageBox.StandardButton.Yes else None
            )
        )
        question.open()
        self.remove_question = question

    def _remove(self, photo_id: str) -> None:
        try:
            remove_photo(self.context.workspace, self.survey_id, photo_id)
        except FieldappError as error:
            self.details.links_error.show_error(error_text(error))
            return
        self.details.show_tile(None, ())
        self._changed()
