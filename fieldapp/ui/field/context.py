"""What every part of the field window shares: the UI thread's workspace, the preferences, and
one "survey changed" signal that each view answers by deciding whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from fieldapp.services.field import FieldWorkspace
from fieldapp.ui.preferences import Preferences


class SurveyChanges(QObject):
    changed = Signal(str)  # the survey id, after any write to it
    listed = Signal()  # surveys were added or removed


@dataclass
class FieldContext:
    workspace: FieldWorkspace  # the UI thread's own; workers open their own connection
    preferences: Preferences
    changes: SurveyChanges
