"""Screenshots of the office window — the import desk with mixed results, the archive with its
detail pane, the trusted devices and the dashboard — in each language and theme, for the docs and
for review: ``python -m fieldapp.ui.tour_office OUT_DIR [--size 1600x900]``.

Its office is real: reports signed on three demo field devices (one trusted, one never trusted,
one revoked) and imported through the desk as a user would, with a tampered copy, a duplicate and
a file still being copied among them. Run it under a real X server (``xvfb-run``) or offscreen.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldapp.office.importer import OfficeWorkspace
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace, set_notes
from fieldapp.services.privacy import create_identity, identity_of
from fieldapp.ui.i18n import CATALOGUES, Translations
from fieldapp.ui.office.archive_page import ArchivePage
from fieldapp.ui.office.context import OfficeChanges, OfficeContext
from fieldapp.ui.office.dashboard import DashboardPage
from fieldapp.ui.office.desk import DeskPage
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.office.trust import TrustPage
from fieldapp.ui.preferences import THEME, Preferences, Theme
from fieldapp.ui.theme import apply_theme
from fieldapp.ui.tour_scenes import TOUR_PASSPHRASE, save, settle, tour_command


@dataclass(frozen=True)
class Inbox:
    """What arrives at the office: the reports to import and the devices' certificates."""

    reports: list[Path]
    arriving: Path  # written a moment ago: the desk waits for it to finish
    trusted: Path
    revoked: Path


def _device(folder: Path, surveyor: str, organisation: str) -> FieldWorkspace:
    field = FieldWorkspace.open(folder, lambda new: TOUR_PASSPHRASE)
    create_identity(field, surveyor=surveyor, organisation=organisation)
    return field


def office_inbox(folder: Path) -> Inbox:
    """Real signed reports from three field devices, and the copies that go wrong."""
    out = folder / "inbox"
    trusted = _device(folder / "device-li", "李明", "平安财险上海分公司")
    property_id = create_demo_survey(trusted, "property")
    reports = [export_report(trusted, property_id, out=out / "property-r1.pdf").path]
    trusted.surveys.revise(property_id, actor="李明")
    set_notes(trusted, property_id, "复勘：仓库另有两托盘货物受潮。")
    reports.append(export_report(trusted, property_id, out=out / "property-r2.pdf").path)
    for line in ("motor", "personal_accident", "motor"):
        survey_id = create_demo_survey(trusted, line)
        reports.append(export_report(trusted, survey_id, out=out / f"{line}-{survey_id}.pdf").path)
    trusted_pem = identity_of(trusted).export_certificate(folder / "device-li.pem")
    trusted.close()

    stranger = _device(folder / "device-zhao", "赵强", "外包公估公司")
    reports.append(
        export_report(stranger, create_demo_survey(stranger, "motor"), out=out / "zhao.pdf").path
    )
    stranger.close()
    lost = _device(folder / "device-wang", "王芳", "平安财险上海分公司")
    reports.append(
        export_report(lost, create_demo_survey(lost, "property"), out=out / "wang.pdf").path
    )
    revoked_pem = identity_of(lost).export_certificate(folder / "device-wang.pem")
    lost.close()

    tampered = out / "motor-edited.pdf"
    body = bytearray(reports[2].read_bytes())
    at = body.rfind(b"/Contents") - 200  # a change inside the signed range
    body[at] = ord("0") if body[at] != ord("0") else ord("1")
    tampered.write_bytes(bytes(body))
    duplicate = out / "property-r1 (copy).pdf"
    shutil.copyfile(reports[0], duplicate)
    long_ago = time.time() - 3600
    for report in [*reports, tampered, duplicate]:
        os.utime(report, (long_ago, long_ago))
    arriving = out / "arriving.pdf"
    arriving.write_bytes(reports[3].read_bytes()[:20_000])  # half copied from a USB stick
    return Inbox([arriving, *reports, tampered, duplicate], arriving, trusted_pem, revoked_pem)


def tour_office(out: Path, *, width: int, height: int, only: str = "") -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as work:
        inbox = office_inbox(Path(work))
        preferences = Preferences(
            QSettings(str(Path(work) / "preferences.ini"), QSettings.Format.IniFormat)
        )
        translations = Translations(app)
        office = OfficeWorkspace(Path(work) / "office")
        office.trust.add(inbox.trusted, name="李明的平板")
        office.trust.revoke(office.trust.add(inbox.revoked, name="王芳的旧平板").fingerprint)
        first = True
        for language in CATALOGUES:
            translations.use(language)
            for theme in Theme:
                prefix = f"{language}-{theme.value}"
                if only and prefix != only:
                    continue
                preferences.set(THEME, theme.value)
                apply_theme(app, theme, 100)
                context = OfficeContext(office, preferences, OfficeChanges())
                window = OfficeWindow(context, translations)
                window.resize(width, height)
                window.show()
                saved += _pages(app, window, out, prefix, inbox if first else None)
                first = False
                window.close()
                window.deleteLater()
                settle()
        office.close()
    return saved


def _pages(
    app: QApplication, window: OfficeWindow, out: Path, prefix: str, inbox: Inbox | None
) -> list[Path]:
    """Each page of the window; the desk imports the inbox when given one (the first window),
    later windows show the results it keeps."""
    saved = []
    desk = window.show_page(DeskPage)
    assert isinstance(desk, DeskPage)
    if inbox is not None:
        os.utime(inbox.arriving)  # still being written as the batch starts
        desk.import_paths(inbox.reports)
    settle(lambda: desk.operation is None and desk.model.rowCount() > 0)
    saved.append(save(window, out, f"{prefix}-office-1-desk"))
    archive = window.show_page(ArchivePage)
    assert isinstance(archive, ArchivePage)
    settle(lambda: archive.model.rowCount() > 0)
    archive.table.selectRow(0)
    settle(lambda: archive.detail.isVisible())
    saved.append(save(window, out, f"{prefix}-office-2-archive"))
    window.show_page(TrustPage)
    settle()
    saved.append(save(window, out, f"{prefix}-office-3-trust"))
    dashboard = window.show_page(DashboardPage)
    assert isinstance(dashboard, DashboardPage)
    dashboard.refresh()
    settle(lambda: dashboard.figures is not None)
    saved.append(save(window, out, f"{prefix}-office-4-dashboard"))
    return saved


def main() -> None:
    tour_command(tour_office, __doc__, size="1600x900")


if __name__ == "__main__":
    main()
