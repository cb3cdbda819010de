"""Alembic's environment for the office database: always given an open connection by
``fieldapp.office.database`` (never a URL from an ini file, so no password is ever read from or
written to a file), in a transaction that the caller commits."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from fieldapp.office.schema import metadata

# Any number, the same in every process: desks starting at once on a new PostgreSQL database
# take turns at creating its tables instead of racing.
MIGRATION_LOCK = 0x0FF1CE

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    context.run_migrations()
