"""A survey's revisions: frozen for the signed report, reopened as the next revision, and the
moments its data left the device or was shown unmasked.

A finished revision is what was signed and sent; nothing may change it. A correction opens
revision N+1, and the signed one stays as it was in the office's archive.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from fieldapp.core.eventlog import EventKind
from fieldapp.core.timestamps import utc_now, utc_text
from fieldapp.errors import NotFound, UsageError
from fieldapp.store.changes import ensure_writable, record_change, time_columns
from fieldapp.store.events import append_event
from fieldapp.store.migrations import SURVEYS


class SurveyRevisions:
    """The revision side of ``SurveyRepository``, which it is mixed into."""

    db: Database

    def finish(self, survey_id: str, *, actor: str, at: datetime) -> None:
        """Freeze the current revision: from now on a change needs a new revision."""
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self.db[SURVEYS].update(
                survey_id,
                {  # type: ignore[union-attr]
                    "status": "finished",
                    **time_columns("finished_at", at),
                },
            )
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.SURVEY_FINISHED,
                "revision finished and frozen for the signed report",
            )

    def revise(self, survey_id: str, *, actor: str) -> int:
        """Open the next revision of a finished survey; the signed one stays as it was sent."""
        with self.db.atomic():
            row = self.db.execute(
                f"SELECT status, revision FROM {SURVEYS} WHERE survey_id = ?", [survey_id]
            ).fetchone()
            if row is None:
                raise NotFound(what="survey", ident=survey_id)
            if row[0] != "finished":
                raise UsageError(detail=f"Revision {row[1]} is still a draft: change it as it is.")
            revision = int(row[1]) + 1
            self.db[SURVEYS].update(
                survey_id,
                {  # type: ignore[union-attr]
                    "status": "draft",
                    "revision": revision,
                    "finished_at_utc": None,
                    "finished_at_offset": None,
                },
            )
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.SURVEY_REVISED,
                f"revision {revision} opened after revision {revision - 1} was sent",
            )
            return revision

    def record_export(self, survey_id: str, *, actor: str, what: str) -> None:
        """Remember when the survey's report left the device; retention counts from here."""
        with self.db.atomic():
            self.db[SURVEYS].update(survey_id, {"exported_at_utc": utc_text(utc_now())})  # type: ignore[union-attr]
            append_event(
                self.db, survey_id, actor=actor, kind=EventKind.SURVEY_EXPORTED, summary=what
            )

    def record_access(self, survey_id: str, *, actor: str, what: str) -> None:
        """Log that personal data was revealed (a full export, an unmasked view)."""
        with self.db.atomic():
            append_event(
                self.db, survey_id, actor=actor, kind=EventKind.PERSONAL_DATA_REVEALED, summary=what
            )
