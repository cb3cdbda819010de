"""The office database: a SQLite file in the office folder (the default), or a PostgreSQL server
shared by several desks. One code path for both: SQLAlchemy Core statements built from
``office/schema.py`` and one set of Alembic migrations (``office/migrations``).

Which database: ``--database URL``, else ``$FIELDAPP_OFFICE_DB``, else the office folder's
setting (``office database URL``), else ``office.db`` in the office folder. A password is never
stored: it comes from the URL given at run time, ``PGPASSWORD``, PostgreSQL's own password
file (``~/.pgpass``, ``PGPASSFILE``) or service file (``postgresql:///?service=office``), or is
typed in the office window when the server refuses the login (kept for that session only).
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.sql import Executable

from fieldapp.errors import (
    DatabaseBusy,
    DiskFull,
    OfficeDatabaseError,
    OfficeNotPermitted,
    UsageError,
)
from fieldapp.office.schema import REJECTIONS, REPORTS, TRUSTED_DEVICES
from fieldapp.store.database import BUSY_TIMEOUT_MS, is_disk_full
from fieldapp.store.files import remove_interrupted_writes, write_file_atomically

__all__ = [
    "DATABASE_ENV",
    "OFFICE_DATABASE",
    "REJECTIONS",
    "REPORTS",
    "TRUSTED_DEVICES",
    "ChosenBy",
    "DatabaseChoice",
    "OfficeAction",
    "OfficeDatabase",
    "database_choice",
    "database_url",
    "open_office_database",
    "shown_url",
    "storable_database_url",
    "store_database_setting",
    "written_url",
]


class OfficeAction(StrEnum):
    """What a write to the office database is for, in the words a refusal names it with (the
    window translates it by member, not by these words)."""

    READ = "read the office archive"
    IMPORT = "import reports"
    TRUST = "change the trusted devices"
    UPGRADE = "upgrade the office database to this version"
    ROLES = "set up the office roles"
    MOVE = "copy the archive into this database"
    WRITE = "write to the office archive"


OFFICE_DATABASE = "office.db"
DATABASE_ENV = "FIELDAPP_OFFICE_DB"
SETTINGS_FILE = "office-settings.json"
BUSY_TIMEOUT_S = BUSY_TIMEOUT_MS // 1000  # as long as the field database waits
MIGRATIONS = Path(__file__).with_name("migrations")
_NOT_PERMITTED = "42501"  # PostgreSQL's insufficient_privilege
_REFUSED_LOGIN = ("28000", "28P01")  # invalid authorization / password
# A login refused while connecting carries no SQLSTATE (libpq reports it as a failed
# connection); these words of libpq and the server say it is the login, not the network.
_REFUSED_LOGIN_WORDS = ("authentication failed", "no password supplied", "pg_hba.conf")


class ChosenBy(StrEnum):
    """Where the office database in use was chosen, first that says one."""

    OPTION = "option"  # --database, or the window's choice for this run
    ENVIRONMENT = "environment"  # $FIELDAPP_OFFICE_DB
    SETTING = "setting"  # the folder's office-settings.json
    DEFAULT = "default"  # the folder's own office.db


@dataclass(frozen=True)
class DatabaseChoice:
    url: URL
    chosen_by: ChosenBy
    is_folder_file: bool  # the folder's own office.db, however it was chosen

    @property
    def shown(self) -> str:
        return shown_url(self.url)

    @property
    def written(self) -> str:
        return written_url(self.url)


def database_choice(folder: Path, given: str | None = None) -> DatabaseChoice:
    """The office database chosen by ``--database``, the environment or the folder's setting,
    and which of them chose it."""
    own = URL.create("sqlite", database=str(folder / OFFICE_DATABASE))
    for chosen, chosen_by in (
        (given, ChosenBy.OPTION),
        (os.environ.get(DATABASE_ENV), ChosenBy.ENVIRONMENT),
        (_stored_setting(folder), ChosenBy.SETTING),
    ):
        if chosen:
            url = _parsed(chosen)
            return DatabaseChoice(url, chosen_by, shown_url(url) == shown_url(own))
    return DatabaseChoice(own, ChosenBy.DEFAULT, is_folder_file=True)


def shown_url(url: URL) -> str:
    """The database as a person names it: a SQLite file's path, else its address."""
    if url.get_backend_name() == "sqlite":
        return url.database or ""
    return written_url(url)


