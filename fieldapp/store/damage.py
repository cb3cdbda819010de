"""Damage items, their photo links, and the survey's policy terms in the database."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from fieldapp.core.damage import DamageItem, check_item_figures
from fieldapp.core.eventlog import EventKind
from fieldapp.core.money import ZERO
from fieldapp.core.valuation import (
    PolicyTerms,
    assess,
    check_assessment_fits,
    check_terms_fit_line,
)
from fieldapp.errors import NotFound
from fieldapp.store.changes import ensure_writable, next_position, record_change
from fieldapp.store.id_prefixes import (
    CANDIDATES_SHOWN,
    LIKE_ESCAPE,
    required_prefix,
    starting_with,
    the_one,
)
from fieldapp.store.migrations import (
    DAMAGE_ITEMS,
    DAMAGE_PHOTOS,
    EVIDENCE_PHOTOS,
    POLICY_TERMS,
    SURVEYS,
)
from fieldapp.store.sealing import RowSealer
from fieldapp.store.secrets import ValueCipher


def _decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def _text(value: Decimal | None) -> str | None:
    return str(value) if value is not None else None


class DamageRepository:
    def __init__(self, db: Database, cipher: Callable[[], ValueCipher]) -> None:
        self.db = db
        self.sealer = RowSealer(cipher)

    def items(self, survey_id: str) -> list[DamageItem]:
        links: dict[str, list[str]] = {}
        for damage_id, photo_id in self.db.execute(
            f"""SELECT l.damage_id, l.photo_id FROM {DAMAGE_PHOTOS} l
                JOIN {EVIDENCE_PHOTOS} p ON p.photo_id = l.photo_id
                WHERE p.survey_id = ? AND p.purged = 0 ORDER BY p.position""",
            [survey_id],
        ):
            links.setdefault(damage_id, []).append(photo_id)
        return [
            DamageItem(
                damage_id=r["damage_id"],
                description=r["description"],
                area=r["area"] or "",
                kind=r["kind"] or "",
                # Not stated is kept as "" (the columns were made NOT NULL before it existed).
                severity=r["severity"] or None,
                action=r["action"] or None,
                causal_link=r["causal_link"],
                method=r["method"],
                repair_line=r["repair_line"] or "item",
                quantity=Decimal(r["quantity"]),
                unit_cost=Decimal(r["unit_cost"]),
                depreciation_percent=Decimal(r["depreciation_percent"]),
                depreciation_basis=r["depreciation_basis"] or "",
                assessed_value=Decimal(r["assessed_value"]),
                salvage=Decimal(r["salvage"]),
                appraiser=r["appraiser"] or "",
                appraisal_basis=r["appraisal_basis"] or "",
                photo_ids=tuple(links.get(r["damage_id"], ())),
            )
            for r in self.db.query(
                f"SELECT * FROM {DAMAGE_ITEMS} WHERE survey_id = ? ORDER BY position", [survey_id]
            )
        ]

    def save(self, survey_id: str, item: DamageItem, *, actor: str) -> None:
        """Add or change an item. Every way in comes here: the item's figures must fit its
        method, and the survey's amounts with it must stay within the money limit."""
        check_item_figures(item)
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            others = [i for i in self.items(survey_id) if i.damage_id != item.damage_id]
            check_assessment_fits(
                assess(
                    [*others, item], self.terms(survey_id), line_of_business=self._line(survey_id)
                )
            )
            known = {
                r[0]
                for r in self.db.execute(
                    f"SELECT photo_id FROM {EVIDENCE_PHOTOS} WHERE survey_id = ? AND purged = 0",
                    [survey_id],
                )
            }
            unknown = [p for p in item.photo_ids if p not in known]
            if unknown:
                raise NotFound(what="photo of this survey", ident=unknown[0][:8])
            existing = self.db.execute(
                f"SELECT position FROM {DAMAGE_ITEMS} WHERE damage_id = ?", [item.damage_id]
            ).fetchone()
            position = existing[0] if existing else next_position(self.db, DAMAGE_ITEMS, survey_id)
            self.db[DAMAGE_ITEMS].upsert(
                {  # type: ignore[union-attr]
                    "damage_id": item.damage_id,
                    "survey_id": survey_id,
                    "position": position,
                    "description": item.description,
                    "area": item.area,
                    "kind": item.kind,
                    "severity": item.severity.value if item.severity else "",
                    "action": item.action.value if item.action else "",
                    "causal_link": item.causal_link,
                    "method": item.method.value,
                    "repair_line": item.repair_line.value,
                    "quantity": str(item.quantity),
                    "unit_cost": str(item.unit_cost),
                    "depreciation_percent": str(item.depreciation_percent),
                    "depreciation_basis": item.depreciation_basis,
                    "assessed_value": str(item.assessed_value),
                    "salvage": str(item.salvage),
                    "appraiser": item.appraiser,
                    "appraisal_basis": item.appraisal_basis,
                },
                pk="damage_id",
            )
            self.db.execute(f"DELETE FROM {DAMAGE_PHOTOS} WHERE damage_id = ?", [item.damage_id])
            for photo_id in item.photo_ids:
                self.db[DAMAGE_PHOTOS].insert(  # type: ignore[union-attr]
                    {"damage_id": item.damage_id, "photo_id": photo_id}
                )
            verb = "changed" if existing else "added"
            photos = len(item.photo_ids)
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.DAMAGE_SAVED,
                f"damage item {item.damage_id[:8]} {verb}: {item.method.value}, "
                f"{photos} photo{'' if photos == 1 else 's'}",
            )

    def remove(self, survey_id: str, damage_id: str, *, actor: str) -> None:
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            self.db.execute(f"DELETE FROM {DAMAGE_PHOTOS} WHERE damage_id = ?", [damage_id])
            gone = self.db.execute(
                f"DELETE FROM {DAMAGE_ITEMS} WHERE damage_id = ? AND survey_id = ?",
                [damage_id, survey_id],
            ).rowcount
            if not gone:
                raise NotFound(what="damage item of this survey", ident=damage_id[:8])
            record_change(
                self.db,
                survey_id,
                actor,
                EventKind.DAMAGE_REMOVED,
                f"damage item {damage_id[:8]} removed",
            )

    def _line(self, survey_id: str) -> str:
        row = self.db.execute(
            f"SELECT line_of_business FROM {SURVEYS} WHERE survey_id = ?", [survey_id]
        ).fetchone()
        return str(row[0])

    def resolve(self, survey_id: str, ref: str) -> str:
        """A damage item id or its unambiguous first characters (at least 4)."""
        matches = self.db.execute(
            f"SELECT damage_id, kind || COALESCE(', ' || area, '') FROM {DAMAGE_ITEMS} "
            f"WHERE survey_id = ? AND damage_id LIKE ? {LIKE_ESCAPE} ORDER BY position LIMIT ?",
            [
                survey_id,
                starting_with(required_prefix(ref, what="damage item")),
                CANDIDATES_SHOWN + 1,
            ],
        ).fetchall()
        return the_one(matches, given=ref, what="damage item of this survey", many="damage items")

    def terms(self, survey_id: str) -> PolicyTerms:
        rows = list(self.db.query(f"SELECT * FROM {POLICY_TERMS} WHERE survey_id = ?", [survey_id]))
        if not rows:
            return PolicyTerms()
        r: dict[str, Any] = self.sealer.open(POLICY_TERMS, rows[0])
        return PolicyTerms(
            currency=r["currency"],
            sum_insured=_decimal(r["sum_insured"]),
            value_at_risk=_decimal(r["value_at_risk"]),
            deductible=_decimal(r["deductible"]) or ZERO,
            limit=_decimal(r["limit_amount"]),
            vehicle_actual_value=_decimal(r["vehicle_actual_value"]),
            disability_grade=int(r["disability_grade"]) if r["disability_grade"] else None,
            medical_expenses=_decimal(r["medical_expenses"]) or ZERO,
            medical_limit=_decimal(r["medical_limit"]),
        )

    def save_terms(self, survey_id: str, terms: PolicyTerms, *, actor: str) -> None:
        """Every way in comes here: the terms must be ones the line of business uses, and the
        assessment with them must stay within the money limit."""
        with self.db.atomic():
            ensure_writable(self.db, survey_id)
            line = self._line(survey_id)
            check_terms_fit_line(terms, line)
            check_assessment_fits(assess(self.items(survey_id), terms, line_of_business=line))
            self.db[POLICY_TERMS].upsert(
                self.sealer.seal(
                    POLICY_TERMS,
                    {  # type: ignore[union-attr]
                        "survey_id": survey_id,
                        "currency": terms.currency,
                        "sum_insured": _text(terms.sum_insured),
                        "value_at_risk": _text(terms.value_at_risk),
                        "deductible": str(terms.deductible),
                        "limit_amount": _text(terms.limit),
                        "vehicle_actual_value": _text(terms.vehicle_actual_value),
                        "disability_grade": terms.disability_grade,
                        "medical_expenses": str(terms.medical_expenses),
                        "medical_limit": _text(terms.medical_limit),
                    },
                ),
                pk="survey_id",
            )
            record_change(
                self.db, survey_id, actor, EventKind.POLICY_TERMS_SAVED, "policy terms changed"
            )
