"""The words for the core's codes in the user's language: lines of business, statuses, steps,
and what a survey still needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.core.progress import Need, Step, StepStatus

translate = QCoreApplication.translate


def ui_language() -> str:
    """The language the window speaks now (zh-Hans, zh-Hant or en), for texts the resources
    carry in every language (checklist items, required shots)."""
    app = QCoreApplication.instance()
    return str(app.property("fieldapp_language") or "en") if app else "en"


def line_name(line: str) -> str:
    return {
        "motor": translate("names", "Motor"),
        "property": translate("names", "Property"),
        "personal_accident": translate("names", "Personal accident"),
    }.get(line, line)


def status_name(status: str) -> str:
    return {
        "draft": translate("names", "In progress"),
        "finished": translate("names", "Signed"),
    }.get(status, status)


def step_name(step: Step) -> str:
    return {
        Step.START: translate("names", "Start"),
        Step.SAFETY: translate("names", "Safety"),
        Step.PARTIES: translate("names", "Parties & consent"),
        Step.PHOTOS: translate("names", "Photos"),
        Step.DAMAGE: translate("names", "Damage & valuation"),
        Step.REVIEW: translate("names", "Review & sign"),
        Step.EXPORT: translate("names", "Export"),
    }[step]


def step_status_name(status: StepStatus) -> str:
    return {
        StepStatus.DONE: translate("names", "done"),
        StepStatus.ATTENTION: translate("names", "needs attention"),
        StepStatus.BLOCKED: translate("names", "blocked"),
    }[status]


def need_text(need: Need) -> str:
    """One thing still missing, as a short phrase."""
    if need.code == "safety_unanswered":
        return translate("names", "not answered: %1").replace("%1", need.label_in(ui_language()))
    if need.code == "shot_missing":
        return (
            translate("names", "shot %1: %2 of %3")
            .replace("%1", need.label_in(ui_language()))
            .replace("%2", str(need.have))
            .replace("%3", str(need.wanted))
        )
    if need.code == "damage_without_evidence":
        return translate("names", "damage item %1 has no photo").replace("%1", need.subject[:8])
    texts = {
        "no_parties": translate("names", "no party recorded"),
        "no_damage_items": translate("names", "no damage item yet"),
        "evidence_locked": translate(
            "names", "locked until the safety checklist is answered or an emergency skip recorded"
        ),
        "not_signed": translate("names", "not signed yet"),
        "surveyor_signature_missing": translate("names", "the surveyor has not signed"),
        "insured_signature_missing": translate(
            "names", "the insured has not signed (or why not is not recorded)"
        ),
        "not_exported": translate("names", "no report exported yet"),
        "emergency_skip_recorded": translate("names", "emergency skip recorded"),
    }
    return texts.get(need.code, need.code)


def needs_summary(needs: tuple[Need, ...], *, shown: int = 2) -> str:
    """A short line for a list cell: the first needs, then how many more."""
    if not needs:
        return ""
    parts = [need_text(n) for n in needs[:shown]]
    rest = len(needs) - shown
    if rest > 0:
        parts.append(translate("names", "%n more", "", rest))
    return translate("names", "; ").join(parts)


def photo_category_name(category: str) -> str:
    return {
        "overview": translate("names", "overview"),
        "damage_closeup": translate("names", "damage close-up"),
        "plate_vin": translate("names", "plate / VIN"),
        "odometer": translate("names", "odometer"),
        "document": translate("names", "document"),
        "other": translate("names", "other"),
    }.get(category, category)


def party_role_name(role: str) -> str:
    return {
        "insured": translate("names", "Insured"),
        "driver": translate("names", "Driver"),
        "third_party": translate("names", "Third party"),
        "injured_person": translate("names", "Injured person"),
        "witness": translate("names", "Witness"),
        "claimant": translate("names", "Claimant"),
        "other": translate("names", "Other"),
    }.get(role, role)


def party_field_name(field: str) -> str:
    """The label of a party's field (the line of business decides which are shown)."""
    return {
        "role": translate("names", "Role"),
        "name": translate("names", "Name"),
        "phone": translate("names", "Phone"),
        "plate": translate("names", "Registration plate"),
        "vehicle": translate("names", "Vehicle (make, model, colour)"),
        "id_number": translate("names", "ID number"),
    }.get(field, field)


def legal_basis_name(basis: str) -> str:
    return {
        "consent": translate("names", "Consent"),
        "contract": translate("names", "Needed for the insurance contract"),
        "legal_obligation": translate("names", "Legal obligation"),
        "emergency": translate("names", "Emergency (life, health or property)"),
        "": translate("names", "none recorded"),
    }.get(basis, basis)


def consent_answer_name(answer: str) -> str:
    return {
        "granted": translate("names", "granted"),
        "refused": translate("names", "refused"),
    }.get(answer, answer)


# The risk notes a photo tile shows as badges, in the order they are drawn.
PHOTO_BADGES = (
    "photo_before_incident",
    "photo_long_after_incident",
    "photo_far_from_scene",
    "photo_in_other_survey",
    "photo_damaged",
)


def photo_badge_name(code: str) -> str:
    """A risk note's badge on a photo: two to four words."""
    return {
        "photo_before_incident": translate("names", "before incident"),
        "photo_long_after_incident": translate("names", "long after"),
        "photo_far_from_scene": translate("names", "far away"),
        "photo_in_other_survey": translate("names", "in another survey"),
        "photo_damaged": translate("names", "picture damaged"),
    }.get(code, translate("names", "note"))


def _span(seconds: float) -> str:
    hours = seconds / 3600
    if hours < 48:
        return translate("names", "%1 hours").replace("%1", f"{hours:.1f}")
    return translate("names", "%1 days").replace("%1", f"{hours / 24:.1f}")


def photo_note_text(code: str, params: dict) -> str:  # type: ignore[type-arg]
    """What a photo's badge means, in a neutral sentence with its figures."""
    if code == "photo_before_incident":
        return translate(
            "names", "Taken before the incident: the camera's time is %1 before the stated time."
        ).replace("%1", _span(float(params.get("seconds", 0))))
    if code == "photo_long_after_incident":
        return translate(
            "names", "Taken long after the incident: %1 after the stated time."
        ).replace("%1", _span(float(params.get("seconds", 0))))
    if code == "photo_far_from_scene":
        return translate(
            "names", "Taken far from the place: its GPS position is %1 km from the incident place."
        ).replace("%1", f"{float(params.get('km', 0)):.1f}")
    if code == "photo_in_other_survey":
        return translate(
            "names", "Used in another survey: the same original is attached to %1 other survey(s)."
        ).replace("%1", str(params.get("surveys", 1)))
    if code == "photo_damaged":
        return translate(
            "names",
            "The picture is damaged and cannot be shown; the original is kept exactly as received.",
        )
    return translate("names", "A risk note concerns this photo.")
