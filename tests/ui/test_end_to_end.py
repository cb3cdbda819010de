"""A surveyor's whole day in the real window, driven as a person drives it: the first-run setup
makes a new data folder, a new survey is started, the safety checklist answered, a party recorded
with a consent signed on the pad, real camera photos dropped and chosen in the file dialog, one
marked up in the viewer, damage items typed and linked to their photos, both signatures drawn on
the review pads, and the report exported masked and then full (after its confirmation).

The file written is then checked from outside the window: ``fieldapp verify`` as a separate
process, poppler's ``pdfsig``, ``qpdf --check``, and ``pdfdetach``, whose embedded survey data
must record the signatures. The services are only read, for the assertions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from fieldapp.core.hand_signatures import SignerRole
from fieldapp.core.progress import Step
from fieldapp.services.damage_forms import damage_sheet
from fieldapp.services.field import safety_checklist, survey_of
from fieldapp.services.hand_signatures import signatures_of
from fieldapp.services.parties import parties_view
from fieldapp.services.privacy import identity_of
from fieldapp.services.session import FolderState, folder_state
from fieldapp.ui.app import FieldStart
from fieldapp.ui.field.main_window import FieldWindow
from fieldapp.ui.field.new_survey import NewSurveyDialog
from fieldapp.ui.field.start_dialogs import SetupDialog
from fieldapp.ui.field.steps.damage_step import DamageStepPage
from fieldapp.ui.field.steps.export_step import ExportStepPage
from fieldapp.ui.field.steps.parties_step import PartiesStep
from fieldapp.ui.field.steps.photos_step import PhotosStepPage
from fieldapp.ui.field.steps.review_step import ReviewStepPage
from fieldapp.ui.field.steps.safety_step import SafetyStepPage
from fieldapp.ui.field.viewer import PhotoViewer
from fieldapp.ui.i18n import Translations
from fieldapp.ui.preferences import Preferences
from tests.conftest import SAMPLES, TEST_PASSPHRASE
from tests.ui.gui_hands import activate, choose, click_tile, drop, go_to, sign_on, tick, type_into
from tests.ui.report_checks import check_from_outside

PHOTOS = SAMPLES / "photos"
EXPORT_TIMEOUT_MS = 180_000  # layout and signature on a machine shared with others
TOOLS = ("pdfsig", "pdfdetach", "qpdf")

pytestmark = [
    pytest.mark.skipif(
        not (PHOTOS / "gps").is_dir() or not (PHOTOS / "cameras").is_dir(),
        reason=f"needs the real camera photos of ../shared/samples ({PHOTOS}) beside the checkout",
    ),
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in TOOLS),
        reason="needs poppler-utils (pdfsig, pdfdetach) and qpdf",
    ),
]


@pytest.fixture
def started(
    qtbot: QtBot, data_dir: Path, preferences: Preferences, translations: Translations
) -> Iterator[FieldStart]:
    start = FieldStart(data_dir, preferences, translations)
    yield start
    if start.window is not None:
        survey = start.window.survey
        if survey.viewer is not None:
            survey.viewer.close()
        photos = survey.step_pages[Step.PHOTOS]
        assert isinstance(photos, PhotosStepPage)
        photos.importer.stop_copies()
        start.window.close()
    QThreadPool.globalInstance().waitForDone(EXPORT_TIMEOUT_MS)
    qtbot.wait(50)
    if start.window is not None:
        start.window.context.workspace.close()


# --- the day ---------------------------------------------------------------------------------


def set_up_device(qtbot: QtBot, start: FieldStart) -> FieldWindow:
    assert not start.data_dir.exists()
    start.begin()
    dialog = start.dialog
    assert isinstance(dialog, SetupDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.surveyor, "Li Ming")
    type_into(qtbot, dialog.staff_number, "SH-0042")
    type_into(qtbot, dialog.organisation, "Ping An Shanghai")
    type_into(qtbot, dialog.passphrase, TEST_PASSPHRASE)
    type_into(qtbot, dialog.passphrase_again, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.window is not None, timeout=60_000)
    window = start.window
    assert window is not None and not dialog.isVisible()
    assert folder_state(start.data_dir) is FolderState.LOCKED  # made, and protected
    assert identity_of(window.context.workspace).summary().staff_number == "SH-0042"
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def new_survey(qtbot: QtBot, window: FieldWindow) -> str:
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NewSurveyDialog)
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.claim, "CLM-E2E-0001")
    choose(qtbot, dialog.line, "property")
    qtbot.keyClick(dialog.claim, Qt.Key.Key_Return)  # the dialog's default: Start survey
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.survey)
    assert not dialog.isVisible()
    activate(qtbot, window)  # the offscreen platform does not give it back by itself
    survey_id = window.survey.survey_id
    survey = survey_of(window.context.workspace, survey_id)
    assert (survey.claim_number, survey.line_of_business.value) == ("CLM-E2E-0001", "property")
    assert survey.surveyor == "Li Ming"  # the device's surveyor, from the setup
    return survey_id


def answer_safety(qtbot: QtBot, window: FieldWindow, survey_id: str) -> None:
    page = go_to(qtbot, window, Step.SAFETY)
    assert isinstance(page, SafetyStepPage)
    qtbot.waitUntil(lambda: bool(page.rows), timeout=10_000)
    for row in page.rows:
        row.setFocus()
        qtbot.keyClick(row, Qt.Key.Key_Y)
    answers = safety_checklist(window.context.workspace, survey_id)
    assert all(r.answer is not None and r.answer.answer.value == "yes" for r in answers)


def record_party(qtbot: QtBot, window: FieldWindow, survey_id: str) -> None:
    page = go_to(qtbot, window, Step.PARTIES)
    assert isinstance(page, PartiesStep)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    consent = page.consent
    type_into(qtbot, consent.person, "Chen Wei")
    tick(qtbot, consent.granted)
    sign_on(consent.signature.pad)
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    assert not consent.signature.error.isVisible(), consent.signature.error.text()
    consent_id = parties_view(window.context.workspace, survey_id).consents[0].consent_id
    basis = f"consent:{consent_id}"
    qtbot.waitUntil(lambda: page.basis.findData(basis) > 0, timeout=10_000)  # offered as a basis

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    choose(qtbot, page.role, "insured")
    type_into(qtbot, page.fields["name"], "Chen Wei")
    type_into(qtbot, page.fields["phone"], "13812345678")
    choose(qtbot, page.basis, basis)
    qtbot.waitUntil(lambda: bool(survey_of(window.context.workspace, survey_id).parties))
    view = parties_view(window.context.workspace, survey_id, reveal=True)
    [party] = view.parties
    assert party.values["role"] == "insured" and party.values["phone"] == "13812345678"
    assert party.consent_id == consent_id
    assert [(c.person_name, c.answer, c.signed) for c in view.consents] == [
        ("Chen Wei", "granted", True)
    ]


def import_photos(
    qtbot: QtBot, window: FieldWindow, survey_id: str, monkeypatch: pytest.MonkeyPatch
) -> PhotosStepPage:
    page = go_to(qtbot, window, Step.PHOTOS)
    assert isinstance(page, PhotosStepPage)
    qtbot.waitUntil(lambda: page.board is not None, timeout=10_000)
    gps = sorted((PHOTOS / "gps").glob("*.jpg"))
    drop(page, [PHOTOS / "gps"])  # the camera's folder, dragged onto the page
    qtbot.waitUntil(
        lambda: not page.importer.running and page.model.rowCount() == len(gps), timeout=60_000
    )
    # The receipt, chosen in the file dialog through the required shot it meets.
    receipt = PHOTOS / "cameras" / "Canon_40D.jpg"
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(receipt)], "")),
    )
    [document] = [
        b
        for b, shot in zip(page.shots.buttons, page.shots.missing, strict=True)
        if shot.requirement.category.value == "document"
    ]
    qtbot.mouseClick(document, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not page.importer.running and page.model.rowCount() == len(gps) + 1,
        timeout=60_000,
    )
    # The first two photos described: an overview with its caption, a close-up.
    for row, category in ((0, "overview"), (1, "damage_closeup")):
        click_tile(qtbot, page, row)
        choose(qtbot, page.details.category, category)
    click_tile(qtbot, page, 0)
    type_into(qtbot, page.details.caption, "Kitchen wall, water stain")
    page.grid.setFocus()  # leaving the caption stores it
    photos = window.context.workspace.photos.photos(survey_id)
    assert {p.file_name: p.category.value for p in photos}["Canon_40D.jpg"] == "document"
    assert [p.category.value for p in photos[:2]] == ["overview", "damage_closeup"]
    assert photos[0].caption == "Kitchen wall, water stain"
    qtbot.waitUntil(lambda: not page.shots.missing, timeout=10_000)
    qtbot.waitUntil(lambda: page.importer.copies is None, timeout=60_000)
    return page


def mark_up(qtbot: QtBot, window: FieldWindow, page: PhotosStepPage, survey_id: str) -> None:
    """The close-up opened with Enter, a rectangle drawn round the damage."""
    photo_id = click_tile(qtbot, page, 1)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    viewer = window.survey.viewer
    assert isinstance(viewer, PhotoViewer) and viewer.isVisible()
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: viewer.has_picture, timeout=20_000)
    qtbot.keyClick(viewer.canvas, Qt.Key.Key_R)
    width, height = viewer.canvas.size_px

    def at(x: float, y: float) -> QPoint:
        return viewer.canvas.mapFromScene(QPointF(x * width, y * height))

    port = viewer.canvas.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=at(0.3, 0.3))
    qtbot.mouseMove(port, at(0.5, 0.5))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=at(0.7, 0.6))
    photo = next(
        p for p in window.context.workspace.photos.photos(survey_id) if p.photo_id == photo_id
    )
    [mark] = photo.annotations
    assert mark.kind == "rectangle"
    assert mark.points == pytest.approx((0.3, 0.3, 0.7, 0.6), abs=0.01)
    viewer.close()
    qtbot.waitUntil(lambda: window.survey.viewer is None)
    activate(qtbot, window)  # the viewer had the keyboard


def record_damage(qtbot: QtBot, window: FieldWindow, survey_id: str) -> None:
    page = go_to(qtbot, window, Step.DAMAGE)
    assert isinstance(page, DamageStepPage)
    qtbot.waitUntil(lambda: page.sheet is not None, timeout=10_000)
    picker = page.editor.photos
    photos = window.context.workspace.photos.photos(survey_id)
    qtbot.waitUntil(lambda: picker.photos.rowCount() == len(photos), timeout=20_000)
    items = (
        ("Kitchen wall plaster", "Water from the burst pipe above", "3", "420.00", (0, 1)),
        ("Oak floor boards", "Standing water on the floor, same night", "12", "85.50", (2,)),
    )
    for description, cause, quantity, unit_cost, shown_on in items:
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Insert)
        assert page.editing_new and page.editor.field("description").hasFocus()
        qtbot.keyClicks(page.editor.field("description"), description)
        type_into(qtbot, page.editor.field("causal_link"), cause)
        quantity_field = page.editor.field("quantity")
        assert isinstance(quantity_field, QLineEdit)
        quantity_field.setFocus()
        quantity_field.selectAll()
        qtbot.keyClicks(quantity_field, quantity)
        type_into(qtbot, page.editor.field("unit_cost"), unit_cost)
        qtbot.keyClick(page.editor.field("unit_cost"), Qt.Key.Key_Return)  # stores it
        for row in shown_on:  # a tap on each thumbnail showing it
            spot = picker.visualRect(picker.index_of(photos[row].photo_id)).center()
            qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    stored = damage_sheet(window.context.workspace, survey_id).items
    assert [(i.description, i.photo_ids) for i in stored] == [
        ("Kitchen wall plaster", (photos[0].photo_id, photos[1].photo_id)),
        ("Oak floor boards", (photos[2].photo_id,)),
    ]
    assert str(stored[0].quantity * stored[0].unit_cost) == "1260.00"  # type: ignore[operator]


def sign_review(qtbot: QtBot, window: FieldWindow, survey_id: str) -> None:
    page = go_to(qtbot, window, Step.REVIEW)
    assert isinstance(page, ReviewStepPage)
    qtbot.waitUntil(lambda: page.sheet is not None, timeout=10_000)

    def codes() -> list[str]:
        return sorted(e.need.code for e in page.completeness.entries or ())

    qtbot.waitUntil(  # nothing but the two signatures is missing now
        lambda: codes() == ["insured_signature_missing", "surveyor_signature_missing"],
        timeout=10_000,
    )
    surveyor, insured = page.panels[SignerRole.SURVEYOR], page.panels[SignerRole.INSURED]
    assert "Li Ming" in surveyor.signer.text() and "Chen Wei" in insured.signer.text()
    for panel in (surveyor, insured):
        panel.box.pad.setFocus()
        sign_on(panel.box.pad, height=50)
        qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
        assert not panel.box.error.isVisible(), panel.box.error.text()
    assert sorted(
        (s.role, s.signed) for s in signatures_of(window.context.workspace, survey_id)
    ) == [
        ("insured", True),
        ("surveyor", True),
    ]
    qtbot.waitUntil(lambda: codes() == [], timeout=10_000)


def export(qtbot: QtBot, window: FieldWindow, folder: Path, *, full: bool) -> Path:
    page = go_to(qtbot, window, Step.EXPORT)
    assert isinstance(page, ExportStepPage)
    qtbot.waitUntil(lambda: page.destination.status is not None, timeout=10_000)
    if page.destination.path.text() != str(folder):
        page.destination.path.setFocus()
        page.destination.path.selectAll()
        qtbot.keyClicks(page.destination.path, str(folder))
        qtbot.keyClick(page.destination.path, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: page.destination.status is not None and page.destination.status.path == folder,
            timeout=10_000,
        )
    before = set(folder.glob("*.pdf"))
    page.result.verification = None
    tick(qtbot, page.full if full else page.masked)
    qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)
    if full:
        assert page.full_confirmation.isVisible() and page.operation is None
        qtbot.mouseClick(page.confirm_full, Qt.MouseButton.LeftButton)
    assert page.operation is not None
    qtbot.waitUntil(lambda: page.operation is None, timeout=EXPORT_TIMEOUT_MS)
    assert not page.error.isVisible(), page.error.text()
    qtbot.waitUntil(lambda: page.result.verification is not None, timeout=EXPORT_TIMEOUT_MS)
    [pdf] = set(folder.glob("*.pdf")) - before
    assert str(pdf) in page.result.written.text()
    assert page.result.verdict.text() == "<b>写入的文件验证通过：每项检查均成立。</b>"
    assert page.result.open_pdf.isVisible() and page.result.open_folder.isVisible()
    return pdf


# --- the file, checked from outside ----------------------------------------------------------


def test_a_surveyors_day_from_setup_to_a_verified_report(
    qtbot: QtBot,
    started: FieldStart,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = set_up_device(qtbot, started)
    survey_id = new_survey(qtbot, window)
    answer_safety(qtbot, window, survey_id)
    record_party(qtbot, window, survey_id)
    photos = import_photos(qtbot, window, survey_id, monkeypatch)
    mark_up(qtbot, window, photos, survey_id)
    record_damage(qtbot, window, survey_id)
    sign_review(qtbot, window, survey_id)

    stick = tmp_path / "stick"
    stick.mkdir()
    masked = export(qtbot, window, stick, full=False)
    assert masked.name.endswith("_R1_masked.pdf")
    assert survey_of(window.context.workspace, survey_id).status == "finished"
    full = export(qtbot, window, stick, full=True)
    assert full.name.endswith("_R1_full.pdf")

    shown = {
        "masked": ("C. W.", "L. M.", "138****5678"),
        "full": ("Chen Wei", "Li Ming", "13812345678"),
    }
    for redaction, pdf in (("masked", masked), ("full", full)):
        data = check_from_outside(pdf, data_dir, tmp_path)
        insured, surveyor, phone = shown[redaction]
        assert data["redaction"] == redaction and data["status"] == "finished"
        # The signatures' presence is recorded in the signed data (their strokes are not).
        assert [(s["role"], s["name"], s["signed"]) for s in data["hand_signatures"]] == [
            ("surveyor", surveyor, True),
            ("insured", insured, True),
        ]
        assert [(c["person_name"], c["answer"], c["signed"]) for c in data["consents"]] == [
            (insured, "granted", True)
        ]
        assert [(p["role"], p["phone"]) for p in data["parties"]] == [("insured", phone)]
        assert len(data["photos"]) == 10
        marks = [m["kind"] for p in data["photos"] for m in p["annotations"]]
        assert marks == ["rectangle"]
        assert [len(d["photo_ids"]) for d in data["damage_items"]] == [2, 1]
        assert data["assessment"]["indemnity"] == "2286.00"
