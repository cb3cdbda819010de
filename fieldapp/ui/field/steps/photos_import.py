"""The photo import of the Photos step: the services' pipeline in a background operation, a
progress bar with the count and the current file, Cancel, and then the files not added, each
with its reason in the user's language. After the import, the display copies are made in the
background too; each final thumbnail is announced as it is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import (
    AddReport,
    CopiesReport,
    Outcome,
    add_photos,
    make_display_copies,
)
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.messages import error_text, photo_outcome_text
from fieldapp.ui.names import photo_category_name
from fieldapp.ui.operations import Cancelled, Operation, Progress, with_workspace
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating


class ImportPanel(Retranslating, QWidget):
    progressed = Signal()  # photos were recorded: the grid may show them
    imported = Signal(object)  # the AddReport, once the import is over
    thumbnail_final = Signal(str)  # the SHA-256 whose final thumbnail is stored

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation[AddReport] | None = None
        self.copies: Operation[CopiesReport] | None = None
        self.report: AddReport | None = None
        self.survey_id = ""  # of the import under way or last made
        self.category = ""
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(28)
        self.bar.setFormat("%v / %m")
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.not_added = QListWidget()
        self.not_added.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.hide)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.cancel_button)
        done = QHBoxLayout()
        done.addWidget(self.summary, 1)
        done.addWidget(self.close_button)
        for button in (self.cancel_button, self.close_button):
            button.setMinimumHeight(MIN_TARGET_PX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(running)
        layout.addWidget(self.current)
        layout.addLayout(done)
        layout.addWidget(self.not_added)
        self._show_running(False)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the photo import"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the import results"))
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.not_added.setAccessibleName(self.tr("Files not added, with the reason"))
        if self.report is not None:
            self._show_report(self.report)

    @property
    def running(self) -> bool:
        return self.operation is not None

    def start(self, survey_id: str, paths: list[Path], category: str) -> None:
        """Import these files and folders into the survey, all in this category."""
        if self.running or not paths:
            return
        self.report = None
        self.survey_id, self.category = survey_id, category
        self.not_added.clear()
        self.summary.clear()
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.current.setText(self.tr("Looking for photos…"))
        self._show_running(True)
        self.show()

        def work(ws: FieldWorkspace, progress: Progress, cancelled: Cancelled) -> AddReport:
            return add_photos(
                ws, survey_id, paths, category=category, progress=progress, cancelled=cancelled
            )

        self.operation = with_workspace(
            self.context.workspace,
            work,
            on_success=lambda report: self._imported(survey_id, report),
            on_failure=self._failed,
            on_progress=self._progress,
            owner=self,
        )

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)
            self.current.setText(self.tr("Cancelling: the photos already added stay added…"))

    def stop_copies(self) -> None:
        if self.copies is not None:
            self.copies.cancel()

    def _progress(self, done: int, total: int, name: str) -> None:
        if self.operation is None or self.operation.cancelled:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.current.setText(
            self.tr("%1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", Path(name).name)
        )
        self.progressed.emit()

    def _imported(self, survey_id: str, report: AddReport) -> None:
        self.operation = None
        self.report = report
        self._show_running(False)
        self._show_report(report)
        self.imported.emit(report)
        if report.added:
            self._make_copies(survey_id)

    def _failed(self, error: FieldappError) -> None:
        self.operation = None
        self.report = None
        self._show_running(False)
        self.summary.setText(error_text(error))
        self.summary.show()

    def _make_copies(self, survey_id: str) -> None:
        def work(ws: FieldWorkspace, progress: Progress, cancelled: Cancelled) -> CopiesReport:
            # Each final thumbnail is announced through the progress signal, its message the
            # SHA-256: the grid then shows it in place of the first paint.
            return make_display_copies(
                ws, survey_id, cancelled=cancelled, made=lambda digest: progress(0, 0, digest)
            )

        self.copies = with_workspace(
            self.context.workspace,
            work,
            on_success=self._copies_made,
            on_failure=self._copies_failed,
            on_progress=lambda _done, _total, digest: self.thumbnail_final.emit(digest),
            owner=self,
        )

    def _copies_made(self, report: CopiesReport) -> None:
        self.copies = None
        self.progressed.emit()  # a picture found damaged now has its badge

    def _copies_failed(self, error: FieldappError) -> None:
        self.copies = None  # the photos are kept; the export makes the missing copies
        self.summary.setText(f"{self.summary.text()}\n{error_text(error)}")

    def _show_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.current.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.summary.setVisible(not running)
        self.close_button.setVisible(not running)
        self.not_added.setVisible(not running and self.not_added.count() > 0)

    def _show_report(self, report: AddReport) -> None:
        counts = {kind: 0 for kind in Outcome}
        for outcome in report.outcomes:
            counts[outcome.outcome] += 1
        parts = [
            self.tr("%n photo(s) added", "", counts[Outcome.ADDED])
            + (
                self.tr(" as “%1”").replace("%1", photo_category_name(self.category))
                if counts[Outcome.ADDED] and self.category != "other"
                else ""
            )
        ]
        if counts[Outcome.DUPLICATE]:
            parts.append(self.tr("%n already in this survey", "", counts[Outcome.DUPLICATE]))
        if counts[Outcome.REJECTED]:
            parts.append(self.tr("%n refused", "", counts[Outcome.REJECTED]))
        if counts[Outcome.NOT_ADDED]:
            parts.append(self.tr("%n not added", "", counts[Outcome.NOT_ADDED]))
        text = self.tr("; ").join(parts)
        if report.stopped_by is not None:
            text += "\n" + error_text(report.stopped_by)
        elif report.cancelled:
            text += "\n" + self.tr("The import was cancelled; the photos added before stay.")
        self.summary.setText(text)
        self.not_added.clear()
        for outcome in report.outcomes:
            if outcome.outcome is Outcome.ADDED:
                continue
            why = photo_outcome_text(outcome.code, dict(outcome.params))
            item = QListWidgetItem(f"{Path(outcome.name).name} — {why}")
            item.setToolTip(outcome.name)
            self.not_added.addItem(item)
        shown = min(self.not_added.count(), 5)  # more scroll: the grid keeps its room
        if shown:
            row = self.not_added.sizeHintForRow(0)
            self.not_added.setFixedHeight(shown * row + 2 * self.not_added.frameWidth() + 4)
        self.not_added.setVisible(shown > 0)
