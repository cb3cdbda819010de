"""The Export step when the report has no usable font: it refuses before anything is frozen and
says, in the user's language, exactly how to fix it on this platform."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.report.font_search import how_to_get_a_font
from fieldapp.report.fonts import FONT_ENV, ReportFontMissing
from fieldapp.services.field import survey_of
from fieldapp.services.report_settings import change_setting
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.i18n import Translations
from fieldapp.ui.messages import error_text
from tests.report.test_font_search import CJK
from tests.ui.test_export_step import _export, _finished, _open, demo  # noqa: F401 (fixture)


def test_a_removed_report_font_is_named_on_the_export_step(
    qtbot: QtBot,
    field_context: FieldContext,
    translations: Translations,
    demo: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(FONT_ENV, raising=False)
    chosen = Path(shutil.copyfile(CJK, tmp_path / "wqy.ttc"))
    change_setting(field_context.workspace, "report_font", str(chosen))
    chosen.unlink()  # the font was uninstalled after it was chosen
    with _open(qtbot, field_context, demo) as page:
        _export(qtbot, page)
        _finished(qtbot, page)
        text = page.error.text()
    assert text.startswith(f"报告字体 {chosen} 不存在或不是 TrueType 字体；未导出任何内容。")
    assert text.endswith("fieldapp settings set report_font 字体文件路径")
    assert survey_of(field_context.workspace, demo).status == "draft"


@pytest.mark.parametrize(
    ("platform", "fix"),
    [
        ("linux", "sudo apt install fonts-wqy-microhei"),
        ("windows", "设置 > 应用 > 可选功能 > 添加功能"),
        ("macos", "恢复标准字体"),
    ],
)
def test_no_font_found_says_the_platforms_fix_in_chinese(
    translations: Translations, platform: str, fix: str
) -> None:
    text = error_text(ReportFontMissing(platform=platform, detail=how_to_get_a_font(platform)))
    assert text.startswith("这台电脑上找不到报告所需的中文字体；未导出任何内容。")
    assert fix in text and "fieldapp settings set report_font 字体文件路径" in text
