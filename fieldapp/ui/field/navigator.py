"""The step navigator, always visible: Start · Safety · Parties & consent · Photos · Damage &
valuation · Review & sign · Export, each with done / needs attention / blocked and by what."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from fieldapp.core.progress import Step, StepState, StepStatus, SurveyProgress
from fieldapp.ui.names import need_text, step_name, step_status_name
from fieldapp.ui.preferences import Theme
from fieldapp.ui.theme import status_colour
from fieldapp.ui.widgets.retranslating import Retranslating

STEPS = tuple(Step)
MARKS = {StepStatus.DONE: "✓", StepStatus.ATTENTION: "!", StepStatus.BLOCKED: "⊘"}


class StepNavigator(Retranslating, QListWidget):
    step_chosen = Signal(object)  # a Step

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.theme = theme
        self.progress: SurveyProgress | None = None
        for _ in STEPS:
            self.addItem(QListWidgetItem())
        self.currentRowChanged.connect(self._chosen)
        # Ctrl+1 … Ctrl+7 jump to a step from anywhere in the window.
        self.shortcuts = []
        for number, step in enumerate(STEPS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.go_to(step))
            self.shortcuts.append(shortcut)
        self.setMinimumWidth(260)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Steps of the survey"))
        self._draw()

    def show_progress(self, progress: SurveyProgress) -> None:
        self.progress = progress
        self._draw()

    def go_to(self, step: Step) -> None:
        self.setCurrentRow(STEPS.index(step))

    @property
    def current_step(self) -> Step:
        return STEPS[max(0, self.currentRow())]

    def state_of(self, step: Step) -> StepState | None:
        return self.progress.state(step) if self.progress else None

    def _draw(self) -> None:
        for row, step in enumerate(STEPS):
            item = self.item(row)
            state = self.state_of(step)
            name = f"{row + 1}  {step_name(step)}"
            if state is None:
                item.setText(name)
                continue
            status = step_status_name(state.status)
            shown = state.needs or state.remarks  # what is missing first, else what to know
            first = need_text(shown[0]) if shown else ""
            second = f"{status}: {first}" if first else status
            item.setText(f"{name}   {MARKS[state.status]}\n     {second}")
            item.setForeground(QBrush(status_colour(state.status.value, self.theme)))
            item.setToolTip("\n".join(need_text(n) for n in shown) or status)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{step_name(step)}: {second}")

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.step_chosen.emit(STEPS[row])
