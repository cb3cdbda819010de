"""The import desk on real signed reports: a mixed folder dropped on it, a batch cancelled, a
watched folder receiving a report after it started, and what survives a restart."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDropEvent
from pytestqt.qtbot import QtBot

from fieldapp.office.archive import latest_reports
from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.desk import DeskPage
from tests.office.devices import Device, make_device

BATCH_MS = 120_000  # an upper bound for a slow shared machine, not a measured duration


@dataclass
class Mixed:
    folder: Path
    valid: Path
    trusted: Device
    unknown: Device


@pytest.fixture
def mixed(tmp_path: Path, office_context: OfficeContext) -> Iterator[Mixed]:
    """A folder as a USB stick brings it: valid, duplicate, tampered, untrusted, revoked."""
    trusted = make_device(tmp_path / "t", surveyor="李明", organisation="平安财险上海分公司")
    unknown = make_device(tmp_path / "u", surveyor="王芳", organisation="某公估公司")
    revoked = make_device(tmp_path / "r", surveyor="陈军", organisation="平安财险上海分公司")
    folder = tmp_path / "usb"
    valid = trusted.report("property", folder / "1 valid.pdf")
    shutil.copy(valid, folder / "2 duplicate.pdf")
    tampered = bytearray(valid.read_bytes())
    tampered[len(tampered) // 3] ^= 1
    (folder / "3 tampered.pdf").write_bytes(bytes(tampered))
    unknown.report("motor", folder / "4 untrusted.pdf")
    revoked.report("motor", folder / "5 revoked.pdf")
    trust = office_context.office.trust
    trust.add(trusted.certificate)
    trust.revoke(trust.add(revoked.certificate).fingerprint)
    yield Mixed(folder, valid, trusted, unknown)
    for device in (trusted, unknown, revoked):
        device.workspace.close()


def drop(page: DeskPage, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)


def rows(page: DeskPage) -> list[tuple[str, ...]]:
    columns = page.model.COLUMNS
    return [tuple(page.model.shown(o, c) for c in columns[1:]) for o in page.model.rows]


class Opened(QObject):
    """What the desk asked the system to open (a URL handler, as a desktop registers one)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_mixed_folder_dropped_on_the_desk_lands_row_by_row_with_reasons_in_words(
    qtbot: QtBot, office_context: OfficeContext, mixed: Mixed, translations: Translations
) -> None:
    page = DeskPage(office_context)
    qtbot.addWidget(page)
    page.show()
    content = mixed.valid.read_bytes()
    copying = mixed.folder / "6 copying.pdf"
    copying.write_bytes(content[:2000])
    arriving = threading.Event()

    def copy_slowly() -> None:  # a copy that goes on for as long as the batch runs
        while not arriving.is_set():
            with copying.open("ab") as out:
                out.write(b"%")
            time.sleep(0.05)

    writer = threading.Thread(target=copy_slowly)
    writer.start()
    try:
        with qtbot.waitSignal(office_context.changes.imported, timeout=BATCH_MS):
            drop(page, mixed.folder)
            assert page.cancel.isVisible()
    finally:
        arriving.set()
        writer.join()
    assert page.operation is None and not page.cancel.isVisible()
    claim = latest_reports(office_context.office.db)[0]["claim_number"]
    # Newest first: the file still being copied was looked at last.
    assert rows(page) == [
        ("6 copying.pdf", "仍在传入", "仍在复制中", "传完后请再导入一次。"),
        (
            "5 revoked.pdf",
            "已拒收",
            "签名设备的信任已被撤销",
            "请向组长确认是否可接收该设备的报告。",
        ),
        (
            "4 untrusted.pdf",
            "已拒收",
            "签名设备不受本办公室信任",
            "请与查勘员核对设备指纹，然后在“受信任设备”页信任其证书。",
        ),
        ("3 tampered.pdf", "已拒收", "签名后被修改过", "请查勘员重新导出报告。"),
        ("2 duplicate.pdf", "已归档过", f"{claim}，第 1 版", ""),
        ("1 valid.pdf", "已接收", f"{claim}，第 1 版", ""),
    ]
    assert "1 个已接收，1 个已归档过，3 个被拒收，1 个需重新导入" in page.summary.text()
    [archived] = latest_reports(office_context.office.db)
    assert (office_context.office.data_dir / archived["archive_path"]).read_bytes() == content

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        page.table.selectRow(3)  # the tampered file
        assert page.open_reason.isEnabled()
        qtbot.mouseClick(page.open_reason, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.open_copy, Qt.MouseButton.LeftButton)
        page.table.selectRow(5)
        assert not page.open_copy.isEnabled()  # an accepted report has no quarantined copy
    finally:
        QDesktopServices.unsetUrlHandler("file")
    reason, copy = (Path(url.toLocalFile()) for url in opened.urls)
    assert reason.read_text().startswith("signature_invalid: changed after signing")
    assert copy.read_bytes() != content and copy.name == "3 tampered.pdf"


