"""Errors a user can cause, each with a stable code and parameters.

The code and parameters travel to the face (CLI, GUI), which turns them into text in the user's
language; `str(error)` gives the English text so logs and the CLI have something readable.
Programming errors are never wrapped in these types.
"""

from __future__ import annotations

from typing import Any


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
        "Survey {survey_id} revision {revision} is finished and frozen; "
        "start a new revision to change it."
    )


class DataFolderError(FieldappError):
    """The data folder or its database cannot be used (not writable, newer schema, corrupt)."""

    code = "data_folder"
    template = "{detail}"
