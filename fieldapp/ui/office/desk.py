"""The import desk: reports dropped, added or arriving in a watched folder go through the office's
gate (`import_reports`, in the background with progress and Cancel); each file's outcome is a
row of the results table, with the quarantined copy and its reason file a click away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.errors import FieldappError
from fieldapp.office.importer import ImportOutcome, OfficeWorkspace, Status, import_reports
from fieldapp.office.watch import import_new
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.desk_results import ResultsModel, local_time
from fieldapp.ui.office.desk_watch import WatchedFolder
from fieldapp.ui.office.pages import OfficePage
from fieldapp.ui.operations import Cancelled, Operation, Progress, with_office
from fieldapp.ui.preferences import WATCH_FOLDER, WATCH_ON

Work = Callable[[OfficeWorkspace, Progress, Cancelled], list[ImportOutcome]]


class DeskPage(OfficePage):
    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        self.operation: Operation[list[ImportOutcome]] | None = None
        self.queued: list[Path] = []  # dropped or added while a batch runs
        self.look_waiting = False
        self.looks = 0  # looks at the watched folder finished (the state line says when)
        self.looked_utc = ""
        self.arriving = 0  # files of the watched folder still being copied at the last look
        self.watch_error: FieldappError | None = None
        self.batch: list[ImportOutcome] = []  # the last batch shown, or why it failed
        self.batch_error: FieldappError | None = None
        self.file_dialog: QFileDialog | None = None  # the open one, for keyboard and tests
        self.model = ResultsModel(context.preferences, self)
        self.model.restore()
        self.watched = WatchedFolder(self)
        self.watched.look_due.connect(self.look_at_watched_folder)

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

        self.watch_title = QLabel()
        self.watch_path = QLineEdit(context.preferences.get(WATCH_FOLDER))
        self.watch_path.setReadOnly(True)
        self.choose_watch = QPushButton()
        self.choose_watch.clicked.connect(self.choose_watch_folder)
        self.watch_on = QCheckBox()
        self.watch_on.setMinimumHeight(44)
        self.watch_on.toggled.connect(self.set_watching)
        self.watch_state = QLabel()
        self.watch_state.setProperty("role", "hint")
        self.watch_state.setWordWrap(True)
        self.watch_title.setBuddy(self.watch_path)
        watch_row = QHBoxLayout()
        watch_row.addWidget(self.watch_title)
        watch_row.addWidget(self.watch_path, 1)
        watch_row.addWidget(self.choose_watch)
        watch_row.addWidget(self.watch_on)

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
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.ResizeToContents,) * 3
            + (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch)
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(3, 360)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.table.activated.connect(lambda _index: self.open_reason_file())
        self.open_copy = QPushButton()
        self.open_copy.clicked.connect(self.open_quarantined_copy)
        self.open_reason = QPushButton()
        self.open_reason.clicked.connect(self.open_reason_file)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.summary, 1)
        row_actions.addWidget(self.open_copy)
        row_actions.addWidget(self.open_reason)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self.add_files.click)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel_batch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_zone)
        layout.addLayout(watch_row)
        layout.addWidget(self.watch_state)
        layout.addLayout(progress_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_actions)
        self.retranslate()
        self._show_running(False)
        self._enable()
        if context.preferences.get(WATCH_ON) == "true" and self.watch_path.text():
            self.watch_on.setChecked(True)  # as left at the last close

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
        self.watch_title.setText(self.tr("&Watched folder:"))
        self.watch_path.setAccessibleName(self.tr("Watched folder"))
        self.watch_path.setPlaceholderText(self.tr("a shared folder or a USB inbox"))
        self.choose_watch.setText(self.tr("Choose…"))
        self.choose_watch.setAccessibleName(self.tr("Choose the watched folder"))
        self.watch_on.setText(self.tr("Import new reports from it"))
        self.watch_on.setAccessibleName(self.tr("Watch the folder"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the import"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.table.setAccessibleName(self.tr("Import results, newest first"))
        self.open_copy.setText(self.tr("Open quarantined copy"))
        self.open_copy.setAccessibleName(self.tr("Open the quarantined copy"))
        self.open_reason.setText(self.tr("Open reason file"))
        self.open_reason.setAccessibleName(self.tr("Open the reason file"))
        self._show_watch_state()
        self._show_summary()
        last = len(ResultsModel.COLUMNS) - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

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

    def _next(self) -> None:
        if self.operation is not None:
            return
        if self.queued:
            paths, self.queued = self.queued, []

            def work(office: OfficeWorkspace, progress: Progress, cancelled: Cancelled) -> Any:
                return import_reports(office, paths, progress=progress, cancelled=cancelled)

            self._run(work, watching=False)
        elif self.look_waiting and self.watched.watch is not None:
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
            self.looks += 1
            self.looked_utc, self.arriving, self.watch_error = (
                utc_text(utc_now()),
                len(arriving),
                None,
            )
            self._show_watch_state()
        if any(o.status in (Status.ACCEPTED, Status.REJECTED) for o in outcomes):
            self.context.changes.imported.emit()
        self._next()

    def _failed(self, error: FieldappError, *, watching: bool) -> None:
        self.operation = None
        self._show_running(False)
        if watching:  # the share may be back at the next look: keep watching, say why
            self.looks += 1
            self.looked_utc, self.watch_error = utc_text(utc_now()), error
            self._show_watch_state()
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

    # --- the watched folder -------------------------------------------------------------

    def choose_watch_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the watched folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.watch_folder)
        self.file_dialog = dialog
        dialog.open()

    def watch_folder(self, folder: str) -> None:
        """Watch that folder from now on (and after a restart)."""
        self.watch_path.setText(folder)
        self.context.preferences.set(WATCH_FOLDER, folder)
        if self.watch_on.isChecked():
            self.watched.start(Path(folder))
        else:
            self.watch_on.setChecked(True)

    def set_watching(self, on: bool) -> None:
        folder = self.watch_path.text()
        if on and not folder:
            self.watch_on.setChecked(False)
            self.choose_watch_folder()
            return
        self.context.preferences.set(WATCH_ON, "true" if on else "false")
        if on:
            self.watched.start(Path(folder))
        else:
            self.watched.stop()
        self.looked_utc, self.arriving, self.watch_error = "", 0, None
        self._show_watch_state()

    def look_at_watched_folder(self) -> None:
        watch = self.watched.watch
        if watch is None:
            return
        if self.operation is not None:
            self.look_waiting = True  # after the batch in hand
            return

        def work(office: OfficeWorkspace, progress: Progress, cancelled: Cancelled) -> Any:
            return import_new(office, watch, progress=progress, cancelled=cancelled)

        self._run(work, watching=True)

    def _show_watch_state(self) -> None:
        if not self.watched.active:
            texts = [self.tr("Not watching.")]
        elif not self.looked_utc:
            texts = [self.tr("Watching.")]
        else:
            texts = [self.tr("Watching; looked %1.").replace("%1", local_time(self.looked_utc))]
        if self.watched.active and self.watch_error is not None:
            texts.append(error_text(self.watch_error))
        elif self.watched.active and self.arriving:
            texts.append(self.tr("%1 file(s) still arriving.").replace("%1", str(self.arriving)))
        self.watch_state.setText(" ".join(texts))
        error = self.watched.active and self.watch_error is not None
        self.watch_state.setProperty("role", "field-error" if error else "hint")
        self.watch_state.style().polish(self.watch_state)

    # --- a row's quarantined copy -------------------------------------------------------

    def current(self) -> ImportOutcome | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.outcome(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        outcome = self.current()
        quarantined = bool(outcome and outcome.quarantined)
        self.open_copy.setEnabled(quarantined)
        self.open_reason.setEnabled(quarantined)

    def open_quarantined_copy(self) -> None:
        self._open(lambda o: o.quarantined)

    def open_reason_file(self) -> None:
        self._open(lambda o: o.reason_file)

    def _open(self, which: Callable[[ImportOutcome], str]) -> None:
        outcome = self.current()
        if outcome is None or not which(outcome):
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(which(outcome)))