def test_a_cancelled_batch_lists_its_files_as_not_imported_and_they_import_later(
    qtbot: QtBot, office_context: OfficeContext, mixed: Mixed
) -> None:
    page = DeskPage(office_context)
    qtbot.addWidget(page)
    drop(page, mixed.folder)
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)  # before the first file is read
    qtbot.waitUntil(lambda: page.operation is None, timeout=BATCH_MS)
    # The file in hand when Cancel lands is finished (on a busy machine the worker may have
    # begun the first one before the click); every later one is listed as not imported.
    cancelled = ("Not imported", "The batch was cancelled before this file")
    listed = rows(page)
    assert len(listed) == 5
    assert [r[1:3] for r in listed[:-1]] == [cancelled] * 4  # newest first: the first file last
    finished_first = listed[-1][1:3] != cancelled
    assert len(latest_reports(office_context.office.db)) <= int(finished_first)
    drop(page, mixed.valid)
    qtbot.waitUntil(lambda: page.operation is None and len(rows(page)) == 6, timeout=BATCH_MS)
    assert rows(page)[0][1] in ("Accepted", "Already archived")
    assert len(latest_reports(office_context.office.db)) == 1


def test_the_watched_folder_imports_a_report_written_after_it_started_and_stays_on(
    qtbot: QtBot, office_context: OfficeContext, mixed: Mixed, tmp_path: Path
) -> None:
    inbox = tmp_path / "shared inbox"
    inbox.mkdir()
    page = DeskPage(office_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.watch_bar.on, Qt.MouseButton.LeftButton)  # no folder yet: choose one
    assert page.watch_bar.file_dialog is not None and page.watch_bar.file_dialog.isVisible()
    page.watch_bar.file_dialog.selectFile(str(inbox))
    page.watch_bar.file_dialog.accept()
    assert page.watch_bar.on.isChecked() and page.watch_bar.path.text() == str(inbox)
    qtbot.waitUntil(lambda: page.watch_bar.looks == 1, timeout=BATCH_MS)
    assert page.model.rowCount() == 0  # an empty folder: nothing to say

    with qtbot.waitSignal(office_context.changes.imported, timeout=BATCH_MS):
        shutil.copy(mixed.valid, inbox / "arrived.pdf")
    qtbot.waitUntil(lambda: page.operation is None)
    assert rows(page)[0][:2] == ("arrived.pdf", "Accepted")

    restarted = DeskPage(office_context)  # the window closed and opened again
    qtbot.addWidget(restarted)
    assert restarted.watch_bar.on.isChecked() and restarted.watch_bar.path.text() == str(inbox)
    assert rows(restarted) == rows(page)
    qtbot.waitUntil(lambda: restarted.watch_bar.looks == 1, timeout=BATCH_MS)
    page.watch_bar.watched.stop()
    assert rows(restarted) == rows(page)  # the known file is not listed again


def test_every_reason_the_gate_gives_is_said_in_words_with_advice(
    translations: Translations,
) -> None:
    from fieldapp.report.reasons import REASONS
    from fieldapp.ui.office.desk_words import reason_words

    for code in [*REASONS, "still_copying", "cancelled", "disk_full", "database_busy"]:
        meaning, advice = reason_words(code)
        assert meaning != code and advice.endswith("。"), code  # translated, not the code


def test_a_refused_file_is_imported_again_once_its_device_is_trusted(
    qtbot: QtBot, office_context: OfficeContext, mixed: Mixed
) -> None:
    page = DeskPage(office_context)
    qtbot.addWidget(page)
    untrusted = mixed.folder / "4 untrusted.pdf"
    with qtbot.waitSignal(office_context.changes.imported, timeout=BATCH_MS):
        drop(page, untrusted)
    assert rows(page)[0][1:3] == ("Refused", "Signed by a device this office does not trust")
    assert page.again.isEnabled()
    office_context.office.trust.add(mixed.unknown.certificate)  # as the trust page does
    untrusted.unlink()  # the USB stick is gone: the quarantined copy is imported
    with qtbot.waitSignal(office_context.changes.imported, timeout=BATCH_MS):
        qtbot.mouseClick(page.again, Qt.MouseButton.LeftButton)
    assert [r[1] for r in rows(page)] == ["Accepted", "Refused"]
    assert not page.again.isEnabled()  # the accepted row is chosen now
    # The refused row stays, settled: it no longer says to trust the device, nor is it tinted
    # as a refusal, and it cannot be imported again.
    refused = page.model.index(1, page.model.COLUMNS.index("advice"))
    advice = page.model.data(refused)
    assert advice.startswith("Imported again") and rows(page)[0][2].split(",")[0] in advice
    assert page.model.data(refused, Qt.ItemDataRole.BackgroundRole) is None
    page.table.setCurrentIndex(refused)
    assert not page.again.isEnabled()
    restarted = DeskPage(office_context)  # and so after a restart
    qtbot.addWidget(restarted)
    assert restarted.model.data(restarted.model.index(1, refused.column())) == advice
    [archived] = latest_reports(office_context.office.db)
    assert archived["claim_number"] in rows(page)[0][2] and rows(page)[0][0] == untrusted.name
