"""The report as it would be exported now, built in the background by the export's own layout
(services/preview.py) and shown with QtPdf; rebuilt when the survey changes while it is shown,
the build before it cancelled. Held in memory only: nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.preview import ReportPreview, report_preview
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.i18n import CATALOGUES, LANGUAGE_NAMES
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import ui_language
from fieldapp.ui.operations import Operation, with_workspace
from fieldapp.ui.widgets.retranslating import Retranslating

REBUILD_DELAY_MS = 600  # a burst of changes (typing elsewhere) is one rebuild


class ReportPreviewPane(Retranslating, QWidget):
    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.survey_id = ""
        self.operation: Operation[ReportPreview] | None = None
        self.stale = True
        self.generation = 0  # only the latest build is shown
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.note = QLabel()
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.language = QComboBox()
        for language in CATALOGUES:
            self.language.addItem(LANGUAGE_NAMES[language], language)
        self.language.activated.connect(lambda _: self.rebuild())
        self._language_picked = False
        self.language.activated.connect(lambda _: setattr(self, "_language_picked", True))
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.rebuild)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumWidth(320)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REBUILD_DELAY_MS)
        self.timer.timeout.connect(self.rebuild)
        bar = QHBoxLayout()
        bar.addWidget(self.language)
        bar.addWidget(self.refresh_button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Preview of the report — not signed"))
        self.note.setText(
            self.tr(
                "Built from the survey as it is now by the same layout as the export, with "
                "personal data masked. The exported report is signed and may differ in the "
                "signature block."
            )
        )
        self.language.setAccessibleName(self.tr("Language of the previewed report"))
        self.refresh_button.setText(self.tr("&Refresh preview"))
        self.refresh_button.setAccessibleName(self.tr("Build the preview again"))
        self.view.setAccessibleName(self.tr("Preview of the report's pages"))
        if not self._language_picked:  # until picked, the preview speaks the window's language
            self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))
        self._draw_state(self.state.property("shown") or "")

    def show_survey(self, survey_id: str) -> None:
        """The survey changed (or another was opened): rebuild soon if shown, else later."""
        if survey_id != self.survey_id:
            self.survey_id = survey_id
            self._show_pdf(b"")
        self.stale = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.stale and self.survey_id:
            self.timer.start(0)

    def rebuild(self) -> None:
        """Cancel the build under way, if any, and build the preview again in the background."""
        self.timer.stop()
        if not self.survey_id:
            return
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.stale = False
        self.generation += 1
        generation = self.generation
        survey_id, language = self.survey_id, str(self.language.currentData())
        self._draw_state("building")
        self.operation = with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: report_preview(
                ws, survey_id, language, cancelled=cancelled
            ),
            on_success=lambda preview: self._built(generation, preview),
            on_failure=lambda error: self._failed(generation, error),
            owner=self,
        )

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _built(self, generation: int, preview: ReportPreview) -> None:
        if generation != self.generation or preview.survey_id != self.survey_id:
            return  # a later build was asked for meanwhile
        self._show_pdf(preview.pdf)
        self._draw_state("shown")

    def _failed(self, generation: int, error: FieldappError) -> None:
        if error.code == "preview_cancelled" or generation != self.generation:
            return
        self.state.setText(error_text(error))
        self.state.setProperty("shown", "")

    def _show_pdf(self, pdf: bytes) -> None:
        self.document.close()
        old, self.buffer = self.buffer, None
        if pdf:
            self.buffer = QBuffer(self)
            self.buffer.setData(QByteArray(pdf))
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self.buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def _draw_state(self, shown: str) -> None:
        self.state.setProperty("shown", shown)
        if shown == "building":
            self.state.setText(self.tr("Building the preview…"))
        elif shown == "shown":
            self.state.setText(self.tr("%n page(s).", "", self.page_count))
        else:
            self.state.setText("")
        self.state.setAccessibleName(self.state.text())
