"""The archive's filters: text (claim or policy number), line, surveyor, device, and the received
and incident date ranges. They only make a ReportFilter; the database does the filtering."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldapp.core.survey import LineOfBusiness
from fieldapp.office.archive import ReportFilter
from fieldapp.office.archive_listing import ArchiveChoices
from fieldapp.ui.names import line_name
from fieldapp.ui.widgets.retranslating import Retranslating

TYPING_PAUSE_MS = 250  # one query once the user pauses, not one per key
NO_DATE = QDate(1900, 1, 1)  # shown as "any": a date edit cannot be empty


class DateBound(QDateEdit):
    """A date that may be left open ("any"). Its calendar opens on the date chosen or, when
    none is, on today: never on the month of the stand-in minimum (January 1900)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setDate(NO_DATE)
        # The pop-up is the calendar's window; Qt puts the edit's date in it just before
        # showing it, so the shown event is where "any" becomes today.
        self.calendarWidget().window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            calendar = self.calendarWidget()
            # Only the calendar's page and highlight move: the bound stays "any" until a day
            # is picked (a click or Enter), and closing the pop-up leaves it "any".
            blocker = QSignalBlocker(calendar)
            calendar.setSelectedDate(QDate.currentDate())
            blocker.unblock()
        return super().eventFilter(watched, event)

    def iso(self) -> str | None:
        return None if self.date() == NO_DATE else self.date().toString("yyyy-MM-dd")

    def set_iso(self, text: str | None) -> None:
        self.setDate(QDate.fromString(text, "yyyy-MM-dd") if text else NO_DATE)


class ArchiveFilters(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.line = QComboBox()
        self.surveyor = QComboBox()
        self.device = QComboBox()
        self.received_from, self.received_to = DateBound(), DateBound()
        self.incident_from, self.incident_to = DateBound(), DateBound()
        self.received_label, self.incident_label = QLabel(), QLabel()
        self.received_dash, self.incident_dash = QLabel("–"), QLabel("–")
        self.clear_button = QPushButton()
        self.choices = ArchiveChoices([], [])
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.changed.emit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        for combo in (self.line, self.surveyor, self.device):
            first.addWidget(combo, 2)
        second = QHBoxLayout()
        for label, low, dash, high in (
            (self.received_label, self.received_from, self.received_dash, self.received_to),
            (self.incident_label, self.incident_from, self.incident_dash, self.incident_to),
        ):
            self.received_label.setBuddy(self.received_from)
            self.incident_label.setBuddy(self.incident_from)
            for widget in (label, low, dash, high):
                second.addWidget(widget)
            second.addSpacing(16)
        second.addWidget(self.clear_button)
        second.addStretch()
        self.actions_row = second  # the page puts its count and export at the row's end
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)
        self.search.textChanged.connect(lambda _: self.pause.start())
        for combo in (self.line, self.surveyor, self.device):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        for bound in self.bounds():
            bound.dateChanged.connect(lambda _: self.changed.emit())
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def bounds(self) -> tuple[DateBound, ...]:
        return (self.received_from, self.received_to, self.incident_from, self.incident_to)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Claim or policy number"))
        self.search.setAccessibleName(self.tr("Search claim or policy number"))
        self.received_label.setText(self.tr("&Received"))
        self.incident_label.setText(self.tr("&Incident"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear every filter"))
        for bound, name in zip(
            self.bounds(),
            (
                self.tr("Received on or after"),
                self.tr("Received on or before"),
                self.tr("Incident on or after"),
                self.tr("Incident on or before"),
            ),
            strict=True,
        ):
            bound.setSpecialValueText(self.tr("any date"))
            bound.setAccessibleName(name)
            bound.setToolTip(name)
        self._fill_combos()

    def set_choices(self, choices: ArchiveChoices) -> None:
        """The surveyors and devices found in the archive (read in the background)."""
        self.choices = choices
        self._fill_combos()

    def _fill_combos(self) -> None:
        lines = [(line.value, line_name(line.value)) for line in LineOfBusiness]
        devices = [(fingerprint, name) for fingerprint, name in self.choices.devices]
        surveyors = [(name, name) for name in self.choices.surveyors]
        for combo, name, every, entries in (
            (self.line, self.tr("Line of business"), self.tr("Every line"), lines),
            (self.surveyor, self.tr("Surveyor"), self.tr("Every surveyor"), surveyors),
            (self.device, self.tr("Signing device"), self.tr("Every device"), devices),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)  # the same choice stays: no new query
            combo.clear()
            combo.addItem(every, "")
            for value, text in entries:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.setAccessibleName(name)
            combo.blockSignals(False)
        for index, (fingerprint, _) in enumerate(devices, start=1):  # its tooltip: the print
            self.device.setItemData(index, fingerprint, Qt.ItemDataRole.ToolTipRole)

    def report_filter(self) -> ReportFilter:
        return ReportFilter(
            since=self.received_from.iso(),
            until=self.received_to.iso(),
            incident_since=self.incident_from.iso(),
            incident_until=self.incident_to.iso(),
            line=self.line.currentData() or None,
            surveyor=self.surveyor.currentData() or None,
            device=self.device.currentData() or None,
            number=self.search.text().strip() or None,
        )

    def active(self) -> bool:
        return self.report_filter() != ReportFilter()

    def clear(self) -> None:
        widgets = (self.search, self.line, self.surveyor, self.device, *self.bounds())
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.line, self.surveyor, self.device):
            combo.setCurrentIndex(0)
        for bound in self.bounds():
            bound.set_iso(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
