"""Files handed to the system's own programs (a PDF viewer, the file manager). Where none is set
up, ``QDesktopServices.openUrl`` returns False and nothing at all happens: the window then says
so beside the button, naming the file's full path, selectable so it can be copied and opened by
hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QWidget

from fieldapp.ui.widgets.retranslating import Retranslating

UrlOpener = Callable[[QUrl], bool]  # QDesktopServices.openUrl, or a test's own


class NotOpenedNote(Retranslating, QLabel):
    """Hidden until a file could not be opened; then says which, by its full path."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.setProperty("role", "field-error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, to select and copy
        self.hide()

    def open_path(self, path: Path | str, open_url: UrlOpener) -> bool:
        """Hand ``path`` to the system; say so here if no program took it."""
        opened = open_url(QUrl.fromLocalFile(str(path)))
        self.path = None if opened else Path(path)
        self.retranslate()
        return opened

    def clear(self) -> None:
        self.path = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("File not opened"))
        if self.path is None:
            self.setText("")
            self.hide()
            return
        self.setText(
            self.tr(
                "No program on this computer opened it. Open it yourself from its full path "
                "(select it to copy it): %1"
            ).replace("%1", str(self.path))
        )
        self.setAccessibleDescription(self.text())
        self.show()
