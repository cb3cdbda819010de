"""The office window opens its database off the UI thread; when it cannot, the desk says why in
the window's language and offers to try again or to use another database, which is kept for the
folder only once it has opened. The window's Office menu makes the same choice."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from fieldapp.errors import FieldappError, OfficeDatabaseError, UsageError
from fieldapp.office.database import DATABASE_ENV, SETTINGS_FILE, store_database_setting
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from fieldapp.ui.office import opening
from fieldapp.ui.office.main_window import OfficeWindow
from fieldapp.ui.office.opening import OfficeStart
from fieldapp.ui.preferences import Preferences
from tests.postgres_server import PostgresServer

# Nothing listens on port 1 of this machine: the server "cannot be reached" at once.
UNREACHABLE = "postgresql://desk@127.0.0.1:1/office"


class _NoQuit:
    def __init__(self, quits: list[bool]) -> None:
        self.quit = lambda: quits.append(True)
        self.instance = QApplication.instance


@pytest.fixture
def office_start(
    tmp_path: Path,
    preferences: Preferences,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[OfficeStart]:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    quits: list[bool] = []
    # Quit would end the test run's application: what it asks is recorded instead.
    monkeypatch.setattr(opening, "QApplication", _NoQuit(quits))
    start = OfficeStart(tmp_path / "office", None, preferences, translations)
    start.quits = quits  # type: ignore[attr-defined]
    yield start
    for widget in (start.choice, start.refusal, start.opening, start.window):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
    start._close_office()


def _window_on(qtbot: QtBot, start: OfficeStart, database: str) -> OfficeWindow:
    """The window, once it is shown on ``database``."""
    qtbot.waitUntil(lambda: start.window is not None and start.window.isVisible(), timeout=20_000)
    assert start.window is not None
    assert start.context is not None and start.context.office.db.shown_url == database
    assert database in start.window.database_label.text()
    return start.window


def test_the_folder_file_opens_in_the_background_without_a_dialog(
    qtbot: QtBot, office_start: OfficeStart, tmp_path: Path
) -> None:
    office_start.begin()
    assert office_start.window is None  # not opened on the UI thread
    _window_on(qtbot, office_start, str(tmp_path / "office" / "office.db"))
    assert not office_start.opening.isVisible()  # a local file: no dialog flashed
    assert (tmp_path / "office" / "office.db").is_file()


def test_an_unreachable_server_is_said_in_the_users_language_with_a_way_out(
    qtbot: QtBot, office_start: OfficeStart, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    store_database_setting(folder, UNREACHABLE)
    office_start.begin()
    opening = office_start.opening
    qtbot.waitUntil(lambda: opening.retry_button.isVisible(), timeout=20_000)
    assert office_start.window is None
    assert opening.heading.text() == "无法打开办公室数据库。"
    problem = opening.problem.text()
    assert "无法连接" in problem and "127.0.0.1" in problem and "cannot be reached" not in problem
    assert opening.choose_button.isVisible() and opening.quit_button.text() == "退出"

    qtbot.mouseClick(opening.retry_button, Qt.MouseButton.LeftButton)  # still down: said again
    qtbot.waitUntil(lambda: opening.retry_button.isVisible(), timeout=20_000)
    assert office_start.window is None

    assert "上次尝试时间" in opening.problem.text()  # a retry refused at once still shows it ran

    qtbot.mouseClick(opening.choose_button, Qt.MouseButton.LeftButton)
    choice = office_start.choice
    assert choice is not None and choice.shared.isChecked()
    assert choice.address.text() == UNREACHABLE
    assert "未能打开" in choice.now.text()  # not "now uses": it never opened
    choice.folder_file.setChecked(True)
    choice.buttons.button(choice.buttons.StandardButton.Ok).click()
    _window_on(qtbot, office_start, str(folder / "office.db"))
    assert not (folder / SETTINGS_FILE).exists()  # back to the folder's own file, kept
    assert not opening.isVisible()
    assert office_start.window is not None
    office_start.window.database_action.trigger()  # and it is offered as that file again
    assert office_start.choice is not None and office_start.choice.folder_file.isChecked()
    office_start.choice.reject()


def test_an_address_with_a_password_or_of_another_kind_is_refused_beside_the_field(
    qtbot: QtBot, office_start: OfficeStart
) -> None:
    office_start.begin()
    qtbot.waitUntil(lambda: office_start.window is not None, timeout=20_000)
    assert office_start.window is not None
    office_start.window.database_action.trigger()
    choice = office_start.choice
    assert choice is not None and choice.folder_file.isChecked()
    qtbot.keyClicks(choice.address, "postgresql://desk:s3cret@db.example/office")
    assert choice.shared.isChecked()  # typing an address chooses it
    choice.buttons.button(choice.buttons.StandardButton.Ok).click()
    assert choice.isVisible() and "PGPASSWORD" in choice.error.text()
    assert "s3cret" not in json.dumps(choice.error.text())
    choice.address.setText("mysql://db.example/office")
    choice.buttons.button(choice.buttons.StandardButton.Ok).click()
    assert choice.isVisible() and "PostgreSQL" in choice.error.text()
    assert choice.address.accessibleDescription() == choice.error.text()


def test_the_office_menu_moves_the_desk_to_another_database_and_keeps_it_once_open(
    qtbot: QtBot, office_start: OfficeStart, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    office_start.begin()
    first = _window_on(qtbot, office_start, str(folder / "office.db"))

    first.database_action.trigger()  # a server that is down: the window stays where it was
    assert office_start.choice is not None
    office_start.choice.address.setText(UNREACHABLE)
    office_start.choice.shared.setChecked(True)
    office_start.choice.accept()
    qtbot.waitUntil(lambda: office_start.refusal is not None, timeout=20_000)
    assert office_start.refusal is not None and "无法连接" in office_start.refusal.text()
    assert office_start.window is first and first.isVisible()
    assert not (folder / SETTINGS_FILE).exists()  # not kept: it never opened
    office_start.refusal.done(0)  # read: the address typed is offered again, not lost
    assert office_start.choice.isVisible() and office_start.choice.address.text() == UNREACHABLE
    office_start.choice.reject()

    shared = f"sqlite:///{tmp_path / 'shared' / 'office.db'}"
    first.database_action.trigger()
    office_start.choice.address.setText(shared)
    office_start.choice.shared.setChecked(True)
    office_start.choice.accept()
    qtbot.waitUntil(lambda: office_start.window is not first, timeout=20_000)
    _window_on(qtbot, office_start, str(tmp_path / "shared" / "office.db"))
    assert json.loads((folder / SETTINGS_FILE).read_text("utf-8"))["database"] == shared
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the old window is gone, not hidden


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            OfficeDatabaseError(
                reason=OfficeDatabaseError.LOGIN_REFUSED,
                database="postgresql://desk1@db.example/office",
                server_said='password authentication failed for user "desk1"',
            ),
            "拒绝登录",
        ),
        (
            OfficeDatabaseError(
                reason=OfficeDatabaseError.NEWER_SCHEMA, database="/srv/office.db", schema="o009"
            ),
            "更新版本",
        ),
        (UsageError("database_url_invalid", detail="not a URL"), "不是数据库地址"),
    ],
)
def test_why_a_database_cannot_be_used_is_said_in_the_windows_language(
    translations: Translations, error: FieldappError, said: str
) -> None:
    text = error_text(error)
    assert said in text
    assert not any(word in text for word in ("database", "cannot", "refused", "newer"))
    for value in error.params.values():  # the server's own words and the address stay as they are
        if value not in OfficeDatabaseError._TEMPLATES and value != "not a URL":
            assert value in text


def test_waiting_for_another_database_can_be_cancelled_without_leaving_the_window(
    qtbot: QtBot, office_start: OfficeStart, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    office_start.begin()
    first = _window_on(qtbot, office_start, str(folder / "office.db"))
    office_start.open(UNREACHABLE, keep=True, setting=UNREACHABLE)
    assert office_start.opening.quit_button.text() == "取消"  # not 退出: the window stays open
    office_start.opening.reject()  # before the server's answer arrives
    qtbot.wait(500)  # the answer comes and is dropped
    assert office_start.refusal is None and office_start.window is first
    assert not office_start.opening.isVisible() and not (folder / SETTINGS_FILE).exists()
    assert not office_start.quits  # type: ignore[attr-defined]

    elsewhere = tmp_path / "elsewhere" / "office.db"
    office_start.open(f"sqlite:///{elsewhere}", keep=True, setting=f"sqlite:///{elsewhere}")
    office_start.opening.reject()
    qtbot.wait(500)
    assert office_start.window is first and not (folder / SETTINGS_FILE).exists()


def test_quit_before_any_window_ends_the_application(
    qtbot: QtBot, office_start: OfficeStart, tmp_path: Path
) -> None:
    store_database_setting(tmp_path / "office", UNREACHABLE)
    office_start.begin()
    qtbot.waitUntil(lambda: office_start.opening.retry_button.isVisible(), timeout=20_000)
    qtbot.keyClick(office_start.opening, Qt.Key.Key_Escape)
    assert office_start.quits == [True]  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_a_refused_login_asks_for_the_password_for_this_session_only(
    qtbot: QtBot,
    office_start: OfficeStart,
    tmp_path: Path,
    postgres: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user, password = f"desk_{uuid.uuid4().hex[:8]}", "s3cret-office-pw"
    postgres.add_login(user, password)
    passfile = tmp_path / "no-passwords"  # this desk has no ~/.pgpass line for the user
    passfile.write_text("")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    name = f"office_{uuid.uuid4().hex[:12]}"
    database = postgres.new_database(name)
    postgres.psql(f"ALTER DATABASE {name} OWNER TO {user}")  # it sets the schema up on first use
    address = make_url(database).set(username=user).render_as_string(hide_password=False)
    folder = tmp_path / "office"
    store_database_setting(folder, address)
    office_start.begin()
    opening = office_start.opening
    qtbot.waitUntil(lambda: opening.retry_button.isVisible(), timeout=20_000)
    assert "拒绝登录" in opening.problem.text() and opening.password.isVisible()
    assert opening.retry_button.text() == "登录"

    qtbot.keyClicks(opening.password, "not-the-password")
    qtbot.keyClick(opening.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opening.retry_button.isVisible(), timeout=20_000)
    assert office_start.window is None and opening.password.text() == ""  # refused, cleared

    qtbot.keyClicks(opening.password, password)
    qtbot.mouseClick(opening.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: office_start.window is not None, timeout=20_000)
    assert office_start.window is not None and office_start.context is not None
    assert password not in office_start.window.database_label.text()
    assert office_start.context.office.db.rows(text("SELECT current_user"))[0]
    assert password not in (folder / SETTINGS_FILE).read_text("utf-8")  # never stored
