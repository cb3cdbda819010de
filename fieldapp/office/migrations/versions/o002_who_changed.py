"""Which database user made each import and each trust change (``current_user`` on
PostgreSQL, the operating system's user on SQLite).

Revision ID: o002
Revises: o001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fieldapp.office.schema import REJECTIONS, REPORTS, TRUSTED_DEVICES

revision = "o002"
down_revision = "o001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(REPORTS, sa.Column("imported_by", sa.Text))
    op.add_column(REJECTIONS, sa.Column("recorded_by", sa.Text))
    op.add_column(TRUSTED_DEVICES, sa.Column("added_by", sa.Text))
    op.add_column(TRUSTED_DEVICES, sa.Column("revoked_by", sa.Text))


def downgrade() -> None:
    raise NotImplementedError("the office database is never downgraded")
