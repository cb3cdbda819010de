"""One item of the safety checklist: its question, three big toggles (yes / no / not
applicable) and its note.

Keyboard: the row takes the focus as one stop (Tab moves from item to note to the next item);
the arrow keys move between the answers, Y, N and A choose one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.survey import SafetyAnswer, SafetyAnswerValue
from fieldapp.services.field import ChecklistRow
from fieldapp.ui.names import ui_language
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.autosave import Debounced
from fieldapp.ui.widgets.retranslating import FieldError, Retranslating

ANSWERS = (SafetyAnswerValue.YES, SafetyAnswerValue.NO, SafetyAnswerValue.NOT_APPLICABLE)
KEYS = {
    Qt.Key.Key_Y: SafetyAnswerValue.YES,
    Qt.Key.Key_N: SafetyAnswerValue.NO,
    Qt.Key.Key_A: SafetyAnswerValue.NOT_APPLICABLE,
}


class SafetyItemRow(Retranslating, QFrame):
    """Asks its page to store it (``store_wanted``) on a toggle at once and on a pause in the
    note; keeps what it shows until the page says it was stored."""

    store_wanted = Signal(object)  # this row

    def __init__(self, row: ChecklistRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyItem")
        self.item = row.item
        self.stored: SafetyAnswer | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[SafetyAnswerValue, QPushButton] = {}
        toggles = QHBoxLayout()
        for index, value in enumerate(ANSWERS):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setMinimumWidth(MIN_TARGET_PX * 2)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row is the keyboard stop
            button.setProperty("answer", value.value)
            self.group.addButton(button, index)
            self.buttons[value] = button
            toggles.addWidget(button)
        toggles.addStretch()
        self.group.idClicked.connect(lambda _: self.store_wanted.emit(self))
        self.note = QLineEdit()
        self.note_error = FieldError(self.note)
        self.typing = Debounced(lambda: self.store_wanted.emit(self), self)
        self.note.textEdited.connect(self.typing.typed)
        self.note.editingFinished.connect(self.typing.now)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(toggles)
        layout.addWidget(self.note)
        layout.addWidget(self.note_error)
        self.show_answer(row.answer)
        self.retranslate()

    # --- what it shows ---------------------------------------------------------------------

    def retranslate(self) -> None:
        language = ui_language()
        text = self.item.text(language)
        required = self.tr("required") if self.item.required else self.tr("optional")
        self.question.setText(f"<b>{text}</b> <small>({required})</small>")
        words = {
            SafetyAnswerValue.YES: (self.tr("Yes"), "Y"),
            SafetyAnswerValue.NO: (self.tr("No"), "N"),
            SafetyAnswerValue.NOT_APPLICABLE: (self.tr("Not applicable"), "A"),
        }
        for value, (word, key) in words.items():
            self.buttons[value].setText(f"{word}  [{key}]")
            self.buttons[value].setAccessibleName(f"{text}: {word}")
        note_label = self.item.note_label
        self.note.setPlaceholderText(
            (note_label.get(language) or note_label["en"])
            if note_label
            else self.tr("Note: what was found or done (needed for a “no” to a required item)")
        )
        self.note.setAccessibleName(self.tr("Note on: %1").replace("%1", text))
        self._describe()

    def _describe(self) -> None:
        chosen = self.chosen
        answer = self.buttons[chosen].text().split("  ")[0] if chosen else self.tr("not answered")
        self.setAccessibleName(f"{self.item.text(ui_language())}: {answer}")
        self.setAccessibleDescription(
            self.tr("Y: yes, N: no, A: not applicable; arrow keys move between them")
        )

    def show_answer(self, answer: SafetyAnswer | None) -> None:
        """Show what is stored, unless the user changed this row and it is not stored yet."""
        if self.dirty and self.stored is not None:
            return
        self.stored = answer
        if answer is not None:
            self.buttons[answer.answer].setChecked(True)
            self.note.setText(answer.note)
        self._describe()

    @property
    def chosen(self) -> SafetyAnswerValue | None:
        index = self.group.checkedId()
        return ANSWERS[index] if index >= 0 else None

    @property
    def dirty(self) -> bool:
        stored = self.stored
        if stored is None:
            return self.chosen is not None or bool(self.note.text().strip())
        return self.chosen != stored.answer or self.note.text().strip() != stored.note

    def stored_now(self, answer: SafetyAnswer) -> None:
        self.stored = answer
        self.note_error.clear_error()
        self._describe()

    # --- keyboard --------------------------------------------------------------------------

    def choose(self, value: SafetyAnswerValue) -> None:
        self.buttons[value].setChecked(True)
        self._describe()
        self.store_wanted.emit(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose(KEYS[key])
            return
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }.get(key)
        if step is not None:
            current = self.chosen
            index = ANSWERS.index(current) + step if current else (0 if step > 0 else 2)
            self.choose(ANSWERS[index % len(ANSWERS)])
            return
        super().keyPressEvent(event)

    def set_editable(self, editable: bool) -> None:
        """A signed survey's answers are shown, not changed."""
        for button in self.buttons.values():
            button.setEnabled(editable)
        self.note.setReadOnly(not editable)
