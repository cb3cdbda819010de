"""The live assessment: every step of the calculation from gross loss to the proposed
indemnity, its amount and its explanation in the UI language (the core's own texts), computed
by the core from what is on screen, stored or still being typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.valuation import Assessment
from fieldapp.ui.field.steps.damage_names import money_shown
from fieldapp.ui.names import ui_language
from fieldapp.ui.widgets.retranslating import Retranslating


class AssessmentView(Retranslating, QGroupBox):
    shown = Signal()  # redrawn with a new assessment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.currency = ""
        self.draft = False
        self.note = ""
        self.indemnity = QLabel()
        self.indemnity.setProperty("role", "indemnity")
        self.indemnity.setStyleSheet("font-size: 130%; font-weight: bold;")
        self.indemnity.setWordWrap(True)
        self.state = QLabel()
        self.state.setProperty("role", "hint")
        self.state.setWordWrap(True)
        self.steps = QTableWidget(0, 2)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setWordWrap(True)
        self.steps.verticalHeader().hide()
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.indemnity)
        layout.addWidget(self.state)
        layout.addWidget(self.steps, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Assessment"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Amount")])
        self.steps.setAccessibleName(self.tr("Steps of the calculation"))
        self._draw()

    def show_assessment(
        self, assessment: Assessment, currency: str, *, draft: bool, note: str = ""
    ) -> None:
        """``draft``: it counts what is being typed and not stored yet; ``note``: what it
        leaves out and why (an item with errors)."""
        self.assessment, self.currency, self.draft, self.note = assessment, currency, draft, note
        self._draw()
        self.shown.emit()

    @property
    def indemnity_text(self) -> str:
        return self.indemnity.text()

    def _draw(self) -> None:
        if self.assessment is None:
            self.indemnity.setText("")
            self.state.setText("")
            self.steps.setRowCount(0)
            return
        assessment, language = self.assessment, ui_language()
        self.indemnity.setText(
            self.tr("Proposed indemnity: %1").replace(
                "%1", money_shown(assessment.indemnity, self.currency)
            )
        )
        self.indemnity.setAccessibleName(self.indemnity.text())
        state = (
            self.tr("Counts what is being typed; it is stored as soon as it is valid.")
            if self.draft
            else self.tr("As stored.")
        )
        self.state.setText(f"{state} {self.note}".strip())
        self.steps.setRowCount(len(assessment.steps))
        for row, step in enumerate(assessment.steps):
            explained = QTableWidgetItem(step.explain(language))
            amount = QTableWidgetItem(money_shown(step.amount, self.currency))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.steps.setItem(row, 0, explained)
            self.steps.setItem(row, 1, amount)
        self.steps.resizeRowsToContents()

    def step_texts(self) -> list[tuple[str, str]]:
        """Each row as shown: explanation and amount (for tests and screen readers alike)."""
        return [
            (self.steps.item(row, 0).text(), self.steps.item(row, 1).text())
            for row in range(self.steps.rowCount())
        ]
