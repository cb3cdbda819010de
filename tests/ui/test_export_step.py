"""The Export step through its real widgets over a real data folder with a complete demo survey
and this device's identity: export into a chosen folder, the written file verifies (ours and
poppler's pdfsig) and every check is shown; Cancel leaves the survey unfrozen and no file; a
full report is confirmed first and logged; a signed revision is exported again and revised; a
folder removed after choosing it and a full disk say why; the choices are remembered."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl
from pytestqt.qtbot import QtBot

from fieldapp.core.progress import Step
from fieldapp.core.timestamps import local_now
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report, verify_report_file
from fieldapp.services.field import start_survey, survey_log, survey_of
from fieldapp.services.privacy import create_identity, identity_of
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.field.steps.export_step import ExportStepPage
from fieldapp.ui.field.survey_page import SurveyPage
from fieldapp.ui.i18n import Translations
from fieldapp.ui.preferences import EXPORT_FOLDER, REPORT_LANGUAGE
from tests.reliability.small_disk import DiskFiller, mounted_small_disk

EXPORT_TIMEOUT_MS = 120_000  # a full layout and signature on a contended machine


@contextmanager
def _open(qtbot: QtBot, context: FieldContext, survey_id: str) -> Iterator[ExportStepPage]:
    survey = SurveyPage(context)
    qtbot.addWidget(survey)
    survey.resize(1366, 768)
    survey.show()
    qtbot.waitExposed(survey)
    survey.open(survey_id)
    survey.navigator.go_to(Step.EXPORT)
    page = survey.step_pages[Step.EXPORT]
    assert isinstance(page, ExportStepPage)
    qtbot.waitUntil(lambda: page.state is not None, timeout=10_000)
    qtbot.waitUntil(lambda: page.destination.status is not None, timeout=10_000)
    yield page
    survey.close()
    QThreadPool.globalInstance().waitForDone(EXPORT_TIMEOUT_MS)
    qtbot.wait(50)


@pytest.fixture
def demo(field_context: FieldContext) -> str:
    create_identity(field_context.workspace, surveyor="李明", organisation="平安财险上海分公司")
    return create_demo_survey(field_context.workspace, "motor")


@pytest.fixture
def page(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, demo: str
) -> Iterator[ExportStepPage]:
    with _open(qtbot, field_context, demo) as opened:
        yield opened


def _choose_folder(qtbot: QtBot, page: ExportStepPage, folder: Path) -> None:
    """Type the folder's path and press Enter: the keyboard's way to a folder."""
    page.destination.path.setFocus()
    page.destination.path.setText(str(folder))
    qtbot.keyClick(page.destination.path, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.destination.status is not None and page.destination.status.path == folder,
        timeout=10_000,
    )


def _export(qtbot: QtBot, page: ExportStepPage) -> None:
    qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)


def _finished(qtbot: QtBot, page: ExportStepPage) -> None:
    qtbot.waitUntil(lambda: page.operation is None, timeout=EXPORT_TIMEOUT_MS)


def test_a_report_exported_into_a_chosen_folder_verifies_and_every_check_is_shown(
    qtbot: QtBot,
    page: ExportStepPage,
    field_context: FieldContext,
    translations: Translations,
    demo: str,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _choose_folder(qtbot, page, stick)
    assert page.destination.state.text().startswith("可用空间：")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.masked.isChecked()  # masked unless chosen otherwise
    opened: list[QUrl] = []
    page.result.open_url = lambda url: opened.append(url) or True
    _export(qtbot, page)
    assert page.cancel.isVisible() and not page.export.isVisible()
    _finished(qtbot, page)
    qtbot.waitUntil(lambda: page.result.verification is not None, timeout=EXPORT_TIMEOUT_MS)

    [pdf] = stick.glob("*.pdf")
    assert pdf.name.endswith("_R1_masked.pdf") and str(pdf) in page.result.written.text()
    trusted = [identity_of(field_context.workspace).certificate()]
    verdict = verify_report_file(pdf, trusted=trusted)
    assert verdict.complete and verdict.survey is not None and verdict.survey["language"] == "en"
    pdfsig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, timeout=120)
    assert "Signature is Valid." in pdfsig.stdout
    assert page.result.verdict.text() == "<b>写入的文件验证通过：每项检查均成立。</b>"
    signature = page.result.signature.text()
    assert signature.startswith("签名时间 ") and ("(UTC+" in signature or "(UTC-" in signature)
    assert verdict.fingerprint in signature
    lines = page.result.checks.text().split("<br>")
    assert len(lines) == 7 and all("✓" in line and "：成立" in line for line in lines)
    assert "签名完好且有效" in page.result.checks.text()
    assert survey_of(field_context.workspace, demo).status == "finished"

    qtbot.mouseClick(page.result.open_pdf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.result.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(stick))]
    qtbot.waitUntil(lambda: page.finished_revision == 1, timeout=10_000)
    assert page.revise.isVisible()
    translations.use("en")  # the verdict follows the window's language, not the report's
    qtbot.waitUntil(  # LanguageChange reaches each widget through the event loop
        lambda: page.result.verdict.text() == "<b>The written file verifies: every check holds.</b>"
    )
    assert "The signature is intact and valid: holds" in page.result.checks.text()


def test_the_destination_and_the_report_language_are_remembered(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, demo: str, tmp_path: Path
) -> None:
    with _open(qtbot, field_context, demo) as first:
        assert first.destination.status is not None
        assert first.destination.status.path == field_context.workspace.data_dir / "exports"
        _choose_folder(qtbot, first, tmp_path)
        first.language.setCurrentIndex(first.language.findData("zh-Hant"))
    assert field_context.preferences.get(EXPORT_FOLDER) == str(tmp_path)
    assert field_context.preferences.get(REPORT_LANGUAGE) == "zh-Hant"
    with _open(qtbot, field_context, demo) as again:
        assert again.destination.path.text() == str(tmp_path)
        assert again.language.currentData() == "zh-Hant"
        chosen: list[str] = []
        again.destination.choose_folder = lambda parent, caption, start: chosen.append(start) or ""
        qtbot.mouseClick(again.destination.choose, Qt.MouseButton.LeftButton)
        assert chosen == [str(tmp_path)]  # the chooser opens where the last report went
        qtbot.mouseClick(again.destination.default, Qt.MouseButton.LeftButton)
    assert field_context.preferences.get(EXPORT_FOLDER) == ""


def test_cancel_leaves_the_survey_unfrozen_and_no_file(
    qtbot: QtBot, page: ExportStepPage, field_context: FieldContext, demo: str, tmp_path: Path
) -> None:
    _choose_folder(qtbot, page, tmp_path)
    _export(qtbot, page)
    qtbot.waitUntil(lambda: page.progress.value() >= 1, timeout=EXPORT_TIMEOUT_MS)
    assert page.progress.format().startswith("正在准备照片")
    assert page.cancel.hasFocus()
    qtbot.keyClick(page.cancel, Qt.Key.Key_Escape)  # or a click on Cancel
    assert page.progress.format().startswith("本阶段结束后取消")
    _finished(qtbot, page)
    assert page.error.text() == "导出已取消；查勘保持原样，未写入任何文件。"
    assert list(tmp_path.glob("*.pdf")) == [] and not page.result.isVisible()
    assert survey_of(field_context.workspace, demo).status == "draft"  # not frozen
    assert page.export.isVisible() and page.language.isEnabled() and page.export.hasFocus()


def test_a_full_report_is_confirmed_first_and_logged(
    qtbot: QtBot, page: ExportStepPage, field_context: FieldContext, demo: str, tmp_path: Path
) -> None:
    _choose_folder(qtbot, page, tmp_path)
    page.full.click()
    _export(qtbot, page)
    assert page.full_confirmation.isVisible() and page.operation is None
    assert "身份证号" in page.full_confirmation.text()
    qtbot.mouseClick(page.keep_masked, Qt.MouseButton.LeftButton)
    assert page.operation is None and list(tmp_path.glob("*.pdf")) == []
    _export(qtbot, page)
    qtbot.mouseClick(page.confirm_full, Qt.MouseButton.LeftButton)
    assert page.operation is not None
    _finished(qtbot, page)
    [pdf] = tmp_path.glob("*.pdf")
    assert pdf.name.endswith("_R1_full.pdf")
    kinds = [e.kind for e in survey_log(field_context.workspace, demo)]
    assert "personal_data_revealed" in kinds and kinds[-1] == "survey_exported"


def test_a_signed_revision_is_exported_again_then_revised(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, demo: str, tmp_path: Path
) -> None:
    first = export_report(field_context.workspace, demo, folder=tmp_path)
    with _open(qtbot, field_context, demo) as page:
        qtbot.waitUntil(lambda: page.finished_revision == 1, timeout=10_000)
        assert page.signed.text().startswith("第 1 版已签名")
        _choose_folder(qtbot, page, tmp_path)
        _export(qtbot, page)
        _finished(qtbot, page)
        assert page.result.result is not None
        again = page.result.result.path
        assert again != first.path and again.name.endswith("_R1_masked-2.pdf")
        assert first.path.is_file() and page.result.result.revision == 1
        qtbot.mouseClick(page.revise, Qt.MouseButton.LeftButton)
        assert page.revise_confirmation.isVisible()
        assert page.confirm_revise.text() == "打开第 2 版"
        qtbot.mouseClick(page.confirm_revise, Qt.MouseButton.LeftButton)
        survey = survey_of(field_context.workspace, demo)
        assert (survey.status, survey.revision) == ("draft", 2)
        qtbot.waitUntil(lambda: page.finished_revision is None, timeout=10_000)
        assert not page.revise.isVisible()


def test_a_folder_removed_after_choosing_it_says_why_and_leaves_the_survey(
    qtbot: QtBot, page: ExportStepPage, field_context: FieldContext, demo: str, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _choose_folder(qtbot, page, stick)
    shutil.rmtree(stick)  # the stick is pulled out
    _export(qtbot, page)
    _finished(qtbot, page)
    assert page.error.text().startswith(f"文件夹 {stick} 不在了")
    assert not stick.exists() and survey_of(field_context.workspace, demo).status == "draft"
    qtbot.waitUntil(lambda: page.destination.status is not None, timeout=10_000)
    assert page.destination.state.text().startswith("这个文件夹不在了")


def test_an_incomplete_survey_says_what_is_missing(
    qtbot: QtBot, field_context: FieldContext, translations: Translations, demo: str
) -> None:
    survey_id = start_survey(
        field_context.workspace,
        claim_number="CLM-EXP-1",
        line_of_business="property",
        occurred_at=local_now(),
        surveyor="赵静",
    ).survey_id
    with _open(qtbot, field_context, survey_id) as page:
        _export(qtbot, page)
        _finished(qtbot, page)
        text = page.error.text()
    assert text.startswith("查勘尚未完成，未导出任何内容。还缺：")
    assert "• 尚未记录当事人" in text and "• 未回答：明火已扑灭，无阴燃" in text
    assert list((field_context.workspace.data_dir / "exports").glob("*")) == []


def test_a_full_disk_says_so_and_leaves_the_survey(
    qtbot: QtBot, page: ExportStepPage, field_context: FieldContext, demo: str, tmp_path: Path
) -> None:
    with mounted_small_disk(tmp_path / "small-stick", size_mib=4) as stick:
        filler = DiskFiller(stick)
        filler.fill()
        _choose_folder(qtbot, page, stick)
        _export(qtbot, page)
        _finished(qtbot, page)
        assert page.error.text().startswith("磁盘已满：报告（")
        assert list(stick.glob("*.pdf")) == [] and list(stick.glob(".*")) == []
        assert survey_of(field_context.workspace, demo).status == "draft"
        filler.remove()
