"""The review's completeness list: each thing still missing as a button that leads to the step
and the field that meets it. What the export refuses without is marked so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from fieldapp.core.progress import Need, ReviewEntry, Step
from fieldapp.ui.names import need_text, step_name
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating


class CompletenessList(Retranslating, QWidget):
    chosen = Signal(object, object)  # Step, Need

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[ReviewEntry, ...] | None = None
        self.buttons: list[QPushButton] = []
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.rows)
        self.retranslate()

    def show_entries(self, entries: tuple[ReviewEntry, ...]) -> None:
        if entries == self.entries:
            return
        self.entries = entries
        for button in self.buttons:
            self.rows.removeWidget(button)
            button.hide()  # at once; deleted when the event loop comes round
            button.deleteLater()
        self.buttons = []
        for entry in entries:
            button = QPushButton()
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setStyleSheet("text-align: left;")
            # A long entry is cut at the column's edge, not widening it; the tooltip has it all.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setProperty("blocks_export", entry.blocks_export)
            button.clicked.connect(lambda _=False, e=entry: self.chosen.emit(e.step, e.need))
            self.rows.addWidget(button)
            self.buttons.append(button)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What the survey still needs"))
        entries = self.entries or ()
        blocking = sum(1 for e in entries if e.blocks_export)
        if self.entries is None:
            self.summary.setText("")
        elif not entries:
            self.summary.setText(self.tr("Nothing is missing: the report can be exported."))
        elif not blocking:
            self.summary.setText(
                self.tr("The report can be exported; still to do before handing it over:")
            )
        else:
            self.summary.setText(
                self.tr("%n thing(s) must be done before the report can be exported:", "", blocking)
            )
        for button, entry in zip(self.buttons, entries, strict=True):
            text = entry_text(entry.step, entry.need)
            if entry.blocks_export:
                text = self.tr("%1 (needed to export)").replace("%1", text)
            button.setText(text.replace("&", "&&"))  # "Review & sign": no mnemonic
            button.setAccessibleName(text)
            button.setToolTip(
                self.tr("%1 — go to %2").replace("%1", text).replace("%2", step_name(entry.step))
            )


def entry_text(step: Step, need: Need) -> str:
    """ "Safety checklist → not answered: …": the step, then what it needs."""
    return f"{step_name(step)} → {need_text(need)}"
