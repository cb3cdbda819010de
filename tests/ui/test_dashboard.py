"""The Dashboard tab over a real office folder: signed reports imported through the gate, a
refused file, and archived rows for volume. What each chart draws is read back from the chart
and compared with `office stats --json` for the same period."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fieldapp.office.importer import Status, import_reports
from fieldapp.services.demo import create_demo_survey
from fieldapp.services.export import export_report
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.privacy import create_identity, identity_of
from fieldapp.ui.i18n import Translations
from fieldapp.ui.names import line_name
from fieldapp.ui.office.context import OfficeContext
from fieldapp.ui.office.dashboard import ALL_TIME, DashboardPage
from fieldapp.ui.office.dashboard_chart import LINE_COLOURS, TARGET_COLOUR, week_label
from fieldapp.ui.office.dashboard_charts import (
    HoursToSurvey,
    IndemnityByLine,
    RejectedByReason,
    ReportsPerWeek,
    WithinSevenDays,
)
from fieldapp.ui.office.main_window import OfficeWindow
from tests.conftest import CliRun
from tests.office.archived_rows import archive_row
from tests.ui.test_chart_canvas import column_heights, pixels_of
from tests.ui.test_fit_and_names import unnamed_controls


@pytest.fixture
def signed_reports(workspace: FieldWorkspace, tmp_path: Path) -> tuple[list[Path], Path]:
    """Two reports signed by a surveyor's device, and its certificate."""
    create_identity(workspace, surveyor="李明", organisation="平安财险上海分公司")
    reports = [
        export_report(
            workspace, create_demo_survey(workspace, line), out=tmp_path / "outbox" / f"{line}.pdf"
        ).path
        for line in ("property", "motor")
    ]
    return reports, identity_of(workspace).export_certificate(tmp_path / "device.pem")


def fill_archive(context: OfficeContext, count: int = 60) -> None:
    """Surveys received over the last ten weeks, written through the office store."""
    chosen = random.Random(15)
    now = datetime.now(UTC)
    for number in range(count):
        archive_row(
            context.office.db,
            number=number,
            line=chosen.choice(["motor", "property", "personal_accident"]),
            received=now - timedelta(hours=chosen.uniform(1, 24 * 70)),
            hours_to_survey=chosen.uniform(1, 240),
            indemnity=f"{chosen.uniform(100, 50_000):.2f}",
        )


def open_dashboard(qtbot: QtBot, context: OfficeContext) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None and page.computing.done)
    return page


def chart(page: DashboardPage, kind: type) -> object:
    return next(c for c in page.charts if isinstance(c, kind))


def assert_charts_match(page: DashboardPage, stats: dict) -> None:
    dashboard = stats["dashboard"]
    assert chart(page, ReportsPerWeek).series() == dashboard["reports_per_week"]
    hours = chart(page, HoursToSurvey).series()
    for code in ("mean", "p90"):
        expected = [week[code] for week in dashboard["hours_per_week"]]
        assert hours[code] == [None if e is None else pytest.approx(e, abs=0.005) for e in expected]
    seven = chart(page, WithinSevenDays)
    shares = [w["within_7_days"] for w in dashboard["hours_per_week"]]
    assert seven.weeks_drawn() == [n for n, s in enumerate(shares) if s is not None]
    assert seven.series()["within_7_days"] == [
        pytest.approx(s * 100, abs=0.01) for s in shares if s is not None
    ]
    assert chart(page, IndemnityByLine).series() == {
        f"{i['line_of_business']} {i['currency']}": [float(i["total"])]
        for i in dashboard["indemnity_by_line"]
    }
    assert chart(page, RejectedByReason).series() == {
        code: [float(n)] for code, n in dashboard["rejected_by_reason"].items()
    }


