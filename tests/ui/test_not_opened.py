"""A computer with no PDF viewer or file manager set up: the system opens nothing
(QDesktopServices.openUrl returns False), and the window says so, in the user's language, with
the file's full path to select and copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from fieldapp.services.export import ExportResult
from fieldapp.ui.field.steps.export_result import ExportResultPanel
from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.desk import DeskPage
from fieldapp.ui.preferences import Theme
from fieldapp.ui.widgets.system_viewer import NotOpenedNote
from tests.ui.office_archive_fixtures import SignedReports
from tests.ui.test_archive_pane import choose
from tests.ui.test_office_archive import open_page


class NoViewer:
    """Stands where the system's programs are, and takes nothing."""

    def __init__(self) -> None:
        self.asked: list[Path] = []

    def __call__(self, url: QUrl) -> bool:
        self.asked.append(Path(url.toLocalFile()))
        return False


def said(note: NotOpenedNote, path: Path) -> None:
    assert note.isVisible() and str(path) in note.text()
    flags = note.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert note.accessibleName()


def test_the_archive_names_the_pdf_no_viewer_opened_in_the_users_language(
    qtbot: QtBot, archived: OfficeContext, translations: Translations
) -> None:
    page = open_page(qtbot, archived)
    choose(qtbot, page, "motor")
    page.open_url = viewer = NoViewer()
    page.detail.pdf_button.click()
    qtbot.waitUntil(lambda: len(viewer.asked) == 1)
    [pdf] = viewer.asked
    assert pdf == page.detail.detail.pdf and pdf.is_absolute()  # type: ignore[union-attr]
    said(page.not_opened, pdf)
    assert page.not_opened.text().startswith("这台电脑上没有程序打开它")
    # Another report chosen: the note was about the one before.
    choose(qtbot, page, "property")
    assert not page.not_opened.isVisible()


def test_the_desk_names_the_quarantined_copy_and_reason_file_no_program_opened(
    qtbot: QtBot, office_context: OfficeContext, signed_reports: SignedReports
) -> None:
    page = DeskPage(office_context)
    qtbot.addWidget(page)
    page.show()
    page.open_url = viewer = NoViewer()
    page.import_paths([signed_reports.motor])  # its device is not trusted here: quarantined
    qtbot.waitUntil(lambda: page.operation is None and page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert not page.not_opened.isVisible()
    qtbot.mouseClick(page.open_copy, Qt.MouseButton.LeftButton)
    said(page.not_opened, viewer.asked[-1])
    assert viewer.asked[-1].name == "motor.pdf" and viewer.asked[-1].is_absolute()
    qtbot.mouseClick(page.open_reason, Qt.MouseButton.LeftButton)
    said(page.not_opened, viewer.asked[-1])
    assert "No program on this computer opened it." in page.not_opened.text()
    assert viewer.asked[-1] != viewer.asked[0]

    page.open_url = lambda url: True  # a viewer set up since: the note goes
    qtbot.mouseClick(page.open_reason, Qt.MouseButton.LeftButton)
    assert not page.not_opened.isVisible()


def test_the_export_result_names_the_file_and_folder_no_program_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    panel = ExportResultPanel(Theme.LIGHT)
    qtbot.addWidget(panel)
    pdf = tmp_path / "stick" / "BA310_R1_masked.pdf"
    panel.show_result(ExportResult(pdf, 1, "AB:CD", 1234))
    panel.open_url = viewer = NoViewer()
    qtbot.mouseClick(panel.open_pdf, Qt.MouseButton.LeftButton)
    assert viewer.asked == [pdf]
    said(panel.not_opened, pdf)
    qtbot.mouseClick(panel.open_folder, Qt.MouseButton.LeftButton)
    assert viewer.asked[-1] == pdf.parent
    said(panel.not_opened, pdf.parent)
    assert str(pdf) not in panel.not_opened.text()
