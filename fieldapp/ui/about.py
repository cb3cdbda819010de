"""The Help menu every window has: the user guide in the user's language (where there is one)
and About, with the name, version and build."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from fieldapp.build_info import BuildInfo, build_info
from fieldapp.ui.guide import GuideWindow, guide_file, online_guide
from fieldapp.ui.names import ui_language
from fieldapp.ui.widgets.retranslating import Retranslating


def build_words(info: BuildInfo) -> str:
    """``0.1.0 · build 2026-11-25 (1a2b3c4)`` for a window title, in the UI language."""
    commit = info.commit or QCoreApplication.translate("About", "unknown commit")
    if info.built:
        words = QCoreApplication.translate("About", "%1 · build %2 (%3)")
        return words.replace("%1", info.version).replace("%2", info.built).replace("%3", commit)
    words = QCoreApplication.translate("About", "%1 (%2, from source)")
    return words.replace("%1", info.version).replace("%2", commit)


class HelpMenu(Retranslating, QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.addAction(self.guide_action)
        self.guide_window: GuideWindow | None = None
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        # Shown only where there is a guide to open: on disk, or online if the package says where
        self.guide_action.setVisible(
            guide_file(ui_language()) is not None or online_guide() is not None
        )
        self.about_action.setText(self.tr("&About fieldapp"))

    def show_guide(self) -> None:
        """The guide in the current language, in a window of its own (one at a time)."""
        guide = guide_file(ui_language())
        if guide is None:
            url = online_guide()
            if url is not None:
                QDesktopServices.openUrl(url)
            return
        if self.guide_window is not None:
            self.guide_window.close()
        self.guide_window = GuideWindow(guide, self.parentWidget())
        self.guide_window.show()

    def about_text(self) -> str:
        return (
            self.tr(
                "<h3>fieldapp</h3><p>On-site loss survey with digitally signed PDF reports.</p>"
                "<p>Version %1</p><p>Python %2 · Qt for Python %3</p>"
            )
            .replace("%1", build_words(build_info()))
            .replace("%2", platform.python_version())
            .replace("%3", pyside_version)
        )

    def show_about(self) -> None:
        QMessageBox.about(self.parentWidget(), self.tr("About fieldapp"), self.about_text())
