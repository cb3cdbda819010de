"""Screenshots of every step of the field window, in each language and theme, for the docs and
for review: ``python -m fieldapp.ui.tour OUT_DIR [--size 1366x768]``.

Works on a throwaway data folder with demo surveys made through the services; run it under a
real X server (``xvfb-run python -m fieldapp.ui.tour docs/screenshots``) or offscreen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.field import FieldWorkspace, start_survey
from fieldapp.services.privacy import create_identity
from fieldapp.services.session import open_unlocked, unlock
from fieldapp.ui.field.context import FieldContext, SurveyChanges
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.navigator import STEPS
from fieldapp.ui.field.start_dialogs import SetupDialog, UnlockDialog
from fieldapp.ui.i18n import CATALOGUES, Translations
from fieldapp.ui.preferences import THEME, Preferences, Theme
from fieldapp.ui.theme import apply_theme

TOUR_PASSPHRASE = "tour passphrase 2026"


def _settle(app: QApplication, until: Callable[[], bool] = lambda: True) -> None:
    """Let background work finish and the window redraw before a screenshot."""
    for _ in range(200):
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
        if until():
            break
    app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab()  # a first paint asks for what is drawn lazily (the photo grid's thumbnails)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for _ in range(3):
        _settle(app)
    widget.grab().save(str(path))
    return path


def demo_folder(folder: Path) -> None:
    workspace = FieldWorkspace.open(folder, lambda new: TOUR_PASSPHRASE)
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    create_demo_survey(workspace, "property")
    start_survey(
        workspace,
        claim_number="BA3102026112500999",
        line_of_business="motor",
        occurred_at=local_now(),
        surveyor="李明",
        policy_number="PDAA202631010000123456",
        address="上海市浦东新区世纪大道100号",
    )
    create_demo_survey(workspace, "motor")
    workspace.close()


def tour(out: Path, *, width: int, height: int, only: str = "") -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as work:
        data_dir = Path(work) / "field-data"
        demo_folder(data_dir)
        preferences = Preferences(
            QSettings(str(Path(work) / "preferences.ini"), QSettings.Format.IniFormat)
        )
        translations = Translations(app)
        workspace = open_unlocked(data_dir, unlock(data_dir, TOUR_PASSPHRASE))
        for language in CATALOGUES:
            translations.use(language)
            for theme in Theme:
                preferences.set(THEME, theme.value)
                apply_theme(app, theme, 100)
                prefix = f"{language}-{theme.value}"
                if only and prefix != only:
                    continue
                if theme is Theme.LIGHT:
                    for dialog in (SetupDialog(Path(work) / "new"), UnlockDialog(data_dir)):
                        dialog.show()
                        _settle(app)
                        saved.append(_save(dialog, out, f"{prefix}-00-{type(dialog).__name__}"))
                        dialog.close()
                context = FieldContext(workspace, preferences, SurveyChanges())
                window = FieldWindow(context, translations)
                window.resize(width, height)
                window.show()
                _settle(app, lambda w=window: w.home.model.rowCount() > 0)
                saved.append(_save(window, out, f"{prefix}-01-survey-list"))
                survey_id = window.home.model.rows[0].survey_id
                window.open_survey(survey_id)
                for number, step in enumerate(STEPS, start=2):
                    window.survey.navigator.go_to(step)
                    _settle(app, lambda w=window: w.survey.progress is not None)
                    if step is Step.REVIEW:  # its preview, built in the background, shown
                        preview = window.survey.step_pages[step].preview  # type: ignore[attr-defined]
                        preview.rebuild()
                        _settle(app, lambda p=preview: p.page_count > 0)
                        for _ in range(40):  # QtPdf draws the pages on a thread of its own
                            app.processEvents()
                            time.sleep(0.05)
                    saved.append(_save(window, out, f"{prefix}-{number:02d}-{step.value}"))
                saved.append(_viewer_shot(app, context, survey_id, out / f"{prefix}-20-viewer"))
                window.close()
                window.deleteLater()
                _settle(app)
        workspace.close()
    return saved


def _viewer_shot(app: QApplication, context: FieldContext, survey_id: str, out: Path) -> Path:
    """The photo viewer on the survey's first photo with marks, one of them chosen."""
    from fieldapp.services.photos import photo_thumbnails
    from fieldapp.ui.field.viewer import PhotoViewer

    photos = [photo for photo, _ in photo_thumbnails(context.workspace, survey_id)]
    photo = next((p for p in photos if p.annotations), photos[0])
    viewer = PhotoViewer(context, survey_id, photo.photo_id)
    viewer.resize(1366, 768)
    viewer.show()
    _settle(app, lambda: viewer.has_picture)
    viewer.canvas.select_next()
    app.processEvents()
    path = _save(viewer, out.parent, out.name)
    viewer.close()
    viewer.deleteLater()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--only", default="", help="one language and theme, e.g. zh-Hans-light")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    for path in tour(args.out, width=width, height=height, only=args.only):
        print(path)


if __name__ == "__main__":
    main()
