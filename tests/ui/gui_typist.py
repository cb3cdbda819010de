"""A test-only stand-in for `fieldapp` that builds the same window (``FieldStart``, unlocked by
FIELDAPP_PASSPHRASE) and then acts as a user, for tests/ui/test_nothing_lost.py.

    python -m tests.ui.gui_typist type DATA_DIR SURVEY_ID SEED
        opens the survey, answers the first safety item with the Y key, goes to the Start
        step (Ctrl+1) and types into policy number, address and description with QTest on a
        timer, key by key, until killed. Prints ``typed FIELD TEXT`` after each key and
        ``stored FIELD TEXT`` after each write the window reports.
    python -m tests.ui.gui_typist check DATA_DIR SURVEY_ID
        opens the survey as the user would (Enter in the list) and prints one JSON line: the
        step it opened at and what the Start step's fields show.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.core.progress import Step
from fieldapp.ui.app import FieldStart
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.steps.safety_step import SafetyStepPage
from fieldapp.ui.field.steps.start_step import StartStepPage
from fieldapp.ui.i18n import Translations
from fieldapp.ui.preferences import LANGUAGE, Preferences
from fieldapp.ui.theme import apply_theme

WORDS = ("water", "pipe", "burst", "kitchen", "floor", "wet", "ceiling", "stain", "plumber")


def say(*parts: str) -> None:
    print(*parts, flush=True)


def when(ready: object, then: object, *, every_ms: int = 20) -> None:
    """Call ``then()`` once ``ready()`` is true, checking on a timer (the event loop runs)."""

    def poll() -> None:
        if ready():  # type: ignore[operator]
            then()  # type: ignore[operator]
        else:
            QTimer.singleShot(every_ms, poll)

    QTimer.singleShot(every_ms, poll)


def field_texts(page: StartStepPage) -> dict[str, str]:
    return {
        "policy": page.policy.text(),
        "address": page.address.toPlainText(),
        "description": page.description.toPlainText(),
    }


class Typist:
    def __init__(self, window: FieldWindow, survey_id: str, seed: int) -> None:
        self.window = window
        self.survey_id = survey_id
        self.random = random.Random(seed)
        self.page = window.survey.step_pages[Step.START]
        assert isinstance(self.page, StartStepPage)
        self.fields = {
            "policy": self.page.policy,
            "address": self.page.address,
            "description": self.page.description,
        }
        self.order = list(self.fields)
        self.current = 0
        self.left = self.random.randint(5, 25)  # keys before moving to the next field
        window.context.changes.changed.connect(self.report_stored)

    def begin(self) -> None:
        safety = self.window.survey.step_pages[Step.SAFETY]
        assert isinstance(safety, SafetyStepPage)
        self.window.home.open_survey.emit(self.survey_id)  # as Enter in the list does
        self.window.survey.navigator.go_to(Step.SAFETY)
        when(lambda: bool(safety.rows), lambda: self._answer_safety(safety))

    def _answer_safety(self, safety: SafetyStepPage) -> None:
        row = safety.rows[0]
        row.setFocus()
        QTest.keyClick(row, Qt.Key.Key_Y)
        QTest.keyClick(self.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        when(lambda: self.page.policy.isEnabled(), self._start_typing)

    def _start_typing(self) -> None:
        say("ready")
        self.fields[self.order[0]].setFocus()
        self._key()

    def _key(self) -> None:
        name = self.order[self.current % len(self.order)]
        widget = self.fields[name]
        if not widget.hasFocus():
            widget.setFocus()
        word = self.random.choice(WORDS)
        char = self.random.choice([*word, " "])
        QTest.keyClicks(widget, char)
        say("typed", name, json.dumps(field_texts(self.page)[name]))
        self.left -= 1
        if self.left <= 0:
            self.current += 1  # leaving the field stores it at once
            self.left = self.random.randint(5, 25)
            self.fields[self.order[self.current % len(self.order)]].setFocus()
        # A typist's rhythm: mostly quick keys, now and then a pause to think.
        gap = self.random.choice([40, 60, 80, 120, 200, 600])
        QTimer.singleShot(gap, self._key)

    def report_stored(self, survey_id: str) -> None:
        if survey_id == self.survey_id:
            for name, text in field_texts(self.page).items():
                say("stored", name, json.dumps(text))


def check(window: FieldWindow, survey_id: str) -> None:
    window.home.open_survey.emit(survey_id)  # as Enter or a double click in the list does
    page = window.survey.step_pages[Step.START]
    safety = window.survey.step_pages[Step.SAFETY]
    assert isinstance(page, StartStepPage) and isinstance(safety, SafetyStepPage)

    def report() -> None:
        first = safety.rows[0].stored
        say(
            json.dumps(
                {
                    "step": window.survey.current_step.value,
                    "fields": field_texts(page),
                    "safety": first.answer.value if first else None,
                }
            )
        )
        QThreadPool.globalInstance().waitForDone(5_000)
        QApplication.quit()

    when(lambda: page.survey is not None and bool(safety.rows) and safety.survey, report)


def main(argv: list[str]) -> int:
    mode, data_dir, survey_id = argv[0], Path(argv[1]), argv[2]
    app = QApplication(sys.argv[:1])
    app.setApplicationName("fieldapp")
    app.setOrganizationName("fieldapp")
    preferences = Preferences()  # in the test's own HOME / XDG_CONFIG_HOME
    translations = Translations(app)
    translations.use(preferences.get(LANGUAGE) or "en")
    apply_theme(app, preferences.theme, preferences.text_size)
    start = FieldStart(data_dir, preferences, translations)
    start.begin()

    def go() -> None:
        window = start.window
        assert window is not None
        if mode == "type":
            Typist(window, survey_id, int(argv[3])).begin()
        else:
            check(window, survey_id)

    when(lambda: start.window is not None, go)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
