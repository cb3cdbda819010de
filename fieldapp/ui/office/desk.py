"""The import desk: reports dropped, added or arriving in a watched folder go through the office's
gate (`import_reports`, in the background with progress and Cancel); each file's outcome is a
row of the results table, with the quarantined copy and its reason file a click away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.office.importer import (
    ImportOutcome,
    OfficeWorkspace,
    Status,
    file_to_import_again,
    import_reports,
)
from fieldapp.office.watch import import_new
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.desk_results import ResultsModel
from fieldapp.ui.office.desk_watch import WatchBar
from fieldapp.ui.office.pages import OfficePage
from fieldapp.ui.operations import Cancelled, Operation, Progress, with_office
from fieldapp.ui.widgets.system_viewer import NotOpenedNote, UrlOpener

Work = Callable[[OfficeWorkspace, Progress, Cancelled], list[ImportOutcome]]


class DeskPage(OfficePage):
    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        self.operation: Operation[list[ImportOutcome]] | None = None
        self.queued: list[Path | ImportOutcome] = []  # dropped, added or retried during a batch
        self.look_waiting = False
        self.batch: list[ImportOutcome] = []  # the last batch shown, or why it failed
        self.batch_error: FieldappError | None = None
        self.file_dialog: QFileDialog | None = None  # the open one, for keyboard and tests
        self.model = ResultsModel(context.preferences, self)
        self.model.restore()
        self.watch_bar = WatchBar(context.preferences)
        self.watch_bar.look_due.connect(self.look_at_watched_folder)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setStyleSheet(
            "QFrame#dropZone { border: 2px dashed palette(mid); border-radius: 6px; }"
        )
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        self.add_files = QPushButton()
        self.add_files.setProperty("primary", True)
        self.add_files.clicked.connect(lambda: self.choose(QFileDialog.FileMode.ExistingFiles))
        self.add_folder = QPushButton()
        self.add_folder.clicked.connect(lambda: self.choose(QFileDialog.FileMode.Directory))
        drop_row = QHBoxLayout(self.drop_zone)
        drop_row.addWidget(self.drop_hint, 1)
        drop_row.addWidget(self.add_files)
        drop_row.addWidget(self.add_folder)

        self.progress = QProgressBar()
        self.progress_text = QLabel()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.cancel_batch)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_text)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        # Time, file and result are fitted to their texts whenever rows or words change
        # (ResizeToContents left them cut to "2026…" when rows arrived in a hidden tab).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(3, 360)
        self.model.rowsInserted.connect(lambda *_: self._fit_columns())
        self.model.modelReset.connect(self._fit_columns)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.table.activated.connect(lambda _index: self.open_reason_file())
        self.open_copy = QPushButton()
        self.open_copy.clicked.connect(self.open_quarantined_copy)
        self.open_reason = QPushButton()
        self.open_reason.clicked.connect(self.open_reason_file)
        self.again = QPushButton()
        self.again.clicked.connect(self.import_again)
        self.not_opened = NotOpenedNote()  # the file's path when no program took it
        self.open_url: UrlOpener = QDesktopServices.openUrl  # a test gives its own
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.summary, 1)
        row_actions.addWidget(self.open_copy)
        row_actions.addWidget(self.open_reason)
        row_actions.addWidget(self.again)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.add_files.click)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel_batch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.watch_bar)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_actions)
        layout.addWidget(self.not_opened)
        self.retranslate()
        self._show_running(False)
        self._enable()

    def _fit_columns(self) -> None:
        for column in range(3):
            self.table.resizeColumnToContents(column)
        # a long file name is cut (its tooltip shows it whole) rather than pushing the reason out
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 280))

    def title(self) -> str:
        return self.tr("Import desk")

    def retranslate(self) -> None:
        self.drop_hint.setText(
            self.tr(
                "Drop report PDFs or folders here, or add them. Each file is verified before "
                "anything of it is read; refused files go to quarantine with their reason."
            )
        )
        self.add_files.setText(self.tr("Add files…"))
        self.add_files.setAccessibleName(self.tr("Add report files"))
        self.add_files.setToolTip(QKeySequence(QKeySequence.StandardKey.Open).toString())
        self.add_folder.setText(self.tr("Add a folder…"))
        self.add_folder.setAccessibleName(self.tr("Add a folder of reports"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the import"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.table.setAccessibleName(self.tr("Import results, newest first"))
        self.open_copy.setText(self.tr("Open quarantined copy"))
        self.open_copy.setAccessibleName(self.tr("Open the quarantined copy"))
        self.open_reason.setText(self.tr("Open reason file"))
        self.open_reason.setAccessibleName(self.tr("Open the reason file"))
        self.again.setText(self.tr("Import again"))
        self.again.setAccessibleName(self.tr("Import the chosen file again"))
        self.again.setToolTip(
            self.tr("After trusting its device, or once it has finished arriving")
        )
        self._show_summary()
        last = len(ResultsModel.COLUMNS) - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self._fit_columns()

    # --- adding files -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    def choose(self, mode: QFileDialog.FileMode) -> None:
        dialog = QFileDialog(self)
        dialog.setFileMode(mode)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the window's language
        if mode is QFileDialog.FileMode.ExistingFiles:
            dialog.setWindowTitle(self.tr("Add report files"))
            dialog.setNameFilters([self.tr("Reports (*.pdf)"), self.tr("All files (*)")])
        else:
            dialog.setWindowTitle(self.tr("Add a folder of reports"))
        dialog.filesSelected.connect(lambda files: self.import_paths([Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()

    def import_paths(self, paths: list[Path]) -> None:
        self.queued += paths
        self._next()

    def import_again(self) -> None:
        outcome = self.current()
        if outcome is not None and self.model.needs_importing_again(
            self.table.currentIndex().row()
        ):
            self.queued.append(outcome)  # its file is found in the worker
            self._next()

    def _next(self) -> None:
        if self.operation is not None:
            return
        if self.queued:
            paths, self.queued = self.queued, []

            def work(office: OfficeWorkspace, progress: Progress, cancelled: Cancelled) -> Any:
                files = [  # where a file to import again is now is asked off the UI thread
                    file_to_import_again(p) if isinstance(p, ImportOutcome) else p for p in paths
                ]
                return import_reports(office, files, progress=progress, cancelled=cancelled)

            self._run(work, watching=False)
        elif self.look_waiting and self.watch_bar.watch is not None:
            self.look_waiting = False
            self.look_at_watched_folder()

    def _run(self, work: Work, *, watching: bool) -> None:
        self.progress.setRange(0, 0)  # busy until the first file is counted
        self.progress_text.setText(self.tr("Looking for reports…"))
        # A watched folder is looked at every few seconds: the progress row appears only when
        # there is something to import, so the table does not jump at each look.
        self._show_running(not watching)
        self.operation = with_office(
            self.context.office,
            work,
            on_success=lambda outcomes: self._landed(outcomes, watching=watching),
            on_failure=lambda error: self._failed(error, watching=watching),
            on_progress=self._progressed,
            owner=self,
        )

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self.cancel.isHidden():
            self._show_running(True)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_text.setText(
            self.tr("Verified %1 of %2: %3")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", name)
        )

    def cancel_batch(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel.setEnabled(False)
            self.progress_text.setText(self.tr("Cancelling after the file in hand…"))

    def _landed(self, outcomes: list[ImportOutcome], *, watching: bool) -> None:
        self.operation = None
        self._show_running(False)
        arriving = [o for o in outcomes if watching and o.status is Status.SKIPPED]
        shown = [o for o in outcomes if o not in arriving]  # a watched file waits silently
        self.model.add_batch(shown)
        if shown:
            self.table.selectRow(0)
            self.batch, self.batch_error = shown, None
            self._show_summary()
        if watching:
            self.watch_bar.looked(arriving=len(arriving))
        if any(o.status in (Status.ACCEPTED, Status.REJECTED) for o in outcomes):
            self.context.changes.imported.emit()
        self._next()

    def _failed(self, error: FieldappError, *, watching: bool) -> None:
        self.operation = None
        self._show_running(False)
        if watching:  # the share may be back at the next look: keep watching, say why
            self.watch_bar.looked(error=error)
        else:
            self.batch, self.batch_error = [], error
            self._show_summary()
        self._next()

    def _show_summary(self) -> None:
        if self.batch_error is not None:
            self.summary.setText(error_text(self.batch_error))
            return
        if not self.batch:
            self.summary.setText("")
            return
        count = {s: sum(o.status is s for o in self.batch) for s in Status}
        self.summary.setText(
            self.tr("Last batch: %1 accepted, %2 already archived, %3 refused, %4 to import again.")
            .replace("%1", str(count[Status.ACCEPTED]))
            .replace("%2", str(count[Status.DUPLICATE]))
            .replace("%3", str(count[Status.REJECTED]))
            .replace("%4", str(count[Status.SKIPPED] + count[Status.NOT_IMPORTED]))
        )

    def _show_running(self, running: bool) -> None:
        for widget in (self.progress, self.progress_text, self.cancel):
            widget.setVisible(running)
        self.cancel.setEnabled(running)

    def look_at_watched_folder(self) -> None:
        watch = self.watch_bar.watch
        if watch is None:
            return
        if self.operation is not None:
            self.look_waiting = True  # after the batch in hand
            return

        def work(office: OfficeWorkspace, progress: Progress, cancelled: Cancelled) -> Any:
            return import_new(office, watch, progress=progress, cancelled=cancelled)

        self._run(work, watching=True)

    # --- a row's quarantined copy -------------------------------------------------------

    def current(self) -> ImportOutcome | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.outcome(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        outcome = self.current()
        quarantined = bool(outcome and outcome.quarantined)
        self.open_copy.setEnabled(quarantined)
        self.open_reason.setEnabled(quarantined)
        self.again.setEnabled(self.model.needs_importing_again(self.table.currentIndex().row()))

    def open_quarantined_copy(self) -> None:
        self._open(lambda o: o.quarantined)

    def open_reason_file(self) -> None:
        self._open(lambda o: o.reason_file)

    def _open(self, which: Callable[[ImportOutcome], str]) -> None:
        outcome = self.current()
        if outcome is None or not which(outcome):
            return
        self.not_opened.open_path(which(outcome), self.open_url)