def written_url(url: URL) -> str:
    """The address as a person writes it: no password, no driver (postgresql://, sqlite:///)."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def database_url(folder: Path, given: str | None = None) -> URL:
    """The office database chosen by ``--database``, the environment or the folder's setting."""
    return database_choice(folder, given).url


def _parsed(chosen: str) -> URL:
    try:
        url = make_url(chosen)
    except ArgumentError as exc:
        raise UsageError(
            "database_url_invalid",
            detail=f"{chosen!r} is not a database URL: give postgresql://HOST/DATABASE "
            "or sqlite:///FILE.",
        ) from exc
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and url.database:
        return url.set(drivername="sqlite")
    raise UsageError(
        "database_url_kind",
        detail=f"The office database must be PostgreSQL (postgresql://HOST/DATABASE) or a SQLite "
        f"file (sqlite:///FILE), not {url.render_as_string(hide_password=True)}.",
    )


def _stored_setting(folder: Path) -> str:
    try:
        return str(json.loads((folder / SETTINGS_FILE).read_text("utf-8")).get("database") or "")
    except FileNotFoundError:
        return ""
    except (OSError, ValueError, AttributeError) as exc:
        raise UsageError(detail=f"{folder / SETTINGS_FILE} cannot be read ({exc}).") from exc


def storable_database_url(chosen: str) -> URL:
    """``chosen`` as a database URL the office settings can keep; a URL carrying a password is
    refused: nothing the app writes holds one."""
    url = _parsed(chosen)
    if url.password is not None:
        raise UsageError(
            "database_url_password",
            detail="A password is never stored in the office settings: leave it out of the URL "
            "and give it in PGPASSWORD, the password file (~/.pgpass, PGPASSFILE) or a service "
            "file (postgresql:///?service=NAME).",
        )
    return url


def store_database_setting(folder: Path, chosen: str | None) -> URL:
    """Keep ``chosen`` as the office folder's database (None: back to the SQLite file)."""
    if not chosen:
        (folder / SETTINGS_FILE).unlink(missing_ok=True)
        return database_url(folder, None)
    url = storable_database_url(chosen)
    folder.mkdir(parents=True, exist_ok=True)
    setting = json.dumps({"database": written_url(url)}, indent=1)  # it holds no password
    write_file_atomically(folder / SETTINGS_FILE, setting.encode())
    return url


class OfficeDatabase:
    """One office database, opened by one desk (a thread or a process): read and write blocks,
    each a transaction. The server's own refusals (busy, full, not permitted, unreachable)
    become the project's errors here, where they arise."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.engine: Engine = _engine(url)
        self.dialect: str = self.engine.dialect.name
        self.user: str = getpass.getuser() if self.dialect == "sqlite" else url.username or ""
        self.read_only_reason = ""  # set when a full disk left it only readable

    @property
    def shown_url(self) -> str:
        return shown_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.translated(OfficeAction.READ), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self, action: OfficeAction) -> Iterator[Connection]:
        """One transaction that writes (on SQLite it begins as a writer, so that its busy
        timeout applies); ``action`` says in the user's words what it is for."""
        if self.read_only_reason:
            raise DiskFull(what="the change to the office database")
        with (
            self.translated(action),
            self.engine.connect() as conn,
            conn.execution_options(office_write=True).begin(),
        ):
            yield conn

    def rows(self, statement: Executable) -> list[dict[str, Any]]:
        with self.read() as conn:
            return [dict(row) for row in conn.execute(statement).mappings()]

    def scalar(self, statement: Executable) -> Any:
        with self.read() as conn:
            return conn.execute(statement).scalar()

    def count(self, table: Table) -> int:
        return int(self.scalar(select(func.count()).select_from(table)))

    def insert(self, table: Table, rows: Mapping[str, Any] | Iterable[Mapping[str, Any]]) -> None:
        """Rows written as they are (tests and benchmarks filling an archive)."""
        many = [dict(rows)] if isinstance(rows, Mapping) else [dict(r) for r in rows]
        if many:
            with self.write(OfficeAction.WRITE) as conn:
                conn.execute(table.insert(), many)

    @contextmanager
    def translated(self, action: OfficeAction) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            translated = self._translate(error, action)
            if translated is None:
                raise
            raise translated from error

    def _translate(self, error: DBAPIError, action: OfficeAction) -> Exception | None:
        original = error.orig
        if isinstance(original, sqlite3.Error):
            primary = getattr(original, "sqlite_errorcode", 0) & 0xFF
            if primary == sqlite3.SQLITE_BUSY:
                return DatabaseBusy(waited_s=BUSY_TIMEOUT_S)
            if is_disk_full(original, Path(self.url.database or ".")):
                return DiskFull(what="the change to the office database")
            return None
        state = getattr(original, "sqlstate", None)
        if state == _NOT_PERMITTED:
            return OfficeNotPermitted(user=self.user or "this user", action=action)
        if state in _REFUSED_LOGIN or _is_refused_login(original):
            return OfficeDatabaseError(
                reason=OfficeDatabaseError.LOGIN_REFUSED,
                database=self.shown_url,
                server_said=_first_line(original),
            )
        if error.connection_invalidated or state is None or state.startswith("08"):
            return OfficeDatabaseError(
                reason=OfficeDatabaseError.UNREACHABLE,
                database=self.shown_url,
                server_said=_first_line(original),
            )
        return None

    def close(self) -> None:
        self.engine.dispose()


