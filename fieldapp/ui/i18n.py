"""The window's languages: Qt Linguist catalogues in resources/i18n, chosen by a setting that
defaults from the system locale, switched without a restart.

Decision (README): `.ts` files are the committed sources; the `.qm` files Qt loads are built
with PySide6's own `lrelease` — by the bundle build into resources/i18n, and otherwise on first
use into the user's cache folder, keyed by the source's hash — so a plain `pip install` works and
no generated file is ever committed.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from fieldapp.paths import resources_dir

# The report's language codes (core/checklist LANGUAGES) and Qt's catalogue names.
CATALOGUES = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW", "en": "en"}
LANGUAGE_NAMES = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}
TRADITIONAL_REGIONS = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
}


class TranslationsMissing(RuntimeError):
    """The catalogues could not be built: an installation problem, not a user's error."""


def system_language(locale: QLocale | None = None) -> str:
    """zh_TW, zh_HK and zh_MO (or any Traditional script) get Traditional, never Simplified."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if (
        locale.script() == QLocale.Script.TraditionalChineseScript
        or locale.territory() in TRADITIONAL_REGIONS
    ):
        return "zh-Hant"
    return "zh-Hans"


def catalogue_source(language: str) -> Path:
    return resources_dir() / "i18n" / f"fieldapp_{CATALOGUES[language]}.ts"


def compiled_catalogue(language: str) -> Path:
    """The .qm file for a language: the bundle's, or one built from the .ts source."""
    source = catalogue_source(language)
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and not source.is_file():
        return shipped  # a bundle ships only the compiled catalogues
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    built = Path(platformdirs.user_cache_dir("fieldapp")) / "i18n" / f"{source.stem}-{digest}.qm"
    if not built.is_file():
        built.parent.mkdir(parents=True, exist_ok=True)
        partial = built.with_suffix(".partial")
        lrelease = Path(PySide6.__file__).parent / "lrelease"
        done = subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(partial)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not partial.is_file():
            raise TranslationsMissing(f"lrelease failed on {source}: {done.stderr.strip()}")
        partial.replace(built)
    return built


class Translations:
    """Installs one catalogue on the application and swaps it when the language changes;
    every widget retranslates itself on the LanguageChange event Qt then sends."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None
        self.language = "en"

    def use(self, language: str) -> None:
        if language not in CATALOGUES:
            language = system_language()
        translator = QTranslator(self.app)
        if not translator.load(str(compiled_catalogue(language))):
            raise TranslationsMissing(f"cannot load the {language} catalogue")
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
        self.app.installTranslator(translator)
        self.translator, self.language = translator, language
        self.app.setProperty("fieldapp_language", language)
