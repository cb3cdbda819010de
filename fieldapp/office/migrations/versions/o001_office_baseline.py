"""The office database as the previous version left it (its sqlite-utils migrations m001-m003):
created on a new database, adopted (and completed) on a file that version wrote.

Revision ID: o001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from fieldapp.office.schema import LISTING_INDEX_COLUMNS, REJECTIONS, REPORTS, TRUSTED_DEVICES

revision = "o001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table(REPORTS):
        _create()
        return
    # A file of the previous version: m001 made the tables; m002 and m003 may be missing.
    columns = {c["name"] for c in inspector.get_columns(REJECTIONS)}
    for name in ("resolved_at_utc", "resolved_as"):
        if name not in columns:
            op.add_column(REJECTIONS, sa.Column(name, sa.Text))
    if "reports_listing" not in {i["name"] for i in inspector.get_indexes(REPORTS)}:
        op.create_index("reports_listing", REPORTS, list(LISTING_INDEX_COLUMNS))


def _create() -> None:
    op.create_table(
        TRUSTED_DEVICES,
        sa.Column("fingerprint", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("certificate_pem", sa.Text, nullable=False),
        sa.Column("added_at_utc", sa.Text, nullable=False),
        sa.Column("revoked_at_utc", sa.Text),
    )
    op.create_table(
        REPORTS,
        sa.Column("report_sha256", sa.Text, primary_key=True),
        sa.Column("survey_id", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("claim_number", sa.Text, nullable=False),
        sa.Column("policy_number", sa.Text),
        sa.Column("line_of_business", sa.Text, nullable=False),
        sa.Column("surveyor", sa.Text),
        sa.Column("incident_at", sa.Text),
        sa.Column("finished_at", sa.Text),
        sa.Column("received_at_utc", sa.Text, nullable=False),
        sa.Column("device_fingerprint", sa.Text, nullable=False),
        sa.Column("signed_at", sa.Text),
        sa.Column("net_loss", sa.Text),
        sa.Column("indemnity", sa.Text),
        sa.Column("currency", sa.Text),
        sa.Column("photo_count", sa.Integer),
        sa.Column("file_name", sa.Text),
        sa.Column("archive_path", sa.Text, nullable=False),
        sa.Column("survey_json", sa.Text, nullable=False),
        sa.Column("verification_json", sa.Text),
    )
    op.create_index(
        "idx_reports_survey_id_revision", REPORTS, ["survey_id", "revision"], unique=True
    )
    op.create_index("idx_reports_claim_number", REPORTS, ["claim_number"])
    op.create_index("reports_listing", REPORTS, list(LISTING_INDEX_COLUMNS))
    op.create_table(
        REJECTIONS,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("file_sha256", sa.Text),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("received_at_utc", sa.Text, nullable=False),
        sa.Column("quarantine_path", sa.Text),
        sa.Column("resolved_at_utc", sa.Text),
        sa.Column("resolved_as", sa.Text),
    )


def downgrade() -> None:
    raise NotImplementedError("the office database is never downgraded")
