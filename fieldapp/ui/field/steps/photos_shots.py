"""The shots the line of business still needs, each a button: choosing one adds photos straight
into its category."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.core.evidence import MissingShot
from fieldapp.ui.names import ui_language
from fieldapp.ui.theme import MIN_TARGET_PX
from fieldapp.ui.widgets.retranslating import Retranslating


class RequiredShots(Retranslating, QWidget):
    shot_chosen = Signal(str)  # the category to add photos into

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.missing: tuple[MissingShot, ...] = ()
        self.enabled_for_adding = True
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.heading)
        self.retranslate()

    def show_missing(self, missing: Sequence[MissingShot], *, can_add: bool) -> bool:
        """Show the shots still missing; whether the buttons were made again (new words to fit)."""
        if tuple(missing) == self.missing and len(self.buttons) == len(missing):
            for button in self.buttons:  # the same buttons: the keyboard focus stays put
                button.setEnabled(can_add)
            self.enabled_for_adding = can_add
            return False
        self.missing, self.enabled_for_adding = tuple(missing), can_add
        for button in self.buttons:
            self.box.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for shot in self.missing:
            button = QPushButton()
            button.setMinimumHeight(MIN_TARGET_PX)
            category = shot.requirement.category.value
            button.clicked.connect(lambda _=False, c=category: self.shot_chosen.emit(c))
            button.setEnabled(can_add)
            self.box.addWidget(button)
            button.show()  # at once, not on the next pass: the page measures the panel now
            self.buttons.append(button)
        self.retranslate()
        return True

    def retranslate(self) -> None:
        missing = self.tr("Required shots still missing")
        self.heading.setText(
            f"<b>{missing}</b>" if self.missing else self.tr("Every required shot is here.")
        )
        language = ui_language()
        for button, shot in zip(self.buttons, self.missing, strict=True):
            label = shot.requirement.label.get(language, shot.requirement.label["en"])
            button.setText(
                self.tr("＋ %1 (%2 of %3)")
                .replace("%1", label)
                .replace("%2", str(shot.have))
                .replace("%3", str(shot.requirement.minimum))
            )
            button.setAccessibleName(self.tr("Add photos as: %1").replace("%1", label))
            button.setToolTip(button.accessibleName())
