"""What every part of the office window shares: the UI thread's office workspace, the
preferences, and the signals each view answers by deciding whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from fieldapp.office.importer import OfficeWorkspace
from fieldapp.ui.preferences import Preferences


class OfficeChanges(QObject):
    imported = Signal()  # reports landed in the archive (or were refused into quarantine)
    trust_changed = Signal()  # a device was trusted or revoked


@dataclass
class OfficeContext:
    office: OfficeWorkspace  # the UI thread's own; workers open their own (ui/operations)
    preferences: Preferences
    changes: OfficeChanges
