"""Errors a user can cause, each with a stable code and parameters.

The code and parameters travel to the face (CLI, GUI), which turns them into text in the user's
language; `str(error)` gives the English text so logs and the CLI have something readable.
Programming errors are never wrapped in these types.
"""

from __future__ import annotations

from typing import Any, ClassVar


class FieldappError(Exception):
    """Base of every error the user can cause and should be shown."""

    code = "error"
    template = "{detail}"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.code}: {self.params}"


class UsageError(FieldappError):
    """The user asked for something malformed (bad option value, bad time format)."""

    code = "usage"
    template = "{detail}"


class NotFound(FieldappError):
    code = "not_found"
    template = "No {what} with id {ident!s} in this data folder."


class AmbiguousId(FieldappError):
    """An id prefix that matches more than one record."""

    code = "ambiguous_id"
    template = "{given!r} matches several {many}: {candidates}; give more of the id."


class InvalidSurveyDocument(FieldappError):
    """A survey document (JSON) does not match the schema or the survey rules."""

    code = "invalid_document"
    template = "{path}: {detail}"


class RuleViolation(FieldappError):
    """A change the survey rules forbid (e.g. evidence before the safety checklist)."""

    code = "rule_violation"
    template = "{detail}"


class SurveyFrozen(FieldappError):
    code = "survey_frozen"
    template = (
        "Survey {survey_id} revision {revision} is finished and frozen; to change it, open "
        "the next revision with `fieldapp survey revise {survey_id}`."
    )


class DataFolderError(FieldappError):
    """The data folder or its database cannot be used (not writable, newer schema, corrupt)."""

    code = "data_folder"
    template = "{detail}"


class DiskFull(FieldappError):
    """The disk holding the data folder (or an output) has no room for a write.

    Nothing is damaged: the write that failed changed nothing, and reading still works.
    """

    code = "disk_full"
    template = "The disk is full: {what} could not be written{needed}. {advice}"

    def __init__(self, *, what: str, needed_bytes: int | None = None, advice: str = "") -> None:
        needed = f" (it needs {_size(needed_bytes)})" if needed_bytes else ""
        super().__init__(
            what=what,
            needed=needed,
            needed_bytes=needed_bytes,
            advice=advice or "Free some space on it and try again; nothing was changed.",
        )


class DatabaseBusy(FieldappError):
    """Another program kept the data folder's database busy for longer than we wait."""

    code = "database_busy"
    template = (
        "The data folder is busy: another program kept writing to it for {waited_s:g} s. "
        "Nothing was changed; try again when it has finished."
    )


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.0f} KB"
    return f"{n} bytes"


class OfficeDatabaseError(FieldappError):
    """The office database cannot be reached or used (server down, login refused, newer
    schema). ``reason`` says which; ``database`` is its URL without a password."""

    code = "office_database"
    UNREACHABLE = "unreachable"
    LOGIN_REFUSED = "login_refused"
    NEWER_SCHEMA = "newer_schema"
    _TEMPLATES: ClassVar[dict[str, str]] = {
        UNREACHABLE: "The office database {database} cannot be reached ({server_said}). Check "
        "the server and the network; nothing was changed.",
        LOGIN_REFUSED: "The office database {database} refused the login ({server_said}). Check "
        "the user name and the password (PGPASSWORD, ~/.pgpass or the service file).",
        NEWER_SCHEMA: "The office database {database} was written by a newer version of fieldapp "
        "(schema {schema}); update fieldapp on this desk. Nothing was changed.",
    }

    @property
    def template(self) -> str:  # type: ignore[override]
        return self._TEMPLATES[self.params["reason"]]


class OfficeNotPermitted(FieldappError):
    """The office database server refused a change to this database user (a viewer importing or
    changing the trusted devices). Nothing was changed."""

    code = "office_not_permitted"
    template = (
        "The office database does not allow {user} to {action}; nothing was changed. "
        "Ask the office's database administrator for the importer role."
    )
