"""The panel beside the photo grid shows its words whole in every language: the required shots'
buttons (long in English) are not cut off, and the risk notes wrap inside the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QThreadPool
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from fieldapp.core.progress import Step
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.photos_step import PhotosStepPage
from fieldapp.ui.field.survey_page import SurveyPage
from fieldapp.ui.i18n import Translations
from tests.photo_fixtures import ready_survey


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_the_required_shots_are_shown_whole_beside_the_grid(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, language: str
) -> None:
    translations.use(language)
    survey_id = ready_survey(field_context.workspace)
    survey = SurveyPage(field_context)
    qtbot.addWidget(survey)
    survey.resize(1366, 768)
    survey.show()
    qtbot.waitExposed(survey)
    survey.open(survey_id)
    survey.navigator.go_to(Step.PHOTOS)
    page = survey.step_pages[Step.PHOTOS]
    assert isinstance(page, PhotosStepPage)
    qtbot.waitUntil(lambda: page.board is not None and bool(page.shots.buttons), timeout=10_000)
    port = page.side_scroll.viewport()

    def whole(button: QPushButton) -> bool:
        right = button.mapTo(port, QPoint(button.width(), 0)).x()
        return button.width() >= button.sizeHint().width() and right <= port.width()

    # Laid out on the next passes of the event loop: waited for, never assumed.
    qtbot.waitUntil(lambda: all(whole(b) for b in page.shots.buttons), timeout=5_000)
    survey.close()
    QThreadPool.globalInstance().waitForDone(10_000)
