"""What every page of the office window is: a tab with a translated title that shows the office
archive and redraws when reports land or trust changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from fieldapp.errors import FieldappError
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.widgets.retranslating import Retranslating


class OfficePage(Retranslating, QWidget):
    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        """The tab's title in the UI language."""
        raise NotImplementedError

    def flush(self) -> None:
        """Store at once anything chosen and not stored yet (closing the window)."""


PageFactory = Callable[[OfficeContext], OfficePage]
ErrorShown = Callable[[FieldappError], None]


def office_pages() -> list[PageFactory]:
    """The office window's tabs, in their order."""
    from fieldapp.ui.office.archive_page import ArchivePage
    from fieldapp.ui.office.dashboard import DashboardPage
    from fieldapp.ui.office.desk import DeskPage
    from fieldapp.ui.office.trust import TrustPage

    return [DeskPage, ArchivePage, TrustPage, DashboardPage]
