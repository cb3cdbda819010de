"""The Help menu every window has: About, with the name, version and build."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from fieldapp.build_info import BuildInfo, build_info
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
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.about_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About fieldapp"))

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
