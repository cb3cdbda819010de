"""The trusted devices page: a device trusted through the file dialog and the confirmation that
shows its certificate, another from a dropped file, one revoked after confirming; reports
received counted per device; the desk then accepts and refuses accordingly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from fieldapp.office.importer import Status, import_reports
from fieldapp.office.trust import certificate_details
from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.desk import DeskPage
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.office.trust import TrustPage
from fieldapp.ui.office.trust_dialogs import fingerprint_lines
from tests.office.devices import make_device
from tests.ui.test_fit_and_names import unnamed_controls

WAIT_MS = 60_000  # an upper bound for a slow shared machine, not a measured duration


def shown(page: TrustPage) -> list[tuple[str, ...]]:
    return [tuple(page.model.shown(r, c) for c in page.model.COLUMNS) for r in page.model.rows]


def test_trusting_and_revoking_devices_through_the_dialogs(
    qtbot: QtBot, office_context: OfficeContext, tmp_path: Path
) -> None:
    tablet = make_device(tmp_path / "a", surveyor="李明", organisation="平安财险上海分公司")
    other = make_device(tmp_path / "b", surveyor="王芳", organisation="某公估公司")
    report = tablet.report("property", tmp_path / "in" / "r1.pdf")
    page = TrustPage(office_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1, timeout=WAIT_MS)
    assert shown(page) == [] and not page.revoke.isEnabled()

    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert page.file_dialog is not None
    page.file_dialog.selectFile(str(tablet.certificate))
    page.file_dialog.accept()
    qtbot.waitUntil(lambda: page.confirm_dialog is not None, timeout=WAIT_MS)
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    details = certificate_details(tablet.certificate)
    assert dialog.surveyor.text() == "李明" and dialog.organisation.text() == "平安财险上海分公司"
    assert dialog.fingerprint.text() == fingerprint_lines(details.fingerprint)
    assert dialog.fingerprint.text().replace("\n", " ").split() == details.fingerprint.split(":")
    assert not dialog.note.isVisible()
    dialog.name.setText("李明的平板")
    with qtbot.waitSignal(office_context.changes.trust_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=WAIT_MS)
    assert import_reports(office_context.office, [report])[0].status is Status.ACCEPTED
    office_context.changes.imported.emit()  # as the desk does after an import
    qtbot.waitUntil(lambda: page.loads == 3, timeout=WAIT_MS)
    [(name, fingerprint, _added, state, received)] = shown(page)
    assert (name, state, received) == ("李明的平板", "Trusted", "1")
    assert fingerprint.startswith(details.fingerprint[:17]) and page.message.text()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other.certificate))])
    page.dropEvent(
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: page.confirm_dialog is not dialog, timeout=WAIT_MS)
    second = page.confirm_dialog
    assert second is not None and second.surveyor.text() == "王芳"
    qtbot.mouseClick(second.cancel, Qt.MouseButton.LeftButton)  # not compared: not trusted
    assert len(office_context.office.trust.devices()) == 1

    page.table.selectRow(0)
    assert page.revoke.isEnabled()
    qtbot.mouseClick(page.revoke, Qt.MouseButton.LeftButton)
    box = page.revoke_box
    assert box is not None and "李明的平板" in box.text() and "1" in box.informativeText()
    [keep] = [b for b in box.buttons() if b.text() == "Keep trusting"]
    keep.click()
    assert not office_context.office.trust.devices()[0].revoked
    qtbot.mouseClick(page.revoke, Qt.MouseButton.LeftButton)
    [revoke] = [b for b in page.revoke_box.buttons() if b.text() == "Revoke"]
    with qtbot.waitSignal(office_context.changes.trust_changed, timeout=WAIT_MS):
        revoke.click()
    qtbot.waitUntil(lambda: shown(page)[0][3].startswith("Revoked"), timeout=WAIT_MS)
    assert not page.revoke.isEnabled()
    assert office_context.office.trust.devices()[0].revoked

    page.read_certificate(tablet.certificate)  # the same device again: the dialog says so
    qtbot.waitUntil(lambda: page.confirm_dialog is not second, timeout=WAIT_MS)
    assert page.confirm_dialog is not None and page.confirm_dialog.note.isVisible()
    for device in (tablet, other):
        device.workspace.close()


def test_the_desk_and_trust_pages_name_every_control_and_fit_1366_by_768(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations, tmp_path: Path
) -> None:
    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for page_type in (DeskPage, TrustPage):
        page = window.show_page(page_type)
        assert unnamed_controls(page) == [], (page_type, unnamed_controls(page))
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (page_type, hint)
    trust = window.show_page(TrustPage)
    assert isinstance(trust, TrustPage)
    tablet = make_device(tmp_path / "a", surveyor="李明", organisation="平安财险上海分公司")
    trust.read_certificate(tablet.certificate)
    qtbot.waitUntil(lambda: trust.confirm_dialog is not None, timeout=WAIT_MS)
    assert trust.confirm_dialog is not None
    assert unnamed_controls(trust.confirm_dialog) == []
    tablet.workspace.close()


def test_the_revoke_question_counts_the_reports_in_proper_words(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations, tmp_path: Path
) -> None:
    tablet = make_device(tmp_path / "a", surveyor="李明", organisation="平安财险上海分公司")
    office_context.office.trust.add(tablet.certificate, name="李明的平板")
    translations.use("en")
    page = TrustPage(office_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1, timeout=WAIT_MS)
    page.table.selectRow(0)
    page.ask_revoke()
    assert page.revoke_box is not None
    assert page.revoke_box.informativeText().endswith("the archive keeps the 0 reports it signed.")
    page.revoke_box.close()
    translations.use("zh-Hans")
    page.ask_revoke()
    assert "已归档的 0 份" in page.revoke_box.informativeText()
    tablet.workspace.close()
