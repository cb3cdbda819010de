"""Opening the field database: WAL, foreign keys, a busy timeout, and migrations applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from fieldapp.errors import DataFolderError
from fieldapp.store.migrations import field_migrations

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path, *, migrations: Migrations = field_migrations) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    One handle per thread: sqlite-utils handles must not cross threads, so each worker opens its
    own.
    """
    try:
        db = Database(path)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        # Deleted personal data must not linger in free pages.
        db.execute("PRAGMA secure_delete = ON")
        db.enable_wal()
        _refuse_newer_schema(db, migrations, path)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DataFolderError(
            detail=f"The database {path} cannot be used: {exc}. Restore it from a backup."
        ) from exc
    return db


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
