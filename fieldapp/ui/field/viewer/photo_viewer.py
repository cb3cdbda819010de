"""One evidence photo full size, and the marks drawn over it: the window the Photos step opens.

Each finished edit (a mark drawn, moved, recoloured or deleted, an undo, a redo) stores the
photo's whole mark list through the services at once, as one logged event: there is nothing to
save and nothing is lost on closing. The picture is the display copy, decoded off the UI
thread; the original is only ever read by the services. A signed revision opens read-only.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.evidence import Annotation, AnnotationKind
from fieldapp.errors import FieldappError, UsageError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photo_marks import PhotoDetails, photo_details, photo_picture
from fieldapp.services.photos import annotate_photo
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.viewer.details_panel import PhotoDetailsPanel
from fieldapp.ui.field.viewer.photo_canvas import PhotoCanvas
from fieldapp.ui.field.viewer.tool_bar import MarkTools, ViewTools
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import Cancelled, Progress, with_workspace
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating
from fieldapp.ui.widgets.screen_fit import fit_to_screen


class ReplaceMarks(QUndoCommand):
    """Every edit is the photo's mark list before and after: undo and redo store one or the
    other, whole."""

    def __init__(
        self,
        viewer: PhotoViewer,
        before: list[Annotation],
        after: list[Annotation],
        selected: set[int],
        text: str,
    ) -> None:
        super().__init__(text)
        self.viewer, self.before, self.after, self.selected = viewer, before, after, selected

    def redo(self) -> None:
        self.viewer.apply_marks(self.after, self.selected)

    def undo(self) -> None:
        self.viewer.apply_marks(self.before, set())


class PhotoViewer(Retranslating, QDialog):
    """``PhotoViewer(context, survey_id, photo_id, parent)``, then ``show()`` or ``exec()``."""

    def __init__(
        self, context: FieldContext, survey_id: str, photo_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.survey_id = context, survey_id
        self.details: PhotoDetails = photo_details(context.workspace, survey_id, photo_id)
        self.photo_id = self.details.photo.photo_id
        self.picture_error = ""
        self.store_error = ""  # why the last edit could not be stored, in the user's words
        self.undo_stack = QUndoStack(self)
        self.canvas = PhotoCanvas()
        self.canvas.marks = list(self.details.photo.annotations)
        self.tools = MarkTools(self)
        self.view_tools = ViewTools(self)
        self.panel = PhotoDetailsPanel()
        self.words = QLineEdit()
        self.words_label = QLabel()
        self.words_label.setBuddy(self.words)
        self.words_error = FieldError(self.words)
        self.status = QLabel()  # read-only reason, loading, the last store's failure
        self.status.setWordWrap(True)
        self.status.setProperty("role", "field-error")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self._build()
        self._connect()
        self.retranslate()
        self.set_editable(False)  # until the picture is here
        fit_to_screen(self, QSize(1280, 760))
        self._load_picture()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.status)  # first: why nothing can be drawn is read before trying
        side.addSpacing(8)
        side.addWidget(self.panel)
        side.addSpacing(12)
        side.addWidget(self.words_label)
        side.addWidget(self.words)
        side.addWidget(self.words_error)
        side.addWidget(self.hint)
        side.addStretch()
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(300)
        picture = QVBoxLayout()
        picture.addWidget(self.tools)
        picture.addWidget(self.canvas, 1)
        picture.addWidget(self.view_tools)
        columns = QHBoxLayout(self)
        columns.addLayout(picture, 1)
        columns.addWidget(side_widget)

    def _connect(self) -> None:
        self.canvas.markDrawn.connect(self._add_mark)
        self.canvas.textPlaced.connect(self._add_text)
        self.canvas.marksMoved.connect(self._move_marks)
        self.canvas.zoomChanged.connect(self.view_tools.show_zoom)
        self.canvas.scene().selectionChanged.connect(self._selection_changed)
        self.tools.toolChosen.connect(self._choose_tool)
        self.tools.colourChosen.connect(self._choose_colour)
        self.tools.undo.clicked.connect(self.undo)
        self.tools.redo.clicked.connect(self.redo)
        self.tools.delete.clicked.connect(self.delete_selected)
        self.undo_stack.canUndoChanged.connect(lambda _: self._enable_history())
        self.undo_stack.canRedoChanged.connect(lambda _: self._enable_history())
        self.view_tools.zoom_in.clicked.connect(lambda: self.canvas.zoom_by(1.25))
        self.view_tools.zoom_out.clicked.connect(lambda: self.canvas.zoom_by(0.8))
        self.view_tools.fit.clicked.connect(self.canvas.fit)
        self.view_tools.actual.clicked.connect(self.canvas.actual_size)
        self.view_tools.turn_left.clicked.connect(lambda: self.canvas.turn(-1))
        self.view_tools.turn_right.clicked.connect(lambda: self.canvas.turn(1))
        self.words.returnPressed.connect(self._words_entered)
        # One action per deed, each with all its keys: two actions on one key would be
        # ambiguous and neither would fire.
        shortcuts: list[tuple[tuple[str, ...], Callable[[], None]]] = [
            (("Ctrl+Z",), self.undo),
            (("Ctrl+Shift+Z", "Ctrl+Y"), self.redo),
            (("Del", "Backspace"), self.delete_selected),
            (("+", "="), lambda: self.canvas.zoom_by(1.25)),
            (("-",), lambda: self.canvas.zoom_by(0.8)),
            (("Ctrl+0",), self.canvas.fit),
            (("Ctrl+1",), self.canvas.actual_size),
            (("Ctrl+R",), lambda: self.canvas.turn(1)),
            (("Ctrl+Shift+R",), lambda: self.canvas.turn(-1)),
            (("N",), lambda: self.canvas.select_next(1)),
            (("Shift+N",), lambda: self.canvas.select_next(-1)),
            *(((key,), run) for key, run in self.tools.keys().items()),
        ]
        self.key_actions: list[QAction] = []  # not `actions`: QWidget.actions() is a method
        for keys, slot in shortcuts:
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, run=slot: run())
            self.addAction(action)
            self.key_actions.append(action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo %1 — marks").replace("%1", self.details.photo.file_name))
        self.canvas.setAccessibleName(self.tr("The photo and its marks"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Drag to draw with the chosen tool; Enter places a mark in the middle. N chooses "
                "the next mark; arrow keys move it, or move the view when no mark is chosen."
            )
        )
        self.words_label.setText(self.tr("Words of a text mark"))
        self.words.setAccessibleName(self.tr("Words of a text mark"))
        self.words.setPlaceholderText(self.tr("e.g. dent 12 cm"))
        self.hint.setText(
            self.tr(
                "Each mark is stored as you draw it; there is nothing to save. The photo itself "
                "is never changed."
            )
        )
        self._show_status()

    # -- loading --------------------------------------------------------------------------
    def _load_picture(self) -> None:
        survey_id, photo_id = self.survey_id, self.photo_id

        def decode(ws: FieldWorkspace, progress: Progress, cancelled: Cancelled) -> QImage:
            image = QImage.fromData(photo_picture(ws, survey_id, photo_id))
            if image.isNull():
                raise UsageError("picture_damaged", detail="The picture could not be decoded.")
            return image

        self.operation = with_workspace(
            self.context.workspace,
            decode,
            on_success=self._picture_ready,
            on_failure=self._picture_failed,
            owner=self,
        )

    def _picture_ready(self, image: QImage) -> None:
        self.canvas.show_picture(image)
        self.set_editable(not self.details.frozen)
        self.canvas.setFocus()  # the tool keys and arrows work at once
        self._show_status()

    def _picture_failed(self, error: FieldappError) -> None:
        self.picture_error = self.tr("This photo's picture cannot be shown: %1").replace(
            "%1", error_text(error)
        )
        self.set_editable(False)
        self._show_status()

    @property
    def has_picture(self) -> bool:
        return self.canvas.picture is not None

    # -- state ----------------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        self.canvas.set_editable(editable)
        self.tools.set_editable(editable)
        self.words.setEnabled(editable)
        # Read-only, the words field and "stored as you draw" would promise what cannot be.
        loading = not self.has_picture and not self.picture_error and not self.details.frozen
        shown = editable or loading
        for widget in (self.words_label, self.words, self.hint):
            widget.setVisible(shown)
        self._enable_history()

    @property
    def editable(self) -> bool:
        return self.canvas.editable

    def _enable_history(self) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the stack says it is empty as it goes
            return
        editable = self.canvas.editable
        self.tools.undo.setEnabled(editable and self.undo_stack.canUndo())
        self.tools.redo.setEnabled(editable and self.undo_stack.canRedo())
        self.tools.delete.setEnabled(editable and bool(self.canvas.selected_indexes()))

    def _show_status(self) -> None:
        loading = ""
        if self.picture_error:
            text = self.picture_error
        elif self.details.frozen:
            text = self.tr(
                "Revision %1 is signed: its marks are shown but cannot be changed. Open the "
                "next revision from the survey list to change them."
            ).replace("%1", str(self.details.revision))
        elif not self.has_picture:
            text = loading = self.tr("Loading the picture…")
        else:
            text = self.store_error
        self.status.setText(text)
        self.status.setVisible(bool(text))
        # Loading is news, not a fault: said in the hint's colour, a refusal in the error's.
        role = "hint" if text and text == loading else "field-error"
        if self.status.property("role") != role:
            self.status.setProperty("role", role)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        self.panel.show_details(self.details)

    # -- edits ----------------------------------------------------------------------------
    def _edit(self, after: list[Annotation], text: str, selected: set[int] | None = None) -> None:
        if not self.editable:
            return
        before = list(self.canvas.marks)
        self.undo_stack.push(ReplaceMarks(self, before, after, selected or set(), text))

    def apply_marks(self, marks: list[Annotation], selected: set[int]) -> None:
        """Show the marks and store them, whole, as one logged event."""
        self.canvas.show_marks(marks, selected)
        self._store(marks)
        self._enable_history()

    def _store(self, marks: list[Annotation]) -> None:
        try:
            annotate_photo(self.context.workspace, self.survey_id, self.photo_id, marks)
        except FieldappError as error:
            self.store_error = error_text(error)
            if error.code == "survey_frozen":  # signed meanwhile: show what the revision holds
                self.details = photo_details(self.context.workspace, self.survey_id, self.photo_id)
                self.set_editable(False)
                self.canvas.show_marks(list(self.details.photo.annotations))
        else:
            self.store_error = ""
            self.context.changes.changed.emit(self.survey_id)
        self._show_status()

    def undo(self) -> None:
        if self.editable:
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.editable:
            self.undo_stack.redo()

    def _add_mark(self, mark: Annotation, chosen: bool = False) -> None:
        """A new mark; one placed by a key is chosen, so the arrow keys move it next."""
        marks = self.canvas.marks
        self._edit([*marks, mark], self.tr("Draw a mark"), {len(marks)} if chosen else set())

    def _add_text(self, x: float, y: float, chosen: bool = False) -> None:
        words = self.words.text().strip()
        if not words:
            self.words_error.show_error(self.tr("Type the words first, then tap the photo."))
            self.words.setFocus()
            return
        try:
            mark = Annotation(AnnotationKind.TEXT, (x, y), text=words, colour=self.canvas.colour)
        except FieldappError as error:
            self.words_error.show_error(error_text(error))
            return
        self.words_error.clear_error()
        self._add_mark(mark, chosen)

    def _words_entered(self) -> None:
        """Enter in the words field: the text mark goes in the middle of the view."""
        self.tools.choose("text")
        self.canvas.place_at_centre()

    def _move_marks(self, moved: dict[int, Annotation]) -> None:
        marks = [moved.get(i, mark) for i, mark in enumerate(self.canvas.marks)]
        self._edit(marks, self.tr("Move marks"), set(moved))

    def delete_selected(self) -> None:
        chosen = self.canvas.selected_indexes()
        if chosen:
            kept = [m for i, m in enumerate(self.canvas.marks) if i not in chosen]
            self._edit(kept, self.tr("Delete marks"))

    def _choose_tool(self, tool: str) -> None:
        self.canvas.set_tool(tool)
        if tool == "text":
            self.words.setFocus()
            self.words.selectAll()
        else:
            self.canvas.setFocus()

    def _choose_colour(self, colour: str) -> None:
        """The colour of the next mark, and of the chosen marks (one undoable edit)."""
        self.canvas.colour = colour
        chosen = self.canvas.selected_indexes()
        marks = self.canvas.marks
        if chosen and any(marks[i].colour != colour for i in chosen):
            recoloured = [
                Annotation(m.kind, m.points, m.text, colour) if i in chosen else m
                for i, m in enumerate(marks)
            ]
            self._edit(recoloured, self.tr("Change colour"), chosen)

    def _selection_changed(self) -> None:
        self._enable_history()

    def flush(self) -> None:
        """Nothing waits: each edit was stored when it was made."""

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operation.cancel()
        super().closeEvent(event)
