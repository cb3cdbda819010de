"""What every step page does: show one survey, store each edit as it is made (there is no Save
button), and say what the step still needs."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from fieldapp.core.progress import Need, Step, StepState
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.names import need_text, step_name, step_status_name
from fieldapp.ui.widgets.retranslating import Retranslating


class StepPage(Retranslating, QWidget):
    step: ClassVar[Step]
    # A page asks its survey page to show another step and the field a need concerns (the
    # review's completeness list); the survey page answers with ``go_to``.
    go_to_wanted = Signal(object, object)  # Step, Need | None

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.survey_id = ""
        self.state: StepState | None = None
        self.pending_need: Need | None = None

    def show_survey(self, survey_id: str, state: StepState) -> None:
        """Show this survey (called on opening it and after each change to it)."""
        self.survey_id, self.state = survey_id, state

    def flush(self) -> None:
        """Store at once whatever was typed and not stored yet (leaving the step or window)."""

    def focus_need(self, need: Need) -> None:
        """Give the field the need concerns the focus, scrolled into view. A page still loading
        its survey keeps the need and calls ``focus_pending()`` once its fields are there."""
        self.pending_need = need
        self.focus_pending()

    def focus_pending(self) -> None:
        if self.pending_need is not None and self.focus_field_for(self.pending_need):
            self.pending_need = None

    def focus_field_for(self, need: Need) -> bool:
        """Focus the field of ``need``; False while the page cannot yet (default: nothing)."""
        return True


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is seen, then give it the focus."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 16, 16)
        parent = parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


class StepNeeds(Retranslating, QWidget):
    """A step's state in words: what is done and what it still needs, item by item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.needs)
        self.state: StepState | None = None

    def show_state(self, state: StepState) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        if self.state is None:
            return
        self.heading.setText(f"{step_name(self.state.step)}: {step_status_name(self.state.status)}")
        self.needs.setText("\n".join(f"• {need_text(n)}" for n in self.state.needs))
        self.needs.setVisible(bool(self.state.needs))
        self.setAccessibleName(self.heading.text())
