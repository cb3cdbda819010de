"""Screenshots of every step of the field window, in each language and theme, for the docs and
for review: ``python -m fieldapp.ui.tour OUT_DIR [--size 1366x768]``.

Works on a throwaway data folder with demo surveys made through the services; run it under a
real X server (``xvfb-run python -m fieldapp.ui.tour docs/screenshots``) or offscreen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldapp.core.progress import Step
from fieldapp.services.session import open_unlocked, unlock
from fieldapp.ui.field.context import FieldContext, SurveyChanges
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.navigator import STEPS
from fieldapp.ui.field.start_dialogs import SetupDialog, UnlockDialog
from fieldapp.ui.i18n import CATALOGUES, Translations
from fieldapp.ui.preferences import REPORT_LANGUAGE, THEME, Preferences, Theme
from fieldapp.ui.theme import apply_theme
from fieldapp.ui.tour_scenes import (
    TOUR_PASSPHRASE,
    DemoSurveys,
    demo_folder,
    export_done,
    let_pages_draw,
    photos_with_badges,
    review_with_signatures,
    save,
    settle,
    tour_command,
    viewer_with_marks,
)


def tour(out: Path, *, width: int, height: int, only: str = "") -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as work:
        data_dir = Path(work) / "field-data"
        demo = demo_folder(data_dir)
        preferences = Preferences(
            QSettings(str(Path(work) / "preferences.ini"), QSettings.Format.IniFormat)
        )
        translations = Translations(app)
        workspace = open_unlocked(data_dir, unlock(data_dir, TOUR_PASSPHRASE))
        for language in CATALOGUES:
            translations.use(language)
            for theme in Theme:
                preferences.set(THEME, theme.value)
                preferences.set(REPORT_LANGUAGE, language)  # as a surveyor of that language would
                apply_theme(app, theme, 100)
                prefix = f"{language}-{theme.value}"
                if only and prefix != only:
                    continue
                if theme is Theme.LIGHT:
                    for dialog in (SetupDialog(Path(work) / "new"), UnlockDialog(data_dir)):
                        dialog.show()
                        settle()
                        saved.append(save(dialog, out, f"{prefix}-00-{type(dialog).__name__}"))
                        dialog.close()
                context = FieldContext(workspace, preferences, SurveyChanges())
                window = FieldWindow(context, translations)
                window.resize(width, height)
                window.show()
                settle(lambda w=window: w.home.model.rowCount() > 0)
                saved.append(save(window, out, f"{prefix}-01-survey-list"))
                saved.extend(_steps(window, demo, out, prefix))
                saved.append(photos_with_badges(window, demo, out, f"{prefix}-09-photos-badges"))
                saved.append(
                    review_with_signatures(window, demo, out, f"{prefix}-10-review-signatures")
                )
                saved.append(export_done(window, demo, out, f"{prefix}-11-export-done"))
                saved.append(viewer_with_marks(context, demo, out, f"{prefix}-20-viewer"))
                window.close()
                window.deleteLater()
                settle()
        workspace.close()
    return saved


def _steps(window: FieldWindow, demo: DemoSurveys, out: Path, prefix: str) -> list[Path]:
    """Each step of the motor demo, as the navigator shows it."""
    saved = []
    window.open_survey(demo.motor)
    for number, step in enumerate(STEPS, start=2):
        window.survey.navigator.go_to(step)
        settle(lambda: window.survey.progress is not None)
        if step is Step.REVIEW:  # its preview, built in the background, shown
            preview = window.survey.step_pages[step].preview  # type: ignore[attr-defined]
            preview.rebuild()
            settle(lambda p=preview: p.page_count > 0)
            let_pages_draw()
        saved.append(save(window, out, f"{prefix}-{number:02d}-{step.value}"))
    return saved


def main() -> None:
    tour_command(tour, __doc__, size="1366x768")


if __name__ == "__main__":
    main()
