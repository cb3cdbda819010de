"""Every string of the window is translated: no unfinished, vanished or empty entry in the
three catalogues, every source in the code is in them, and each compiles and loads."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator

from fieldapp.ui.i18n import CATALOGUES, compiled_catalogue
from tests.conftest import REPO_ROOT


def _tool():  # build_spec/ is not a package: load the maintenance script as a module
    spec = importlib.util.spec_from_file_location(
        "translations", REPO_ROOT / "build_spec" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_no_entry_is_unfinished_vanished_or_empty() -> None:
    tool = _tool()
    assert [p for language in tool.CATALOGUES for p in tool.problems(language)] == []


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    """lupdate over the code into a copy finds nothing new."""
    copy = tmp_path / "fieldapp_zh_CN.ts"
    copy.write_bytes((REPO_ROOT / "resources" / "i18n" / "fieldapp_zh_CN.ts").read_bytes())
    sources = sorted(str(p) for p in (REPO_ROOT / "fieldapp" / "ui").rglob("*.py"))
    done = subprocess.run(
        [str(Path(PySide6.__file__).parent / "lupdate"), *sources, "-ts", str(copy),
         "-no-obsolete", "-locations", "none"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert " 0 new " in done.stdout or "(0 new" in done.stdout, done.stdout


@pytest.mark.parametrize("language", list(CATALOGUES))
def test_each_catalogue_compiles_and_loads(language: str) -> None:
    assert QTranslator().load(str(compiled_catalogue(language)))


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN", "zh-Hans"),
        ("zh_SG", "zh-Hans"),
        ("zh_TW", "zh-Hant"),
        ("zh_HK", "zh-Hant"),
        ("zh_MO", "zh-Hant"),
        ("zh_Hant_CN", "zh-Hant"),
        ("en_US", "en"),
        ("de_DE", "en"),
    ],
)
def test_the_language_defaults_from_the_system_locale(locale: str, language: str) -> None:
    from PySide6.QtCore import QLocale

    from fieldapp.ui.i18n import system_language

    assert system_language(QLocale(locale)) == language


def test_english_counts_say_one_photo_and_two_photos() -> None:
    translator = QTranslator()
    assert translator.load(str(compiled_catalogue("en")))
    said = {n: translator.translate("ImportPanel", "%n photo(s) added", "", n) for n in (1, 2)}
    assert said == {1: "%n photo added", 2: "%n photos added"}  # QCoreApplication fills %n


def test_every_office_action_a_refusal_can_name_is_said_in_chinese(qapp) -> None:
    from fieldapp.errors import OfficeNotPermitted
    from fieldapp.office.database import OfficeAction
    from fieldapp.ui.i18n import Translations
    from fieldapp.ui.messages import error_text

    translations = Translations(qapp)
    translations.use("zh-Hans")
    try:
        for action in OfficeAction:
            said = error_text(OfficeNotPermitted(user="bob", action=action))
            assert "bob" in said and action.value not in said, said
    finally:
        translations.use("en")
