"""The field window: the survey list at home, one survey with its steps when opened, and the
View menu (language, theme, text size) whose choices apply at once and are remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from fieldapp.build_info import build_info
from fieldapp.errors import FieldappError
from fieldapp.services.field import revise_survey
from fieldapp.services.progress import survey_overviews
from fieldapp.ui.about import HelpMenu, build_words
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.new_survey import NewSurveyDialog
from fieldapp.ui.field.survey_list import SurveyListPage, SurveyRow
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from fieldapp.ui.operations import with_workspace
from fieldapp.ui.view_menu import ViewMenu
from fieldapp.ui.widgets.retranslating import Retranslating
from fieldapp.ui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from fieldapp.ui.field.survey_page import SurveyPage


class FieldWindow(Retranslating, QMainWindow):
    def __init__(
        self, context: FieldContext, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.translations = translations
        self.home = SurveyListPage()
        self._survey: SurveyPage | None = None  # made when a survey is first opened
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        fit_to_screen(self, QSize(1280, 760))
        self._build_menus()
        self.home.open_survey.connect(self.open_survey)
        self.home.new_survey.connect(self.new_survey)
        self.home.revise_survey.connect(self.revise_survey)
        context.changes.changed.connect(lambda survey_id: self.reload_list())
        context.changes.listed.connect(self.reload_list)
        self.retranslate()
        self.reload_list()

    # --- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.survey_menu = QMenu(self)
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_survey)
        self.home_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.home_action.triggered.connect(self.show_home)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.home_action, self.quit_action):
            self.survey_menu.addAction(action)
        self.view_menu = ViewMenu(
            self.context.preferences, self.translations, self, on_look_changed=self._look_changed
        )
        self.menuBar().addMenu(self.survey_menu)
        self.menuBar().addMenu(self.view_menu)
        self.help_menu = HelpMenu(self)
        self.menuBar().addMenu(self.help_menu)

    def retranslate(self) -> None:
        build = build_words(build_info())
        self.setWindowTitle(self.tr("fieldapp %1 — on-site survey").replace("%1", build))
        self.survey_menu.setTitle(self.tr("&Survey"))
        self.new_action.setText(self.tr("&New survey…"))
        self.home_action.setText(self.tr("Survey &list"))
        self.quit_action.setText(self.tr("&Quit"))

    # --- settings that apply at once (the View menu) ---------------------------------------

    def use_language(self, language: str) -> None:
        self.view_menu.use_language(language)

    def _look_changed(self) -> None:
        if self._survey is not None:
            self._survey.navigator.theme = self.context.preferences.theme
            self._survey.navigator.retranslate()

    # --- surveys ---------------------------------------------------------------------------

    def reload_list(self) -> None:
        with_workspace(
            self.context.workspace,
            lambda ws, progress, cancelled: [SurveyRow(o) for o in survey_overviews(ws)],
            on_success=self.home.show_rows,
            on_failure=self._show_error,
            owner=self,
        )

    @property
    def survey(self) -> SurveyPage:
        """The survey page with its steps; built on first use, so that the window's first
        paint does not wait for the step pages and the services they import."""
        if self._survey is None:
            from fieldapp.ui.field.survey_page import SurveyPage

            self._survey = SurveyPage(self.context)
            self._survey.back.connect(self.show_home)
            self.stack.addWidget(self._survey)
        return self._survey

    def show_home(self) -> None:
        if self._survey is not None:
            self._survey.flush()
        self.stack.setCurrentWidget(self.home)
        self.home.table.setFocus()

    def open_survey(self, survey_id: str) -> None:
        self.survey.open(survey_id)
        self.stack.setCurrentWidget(self.survey)
        self.home.select(survey_id)

    def new_survey(self) -> None:
        dialog = NewSurveyDialog(self.context, self)
        dialog.started.connect(self.open_survey)
        dialog.open()

    def revise_survey(self, survey_id: str) -> None:
        try:
            revise_survey(self.context.workspace, survey_id)
        except FieldappError as error:
            self._show_error(error)
            return
        self.context.changes.changed.emit(survey_id)
        self.open_survey(survey_id)

    def _show_error(self, error: FieldappError) -> None:
        self.statusBar().showMessage(error_text(error), 15_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._survey is not None:
            self._survey.flush()  # nothing typed is lost by closing the window
        super().closeEvent(event)
