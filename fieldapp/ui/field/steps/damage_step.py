"""Damage & valuation: the survey's damage items, the editor of one, the policy terms, and
beside them the live assessment.

There is no Save button. What is typed is stored through the services on a short debounce,
at once when a field is left or a choice made, and in ``flush()``; a value the core refuses is
not stored and its error stands beside its field. The assessment is recomputed by the core from
what is on screen while typing, before anything is stored.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.damage import DamageItem
from fieldapp.core.ids import new_id
from fieldapp.core.progress import Need, Step, StepState
from fieldapp.errors import FieldappError
from fieldapp.services.damage import (
    EDITABLE,
    edit_damage_item,
    remove_damage_item,
    save_damage_item,
)
from fieldapp.services.damage_forms import (
    DamageSheet,
    FormRefused,
    assess_draft,
    damage_sheet,
    item_field_of,
    item_from_form,
)
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.assessment_view import AssessmentView
from fieldapp.ui.field.steps.base import StepNeeds, StepPage, reveal
from fieldapp.ui.field.steps.damage_editor import DamageItemEditor
from fieldapp.ui.field.steps.damage_items import (
    DAMAGE_ID_ROLE,
    DamageItemsModel,
    DamageItemsTable,
    ask_to_remove,
)
from fieldapp.ui.field.steps.damage_photos import Thumbnail, load_thumbnails
from fieldapp.ui.field.steps.policy_terms_form import PolicyTermsForm
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import with_workspace

SAVE_DELAY_MS = 400  # typing stops this long: store
PREVIEW_DELAY_MS = 150  # typing stops this long: recompute the assessment


class DamageStepPage(StepPage):
    step = Step.DAMAGE

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sheet: DamageSheet | None = None
        self.editing = ""  # the damage id in the editor; "" when none
        self.editing_new = False  # the editor's item is not stored yet
        self.stored_item: DamageItem | None = None  # the editor's item as last stored
        self.item_dirty = False
        self.thumbnails_of: tuple[str, ...] | None = None  # the photo ids last asked for
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.needs = StepNeeds()
        self.read_only = QLabel()
        self.read_only.setProperty("role", "hint")
        self.read_only.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.ask_remove)
        self.items = DamageItemsModel(self)
        self.table = DamageItemsTable(self.items)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._chose(current)
        )
        self.table.activated.connect(lambda _: self.editor.field("description").setFocus())  # Enter
        self.editor = DamageItemEditor()
        self.editor.typed.connect(self._item_typed)
        self.editor.left.connect(self._store_item)
        self.editor.chosen.connect(self._item_chosen)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        self.terms = PolicyTermsForm()
        self.terms.typed.connect(self._terms_typed)
        self.terms.left.connect(self._store_terms)
        self.assessment = AssessmentView()
        self.save_timer = _single_shot(self, SAVE_DELAY_MS, self.store_now)
        self.preview_timer = _single_shot(self, PREVIEW_DELAY_MS, self.preview)
        # Keyboard: Insert adds an item anywhere on the page, Delete removes the chosen one.
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_item)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.ask_remove)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_question: QMessageBox | None = None

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        items_column = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table)
        items_column.addWidget(top)
        items_column.addWidget(editor_scroll)
        items_column.setStretchFactor(1, 2)
        value_column = QSplitter(Qt.Orientation.Vertical)
        value_column.addWidget(self.terms)
        value_column.addWidget(self.assessment)
        value_column.setStretchFactor(1, 3)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(items_column)
        columns.addWidget(value_column)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs)
        layout.addWidget(self.read_only)
        layout.addWidget(columns, 1)

    def retranslate(self) -> None:
        self.needs.retranslate()
        self.add_button.setText(self.tr("Add item (Ins)"))
        self.add_button.setAccessibleName(self.tr("Add a damage item"))
        self.remove_button.setText(self.tr("Remove (Del)"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen damage item"))
        self.table.setAccessibleName(self.tr("Damage items"))
        self.read_only.setText(
            self.tr("This survey is signed: revise it from the survey list to change its damage.")
        )
        self.items.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.items.columnCount() - 1
        )
        self._draw_heading()

    # --- showing a survey ----------------------------------------------------------------------

    def show_survey(self, survey_id: str, state: StepState) -> None:
        if survey_id != self.survey_id:
            self._forget()
        super().show_survey(survey_id, state)
        self.needs.show_state(state)
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: damage_sheet(ws, survey_id),
            on_success=self._show_sheet,
            on_failure=self._failed,
            owner=self,
        )

    def _forget(self) -> None:
        self.save_timer.stop()
        self.preview_timer.stop()
        self.sheet, self.editing, self.editing_new, self.stored_item = None, "", False, None
        self.item_dirty = False
        self.thumbnails_of = None
        self.editor.photos.show_photos([])
        self.items.show_items([], [], "")
        self._draw_heading()

    def _show_sheet(self, sheet: DamageSheet) -> None:
        if sheet.survey_id != self.survey_id:
            return  # another survey was opened meanwhile
        self.sheet = sheet
        self._draw_items()
        if not self.terms.dirty and not self.terms.isAncestorOf(self.focusWidget()):
            self.terms.load(sheet.terms, line_of_business=sheet.line_of_business)
        stored = sheet.item(self.editing) if self.editing else None
        if self.editing and not self.editing_new and stored is None:
            self._edit(None)  # removed meanwhile (another window, the command line)
        elif stored is not None and not self.item_dirty and stored != self.stored_item:
            self._edit(stored)  # changed elsewhere: show what is stored now
        elif not self.editing and sheet.items:
            self._edit(sheet.items[0])
        self._select(self.editing)
        photo_ids = tuple(p.photo_id for p in sheet.photos)
        if photo_ids != self.thumbnails_of:
            self.thumbnails_of = photo_ids
            self._load_thumbnails(sheet.survey_id)
        self.editor.show_photo_count(len(photo_ids))
        for part in (self.add_button, self.remove_button, self.table):
            part.setEnabled(sheet.editable)
        self.editor.set_editable(sheet.editable and bool(self.editing))
        self.terms.set_editable(sheet.editable)
        self.read_only.setVisible(not sheet.editable)
        self.preview()
        self.focus_pending()

    def focus_field_for(self, need: Need) -> bool:
        """An item without a photo: that item, at its photo list. No item yet: "Add"."""
        if self.sheet is None:
            return False  # still loading: _show_sheet comes back here
        row = self.items.row_of(need.subject) if need.subject else -1
        if row < 0:
            reveal(self.add_button)
            return True
        self.table.setCurrentIndex(self.items.index(row, 0))  # the editor follows (_chose)
        target = self.editor.photos if self.editor.photos.isVisible() else self.editor.photos_label
        reveal(target)
        return True

    def _draw_items(self) -> None:
        assert self.sheet is not None
        sheet = self.sheet
        stored = assess_draft(sheet.items, sheet.terms, line_of_business=sheet.line_of_business)
        self.items.show_items(sheet.items, stored.items, sheet.terms.currency)

    def _select(self, damage_id: str) -> None:
        row = self.items.row_of(damage_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # choosing the row the editor already shows
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.items.index(row, 0))
        else:
            self.table.clearSelection()
        selection.blockSignals(False)

    def _load_thumbnails(self, survey_id: str) -> None:
        load_thumbnails(
            self.context,
            survey_id,
            owner=self,
            on_loaded=lambda photos: self._show_thumbnails(survey_id, photos),
            on_failure=self._failed,
        )

    def _show_thumbnails(self, survey_id: str, photos: list[Thumbnail]) -> None:
        if survey_id == self.survey_id:
            self.editor.photos.show_photos(photos)

    # --- the item in the editor ----------------------------------------------------------------

    def add_item(self) -> None:
        if self.sheet is None or not self.sheet.editable:
            return
        self.store_now()
        if self.item_dirty:
            return  # the item in the editor is refused: its errors show, nothing is dropped
        self.editing_new = True
        self._edit(None, damage_id=new_id())
        self._select("")
        self.editor.field("description").setFocus()
        self.preview()

    def _chose(self, current) -> None:  # type: ignore[no-untyped-def]
        damage_id = current.data(DAMAGE_ID_ROLE) if current.isValid() else ""
        if not damage_id or damage_id == self.editing or self.sheet is None:
            return
        self.store_now()
        if self.item_dirty:  # refused: keep it on screen with its errors rather than drop it
            self._select(self.editing)
            return
        self.editing_new = False
        self._edit(self.sheet.item(damage_id))
        self.preview()

    def _edit(self, item: DamageItem | None, *, damage_id: str = "") -> None:
        """Put an item in the editor (None with an id: a new one; None without: nothing)."""
        assert self.sheet is not None
        self.stored_item = item
        self.editing = item.damage_id if item else damage_id
        self.item_dirty = False
        if not self.editing:
            self.editing_new = False
        self.editor.load(item, damage_id=self.editing, line_of_business=self.sheet.line_of_business)
        self.editor.set_editable(self.sheet.editable and bool(self.editing))
        self._draw_heading()

    def _draw_heading(self) -> None:
        self.editor.show_heading(self.editing, new=self.editing_new)

    def _item_typed(self) -> None:
        self.item_dirty = True
        self.save_timer.start()
        self.preview_timer.start()

    def _item_chosen(self) -> None:
        self.item_dirty = True
        self._store_item()
        self.preview()

    def _store_item(self) -> None:
        if self.sheet is None or not self.editing or not self.item_dirty:
            return
        sheet, values = self.sheet, self.editor.values()
        try:
            item = item_from_form(
                values,
                line_of_business=sheet.line_of_business,
                damage_id=self.editing,
                photo_ids=self.editor.photo_ids(),
            )
        except FormRefused as refused:  # nothing stored; the fields keep what was typed
            self.editor.show_errors({n: error_text(e) for n, e in refused.errors.items()})
            return
        if item != self.stored_item:
            try:
                if self.editing_new:
                    save_damage_item(self.context.workspace, self.survey_id, item)
                else:
                    changes = {name: getattr(item, name) for name in EDITABLE}
                    edit_damage_item(
                        self.context.workspace,
                        self.survey_id,
                        item.damage_id,
                        changes,
                        photo_refs=item.photo_ids,
                    )
            except FieldappError as error:
                self.editor.show_errors({item_field_of(error, values): error_text(error)})
                return
            items, ids = list(sheet.items), [i.damage_id for i in sheet.items]
            if item.damage_id in ids:
                items[ids.index(item.damage_id)] = item
            else:
                items.append(item)
            self.sheet = replace(sheet, items=tuple(items))
            self.stored_item, self.editing_new = item, False
            self._draw_items()
            self._select(item.damage_id)
            self._draw_heading()
            self.context.changes.changed.emit(self.survey_id)
        self.item_dirty = False
        self.editor.show_errors({})

    # --- policy terms --------------------------------------------------------------------------

    def _terms_typed(self) -> None:
        self.save_timer.start()
        self.preview_timer.start()

    def _store_terms(self) -> None:
        if self.sheet is None:
            return
        stored = self.terms.store(self.context.workspace, self.survey_id, self.sheet)
        if stored is not None:
            self.sheet = replace(self.sheet, terms=stored)
            self._draw_items()
            self._select(self.editing)
            self.context.changes.changed.emit(self.survey_id)

    # --- storing and assessing -----------------------------------------------------------------

    def store_now(self) -> None:
        self.save_timer.stop()
        self._store_item()
        self._store_terms()

    def flush(self) -> None:
        self.store_now()
        self.preview()

    def preview(self) -> None:
        """The assessment of what is on screen, typed or stored; the core does the arithmetic."""
        self.preview_timer.stop()
        if self.sheet is None:
            return
        sheet, notes, draft_item = self.sheet, [], None
        terms = self.terms.draft(sheet.line_of_business) or sheet.terms
        if self.terms.dirty and self.terms.draft(sheet.line_of_business) is None:
            notes.append(
                self.tr("The policy terms being typed have errors: the stored ones count.")
            )
        if self.editing and self.item_dirty:
            try:
                draft_item = item_from_form(
                    self.editor.values(),
                    line_of_business=sheet.line_of_business,
                    damage_id=self.editing,
                    photo_ids=self.editor.photo_ids(),
                )
            except FormRefused:
                notes.append(
                    self.tr("The item being edited is not counted until its errors are fixed.")
                )
        assessment = assess_draft(
            sheet.items, terms, line_of_business=sheet.line_of_business, draft=draft_item
        )
        draft = self.terms.dirty or draft_item is not None
        self.assessment.show_assessment(
            assessment, terms.currency, draft=draft, note=" ".join(notes)
        )

    # --- removing ------------------------------------------------------------------------------

    def ask_remove(self) -> None:
        """Remove the chosen item after the user confirms it (No is the default)."""
        index = self.table.currentIndex()
        if self.sheet is None or not self.sheet.editable or not index.isValid():
            return
        damage_id = index.data(DAMAGE_ID_ROLE)
        item = self.sheet.item(damage_id)
        self.remove_question = ask_to_remove(
            self, item.description if item else damage_id[:8], lambda: self._remove(damage_id)
        )

    def _remove(self, damage_id: str) -> None:
        try:
            remove_damage_item(self.context.workspace, self.survey_id, damage_id)
        except FieldappError as error:
            self.editor.heading.setText(error_text(error))
            return
        if self.sheet is not None:
            items = tuple(i for i in self.sheet.items if i.damage_id != damage_id)
            self.sheet = replace(self.sheet, items=items)
            if damage_id == self.editing:
                self._edit(items[0] if items else None)
            self._draw_items()
            self._select(self.editing)
            self.preview()
        self.context.changes.changed.emit(self.survey_id)

    def _failed(self, error: FieldappError) -> None:
        self.editor.heading.setText(error_text(error))


def _single_shot(parent: QWidget, delay_ms: int, then) -> QTimer:  # type: ignore[no-untyped-def]
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(then)
    return timer
