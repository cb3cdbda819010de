"""Real surveyors' devices for office tests: each with its own data folder and identity, signing
real demo reports (the office desk and trust tests need several devices: trusted, unknown,
revoked)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of


@dataclass
class Device:
    workspace: FieldWorkspace
    certificate: Path
    folder: Path

    def report(self, line: str, out: Path) -> Path:
        """A newly started demo survey of that line, finished, signed and exported to ``out``."""
        survey_id = create_demo_survey(self.workspace, line)
        return export_report(self.workspace, survey_id, out=out).path


def make_device(folder: Path, *, surveyor: str, organisation: str) -> Device:
    workspace = FieldWorkspace.open(folder / "data")
    create_identity(workspace, surveyor=surveyor, organisation=organisation)
    certificate = identity_of(workspace).export_certificate(folder / "device.pem")
    return Device(workspace, certificate, folder)