def _is_refused_login(error: BaseException | None) -> bool:
    said = str(error).lower()
    unknown_role = 'role "' in said and "does not exist" in said
    return unknown_role or any(words in said for words in _REFUSED_LOGIN_WORDS)


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        # Every statement of a write block runs in READ COMMITTED: the unique keys, not a
        # snapshot, decide which of two desks archives a report.
        # No ping before each use (a round trip per statement block): a connection the server
        # dropped fails once, is said as "cannot be reached", and the pool opens a new one.
        return create_engine(url, connect_args={"connect_timeout": 10})
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # transactions begin as said below
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        # Survey data of purged or moved reports must not linger in free pages (as the field
        # database; the office file had it before it moved to SQLAlchemy).
        dbapi_connection.execute("PRAGMA secure_delete = ON")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A deferred transaction that reads and then writes fails at once with "database is
        # locked" in WAL mode; a writer's waits for the busy timeout.
        writer = conn.get_execution_options().get("office_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


def open_office_database(
    folder: Path, given: str | None = None, *, password: str | None = None
) -> OfficeDatabase:
    """Open the office database chosen for ``folder`` and bring its schema up to date (a file
    the previous version wrote is adopted by the first migration). ``password``: a server
    login's, typed for this session (kept in memory only, never in a setting or a log)."""
    url = database_url(folder, given)
    if password and url.get_backend_name() != "sqlite":
        url = url.set(password=password)
    if url.get_backend_name() == "sqlite":
        Path(url.database or "").parent.mkdir(parents=True, exist_ok=True)
    db = OfficeDatabase(url)
    try:
        _upgrade(db)
    except DiskFull:
        db.read_only_reason = "disk full"  # reading may still work; every write says so
    except BaseException:
        db.close()
        raise
    # A killed import leaves its temporary archive and quarantine files; nothing claims them.
    remove_interrupted_writes(folder, depth=2)  # archive/ab/, quarantine/<file>/
    return db


@cache
def _script() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def head_revision() -> str:
    return str(_script().get_current_head())


def _upgrade(db: OfficeDatabase) -> None:
    from alembic.runtime.migration import MigrationContext

    with db.read() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if db.dialect == "postgresql":
            db.user = str(conn.execute(text("SELECT current_user")).scalar())
    if current == head_revision():
        return
    if current is not None and current not in {s.revision for s in _script().walk_revisions()}:
        raise OfficeDatabaseError(
            reason=OfficeDatabaseError.NEWER_SCHEMA, database=db.shown_url, schema=current
        )
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.write(OfficeAction.UPGRADE) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def insert_for(db: OfficeDatabase) -> Any:
    """The INSERT of the office's database with ``ON CONFLICT`` (both SQLite and PostgreSQL have
    it, with the same clauses): the unique keys decide between two desks."""
    if db.dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert
