"""Widgets that set their texts in ``retranslate()`` and set them again when the language
changes (Qt sends LanguageChange to every widget when a translator is swapped)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class Retranslating:
    """Mix in before the Qt class: ``class Page(Retranslating, QWidget)``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class FieldError(QLabel):
    """The error beside the field it concerns; hidden while there is none."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setProperty("role", "field-error")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.field.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.show_error("")


Words = Callable[[], str]


class Note(Retranslating, QLabel):
    """A note that stays (a page's "Saved …", "… is trusted."): given as a function that says it
    in the current language, and said again when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: Words = str

    def say(self, words: Words) -> None:
        self.words = words
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.words())
