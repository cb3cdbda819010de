"""The office database's tables, declared once for every database it may live in (SQLite, the
default file; PostgreSQL, for a shared office). Every office query is built from these with
SQLAlchemy Core, so the same statement runs on both; the schema itself changes only through the
migrations in ``office/migrations/versions``."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, Table, Text

metadata = MetaData()

TRUSTED_DEVICES = "trusted_devices"
REPORTS = "reports"
REJECTIONS = "rejections"

trusted_devices = Table(
    TRUSTED_DEVICES,
    metadata,
    Column("fingerprint", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("certificate_pem", Text, nullable=False),
    Column("added_at_utc", Text, nullable=False),
    Column("revoked_at_utc", Text),
    Column("added_by", Text),  # the database user who trusted it (the OS user on SQLite)
    Column("revoked_by", Text),
)

reports = Table(
    REPORTS,
    metadata,
    # Content-addressed: the same bytes imported twice (two desks at once) are one report.
    Column("report_sha256", Text, primary_key=True),
    Column("survey_id", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("claim_number", Text, nullable=False),
    Column("policy_number", Text),
    Column("line_of_business", Text, nullable=False),
    Column("surveyor", Text),
    Column("incident_at", Text),
    Column("finished_at", Text),
    Column("received_at_utc", Text, nullable=False),
    Column("device_fingerprint", Text, nullable=False),
    Column("signed_at", Text),
    Column("net_loss", Text),
    Column("indemnity", Text),
    Column("currency", Text),
    Column("photo_count", Integer),
    Column("file_name", Text),
    Column("archive_path", Text, nullable=False),
    Column("survey_json", Text, nullable=False),
    Column("verification_json", Text),
    Column("imported_by", Text),  # the database user whose import archived it
    # One report per survey revision: a second, different file of it is a conflict.
    Index("idx_reports_survey_id_revision", "survey_id", "revision", unique=True),
    Index("idx_reports_claim_number", "claim_number"),
)

rejections = Table(
    REJECTIONS,
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("file_sha256", Text),
    Column("file_name", Text, nullable=False),
    Column("code", Text, nullable=False),
    Column("message", Text),
    Column("received_at_utc", Text, nullable=False),
    Column("quarantine_path", Text),
    Column("resolved_at_utc", Text),
    Column("resolved_as", Text),
    Column("recorded_by", Text),  # the database user whose import refused it
)

# The archive window, the CSV export and the dashboard read 10,000 surveys from this index alone
# (about 500 bytes a report): the rows themselves carry 20 kB of survey data each.
LISTING_INDEX_COLUMNS = (
    "survey_id",
    "revision",
    "received_at_utc",
    "claim_number",
    "policy_number",
    "line_of_business",
    "surveyor",
    "incident_at",
    "device_fingerprint",
    "indemnity",
    "photo_count",
    "finished_at",
    "net_loss",
    "currency",
    "report_sha256",
    "signed_at",
    "file_name",
    "archive_path",
)
