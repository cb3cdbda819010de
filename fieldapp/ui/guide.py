"""Help › User guide: the guide in the user's language, read inside the app (it works offline
and needs no program for Markdown). A source checkout has it in docs/, the bundle ships it (with
its pictures) in docs/ beside resources/; where neither holds it, the project's online
documentation if the package names one (pyproject's [project.urls] "Documentation"), else no
such item in the menu."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fieldapp.ui.widgets.retranslating import Retranslating
from fieldapp.ui.widgets.screen_fit import fit_to_screen

# The window's language and the guide written for it; Traditional readers get the Simplified
# guide (there is no Traditional one yet), closer to them than the English.
GUIDES = {"en": "user-guide.en.md", "zh-Hans": "user-guide.zh-Hans.md"}
GUIDE_FOR = {"en": "en", "zh-Hans": "zh-Hans", "zh-Hant": "zh-Hans"}


def docs_folders() -> list[Path]:
    bundled = getattr(sys, "_MEIPASS", None)
    folders = [Path(bundled) / "docs"] if bundled else []
    folders.append(Path(__file__).resolve().parent.parent.parent / "docs")
    return folders


def guide_file(language: str, folders: list[Path] | None = None) -> Path | None:
    """The guide for the window's language, else the English one, where it is on disk."""
    names = [GUIDES[GUIDE_FOR.get(language, "en")], GUIDES["en"]]
    for folder in folders if folders is not None else docs_folders():
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def online_guide() -> QUrl | None:
    """The documentation address the installed package declares, if any."""
    try:
        urls = metadata.metadata("fieldapp").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("documentation", "user guide") and url.strip():
            return QUrl(url.strip())
    return None


class GuideWindow(Retranslating, QDialog):
    """The guide, with its pictures and its links between parts; links out open in the
    browser."""

    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(
            QUrl.fromLocalFile(str(guide)), QTextDocument.ResourceType.MarkdownResource
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(900, 800))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fieldapp user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
