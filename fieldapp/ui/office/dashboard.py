"""The Dashboard tab: the service targets (DOMAIN.md: survey within 24 h of the incident,
standard cases finished in 7 days) and what arrives, for a period chosen by the user. The
figures are computed by `office/figures.py` + `core/service_figures.py` in the background and
redrawn when reports land; the page only draws them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.service_figures import DashboardFigures, Period
from fieldapp.errors import FieldappError
from fieldapp.office.figures import figures_for_period
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.dashboard_chart import ChartPanel
from fieldapp.ui.office.dashboard_charts import CHARTS
from fieldapp.ui.office.pages import OfficePage
from fieldapp.ui.operations import Operation, with_office
from fieldapp.ui.widgets.retranslating import Note

PRESET_WEEKS = (4, 13, 26, 52)
ALL_TIME = 0
CHOSEN_DATES = -1
DEFAULT_WEEKS = 13  # a quarter: long enough for a trend, short enough to see this week


def _today() -> date:
    """Today as a UTC day: the periods are counted in the days `received_at_utc` carries."""
    return datetime.now(UTC).date()


class DashboardPage(OfficePage):
    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures: DashboardFigures | None = None
        self.computing: Operation[DashboardFigures] | None = None
        self.stale = False  # asked again while computing: compute once more when it ends
        self.period_label = QLabel()
        self.period_choice = QComboBox()
        for weeks in PRESET_WEEKS:
            self.period_choice.addItem("", weeks)
        self.period_choice.addItem("", ALL_TIME)
        self.period_choice.addItem("", CHOSEN_DATES)
        self.period_choice.setCurrentIndex(PRESET_WEEKS.index(DEFAULT_WEEKS))
        self.period_label.setBuddy(self.period_choice)
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        self.since_label, self.until_label = QLabel(), QLabel()
        pairs = ((self.since_label, self.since_edit), (self.until_label, self.until_edit))
        for label, edit in pairs:
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            label.setBuddy(edit)
            edit.dateChanged.connect(self._dates_changed)
        self.since_edit.setDate(QDate(_today()).addDays(-7 * DEFAULT_WEEKS))
        self.until_edit.setDate(QDate(_today()))
        # Each date bounds the other: a period that ends before it starts cannot be chosen.
        self.since_edit.dateChanged.connect(self.until_edit.setMinimumDate)
        self.until_edit.dateChanged.connect(self.since_edit.setMaximumDate)
        self.until_edit.setMinimumDate(self.since_edit.date())
        self.since_edit.setMaximumDate(self.until_edit.date())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = Note()
        self.status.setProperty("role", "hint")
        self.charts: list[ChartPanel] = [chart() for chart in CHARTS]
        for chart in self.charts:
            chart.save_asked.connect(self.save_chart)

        bar = QHBoxLayout()
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_choice)
        for widget in (self.since_label, self.since_edit, self.until_label, self.until_edit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)
        grid = QGridLayout()
        grid.addWidget(self.charts[0], 0, 0, 1, 2)  # reports per week: the widest
        grid.addWidget(self.charts[1], 0, 2)
        for column, chart in enumerate(self.charts[2:]):
            grid.addWidget(chart, 1, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)  # no scroll area: all five charts in view from 1366×768 on

        self.period_choice.currentIndexChanged.connect(self._period_changed)
        context.changes.imported.connect(self.refresh)
        self._show_date_edits()
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        for index in range(self.period_choice.count()):
            weeks = self.period_choice.itemData(index)
            text = {
                ALL_TIME: self.tr("Everything received"),
                CHOSEN_DATES: self.tr("Chosen dates"),
            }.get(weeks) or self.tr("Last %1 weeks").replace("%1", str(weeks))
            self.period_choice.setItemText(index, text)
        self.period_choice.setAccessibleName(self.tr("Period of the figures"))
        self.since_label.setText(self.tr("&From:"))
        self.until_label.setText(self.tr("&To:"))
        self.since_edit.setAccessibleName(self.tr("First day received (UTC)"))
        self.until_edit.setAccessibleName(self.tr("Last day received (UTC)"))
        self._show_summary()

    # --- the period --------------------------------------------------------------------------
    def period(self) -> Period:
        weeks = self.period_choice.currentData()
        if weeks == ALL_TIME:
            return Period()
        if weeks == CHOSEN_DATES:
            return Period(self.since_edit.date().toPython(), self.until_edit.date().toPython())
        return Period.last_weeks(weeks, _today())

    def choose_weeks(self, weeks: int) -> None:
        self.period_choice.setCurrentIndex(self.period_choice.findData(weeks))

    def choose_dates(self, since: date, until: date) -> None:
        self.since_edit.clearMaximumDate()  # the bounds follow the new dates again below
        self.until_edit.clearMinimumDate()
        self.until_edit.setDate(QDate(until))
        self.since_edit.setDate(QDate(since))
        self.period_choice.setCurrentIndex(self.period_choice.findData(CHOSEN_DATES))

    def _period_changed(self) -> None:
        self._show_date_edits()
        self.refresh()

    def _dates_changed(self) -> None:
        if self.period_choice.currentData() == CHOSEN_DATES:
            self.refresh()

    def _show_date_edits(self) -> None:
        chosen = self.period_choice.currentData() == CHOSEN_DATES
        for widget in (self.since_label, self.since_edit, self.until_label, self.until_edit):
            widget.setVisible(chosen)

    # --- computing and drawing ---------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures again (reports landed, another period); one at a time."""
        if self.computing is not None and not self.computing.done:
            self.stale = True
            return
        try:
            period = self.period()
        except FieldappError as error:  # the chosen dates are the wrong way round
            self.status.say(partial(error_text, error))
            return
        self.stale = False
        self.status.say(lambda: self.tr("Computing…"))
        self.computing = with_office(
            self.context.office,
            lambda office, progress, cancelled: figures_for_period(office.db, period),
            on_success=self._show,
            on_failure=self._failed,
            owner=self,
        )

    def _show(self, figures: DashboardFigures) -> None:
        if self.stale:
            self.refresh()
            return
        self.figures = figures
        self.status.say(str)
        for chart in self.charts:
            chart.draw(figures)
        self._show_summary()

    def _failed(self, error: FieldappError) -> None:
        self.status.say(lambda: error_text(error))
        if self.stale:
            self.refresh()

    def _show_summary(self) -> None:
        figures = self.figures
        if figures is None:
            self.summary.setText("")
            return
        if not figures.weeks:
            self.summary.setText(self.tr("No report has been received yet."))
            return
        rejected = sum(figures.rejected_by_reason.values())
        self.summary.setText(
            self.tr("Received %1 to %2 (UTC): %3, %4.")
            .replace("%1", figures.since.isoformat() if figures.since else "")
            .replace("%2", figures.until.isoformat() if figures.until else "")
            .replace("%3", self.tr("%n survey(s)", "", figures.report_count))
            .replace("%4", self.tr("%n import(s) rejected", "", rejected))
        )

    # --- saving a chart ----------------------------------------------------------------------
    def save_chart(self, chart: ChartPanel) -> None:
        suggested = Path.home() / f"{chart.file_stem()}.png"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), str(suggested), self.tr("PNG images (*.png)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if chart.save_png(path):
            self.status.say(lambda: self.tr("Saved %1").replace("%1", str(path)))
        else:
            self.status.say(lambda: self.tr("Could not write %1").replace("%1", str(path)))
