"""What every step page does: show one survey, store each edit as it is made (there is no Save
button), and say what the step still needs."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldapp.core.progress import Step, StepState
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.names import need_text, step_name, step_status_name
from fieldapp.ui.widgets.retranslating import Retranslating


class StepPage(Retranslating, QWidget):
    step: ClassVar[Step]

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.survey_id = ""
        self.state: StepState | None = None

    def show_survey(self, survey_id: str, state: StepState) -> None:
        """Show this survey (called on opening it and after each change to it)."""
        self.survey_id, self.state = survey_id, state

    def flush(self) -> None:
        """Store at once whatever was typed and not stored yet (leaving the step or window)."""


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
