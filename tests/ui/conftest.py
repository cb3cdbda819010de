from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldapp.office.importer import OfficeWorkspace
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.session import open_unlocked, unlock
from fieldapp.ui.field.context import FieldContext, SurveyChanges
from fieldapp.ui.i18n import Translations
from fieldapp.ui.office.context import OfficeChanges, OfficeContext
from fieldapp.ui.preferences import Preferences
from tests.conftest import TEST_PASSPHRASE
from tests.ui.office_archive_fixtures import archived, signed_reports  # noqa: F401


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    """The window's preferences in a file of the test's own, never the user's."""
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    chosen = Translations(qapp)
    chosen.use("zh-Hans")
    yield chosen
    if chosen.translator is not None:
        qapp.removeTranslator(chosen.translator)
    qapp.setProperty("fieldapp_language", None)


@pytest.fixture
def field_context(workspace: FieldWorkspace, preferences: Preferences) -> Iterator[FieldContext]:
    """The UI thread's workspace on an unlocked folder, as the window gets it."""
    workspace.cipher()  # makes the keyring with the test passphrase
    opened = open_unlocked(workspace.data_dir, unlock(workspace.data_dir, TEST_PASSPHRASE))
    yield FieldContext(opened, preferences, SurveyChanges())
    opened.close()


@pytest.fixture
def office_context(tmp_path: Path, preferences: Preferences) -> Iterator[OfficeContext]:
    """An office data folder of the test's own, as the office window gets it."""
    office = OfficeWorkspace(tmp_path / "office")
    yield OfficeContext(office, preferences, OfficeChanges())
    office.close()
