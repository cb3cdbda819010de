"""Driver for bench_gui_start.py: start a window, print the seconds from process start to its
first paint and the heavy modules loaded by then, and quit.

    python benchmarks/gui_first_paint.py bare
    python benchmarks/gui_first_paint.py fieldapp DATA_DIR   (FIELDAPP_PASSPHRASE set)
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()  # as early as this process can look
# What must not load on the way to the first window: the report and photo decoding.
HEAVY = ("reportlab", "pyhanko", "PIL.JpegImagePlugin", "pillow_heif")


def report_first_paint(widget_of: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            window = widget_of()  # type: ignore[operator]
            if event.type() == QEvent.Type.Paint and window is not None and watched is window:
                heavy = [m for m in HEAVY if m in sys.modules]
                print(
                    f"first_paint_s={time.perf_counter() - STARTED:.4f} "
                    f"heavy={','.join(heavy) or 'none'}",
                    flush=True,
                )
                QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication.instance()
    app.installEventFilter(FirstPaint(app))  # type: ignore[union-attr]


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare PySide6 window"))
    window.resize(1280, 760)
    report_first_paint(lambda: window)
    window.show()
    app.exec()


def fieldapp_window(data_dir: str) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fieldapp.ui.app import FieldStart
    from fieldapp.ui.i18n import Translations
    from fieldapp.ui.preferences import LANGUAGE, Preferences
    from fieldapp.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(data_dir) / "bench-preferences.ini"), QSettings.Format.IniFormat)
    preferences = Preferences(settings)
    translations = Translations(app)
    translations.use(preferences.get(LANGUAGE) or "zh-Hans")
    apply_theme(app, preferences.theme, preferences.text_size)
    start = FieldStart(Path(data_dir), preferences, translations)
    report_first_paint(lambda: start.window)
    start.begin()
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        fieldapp_window(sys.argv[2])
