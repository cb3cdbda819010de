"""The data folder's ``report_font`` setting, checked before it is stored and used by the
export; an export in each language embeds its font (pdffonts), Chinese text and all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from fieldapp.report.fonts import FONT_ENV, ReportFontError
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity
from fieldapp.services.report_settings import change_setting, report_font_setting
from tests.report.test_font_search import CJK, LATIN_ONLY, cff_opentype

TITLES = {"zh-Hans": "现场查勘定损报告", "zh-Hant": "現場查勘定損報告", "en": "On-site survey"}


@pytest.fixture(autouse=True)
def no_font_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FONT_ENV, raising=False)


def run(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def test_a_font_that_cannot_serve_the_report_is_not_stored(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    refused = {
        tmp_path / "gone.ttc": "is not there",
        cff_opentype(tmp_path / "NotoSansCJK-Regular.otf"): "TrueType",
        shutil.copyfile(LATIN_ONLY, tmp_path / "DejaVuSans.ttf"): "no glyph",
    }
    for path, why in refused.items():
        with pytest.raises(ReportFontError) as error:
            change_setting(workspace, "report_font", str(path))
        assert why in error.value.message, error.value.message
        assert report_font_setting(workspace) is None
    chosen = shutil.copyfile(CJK, tmp_path / "my font.ttc")
    assert change_setting(workspace, "report_font", str(chosen)) == str(chosen)
    assert report_font_setting(workspace) == chosen
    change_setting(workspace, "report_font", "")  # back to the bundled or the system's font
    assert report_font_setting(workspace) is None


def test_an_export_in_each_language_embeds_the_chosen_font(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "motor")
    chosen = Path(shutil.copyfile(CJK, tmp_path / "chosen.ttc"))
    change_setting(workspace, "report_font", str(chosen))
    for language, title in TITLES.items():
        pdf = export_report(
            workspace, survey_id, out=tmp_path / f"{language}.pdf", language=language
        )
        fonts = run("pdffonts", str(pdf.path)).splitlines()[2:]
        assert fonts and all("WenQuanYi" in line for line in fonts), fonts
        assert all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts), fonts  # emb, sub
        assert title in run("pdftotext", str(pdf.path), "-")


def test_a_chosen_font_removed_later_refuses_the_export_before_the_freeze(
    workspace: FieldWorkspace, tmp_path: Path
) -> None:
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    survey_id = create_demo_survey(workspace, "motor")
    chosen = Path(shutil.copyfile(CJK, tmp_path / "chosen.ttc"))
    change_setting(workspace, "report_font", str(chosen))
    chosen.unlink()  # a font uninstalled, a stick removed
    with pytest.raises(ReportFontError) as refused:
        export_report(workspace, survey_id, out=tmp_path / "r.pdf")
    assert (
        str(chosen) in refused.value.message and "settings set report_font" in refused.value.message
    )
    assert workspace.surveys.get(survey_id).status == "draft"
    assert not (tmp_path / "r.pdf").exists()
