"""The View menu every window has (field and office): language, theme and text size. A choice
applies at once to the whole application and is remembered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from fieldapp.ui.i18n import CATALOGUES, LANGUAGE_NAMES, Translations
from fieldapp.ui.preferences import LANGUAGE, TEXT_SIZE, TEXT_SIZES, THEME, Preferences, Theme
from fieldapp.ui.theme import apply_theme
from fieldapp.ui.widgets.retranslating import Retranslating


class ViewMenu(Retranslating, QMenu):
    def __init__(
        self,
        preferences: Preferences,
        translations: Translations,
        parent: QWidget | None = None,
        *,
        on_look_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.translations = translations
        self.on_look_changed = on_look_changed
        self.language_menu = self.addMenu("")
        self.language_group = QActionGroup(self)
        for language in CATALOGUES:
            action = QAction(LANGUAGE_NAMES[language], self, checkable=True)
            action.setData(language)
            action.setChecked(language == translations.language)
            action.triggered.connect(lambda _=False, lang=language: self.use_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.theme_menu = self.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme in Theme:
            action = QAction(self, checkable=True)
            action.setChecked(theme is preferences.theme)
            action.triggered.connect(lambda _=False, chosen=theme: self.use_theme(chosen))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.size_menu = self.addMenu("")
        self.size_group = QActionGroup(self)
        for percent in TEXT_SIZES:
            action = QAction(f"{percent} %", self, checkable=True)
            action.setChecked(percent == preferences.text_size)
            action.triggered.connect(lambda _=False, size=percent: self.use_text_size(size))
            self.size_group.addAction(action)
            self.size_menu.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions[Theme.LIGHT].setText(self.tr("Light"))
        self.theme_actions[Theme.HIGH_CONTRAST].setText(self.tr("High contrast (sunlight)"))
        self.size_menu.setTitle(self.tr("Text &size"))

    def use_language(self, language: str) -> None:
        self.preferences.set(LANGUAGE, language)
        self.translations.use(language)  # every widget gets LanguageChange and retranslates

    def use_theme(self, theme: Theme) -> None:
        self.preferences.set(THEME, theme.value)
        self._apply_look()

    def use_text_size(self, percent: int) -> None:
        self.preferences.set(TEXT_SIZE, str(percent))
        self._apply_look()

    def _apply_look(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.preferences.theme, self.preferences.text_size)
        if self.on_look_changed is not None:
            self.on_look_changed()
