"""The office window: one tab per office task (import desk, archive, trusted devices,
dashboard), the same View menu as the field window, errors in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from fieldapp.build_info import build_info
from fieldapp.errors import FieldappError
from fieldapp.ui.about import HelpMenu, build_words
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.pages import OfficePage, office_pages
from fieldapp.ui.view_menu import ViewMenu
from fieldapp.ui.widgets.retranslating import Retranslating
from fieldapp.ui.widgets.screen_fit import fit_to_screen


class OfficeWindow(Retranslating, QMainWindow):
    database_change_asked = Signal()  # Office > Office database… (ui/office/opening answers)

    def __init__(
        self, context: OfficeContext, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.translations = translations
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages: list[OfficePage] = []
        for factory in office_pages():
            page = factory(context)
            self.pages.append(page)
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        fit_to_screen(self, QSize(1600, 900))  # an office desk's large screen, or what there is
        self.office_menu = QMenu(self)
        self.database_action = QAction(self)
        self.database_action.triggered.connect(self.database_change_asked)
        self.office_menu.addAction(self.database_action)
        self.office_menu.addSeparator()
        # Which database this desk works in, always in sight: two desks on two databases would
        # otherwise each see "their" archive.
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.office_menu.addAction(self.quit_action)
        self._build_go_menu()
        self.view_menu = ViewMenu(context.preferences, translations, self)
        self.menuBar().addMenu(self.office_menu)
        self.menuBar().addMenu(self.go_menu)
        self.menuBar().addMenu(self.view_menu)
        self.help_menu = HelpMenu(self)
        self.menuBar().addMenu(self.help_menu)
        self.retranslate()

    def _build_go_menu(self) -> None:
        """Go: one tab each (Ctrl+1 … Ctrl+4, as the field window's steps), the next and the
        previous tab. Window shortcuts, so they work wherever the focus is, a table row too."""
        self.go_menu = QMenu(self)
        self.page_group = QActionGroup(self)
        self.page_actions: list[QAction] = []
        for number, page in enumerate(self.pages, start=1):
            action = QAction(self, checkable=True, shortcut=QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, shown=page: self.tabs.setCurrentWidget(shown))
            self.page_group.addAction(action)
            self.go_menu.addAction(action)
            self.page_actions.append(action)
        self.go_menu.addSeparator()
        self.next_action = QAction(self, shortcut=QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Tab))
        self.next_action.triggered.connect(lambda: self._step_tab(1))
        self.previous_action = QAction(
            self, shortcut=QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Tab)
        )
        self.previous_action.triggered.connect(lambda: self._step_tab(-1))
        for action in (self.next_action, self.previous_action):
            self.go_menu.addAction(action)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.page_actions):
            self.page_actions[index].setChecked(True)

    def retranslate(self) -> None:
        build = build_words(build_info())
        self.setWindowTitle(self.tr("fieldapp %1 — office").replace("%1", build))
        self.office_menu.setTitle(self.tr("&Office"))
        self.quit_action.setText(self.tr("&Quit"))
        self.database_action.setText(self.tr("Office &database…"))
        self.database_label.setText(
            self.tr("Database: %1").replace("%1", self.context.office.db.shown_url)
        )
        self.tabs.setAccessibleName(self.tr("Office tasks"))
        self.go_menu.setTitle(self.tr("&Go"))
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
            self.page_actions[index].setText(page.title())
            keys = (
                self.page_actions[index].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.tabs.setTabToolTip(index, f"{page.title()} ({keys})")
        self.next_action.setText(self.tr("&Next tab"))
        self.previous_action.setText(self.tr("&Previous tab"))

    def show_page(self, page_type: type[OfficePage]) -> OfficePage:
        """Bring the tab of that kind to the front (a keyboard shortcut, a link, a test)."""
        for page in self.pages:
            if isinstance(page, page_type):
                self.tabs.setCurrentWidget(page)
                return page
        raise LookupError(page_type)

    def show_error(self, error: FieldappError) -> None:
        self.statusBar().showMessage(error_text(error), 15_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages:
            page.flush()
        super().closeEvent(event)