def test_each_chart_draws_what_office_stats_prints_and_redraws_after_an_import(
    qtbot: QtBot,
    office_context: OfficeContext,
    signed_reports: tuple[list[Path], Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    reports, certificate = signed_reports
    office = office_context.office
    office.trust.add(certificate)
    letter = tmp_path / "inbox" / "a letter.pdf"
    letter.parent.mkdir()
    letter.write_text("Dear office")
    outcomes = import_reports(office, [reports[0], letter], settle_seconds=0)
    assert [o.status for o in outcomes] == [Status.ACCEPTED, Status.REJECTED]
    fill_archive(office_context)
    cli = CliRun(office.data_dir, capsys)

    page = open_dashboard(qtbot, office_context)
    page.choose_weeks(ALL_TIME)
    qtbot.waitUntil(lambda: page.computing.done and page.figures.since is not None)
    qtbot.waitUntil(lambda: page.figures.report_count == 61)
    before = cli.json("office", "stats", "--json")
    assert before["dashboard"]["rejected_by_reason"] == {"not_pdf": 1}
    assert_charts_match(page, before)

    # A chosen period gives the charts of `office stats --since --until`.
    since, until = date.today() - timedelta(days=20), date.today() - timedelta(days=3)
    page.choose_dates(since, until)
    qtbot.waitUntil(lambda: page.computing.done and page.figures.until == until)
    assert_charts_match(
        page,
        cli.json("office", "stats", "--json", "--since", str(since), "--until", str(until)),
    )

    # The motor report lands: the charts redraw on `imported`, nothing else asked.
    page.choose_weeks(ALL_TIME)
    qtbot.waitUntil(lambda: page.computing.done and page.figures.since is not None)
    drawn_before = sum(sum(v) for v in chart(page, ReportsPerWeek).series().values())
    assert import_reports(office, [reports[1]], settle_seconds=0)[0].status is Status.ACCEPTED
    office_context.changes.imported.emit()
    qtbot.waitUntil(
        lambda: (
            sum(sum(v) for v in chart(page, ReportsPerWeek).series().values()) == drawn_before + 1
        )
    )
    after = cli.json("office", "stats", "--json")
    assert_charts_match(page, after)
    this_week = chart(page, ReportsPerWeek).series()["motor"][-1]
    assert this_week == after["dashboard"]["reports_per_week"]["motor"][-1] >= 1


def test_a_chart_saved_as_png_is_a_picture_of_the_chart(
    qtbot: QtBot,
    office_context: OfficeContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill_archive(office_context, count=30)
    page = open_dashboard(qtbot, office_context)
    target = tmp_path / "charts" / "indemnity"  # no suffix typed: .png is added
    target.parent.mkdir()
    asked: list[str] = []

    def choose(parent: object, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    indemnity = chart(page, IndemnityByLine)
    qtbot.mouseClick(indemnity.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".png")
    assert asked and asked[0].endswith("indemnity-by-line.png")
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(saved))
    assert image.width() > indemnity.canvas.width() and image.height() > indemnity.canvas.height()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert len(colours) > 8  # text, axes and coloured bars, not a blank frame
    assert "#0072b2" in colours  # the motor bar is in the picture
    assert str(saved) in page.status.text()


def test_each_chart_paints_its_figures_and_says_them_to_a_screen_reader(
    qtbot: QtBot, office_context: OfficeContext
) -> None:
    """Read from the pixels, not only from the model: a chart that draws nothing fails."""
    fill_archive(office_context, count=40)
    page = open_dashboard(qtbot, office_context)
    figures = page.figures
    totals = {line: float(total) for (line, _), total in figures.indemnity_by_line.items()}
    assert len(totals) == 3

    indemnity = chart(page, IndemnityByLine).canvas
    image = indemnity.grab().toImage()
    where = indemnity.geometry_for(indemnity.width(), indemnity.height())
    heights = {}
    for line, total in totals.items():
        columns = column_heights(image, LINE_COLOURS[line], where.plot)
        assert columns, f"no {line} bar in the plot"
        heights[line] = max(columns.values())
        assert heights[line] == pytest.approx(total / where.top * where.plot.height(), abs=2)
    assert sorted(heights, key=heights.__getitem__) == sorted(totals, key=totals.__getitem__)

    reports = chart(page, ReportsPerWeek).canvas
    image = reports.grab().toImage()
    plot = reports.plot_rect()
    for line in figures.lines:
        assert pixels_of(image, LINE_COLOURS[line], plot), f"no {line} bars"

    hours = chart(page, HoursToSurvey).canvas
    image = hours.grab().toImage()
    plot = hours.plot_rect()
    assert pixels_of(image, "#0072b2", plot)  # the mean's line and dots
    assert pixels_of(image, "#cc79a7", plot)  # the 90th percentile's
    assert pixels_of(image, TARGET_COLOUR, plot)  # the target

    # A screen reader gets each chart's name and its numbers.
    for shown in page.charts:
        assert shown.canvas.accessibleName() == shown.chart_title()
        drawn = shown.stack.currentWidget() is shown.canvas  # (nothing was rejected)
        assert bool(shown.canvas.accessibleDescription()) is drawn
    said = chart(page, IndemnityByLine).canvas.accessibleDescription()
    assert all(f"{total:,.2f}" in said for total in totals.values()), said
    this_week = chart(page, ReportsPerWeek).canvas.accessibleDescription().split("; ")[-1]
    assert this_week.startswith(week_label(figures.weeks[-1]) + ": ")
    for line, counts in figures.reports_per_week.items():
        assert (f"{line_name(line)} {counts[-1]}" in this_week) is (counts[-1] > 0), this_week


def test_an_empty_office_says_so_in_the_users_language_and_offers_nothing_to_save(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations
) -> None:
    page = open_dashboard(qtbot, office_context)
    assert page.title() == "统计看板"
    page.choose_weeks(ALL_TIME)
    qtbot.waitUntil(lambda: page.computing.done and page.figures.weeks == [])
    assert page.summary.text() == "尚未收到任何报告。"
    for shown in page.charts:
        assert shown.stack.currentWidget() is shown.empty
        assert not shown.save_button.isEnabled()
        assert shown.save_button.accessibleName().startswith("将图表“")
    assert chart(page, RejectedByReason).empty.text() == "此期间没有被拒收的导入。"


def test_chosen_dates_cannot_end_before_they_start(
    qtbot: QtBot, office_context: OfficeContext
) -> None:
    fill_archive(office_context, count=10)
    page = open_dashboard(qtbot, office_context)
    later, earlier = date.today(), date.today() - timedelta(days=9)
    page.choose_dates(later, earlier)  # the wrong way round: the first date is held back
    qtbot.waitUntil(lambda: page.computing.done and page.figures.until == earlier)
    assert page.figures.since == earlier
    assert page.since_edit.isVisible() and page.until_edit.isVisible()
    page.period_choice.setFocus()
    qtbot.keyClick(page.period_choice, Qt.Key.Key_Home)  # the keyboard chooses a period too
    qtbot.waitUntil(lambda: page.computing.done and len(page.figures.weeks) == 4)
    assert not page.since_edit.isVisible()


def test_the_dashboard_names_its_controls_and_fits_1366_by_768(
    qtbot: QtBot, office_context: OfficeContext, translations: Translations
) -> None:
    fill_archive(office_context, count=20)
    window = OfficeWindow(office_context, translations)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page(DashboardPage)
    qtbot.waitUntil(lambda: page.figures is not None and page.computing.done)
    page.choose_dates(date.today() - timedelta(days=30), date.today())  # the date edits show
    qtbot.waitUntil(lambda: page.computing.done and page.figures.until == date.today())
    assert unnamed_controls(page) == []
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    assert window.size().width() == 1366 and window.size().height() == 768


def test_the_page_note_and_summary_follow_a_change_of_language(
    qtbot: QtBot,
    office_context: OfficeContext,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill_archive(office_context, count=1)
    page = open_dashboard(qtbot, office_context)
    target = tmp_path / "reports.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *asked: (str(target), ""))
    )
    qtbot.mouseClick(chart(page, ReportsPerWeek).save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == f"已保存 {target}"
    translations.use("en")
    qtbot.waitUntil(lambda: page.status.text() == f"Saved {target}")  # LanguageChange is posted
    assert ": 1 survey, 0 imports rejected." in page.summary.text()  # one, many: said properly
