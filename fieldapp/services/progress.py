"""How far each survey has come: the survey list's rows and one survey's step states."""

from __future__ import annotations

from fieldapp.core.progress import SurveyProgress, survey_progress
from fieldapp.core.survey import LineOfBusiness
from fieldapp.errors import NotFound
from fieldapp.resources import checklist_for, shot_requirements
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.surveys import SurveyOverview


def progress_of(overview: SurveyOverview) -> SurveyProgress:
    line = LineOfBusiness(overview.facts.line_of_business)
    return survey_progress(overview.facts, checklist_for(line), shot_requirements(line))


def survey_overviews(workspace: FieldWorkspace) -> list[SurveyOverview]:
    """Every survey with what its progress depends on; no passphrase needed."""
    return workspace.surveys.overviews()


def survey_overview_of(
    workspace: FieldWorkspace, survey_id: str
) -> tuple[SurveyOverview, SurveyProgress]:
    found = workspace.surveys.overviews(survey_id)
    if not found:
        raise NotFound(what="survey", ident=survey_id)
    return found[0], progress_of(found[0])


def survey_progress_of(workspace: FieldWorkspace, survey_id: str) -> SurveyProgress:
    return survey_overview_of(workspace, survey_id)[1]
