"""Who may do what in a shared office, enforced by the PostgreSQL server itself: an importer
role (import reports, trust and revoke devices) and a viewer role (read only). A desk connects
as its own login user, a member of one of them; whatever the app does, the server refuses a
viewer's write, and the app says so (``OfficeNotPermitted``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from fieldapp.errors import UsageError
from fieldapp.office.database import OfficeAction, OfficeDatabase
from fieldapp.office.schema import REJECTIONS, REPORTS, TRUSTED_DEVICES

IMPORTER_ROLE = "fieldapp_importer"
VIEWER_ROLE = "fieldapp_viewer"
_TABLES = (TRUSTED_DEVICES, REPORTS, REJECTIONS)


@dataclass(frozen=True)
class OfficeRoles:
    importer: str
    viewer: str
    granted: list[tuple[str, str]]  # (login user, role) memberships given now


def setup_roles(
    db: OfficeDatabase,
    *,
    importers: Sequence[str] = (),
    viewers: Sequence[str] = (),
    importer_role: str = IMPORTER_ROLE,
    viewer_role: str = VIEWER_ROLE,
) -> OfficeRoles:
    """Create (or bring up to date) the two roles and their grants on the office's tables, and
    make the given login users members. Run by the database's owner; again after an upgrade."""
    if db.dialect != "postgresql":
        raise UsageError(
            detail="Roles exist only on a PostgreSQL office database; who may change a SQLite "
            "office file is decided by the file's own permissions."
        )
    with db.write(OfficeAction.ROLES) as conn:
        quote = conn.dialect.identifier_preparer.quote
        importer, viewer = quote(importer_role), quote(viewer_role)
        for role in (importer_role, viewer_role):
            if not _exists(conn, role):
                conn.execute(text(f"CREATE ROLE {quote(role)} NOLOGIN"))
        schema = quote(str(conn.execute(text("SELECT current_schema()")).scalar()))
        tables = ", ".join(quote(t) for t in (*_TABLES, "alembic_version"))
        written = ", ".join(quote(t) for t in _TABLES)
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": REJECTIONS}
        ).scalar()
        for statement in (
            f"GRANT USAGE ON SCHEMA {schema} TO {importer}, {viewer}",
            f"REVOKE ALL ON {tables} FROM {importer}, {viewer}",
            f"GRANT SELECT ON {tables} TO {importer}, {viewer}",
            # No DELETE for anyone: a report archived or a refusal recorded stays.
            f"GRANT INSERT, UPDATE ON {written} TO {importer}",
            f"GRANT USAGE ON SEQUENCE {sequence} TO {importer}",
        ):
            conn.execute(text(statement))
        granted = []
        for users, role in ((importers, importer_role), (viewers, viewer_role)):
            for user in users:
                if not _exists(conn, user):
                    raise UsageError(
                        detail=f"The office database has no login user {user!r}: create it "
                        f"first (CREATE ROLE {quote(user)} LOGIN), then give it its role."
                    )
                conn.execute(text(f"GRANT {quote(role)} TO {quote(user)}"))
                granted.append((user, role))
    return OfficeRoles(importer_role, viewer_role, granted)


def _exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None
