"""One survey: its header, the step navigator and the page of the chosen step. Steps can be
filled in any order; only the safety rule locks the evidence steps. The step a survey was left
at is where it reopens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from fieldapp.core.progress import Need, Step, SurveyProgress
from fieldapp.errors import FieldappError
from fieldapp.services.progress import survey_overview_of
from fieldapp.store.surveys import SurveyOverview
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.navigator import STEPS, StepNavigator
from fieldapp.ui.field.steps.base import StepNeeds, StepPage
from fieldapp.ui.field.steps.damage_step import DamageStepPage
from fieldapp.ui.field.steps.parties_step import PartiesStep
from fieldapp.ui.messages import error_text
from fieldapp.ui.names import line_name, status_name
from fieldapp.ui.operations import with_workspace
from fieldapp.ui.widgets.retranslating import Retranslating

PageFactory = Callable[[FieldContext], StepPage]


class StepStatusPage(StepPage):
    """A step shown by its state and needs, for a step whose own page is not built yet."""

    def __init__(self, step: Step, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.step = step  # type: ignore[misc]
        self.needs = StepNeeds()
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs)
        layout.addStretch()

    def show_survey(self, survey_id: str, state) -> None:  # type: ignore[no-untyped-def]
        super().show_survey(survey_id, state)
        self.needs.show_state(state)

    def retranslate(self) -> None:
        self.needs.retranslate()


def step_pages() -> dict[Step, PageFactory]:
    """The pages built so far; the others show their state and needs."""
    from fieldapp.ui.field.steps.export_step import ExportStepPage
    from fieldapp.ui.field.steps.photos_step import PhotosStepPage
    from fieldapp.ui.field.steps.review_step import ReviewStepPage
    from fieldapp.ui.field.steps.safety_step import SafetyStepPage
    from fieldapp.ui.field.steps.start_step import StartStepPage

    return {
        Step.START: StartStepPage,
        Step.SAFETY: SafetyStepPage,
        Step.PARTIES: PartiesStep,
        Step.DAMAGE: DamageStepPage,
        Step.PHOTOS: PhotosStepPage,
        Step.REVIEW: ReviewStepPage,
        Step.EXPORT: ExportStepPage,
    }


class SurveyPage(Retranslating, QWidget):
    back = Signal()

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.survey_id = ""
        self.progress: SurveyProgress | None = None
        self.overview: SurveyOverview | None = None
        self.title = QLabel()
        self.title.setProperty("role", "survey-title")
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self._back)
        self.navigator = StepNavigator(context.preferences.theme)
        self.pages = QStackedWidget()
        factories = step_pages()
        self.step_pages: dict[Step, StepPage] = {}
        for step in STEPS:
            page = factories[step](context) if step in factories else StepStatusPage(step, context)
            self.step_pages[step] = page
            self.pages.addWidget(page)
            page.go_to_wanted.connect(self.go_to)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.navigator.step_chosen.connect(self._show_step)
        context.changes.changed.connect(self._survey_changed)
        self.setAcceptDrops(True)
        from fieldapp.ui.field.steps.photos_step import PhotosStepPage

        photos = self.step_pages[Step.PHOTOS]
        if isinstance(photos, PhotosStepPage):
            photos.photoOpened.connect(self.open_photo)
        self.viewer: QWidget | None = None  # the photo open full size, if any
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Surveys"))
        self.back_button.setAccessibleName(self.tr("Back to the survey list"))
        self._draw_title()

    def open(self, survey_id: str) -> None:
        self.flush()
        self.survey_id = survey_id
        self.progress = self.overview = None
        last = self.context.preferences.last_step(survey_id)
        step = Step(last) if last in {s.value for s in STEPS} else Step.START
        self.navigator.blockSignals(True)
        self.navigator.go_to(step)
        self.navigator.blockSignals(False)
        self.pages.setCurrentWidget(self.step_pages[step])
        self.refresh()

    def refresh(self) -> None:
        """Read the survey's progress in the background, then redraw navigator and page."""
        survey_id = self.survey_id
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: survey_overview_of(ws, survey_id),
            on_success=lambda found: self._show_progress(survey_id, *found),
            on_failure=self._failed,
            owner=self,
        )

    def flush(self) -> None:
        if self.survey_id:
            self.pages.currentWidget().flush()  # type: ignore[attr-defined]

    @property
    def current_step(self) -> Step:
        return self.navigator.current_step

    def _show_progress(
        self, survey_id: str, overview: SurveyOverview, progress: SurveyProgress
    ) -> None:
        if survey_id != self.survey_id:
            return  # another survey was opened meanwhile
        self.overview, self.progress = overview, progress
        self.navigator.show_progress(progress)
        for step, page in self.step_pages.items():
            page.show_survey(survey_id, progress.state(step))
        self._draw_title()

    def _draw_title(self) -> None:
        if self.overview is None:
            self.title.setText("")
            return
        summary = self.overview.summary
        self.title.setText(
            f"<b>{summary.claim_number}</b> · {line_name(summary.line_of_business)} · "
            f"{status_name(summary.status)} · r{summary.revision}"
        )
        self.title.setAccessibleName(self.title.text())

    def go_to(self, step: Step, need: Need | None = None) -> None:
        """Show a step, as if chosen in the navigator, and the field ``need`` concerns."""
        self.navigator.blockSignals(True)
        self.navigator.go_to(step)
        self.navigator.blockSignals(False)
        self._show_step(step)
        if need is not None:
            self.step_pages[step].focus_need(need)

    def _show_step(self, step: Step) -> None:
        self.flush()
        self.pages.setCurrentWidget(self.step_pages[step])
        if self.survey_id:
            self.context.preferences.remember_step(self.survey_id, step.value)

    def _survey_changed(self, survey_id: str) -> None:
        if survey_id == self.survey_id:
            self.refresh()

    def open_photo(self, photo_id: str) -> None:
        """One evidence photo full size, to look at and mark up (a window of its own beside
        the survey: the grid stays usable, and the marks are stored as they are drawn)."""
        from fieldapp.ui.field.viewer import PhotoViewer

        if self.viewer is not None:
            self.viewer.close()
        self.viewer = PhotoViewer(self.context, self.survey_id, photo_id, self.window())
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(self._viewer_closed)
        self.viewer.show()

    def _viewer_closed(self) -> None:
        self.viewer = None

    def _failed(self, error: FieldappError) -> None:
        self.title.setText(error_text(error))

    def _back(self) -> None:
        self.flush()
        self.back.emit()

    # Files dropped anywhere on the survey (the navigator, the header) go to the step shown
    # when it takes them (the Photos step imports them); the others refuse the drop.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        page = self.pages.currentWidget()
        if page.acceptDrops():
            page.dragEnterEvent(event)  # type: ignore[attr-defined]
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        page = self.pages.currentWidget()
        if page.acceptDrops():
            page.dropEvent(event)  # type: ignore[attr-defined]
        else:
            event.ignore()
