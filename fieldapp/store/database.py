"""Opening the field database: WAL, foreign keys, a busy timeout, and migrations applied.

Several connections write one database (GUI workers, a CLI beside the GUI). Every write
transaction begins as a writer (``BEGIN IMMEDIATE``), so that SQLite's busy timeout applies: a
deferred transaction that reads and then writes fails at once with "database is locked" in WAL
mode, however long the timeout. SQLite's own errors that a user can cause and fix (a full disk,
a database kept busy by another program) become the project's errors here, where they arise;
"restore from a backup" is said only of a database that really is damaged.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Generator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fieldapp.errors import DatabaseBusy, DataFolderError, DiskFull
from fieldapp.store.migrations import field_migrations

BUSY_TIMEOUT_MS = 20_000
# Below this much free space an I/O error while opening is the disk being full: SQLite cannot
# grow the WAL index (-shm) it needs before it can read.
NEARLY_FULL_BYTES = 1 << 20

_BUSY, _FULL, _READONLY, _IOERR = (
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
)
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class FieldDatabase(Database):
    """A sqlite-utils database whose write transactions begin as writers.

    ``read_only_reason`` is set when the disk was too full to open the database for writing:
    reading works, and any write is refused as a full disk.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only_reason: str = "") -> None:
        super().__init__(conn)
        self.path = path
        self.read_only_reason = read_only_reason

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
            with super().atomic() as db:
                yield db
            return
        with self.translated_errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        with self.translated_errors():
            return super().execute(sql, parameters)

    @contextmanager
    def translated_errors(self) -> Generator[None, None, None]:
        """SQLite's busy, full-disk and read-only errors as the project's errors."""
        try:
            yield
        except sqlite3.OperationalError as error:
            translated = self._translate(error)
            if translated is None:
                raise
            raise translated from error

    def _translate(self, error: sqlite3.Error) -> Exception | None:
        primary = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if primary == _BUSY:
            return DatabaseBusy(waited_s=BUSY_TIMEOUT_MS / 1000)
        if primary == _FULL or (primary == _IOERR and _nearly_full(self.path)):
            return DiskFull(what="the change to the database")
        if primary == _READONLY and self.read_only_reason:
            return DiskFull(what="the change to the database")
        return None


def open_database(path: Path, *, migrations: Migrations = field_migrations) -> FieldDatabase:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    One handle per thread: sqlite handles must not cross threads, so each worker opens its own.
    On a disk too full to open it for writing, an existing database opens read-only, so that
    listing and showing still work.
    """
    db: FieldDatabase | None = None
    try:
        db = _open_for_writing(path)
        _refuse_newer_schema(db, migrations, path)
        migrations.apply(db)
        return db
    except DiskFull:
        _close(db)
        return _open_read_only(path, migrations)
    except sqlite3.DatabaseError as error:
        _close(db)
        if is_disk_full(error, path):
            return _open_read_only(path, migrations)
        raise _unusable(path, error) from error
    except BaseException:
        _close(db)
        raise


def _close(db: FieldDatabase | None) -> None:
    if db is not None:
        db.close()


def _open_for_writing(path: Path) -> FieldDatabase:
    # isolation_level: the statements sqlite3 wraps in a transaction of its own (a lone INSERT)
    # begin as writers too.
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level="IMMEDIATE")
    db = FieldDatabase(conn, path)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted personal data must not linger in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    db.enable_wal()
    return db


def _open_read_only(path: Path, migrations: Migrations) -> FieldDatabase:
    """The database as it is on disk, for reading only, when the disk has no room to open it.

    SQLite needs to write its WAL index (-shm) before it can read a WAL database. With no write
    log beside the file, everything is in the file itself and may be read as immutable; with one,
    another program is writing, and reading around it could miss its changes.
    """
    wal = path.with_name(path.name + "-wal")
    if not path.is_file() or (wal.exists() and wal.stat().st_size > 0):
        raise DiskFull(what="the database's working files", advice=_FREE_SPACE)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    db = FieldDatabase(conn, path, read_only_reason="disk full")
    try:
        _refuse_newer_schema(db, migrations, path)
        pending = migrations.pending(db)
    except sqlite3.DatabaseError as error:
        db.close()
        raise _unusable(path, error) from error
    if pending:
        db.close()
        raise DiskFull(what="the database's upgrade to this version", advice=_FREE_SPACE)
    return db


_FREE_SPACE = "Free some space on the disk of the data folder and try again; nothing was changed."


def is_disk_full(error: sqlite3.Error, path: Path) -> bool:
    """Whether SQLite's ``error`` on the database at ``path`` means its disk is full."""
    primary = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return primary == _FULL or (primary == _IOERR and _nearly_full(path))


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _unusable(path: Path, error: sqlite3.DatabaseError) -> DataFolderError:
    primary = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if primary in _DAMAGED:
        return DataFolderError(
            detail=f"The database {path} is damaged ({error}); restore it from a backup."
        )
    return DataFolderError(detail=f"The database {path} cannot be opened: {error}.")


def insert_row(db: Database, table: str, row: Mapping[str, Any]) -> None:
    """A plain INSERT, for rows written many times a second (photos and their events).

    sqlite-utils' ``insert`` looks up the table's schema on every call: about twenty statements
    for one row. Table and column names here come from the code, never from input.
    """
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))


def _refuse_newer_schema(db: Database, migrations: Migrations, path: Path) -> None:
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise DataFolderError(
            detail=f"The database {path} was written by a newer fieldapp "
            f"(schema step {unknown[-1]}); update fieldapp to open it."
        )
